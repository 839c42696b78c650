"""One scheduler among several processes: a lease, a campaign, a standby that takes over.

Every process answers turns; only the one holding the *lease* runs the scheduler (reminders,
meeting calls), because a second scheduler would send everything twice. The others stand by
and try for the lease every ``retry_seconds``: when the leader stops — SIGTERM, SIGKILL, a
lost machine — the lease frees and one of them starts the scheduler, whose first tick is the
catch-up (only what is still due is sent; the delivery ledger flags what may have gone twice).

Two leases, one shape:

- :class:`FileLease` — ``flock`` on a file beside the SQLite database: processes sharing one
  data folder on one machine. The kernel drops the lock when its holder dies.
- ``PostgresLease`` (bot/storage) — a session-level advisory lock on a dedicated connection:
  instances on several machines sharing one PostgreSQL. The server drops it when the
  connection ends, so a leader that loses its connection must assume it lost the lease.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol

from bot.locks import FileLock

log = logging.getLogger(__name__)

RETRY_SECONDS = 15.0
"""How often a standby tries for the lease (and a leader checks it still holds it): a dead
leader is replaced within this, well inside the 60 s the operations guide promises."""

State = Literal["running", "standby", "off"]


class Lease(Protocol):
    """An exclusive right that frees itself when its holder dies."""

    async def acquire(self) -> bool:
        """Take it if free; False at once when someone else holds it."""
        ...

    async def still_held(self) -> bool:
        """Whether this holder still has it (a dropped database connection loses it)."""
        ...

    async def release(self) -> None: ...

    def describe(self) -> str:
        """Where the lease lives, for a log line (no secrets)."""
        ...


class FileLease:
    """The lease for processes sharing one data folder: ``flock`` on a file."""

    def __init__(self, path: Path) -> None:
        self._lock = FileLock(path)

    async def acquire(self) -> bool:
        return self._lock.acquire()

    async def still_held(self) -> bool:
        return self._lock.held

    async def release(self) -> None:
        self._lock.release()

    def describe(self) -> str:
        return f"{self._lock.path.name} in {self._lock.path.parent}"


class Leadership:
    """Campaigns for the lease; starts the scheduler on election and stops it when deposed.

    ``start`` and ``stop`` are the scheduler's; they are called at most once per term.
    """

    def __init__(
        self,
        lease: Lease,
        start: Callable[[], None],
        stop: Callable[[], None],
        *,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self._lease = lease
        self._start = start
        self._stop = stop
        self._retry = retry_seconds
        self._task: asyncio.Task[None] | None = None
        self.state: State = "off"

    @property
    def note(self) -> str | None:
        """What /healthz says beside a standby state, for the person looking."""
        if self.state == "standby":
            return "another process runs the scheduler; this one takes over if it stops"
        return None

    async def begin(self) -> None:
        """Try once now (so a lone process starts its scheduler at once), then keep trying."""
        await self._campaign_once(first=True)
        self._task = asyncio.create_task(self._campaign(), name="leadership")

    async def end(self) -> None:
        """Stop campaigning, stop the scheduler if this process ran it, let the lease go."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self.state == "running":
            self._stop()
        self.state = "off"
        await self._lease.release()

    async def _campaign(self) -> None:
        while True:
            await asyncio.sleep(self._retry)
            try:
                await self._campaign_once(first=False)
            except Exception as exc:  # a flaky database must not end the campaign
                log.warning("scheduler lease check failed: %s", type(exc).__name__)
                await self._step_down()

    async def _campaign_once(self, *, first: bool) -> None:
        if self.state == "running":
            if not await self._lease.still_held():
                log.warning("scheduler lease lost (%s); stopping it here", self._lease.describe())
                await self._step_down()
            return
        if await self._lease.acquire():
            if not first:
                log.warning("scheduler taken over: the previous holder stopped")
            self.state = "running"
            self._start()
            return
        if self.state != "standby":
            log.warning(
                "scheduler off: another SLT-boten process runs the scheduler (%s);"
                " this one answers messages and takes over if that one stops",
                self._lease.describe(),
            )
        self.state = "standby"

    async def _step_down(self) -> None:
        if self.state == "running":
            self._stop()
        self.state = "standby"
        await self._lease.release()
