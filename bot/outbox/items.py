"""What anyone hands the outbox, and what comes back: neutral items, no Teams or Graph types.

An item has an idempotency ``key`` (the ledger row), a ``kind`` (for the ledger and the log)
and a ``target`` (what sort of address it goes to). A message to a channel or a person is a
:class:`Message` with neutral addresses (:mod:`bot.outbox.addresses`), which the Teams
carrier resolves at send time (:mod:`bot.teams.resolve`); a change to an Outlook calendar is
a :class:`CalendarChange`, addressed to a person's calendar, which the Graph carrier
(:mod:`bot.graph_delivery`) carries out. Jobs and follow-ups build items; they never call a
service themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.features.reply import Reply
from bot.outbox.addresses import Address, Channel, Person
from bot.storage.outbox import SENT

SKIPPED_DUPLICATE = "skipped_duplicate"
DEFERRED = "deferred"  # not started because the sender is stopping; still queued
CLAIMED_ELSEWHERE = "claimed_elsewhere"  # another open process is sending it right now


class Item(Protocol):
    """Anything the outbox delivers at most once per key."""

    @property
    def key(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def target(self) -> str: ...


@dataclass(frozen=True)
class Message:
    """One message for a channel or a person, sent later (a reminder, a digest, a call).

    ``key`` is the idempotency key, e.g. ``"reminder:valer:2026-06-15:29:aad-kari"`` (kind,
    kommune, day, recipient). A message ``to`` a person goes to ``fallback`` (with an
    @mention of them) when they cannot be reached 1:1. ``report_to`` hears about a message
    that could not be delivered, described by ``kind`` and ``about`` (short and
    content-free, e.g. "tiltak 18, frist 15.06.2026"), never by its text.
    """

    key: str
    reply: Reply
    to: Address
    kind: str = "message"
    fallback: Channel | None = None
    report_to: Channel | None = None
    about: str | None = None

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("Message needs an idempotency key")

    @property
    def target(self) -> str:
        """``user`` (a 1:1 chat) or ``conversation``: what the ledger row says."""
        return "user" if isinstance(self.to, Person) else "conversation"


CalendarOperation = Literal["create", "move", "cancel"]


@dataclass(frozen=True)
class CalendarChange:
    """One change to a meeting on a person's Outlook calendar (Microsoft Graph carries it).

    ``calendar`` is whose calendar (the innkaller's UPN or e-mail, from the people mapping);
    ``series`` is the meeting series the event is recorded under (its origin key), so a move
    or a cancel finds the event the create made. ``transaction_id`` makes a create
    idempotent in Graph: a create sent again (after a crash, a timeout) does not make a
    second event. The ledger keeps the key, kind and states, never the subject or attendees.
    """

    key: str
    operation: CalendarOperation
    calendar: str
    series: str
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    subject: str = ""
    location: str | None = None
    attendees: tuple[tuple[str, str], ...] = ()
    """(e-mail address, display name) of everyone invited."""
    body_html: str = ""
    comment: str = ""
    """A cancel's message to the attendees."""
    transaction_id: str | None = None
    report_to: Channel | None = None
    """Who hears of a change Graph would not take (the meeting's channel)."""
    report: str = ""
    """What they are told then, written by the feature (content-free: the group and the day)."""

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("CalendarChange needs an idempotency key")
        if self.operation != "cancel" and (self.start is None or self.end is None):
            raise ValueError(f"a calendar {self.operation} needs a start and an end")

    @property
    def kind(self) -> str:
        return f"calendar_{self.operation}"

    @property
    def target(self) -> str:
        return "calendar"


@dataclass(frozen=True)
class Delivery:
    """What happened to one item (also what the ledger says, minus timestamps)."""

    key: str
    state: str  # "sent", "failed", "skipped_duplicate", "deferred" or "claimed_elsewhere"
    attempts: int = 0
    activity_id: str | None = None
    """What the service called it: the Teams activity id, the Graph event id."""
    fallback_used: bool = False
    error: str | None = None  # the last error kind: a status code or an exception type name

    @property
    def delivered(self) -> bool:
        return self.state in (SENT, SKIPPED_DUPLICATE)
