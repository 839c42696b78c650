"""One kommune's tiltak follow-up as read at one moment: answers, frister, ansvarlige and the
plan's period, with every question about it answered from that one read.

A turn or a tick reads the view once (:meth:`bot.features.tiltak.desk.TiltakDesk.view`, four
repository reads) and asks it as much as it likes; after a write it reads a fresh one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.dates import short_date
from bot.features.tiltak import texts
from bot.features.tiltak.model import (
    COORDINATOR_ROLE,
    LOOKBACK,
    YEAR,
    Answer,
    Occurrence,
    Overview,
    Status,
)
from bot.features.tiltak.reminder_plan import (
    Due,
    Kind,
    due_days,
    month_before,
    plan_end,
    plan_start,
)
from bot.knowledge.models import Kommune, Tiltak
from bot.people import PeopleMap, PersonRef
from bot.storage.records import TiltakRecord
from bot.text import fold

if TYPE_CHECKING:
    from bot.features.tiltak.desk import TiltakDesk


@dataclass(frozen=True)
class TiltakView:
    """A kommune's tiltak with what was stored about them when the view was read."""

    desk: TiltakDesk
    kommune_id: str
    answers: dict[str, TiltakRecord] = field(default_factory=dict)
    """Occurrence key (``kommune:tiltak:YYYY-MM-DD``) → its answers."""
    deadlines: dict[str, dt.date] = field(default_factory=dict)
    """Tiltak id → the frist the coordinator set."""
    assignees: dict[str, PersonRef] = field(default_factory=dict)
    extra_years: int = 0
    """Years the coordinator added to the plan's period."""
    memo: DayMemo = field(default_factory=lambda: DayMemo(), compare=False, repr=False)
    """What was worked out from this view for one day; the desk hands the same memo to the
    next view of the kommune only when that view read the same (:meth:`TiltakDesk.view`)."""

    def state(self) -> tuple[object, ...]:
        """Everything stored that the view's answers depend on (with the knowledge and the
        people mapping, which are the desk's): equal states give equal answers."""
        return (self.answers, self.deadlines, self.assignees, self.extra_years)

    # --- the knowledge (the desk's, for this kommune) --------------------------------------

    def all(self) -> tuple[Tiltak, ...]:
        return self.desk.all(self.kommune_id)

    def by_id(self, tiltak_id: str) -> Tiltak | None:
        return self.desk.by_id(self.kommune_id, tiltak_id)

    def for_role(self, role: str) -> list[Tiltak]:
        return self.desk.for_role(self.kommune_id, role)

    def search(self, words: tuple[str, ...]) -> list[Tiltak]:
        return self.desk.search(self.kommune_id, words)

    def text_words(self) -> tuple[tuple[Tiltak, tuple[str, ...]], ...]:
        return self.desk.text_words(self.kommune_id)

    def people_map(self) -> PeopleMap:
        return self.desk.people_map(self.kommune_id)

    def kommune(self) -> Kommune:
        return self.desk.kommune(self.kommune_id)

    def is_current(self, tiltak: Tiltak) -> bool:
        return self.desk.is_current(self.kommune_id, tiltak)

    # --- who answers ----------------------------------------------------------------------

    def assignee(self, tiltak_id: str) -> PersonRef | None:
        return self.assignees.get(tiltak_id)

    def owners_mapped(self, tiltak: Tiltak) -> bool:
        if self.assignee(tiltak.id) is not None:
            return True
        people = self.people_map()
        return any(people.people_for(role) for role in tiltak.ansvar)

    def owner_names(self, tiltak: Tiltak) -> list[str]:
        """Who gets the reminders: the assigned person, else everyone mapped to its roles."""
        assigned = self.assignee(tiltak.id)
        if assigned is not None:
            return [assigned.name]
        people = self.people_map()
        names = [p.name or p.identities[0] for r in tiltak.ansvar for p in people.people_for(r)]
        return list(dict.fromkeys(names))

    def is_assignee(self, tiltak: Tiltak, identities: set[str]) -> bool:
        assigned = self.assignee(tiltak.id)
        return assigned is not None and assigned.identity in {i.lower() for i in identities}

    def may_answer(self, tiltak: Tiltak, identities: set[str]) -> bool:
        """The ansvarlig (any mapped owner role) or the coordinator may answer a reminder."""
        roles = {fold(r) for r in self.people_map().roles_of(identities)}
        if fold(COORDINATOR_ROLE) in roles or self.is_assignee(tiltak, identities):
            return True
        if self.assignee(tiltak.id) is not None:
            return False  # reassigned: the roles in the plan no longer answer for it
        return any(fold(role) in roles for role in tiltak.ansvar)

    # --- the plan's period ----------------------------------------------------------------

    def plan_end(self) -> dt.date:
        """The plan's last day, with the years the coordinator added in Teams."""
        return plan_end(self.kommune(), self.extra_years)

    def period_text(self) -> str:
        return f"{self.kommune().plan.period_start}–{self.plan_end().year}"

    def plan_ended(self, today: dt.date) -> bool:
        return today > self.plan_end()

    def plan_ending(self, today: dt.date) -> bool:
        """The plan's last month: from a month before its last day (when the coordinator is
        asked whether to extend it) until that day."""
        end = self.plan_end()
        return month_before(end) <= today <= end

    def ending_text(self) -> str:
        """«Handlingsplanen (2023–2026) går ut 31. desember 2026.» and what can be done."""
        return texts.plan_ending(period=self.period_text(), end=short_date(self.plan_end()))

    def ended_text(self) -> str:
        """«Handlingsplanen gjaldt 2023–2025.» and what the coordinator can do about it."""
        return texts.plan_ended(self.period_text())

    # --- deadlines and status -------------------------------------------------------------

    def coordinator_deadline(self, tiltak_id: str) -> dt.date | None:
        return self.deadlines.get(tiltak_id)

    def coordinator_deadlines(self) -> dict[str, dt.date]:
        return dict(self.deadlines)

    def moved(self) -> dict[str, dict[dt.date, dt.date]]:
        """Tiltak id → {occurrence day → the new date asked for with «Trenger mer tid»}."""
        result: dict[str, dict[dt.date, dt.date]] = {}
        prefix = f"{self.kommune_id}:"
        for key, record in self.answers.items():
            if record.status != Status.MORE_TIME.value or not record.new_deadline:
                continue
            tiltak_id, day = key.removeprefix(prefix).rsplit(":", 1)
            result.setdefault(tiltak_id, {})[dt.date.fromisoformat(day)] = dt.date.fromisoformat(
                record.new_deadline
            )
        return result

    def due_in(self, tiltak: Tiltak, start: dt.date, end: dt.date) -> list[Due]:
        """The tiltak's deadlines or status checks in ``[start, end]``, none outside the plan's
        period (before its first year or after its end)."""
        return due_days(
            tiltak,
            max(start, plan_start(self.kommune())),
            min(end, self.plan_end()),
            status_checks=self.kommune().status_checks.dates,
            coordinator_deadline=self.coordinator_deadline(tiltak.id),
        )

    def occurrence(self, tiltak: Tiltak, deadline: dt.date, due: Due | None = None) -> Occurrence:
        if due is None:
            found = self.due_in(tiltak, deadline, deadline)
            due = found[0] if found else None
        kind: Kind = due.kind if due else ("deadline" if tiltak.frist.has_date else "status")
        source = due.source if due else ("plan" if tiltak.frist.has_date else None)
        record = self.answers.get(f"{self.kommune_id}:{tiltak.id}:{deadline.isoformat()}")
        if record is None:
            return Occurrence(self.kommune_id, tiltak, deadline, kind=kind, deadline_source=source)
        answers = tuple(Answer.from_entry(a) for a in record.answers)
        last = next((a for a in reversed(answers) if a.status is not None), None)
        return Occurrence(
            self.kommune_id,
            tiltak,
            deadline,
            Status(record.status),
            dt.date.fromisoformat(record.new_deadline) if record.new_deadline else None,
            last.comment if last else record.comment,
            last.by if last else record.by,
            kind,
            source,
            answers,
        )

    def current(self, tiltak: Tiltak, today: dt.date) -> Occurrence | None:
        """The occurrence that matters today: an unfinished one whose (possibly moved) date is
        still ahead or passed less than ``LOOKBACK`` ago, else the next one. None after the
        plan's end or for a tiltak that is not current."""
        day = self.memo.on(today)
        key = ("current", tiltak.id)
        if key not in day:
            day[key] = self._current(tiltak, today)
        found: Occurrence | None = day[key]
        return found

    def _current(self, tiltak: Tiltak, today: dt.date) -> Occurrence | None:
        if not self.is_current(tiltak):
            return None
        # A «Trenger mer tid» can move an occurrence months ahead: look back a year for it.
        start, end = today - YEAR, today + YEAR
        for due in self._dues_around(tiltak, today):  # in order of day
            if due.day < start:
                continue
            if due.day >= today:  # none before today is unfinished: the next one
                return self.occurrence(tiltak, due.day, due) if due.day <= end else None
            if f"{self.kommune_id}:{tiltak.id}:{due.day.isoformat()}" not in self.answers:
                # Unanswered and passed: overdue unless a status check, for ``LOOKBACK``.
                if due.kind != "status" and due.day >= today - LOOKBACK:
                    return self.occurrence(tiltak, due.day, due)
                continue
            o = self.occurrence(tiltak, due.day, due)
            if o.status not in (Status.OPEN, Status.MORE_TIME):
                continue
            if o.effective_deadline >= today or (
                o.is_overdue(today) and o.effective_deadline >= today - LOOKBACK
            ):
                return o
        return None

    def _dues_around(self, tiltak: Tiltak, today: dt.date) -> list[Due]:
        """``due_in`` of a window around ``today`` (``YEAR`` either side) or wider: the dues
        around the whole month, worked out once a month (a window's dues are the same
        whatever window they are taken from)."""
        month = self.memo.in_month(today)
        key = ("dues", tiltak.id)
        if key not in month:
            first, last = month_of(today)
            month[key] = self.due_in(tiltak, first - YEAR, last + YEAR)
        dues: list[Due] = month[key]
        return dues

    def history(self, tiltak: Tiltak, today: dt.date) -> list[tuple[int, str]]:
        """(year, status) per year, from the first answered occurrence up to today:
        «Utført 2026 · ikke besvart 2027». A year's status is its last occurrence that has
        passed or been answered; nothing before anyone first answered (no noise)."""
        start = dt.date(self.kommune().plan.period_start, 1, 1)
        last = min(today, self.plan_end())
        by_year: dict[int, str] = {}
        started = False
        for due in self.due_in(tiltak, start, last + dt.timedelta(days=400)):
            occurrence = self.occurrence(tiltak, due.day, due)
            answered = occurrence.status is not Status.OPEN
            started = started or answered
            if not started or (due.day > last and not answered):
                continue
            by_year[due.day.year] = texts.STATUS_LABEL[occurrence.status]
        return sorted(by_year.items())

    def overview(self, today: dt.date, *, window_days: int = 14) -> Overview:
        """The plan at ``today``, each tiltak under exactly one heading: done, nobody
        ansvarlig, «ikke mitt ansvar», overdue, or due within ``window_days``."""
        done, due, overdue, not_mine, missing = [], [], [], [], []
        horizon = today + dt.timedelta(days=window_days)
        for tiltak in self.all():
            occurrence = self.current(tiltak, today)
            if occurrence is None:
                continue
            if occurrence.status is Status.DONE:
                done.append(occurrence)
            elif not self.owners_mapped(tiltak):
                missing.append(tiltak)
            elif occurrence.status is Status.NOT_MINE:
                not_mine.append(occurrence)
            elif occurrence.is_overdue(today):
                overdue.append(occurrence)
            elif today <= occurrence.effective_deadline <= horizon:
                due.append(occurrence)
        return Overview(tuple(done), tuple(due), tuple(overdue), tuple(not_mine), tuple(missing))


class DayMemo:
    """Values worked out from one stored state of a kommune: for one day (each tiltak's
    current occurrence, what to escalate) and for one month (the reminder plan and the
    deadlines around it, from which each day of the month takes its part). Only the last
    day and month asked about are kept."""

    def __init__(self) -> None:
        self.day: dt.date | None = None
        self.values: dict[Any, Any] = {}
        self.month: tuple[int, int] | None = None
        self.monthly: dict[Any, Any] = {}

    def on(self, day: dt.date) -> dict[Any, Any]:
        """The values for ``day`` (emptied when another day is asked about)."""
        if day != self.day:
            self.day, self.values = day, {}
        return self.values

    def in_month(self, day: dt.date) -> dict[Any, Any]:
        """The values for ``day``'s month (emptied when another month is asked about)."""
        if (day.year, day.month) != self.month:
            self.month, self.monthly = (day.year, day.month), {}
        return self.monthly


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``day``'s month."""
    first = day.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
