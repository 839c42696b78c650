"""What callers hand the proactive sender, and what they get back.

Kept apart from the sender so that jobs and features can build messages and read results
without importing the machinery that posts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.features.reply import Reply
from bot.storage.outbox import SENT

SKIPPED_DUPLICATE = "skipped_duplicate"
DEFERRED = "deferred"  # not started because the sender is stopping; still queued
CLAIMED_ELSEWHERE = "claimed_elsewhere"  # another open process is sending it right now


@dataclass(frozen=True)
class UserTarget:
    """A person to reach in a new (or Teams' existing) 1:1 chat with the bot."""

    user_id: str  # the Teams user id ("29:…") or the AAD object id
    tenant_id: str
    service_url: str
    name: str = ""


@dataclass(frozen=True)
class Outgoing:
    """One proactive message.

    ``key`` is the idempotency key, e.g. ``"reminder:valer:18:2026-06-15:3"`` (kind,
    kommune, tiltak, deadline, offset). The target is either ``conversation`` (a stored,
    serialized ConversationReference) or ``user`` (a new 1:1 chat). When the 1:1 cannot be
    made, ``fallback_channel`` gets the message with an @mention of ``fallback_mention``
    (user id, name). ``report_to`` (the coordinator's conversation reference) hears about a
    message that could not be delivered. ``about`` is an optional short, content-free
    description for that notice (e.g. "tiltak 18, frist 15.06.2026").
    """

    key: str
    reply: Reply
    kind: str = "message"
    conversation: dict[str, Any] | None = None
    user: UserTarget | None = None
    fallback_channel: dict[str, Any] | None = None
    fallback_mention: tuple[str, str] | None = None
    report_to: dict[str, Any] | None = None
    about: str | None = None

    def __post_init__(self) -> None:
        if (self.conversation is None) == (self.user is None):
            raise ValueError("Outgoing needs exactly one target: conversation or user")
        if not self.key:
            raise ValueError("Outgoing needs an idempotency key")


@dataclass(frozen=True)
class Delivery:
    """What happened to one message (also what the ledger says, minus timestamps)."""

    key: str
    state: str  # "sent", "failed", "skipped_duplicate", "deferred" or "claimed_elsewhere"
    attempts: int = 0
    activity_id: str | None = None
    fallback_used: bool = False
    error: str | None = None  # the last error kind: a status code or an exception type name

    @property
    def delivered(self) -> bool:
        return self.state in (SENT, SKIPPED_DUPLICATE)
