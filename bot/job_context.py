"""What a job (and a follow-up) reads: the knowledge served now, through one reference.

A reload builds a new :class:`Served` (knowledge, the desks over it, the targets) and swaps
it into :class:`Knowledge` in one assignment on the event loop; every job reads through the
context on each run, so none holds an old version and none has to be patched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from bot.features.meetings import MeetingDesk
from bot.features.tiltak.desk import TiltakDesk
from bot.knowledge.index import KnowledgeBase
from bot.storage import Repositories
from bot.storage.outbox import OutboxEntry
from bot.targets import Targets

if TYPE_CHECKING:
    from bot.routing import SltBot

T = TypeVar("T")


class Ledger(Protocol):
    """The sender's ledger, read only: whether a key went out (jobs never send)."""

    async def ledger(self, key: str) -> OutboxEntry | None: ...


@dataclass(frozen=True)
class Served:
    """One consistent version: the knowledge and everything built over it."""

    kb: KnowledgeBase
    tiltak: TiltakDesk
    meetings: MeetingDesk
    targets: Targets


def served(bot: SltBot) -> Served:
    """The version a bot answers from, as the jobs and follow-ups read it."""
    return Served(bot.kb, bot.desk, bot.meetings, Targets(bot.repos, bot.desk))


class Knowledge:
    """The one reference a reload swaps."""

    def __init__(self, served: Served) -> None:
        self.current = served

    def swap(self, served: Served) -> None:
        self.current = served


class _Current(Generic[T]):
    """One part of :class:`Served`, read through ``knowledge`` on every use."""

    def __init__(self, part: Callable[[Served], T]) -> None:
        self._part = part

    def __get__(self, owner: ServedNow, kind: type | None = None) -> T:
        return self._part(owner.knowledge.current)


class ServedNow:
    """What is served now, read through ``knowledge`` on every use (a reload swaps it)."""

    knowledge: Knowledge
    kb = _Current(lambda served: served.kb)
    tiltak = _Current(lambda served: served.tiltak)
    meetings = _Current(lambda served: served.meetings)
    targets = _Current(lambda served: served.targets)


@dataclass(frozen=True)
class JobContext(ServedNow):
    """Handed to every job's ``due``: the served knowledge, the repositories, the ledger."""

    knowledge: Knowledge
    repos: Repositories
    ledger: Ledger | None
    calendar_events: bool = False
    """Whether meetings become Outlook events (Microsoft Graph is configured): jobs and
    follow-ups then hand the outbox calendar changes; they never call Graph."""
