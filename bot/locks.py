"""Exclusive file locks shared by the processes that use one data folder.

Two uses, both on ``fcntl.flock`` (the kernel releases a lock when its holder exits, also on
SIGKILL or OOM, so a crashed process never leaves a lock behind):

- :class:`FileLock` — one holder at a time. The service's scheduler lease
  (bot/leadership.py) is ``<database>.scheduler-lock``, so only one process per data folder
  runs reminders and meeting calls (docs/deploy.md, "One service per data folder").
- :func:`held_elsewhere` — is someone holding a lock file right now? The store names each of
  its open connections by a lock file it holds (``instances/<id>.lock``), so a delivery ledger
  row claimed by a connection can be told apart from one left behind by a process that died.

``flock`` locks belong to an open file, not to a process: a second open of the same file in
the same process conflicts like another process would, which is what lets tests stand in for
two processes with two stores. Linux and macOS; the service does not run on Windows.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class FileLock:
    """An exclusive, non-blocking lock on one file (created if missing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; False at once when someone does."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # for people looking; never read back
        return True

    def release(self, *, remove: bool = False) -> None:
        """Let go; ``remove`` also deletes the file (for per-connection presence files)."""
        if self._fd is None:
            return
        if remove:
            self.path.unlink(missing_ok=True)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def holder(self) -> str:
        """What the holder wrote into the file (its process id), for a log line."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "unknown"
        except OSError:
            return "unknown"


def held_elsewhere(path: Path) -> bool:
    """Whether another open file (this process or another) holds ``path``'s lock now.

    A file nobody holds belongs to a connection that is gone: it is removed on the way.
    """
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        path.unlink(missing_ok=True)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
