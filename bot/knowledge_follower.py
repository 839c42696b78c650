"""Keep every instance on the knowledge version the service announced.

A coordinator's «last inn kunnskapen på nytt» reaches one instance behind the load balancer.
That instance loads the files, switches, and announces the new version in the shared store
(bot/storage/knowledge_versions.py). Every instance, leader or standby, looks for a newer
announcement every ``SLT_KNOWLEDGE_CHECK_SECONDS`` and loads the files from its own
knowledge folder when it finds one, so within that interval every instance answers from
the same version. One small read per interval; no message text involved.

If an instance's files give another version than the one announced (its folder is not the
shared one, or an older image is still running), it keeps serving what it loaded, says so
in a WARNING and in /healthz, and tries again at the next announcement. It never tells the
coordinators: the instance that took the reload already did.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.storage.knowledge_versions import Announcement, KnowledgeVersions

log = logging.getLogger(__name__)


class Loaded(Protocol):
    """What a reload reports back (bot/reload.py ``Reload``)."""

    @property
    def version(self) -> str: ...

    @property
    def ok(self) -> bool: ...


class KnowledgeFollower:
    def __init__(
        self,
        versions: KnowledgeVersions,
        reload: Callable[[], Awaitable[Loaded]],
        interval: float,
    ) -> None:
        self._versions = versions
        self._reload = reload
        self._interval = interval
        self._seen = 0
        self._task: asyncio.Task[None] | None = None
        self.note = ""
        """Empty while in step; else why this instance serves another version."""

    async def begin(self) -> None:
        """Start following. What was announced before this start is already on disk, so
        this instance's own fresh load counts as having followed it."""
        newest = await self._versions.newest()
        self._seen = newest.generation if newest else 0
        self._task = asyncio.create_task(self._follow(), name="knowledge-follower")

    async def end(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def announce(self, version: str, by: str) -> None:
        """This instance loaded ``version`` on a coordinator's request: tell the others."""
        announcement = await self._versions.announce(version, by)
        self._seen = max(self._seen, announcement.generation)
        self.note = ""

    async def check(self) -> None:
        """Follow an announcement newer than the last one acted on, if there is one."""
        newest = await self._versions.newest()
        if newest is None or newest.generation <= self._seen:
            return
        self._seen = newest.generation
        loaded = await self._reload()
        self.note = _out_of_step(newest, loaded)
        if self.note:
            log.warning("knowledge not in step with the other instances: %s", self.note)
        else:
            log.info("knowledge followed to %s (announced by another instance)", loaded.version)

    async def _follow(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.check()
            except Exception as exc:  # the store may be away for a moment; try again later
                log.warning("knowledge check failed: %s", type(exc).__name__)

    def health(self) -> dict[str, str]:
        if self.note:
            return {"knowledge_sync": "out of step", "knowledge_note": self.note}
        return {"knowledge_sync": "in step"}


def _out_of_step(newest: Announcement, loaded: Loaded) -> str:
    if not loaded.ok:
        return (
            f"announced version {newest.version} could not be loaded here (the files in this "
            f"instance's knowledge folder do not validate); serving {loaded.version}"
        )
    if loaded.version != newest.version:
        return (
            f"announced version {newest.version}, but this instance's knowledge folder gives "
            f"{loaded.version}: is SLT_KNOWLEDGE_DIR shared by every instance?"
        )
    return ""
