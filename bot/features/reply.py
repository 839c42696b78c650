"""What a feature answers: text and cards, independent of Teams."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Card = dict[str, Any]


@dataclass(frozen=True)
class Followup:
    """A message a reply causes elsewhere, e.g. a note to the kommune's SLT-koordinator."""

    kommune_id: str
    text: str
    to: str = "coordinator"


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
