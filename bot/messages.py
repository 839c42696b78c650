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
class Request:
    """One incoming message or card action, in domain terms."""

    text: str
    conversation_key: str
    user_id: str
    user_aad_id: str | None = None
    user_name: str | None = None
    tenant_id: str | None = None
    scope: Scope = Scope.PERSONAL
    channel_key: str | None = None
    """``channel:<id>`` for a channel message: where the group's meeting calls can go."""
    addressed: bool = True
    """False for channel messages Teams delivers without an @mention (RSC permission)."""
