"""What a feature answers: text and cards, independent of Teams."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.frozen_init import quick_init

Card = dict[str, Any]


@dataclass(frozen=True)
class Followup:
    """Something a reply causes elsewhere, sent after the turn by the Teams layer.

    ``to``: "coordinator" (a note to the kommune's SLT-koordinator), "meeting_changed" (redraw
    the posted call card for everyone and post ``text`` as a notice when given) or
    "meeting_call" (post the call for ``meeting_key`` now).
    """

    kommune_id: str
    text: str
    to: str = "coordinator"
    meeting_key: str | None = None
    card: Card | None = None
    """A card to send with ``text`` (the coordinator's «ikke mitt ansvar» card)."""


@quick_init
@dataclass(frozen=True)
class Reply:
    """One answer to the user: a plain-text version and zero or more Adaptive Cards.

    ``text`` carries the same facts as the cards, so the console and ``ask`` can show it and
    Teams clients without card support still get the answer.
    """

    text: str
    cards: tuple[Card, ...] = ()
    intent: str = "unknown"
    facts: dict[str, Any] = field(default_factory=dict)
    followups: tuple[Followup, ...] = ()
