"""What the tiltak cards show: plain values, every date and name already written out.

Built by :mod:`bot.features.tiltak.present` from the feature's occurrences; drawn by
``cards/tiltak.py``, which imports nothing else of the feature. Data only (no imports from
``bot``), so a card is a pure function of one of these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Choice = tuple[str, str]
"""``(title, value)`` in a choice list: a person (name, roster id) or a group of tiltak."""


@dataclass(frozen=True)
class TiltakCardTexts:
    """The fixed words of the tiltak cards: labels, buttons, form fields. The wording is
    :data:`bot.features.tiltak.texts.CARD`; a field with ``{…}`` is filled by the card."""

    # fact labels
    tiltak: str
    goal: str
    area: str
    ansvar: str
    plan: str
    ansvar_in_plan: str
    reminded: str
    # the reminder card
    batch_intro: str
    no_deadline: str
    set_deadline_yourself: str
    coordinator_sets_deadline: str
    # the coordinator's cards
    escalation_intro: str
    escalation_row: str
    not_answered: str
    not_mine_heading: str
    not_mine_said: str
    reason: str
    no_reason: str
    plan_end_after: str
    plan_end_heading: str
    plan_ending_heading: str
    plan_end_ask: str
    # buttons
    done: str
    mark_done: str
    more_time: str
    send_deadline: str
    not_mine: str
    send_to_coordinator: str
    comment: str
    save_comment: str
    set_deadline: str
    remind_again: str
    reassign: str
    assign: str
    save: str
    accept_date: str
    accept: str
    extend_plan: str
    # form fields
    comment_optional: str
    new_deadline: str
    why_optional: str
    not_mine_why: str
    deadline: str
    pick_date: str
    who: str
    pick_person: str
    which_tiltak: str
    pick_tiltak: str


@dataclass(frozen=True)
class TiltakCardView:
    """What every tiltak card's view carries: the cards' fixed words (keyword-only)."""

    texts: TiltakCardTexts = field(kw_only=True)


@dataclass(frozen=True)
class AnswerLine:
    """One line of a row's receipt: «Utført – Kari, 01.06.2026 kl. 09:12»."""

    text: str
    latest: bool
    """The answer that set the status: shown first-class, in green."""


@dataclass(frozen=True)
class TiltakRow:
    """One occurrence of one tiltak on a card."""

    key: str
    """The occurrence's key, which the notices are keyed by."""
    kommune_id: str
    tiltak_id: str
    deadline: str
    """The occurrence's own day, ISO (card data, never shown)."""
    name: str
    """«tiltak 12», or the title's first clause in quotes for a plan without numbers."""
    label: str
    """«Tiltak 12: …», or the title."""
    title: str
    goal: str
    area: str
    ansvar: str
    """The plan's roles, joined."""
    when: tuple[str, str]
    """(«Frist» | «Statussjekk», the date and where it comes from)."""
    open: bool
    done: bool
    not_mine: bool
    status_check: bool
    """A løpende tiltak's status check, still without a frist."""
    more_time: str = ""
    """«Fikk ny frist … (var …) og er ikke meldt utført.» when it got more time."""
    receipt: tuple[AnswerLine, ...] = ()
    status_line: str = ""
    """«Status: Utført» for an answer from before the history was kept."""


@dataclass(frozen=True)
class BatchView(TiltakCardView):
    """One person's reminders of one day (or a single reminder)."""

    heading: str
    rows: tuple[TiltakRow, ...]
    plan_title: str
    source_title: str
    notices: Mapping[str, str] = field(default_factory=dict)
    """Row key → the notice under that row (a click's receipt or problem)."""
    coordinator: bool = False
    """The card is the SLT coordinator's: only they may set a frist, so only their card
    offers «Sett frist» on a status check."""


@dataclass(frozen=True)
class EscalationView(TiltakCardView):
    """To the coordinator: the deadlines passed without «Utført»."""

    title: str
    rows: tuple[TiltakRow, ...]
    reminded: tuple[str, ...]
    """Per row, who was reminded («ingen (mangler ansvarlig)» when nobody)."""
    choices: tuple[Choice, ...]
    source_title: str
    notices: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NotMineView(TiltakCardView):
    """To the coordinator when an ansvarlig answered «Ikke mitt ansvar»."""

    row: TiltakRow
    who: str
    when: str
    """« 01.06.2026 kl. 09:12» (with its leading space), or "" when unknown."""
    reason: str | None
    choices: tuple[Choice, ...]
    source_title: str
    notice: str | None = None


@dataclass(frozen=True)
class PlanEndView(TiltakCardView):
    """To the coordinator a month before and at the plan's end."""

    kommune_id: str
    end: str
    """ISO (card data)."""
    ended: bool
    text: str
    """«Handlingsplanen (2023–2026) går ut 31.12.2026.», as the text message says it."""
    notice: str | None = None


@dataclass(frozen=True)
class AssignView(TiltakCardView):
    """«Sett ansvarlig» under the digest's «Mangler ansvarlig»."""

    kommune_id: str
    groups: tuple[Choice, ...]
    """(«Rektor – tiltak 2, 5», "2,5"): the tiltak without anyone, grouped by role."""
    choices: tuple[Choice, ...]
