"""The neutral vocabulary between the Teams layer and the domain: who asked what, where.

Nothing here knows about Bot Framework; ``bot/teams/convert.py`` builds a :class:`Request`
from an activity, and everything after that speaks only these types.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    PERSONAL = "personal"
    GROUP_CHAT = "groupChat"
    CHANNEL = "channel"


@dataclass(frozen=True)
class Sender:
    """Who sent a turn: the Teams user id, and the Entra object id and name when Teams sends
    them (a bot in a group chat or the Emulator may get neither)."""

    id: str
    aad_id: str | None = None
    name: str | None = None

    @property
    def stable_id(self) -> str:
        """The id that stays the same across Teams apps and tenants' chats: the Entra object
        id, else the Teams id."""
        return self.aad_id or self.id

    @property
    def key(self) -> str:
        """:attr:`stable_id` lower-case: how the store and the roster know the person."""
        return self.stable_id.lower()


@dataclass(frozen=True)
class Request:
    """One incoming message or card action, in domain terms."""

    text: str
    conversation_key: str
    sender: Sender
    tenant_id: str | None = None
    scope: Scope = Scope.PERSONAL
    channel_key: str | None = None
    """``channel:<id>`` for a channel message: where the group's meeting calls can go."""
    addressed: bool = True
    """False for channel messages Teams delivers without an @mention (RSC permission)."""
