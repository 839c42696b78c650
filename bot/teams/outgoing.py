"""A message as Teams posts it: conversation references and 1:1 targets, and the results.

Jobs and features hand the outbox a neutral :class:`bot.outbox.items.Message`; the carrier
makes it an :class:`Outgoing` at send time (:mod:`bot.teams.resolve`). An :class:`Outgoing`
can also be sent as it is (the failure notice, the sender's own tests and benchmarks). What
every outbox item shares (the :class:`Delivery` and its states) is :mod:`bot.outbox.items`'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.features.reply import Reply
from bot.outbox.items import CLAIMED_ELSEWHERE, DEFERRED, SKIPPED_DUPLICATE, Delivery

__all__ = [
    "CLAIMED_ELSEWHERE",
    "DEFERRED",
    "SKIPPED_DUPLICATE",
    "Delivery",
    "Outgoing",
    "UserTarget",
]


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

    @property
    def target(self) -> str:
        """``user`` (a 1:1 chat) or ``conversation``: what the ledger row says."""
        return "user" if self.user is not None else "conversation"
