"""Reload the knowledge files while the bot runs; a broken file never replaces a good version.

The coordinator edits a kommune's YAML and asks the bot to reload. If the files load, every
part of the running service that answers from knowledge switches to the new version at
once. If they do not, the bot keeps answering from the last good version and the
coordinator is told what to fix (file, line, field), in the same words ``app.py validate``
uses.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.compiled import Compiled
from bot.features.reply import Reply
from bot.job_context import served
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.outbox.items import Delivery
from bot.routing import SltBot

if TYPE_CHECKING:
    from bot.server import Runtime

log = logging.getLogger(__name__)

KEEP_ON_THE_BOT = frozenset({"router", "reloader"})
"""SltBot attributes a reload keeps: the router (its handlers and the service's follow-ups,
which hold no knowledge) and the service's reload hook."""


@dataclass(frozen=True)
class Reload:
    """What a reload did: the version served afterwards, and the problem if it was refused."""

    version: str
    previous: str
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def for_coordinator(self) -> str:
        if self.ok:
            return f"Kunnskapen er lastet inn på nytt (versjon {self.version})."
        return (
            "Kunnskapsfilene ble ikke lastet inn på nytt. Boten svarer fortsatt ut fra forrige "
            f"versjon ({self.previous}). Dette må rettes:\n{self.problem}"
        )


async def reload_knowledge(
    runtime: Runtime, directory: Path | None = None, *, announce: bool = True
) -> Reload:
    """Load the knowledge directory and switch to it, or keep the old one and say why.

    The files are read off the event loop, so turns keep being answered meanwhile. With
    ``announce``, a switch is announced to the other instances (bot/knowledge_follower.py);
    an instance following an announcement reloads without announcing again.
    """
    directory = directory or runtime.settings.knowledge_dir
    previous = runtime.kb.version
    try:
        kb = await asyncio.to_thread(
            KnowledgeBase.load, directory, runtime.settings.knowledge_cache_dir
        )
    except KnowledgeError as error:
        log.warning(
            "knowledge reload refused (%d problems); serving %s", len(error.problems), previous
        )
        return Reload(previous, previous, str(error))
    if runtime.settings.default_kommune not in kb.kommuner:
        log.warning("knowledge reload refused: SLT_KOMMUNE missing; serving %s", previous)
        problem = f"SLT_KOMMUNE '{runtime.settings.default_kommune}' finnes ikke i de nye filene."
        return Reload(previous, previous, problem)
    await asyncio.to_thread(_compiled, kb)  # seconds of work, off the loop (bot/compiled.py)
    _switch(runtime, kb)
    log.info("knowledge reloaded: %s -> %s", previous, kb.version)
    if announce and runtime.follower is not None:
        await runtime.follower.announce(kb.version, runtime.store.instance_id)
    return Reload(kb.version, previous)


def _compiled(kb: KnowledgeBase) -> None:
    """The new knowledge's bot parts, its search indexes too: at a start they are built once
    the service answers (bot/server.py), but a reload has the time before it switches."""
    for search in Compiled.of(kb).understanding.search.values():
        search.build()


def _switch(runtime: Runtime, kb: KnowledgeBase) -> None:
    """Give every holder of knowledge the new version, in one step on the event loop."""
    bot = runtime.bot
    fresh = SltBot(
        kb,
        runtime.store,
        runtime.settings,
        clock=runtime.clock,
        people=bot.desk.people,
        repos=runtime.repos,
        link_secret=bot.link_secret,
    )
    for name, value in vars(fresh).items():
        if name not in KEEP_ON_THE_BOT:
            setattr(bot, name, value)
    runtime.knowledge.swap(served(bot))  # jobs and follow-ups read through this one reference


async def tell_coordinators(runtime: Runtime, reload: Reload) -> list[Delivery]:
    """Send a refused reload's problem to the coordinator of each kommune it names (else all)."""
    if reload.ok or reload.problem is None:
        return []
    named = [k for k in runtime.kb.kommuner if f"{k}.yaml" in reload.problem]
    reply = Reply(reload.for_coordinator(), intent="knowledge.reload")
    outgoing = []
    for kommune_id in named or sorted(runtime.kb.kommuner):
        key = f"knowledge-reload:{kommune_id}:{_fingerprint(reload)}"
        outgoing += await runtime.targets.notices(kommune_id, reply, key=key)
    return await runtime.sender.send_many(outgoing)


def _fingerprint(reload: Reload) -> str:
    """The same problem is reported once; a new problem is reported again."""
    return hashlib.sha256((reload.problem or "").encode()).hexdigest()[:12]
