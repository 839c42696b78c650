"""What the routine cards show: plain values, every word the bot adds already chosen.

Built by :mod:`bot.features.routines.present` from a routine as it applies in a kommune;
drawn by ``cards/routine.py``, which imports nothing else of the feature. Data only (no
imports from ``bot``), so a card is a pure function of one of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")


@dataclass(frozen=True)
class Go:
    """A button that walks the routine: to a step, or (``step`` None) to the overview.

    Navigation lives in the card data, not in server state: the button carries the routine,
    the kommune, the step and the ``trail`` of steps visited before it."""

    title: str
    routine_id: str
    kommune_id: str
    step: str | None = None
    trail: tuple[str, ...] | None = None
    """The steps visited before ``step``, oldest first; None on the button that starts."""
    answer: str | None = None
    """«ja» / «nei» on a decision's buttons."""
    tooltip: str | None = None
    style: str | None = None


@dataclass(frozen=True)
class Section(Generic[Item]):
    """A titled list on a card: lines of text, or the legal bases' links."""

    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class LegalLink:
    title: str
    url: str
    law: str


@dataclass(frozen=True)
class RoutineOverviewView:
    """Every step on one card, the acute line on top."""

    alerts: tuple[str, ...]
    """The acute lines shown above everything: a danger finding's, else the routine's own."""
    title: str
    where: str
    """Whose routine it is: the kommune's own, or the national default."""
    summary: str
    steps: Section[str]
    """The numbered steps, one line each."""
    contacts: Section[str] | None
    legal: Section[LegalLink] | None
    read_more: Section[str] | None
    note: str
    """Why a national default applies; "" for the kommune's own routine."""
    source_title: str
    start: Go
    asides: Section[str] | None = None
    """What the kommune's plan says beside the steps (``routine_asides``)."""


@dataclass(frozen=True)
class RoutineStepView:
    """One step: what to do, who does it, whom to call, which law; Ja/Nei on decisions."""

    progress: str
    acute: str
    title: str
    text: str
    decision: str
    """The yes/no question; "" for an ordinary step."""
    outcomes: tuple[tuple[str, str], ...]
    """(«Ja» | «Nei», what it leads to), ja first."""
    facts: tuple[tuple[str, str], ...]
    """Who does it, the BTI level — those the step states."""
    contacts: Section[str] | None
    legal: Section[LegalLink] | None
    source_title: str
    back: Go
    forward: tuple[Go, ...]
    aside: Section[str] | None = None
    """What the kommune's plan says beside this step (``routine_asides`` that name it)."""


@dataclass(frozen=True)
class RoutineNoteView:
    """The closing card after the last step, or the card for a step the routine lost."""

    heading: str
    text: str
    acute: str
    source_title: str
    """"" on the card for a lost step."""
    actions: tuple[Go, ...]
