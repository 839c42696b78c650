"""Which SQLite connections are open: one locked file per connection beside the database.

``<name>.instances/`` holds one file per open connection, locked while it is open; the kernel
drops the lock when the process ends, however it ends. So a record claimed by a connection (a
delivery on its way) can be told apart from one left by a process that has died. An in-memory
database has no folder: only the connections of this process are known, by their ids.
"""

from __future__ import annotations

from pathlib import Path

from bot.locks import FileLock, held_elsewhere

_OPEN_HERE: set[str] = set()
"""Ids of the connections open in this process (for ``:memory:`` the only way to tell)."""


class Presence:
    """One connection's presence: held from construction until :meth:`end`."""

    def __init__(self, database: Path | None, instance_id: str) -> None:
        """Raises OSError when the folder beside ``database`` cannot be written."""
        self._folder = database.parent / f"{database.name}.instances" if database else None
        self._lock: FileLock | None = None
        if self._folder is not None:
            for stale in self._folder.glob("*.lock"):
                held_elsewhere(stale)  # removes the files of connections that are gone
            self._lock = FileLock(self._folder / f"{instance_id}.lock")
            self._lock.acquire()
        self.instance_id = instance_id
        _OPEN_HERE.add(instance_id)

    def is_open(self, instance_id: str) -> bool:
        """Whether the connection ``instance_id`` (this process or another) is still open."""
        if instance_id in _OPEN_HERE:
            return True
        if self._folder is None or not instance_id.isalnum():
            return False
        return held_elsewhere(self._folder / f"{instance_id}.lock")

    def end(self) -> None:
        _OPEN_HERE.discard(self.instance_id)
        if self._lock is not None:
            self._lock.release(remove=True)
