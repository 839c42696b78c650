"""The reminder schedule for tiltak: who is reminded of what, and when.

Pure domain code (no I/O, no clock): the scheduler asks for the plan of a window and sends
what is due, using :attr:`PlannedReminder.key` as the idempotency key of its ledger.

Truthful time — a tiltak is due in one of three ways, and says which:

* **A deadline from the plan** (``kind="deadline"``, ``deadline_source="plan"``): a date the
  plan states, or one computed from its words («før hver sommerferie», marked as computed in
  the knowledge file). ``yearly`` MM-DD recurs every year, ``week`` N is the Friday of ISO
  week N (or the last working day of that week).
* **A deadline the coordinator set in Teams** (``deadline_source="coordinator"``), stored; it
  replaces the plan's rule for that tiltak.
* **None** — løpende work: a *statussjekk* (``kind="status"``, no deadline) on the days the
  kommune file sets under ``status_checks``. Never called a «frist».

A «Trenger mer tid» answer moves one occurrence to a new date: the reminders and the
escalation then follow the new date. Tiltak that only an older plan has are not current and
get nothing. **Nothing is planned after the plan's end** (31 December of its last year, plus
any year the coordinator has added): the caller passes ``until``.

Sending rules: each ansvarlig is reminded 14, 3 and 1 days before a deadline (configurable),
a status check is sent on its day; at ``send_time`` (09:00) on a working day, moved *earlier*
over weekends and public holidays, never later than the day itself. Offsets that collapse
onto one day keep the smallest. A reminder is in the window when its due day is in
``[start, end]`` and its send day is on or after ``start``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.dates import clock_text
from bot.knowledge.action_plan import Frist, Tiltak
from bot.knowledge.models import Kommune
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar

DEFAULT_OFFSETS = (14, 3, 1)
DEFAULT_STATUS_CHECKS = ("05-31", "11-30")
DEFAULT_SEND_TIME = dt.time(9, 0)

Kind = Literal["deadline", "status"]
DeadlineSource = Literal["plan", "coordinator"]


@dataclass(frozen=True)
class Due:
    """One occurrence of what a tiltak owes: a deadline or a status check, on ``day``.

    ``day`` identifies the occurrence (it keys the stored answer); ``moved_to`` is the new
    date an ansvarlig asked for with «Trenger mer tid».
    """

    day: dt.date
    kind: Kind
    source: DeadlineSource | None
    moved_to: dt.date | None = None

    @property
    def effective(self) -> dt.date:
        return self.moved_to or self.day


@dataclass(frozen=True)
class PlannedReminder:
    """One reminder to the ansvarlige of a tiltak about one deadline or status check."""

    kommune_id: str
    tiltak_id: str
    title: str
    ansvarlig: tuple[str, ...]
    kind: Kind
    day: dt.date
    """The occurrence's own day (the original deadline, or the status check's day)."""
    deadline: dt.date | None
    """The date the work is due — the moved date after «Trenger mer tid»; None for status."""
    deadline_source: DeadlineSource | None
    send_at: dt.datetime
    offset_days: int

    @property
    def due_day(self) -> dt.date:
        return self.deadline or self.day

    @property
    def number(self) -> int | None:
        """The plan's number for the tiltak, when it numbers them (Våler 1–39)."""
        return int(self.tiltak_id) if self.tiltak_id.isdigit() else None

    @property
    def key(self) -> str:
        """``kommune:tiltak:day[:moved]:offset`` — the idempotency key in the send ledger."""
        moved = (
            f":{self.deadline.isoformat()}" if self.deadline and self.deadline != self.day else ""
        )
        return (
            f"{self.kommune_id}:{self.tiltak_id}:{self.day.isoformat()}{moved}:{self.offset_days}"
        )


def plan_start(kommune: Kommune) -> dt.date:
    """The first day of the plan: 1 January of its first year. A yearly deadline or status
    check before it belongs to no plan the coordinator signed (a plan for 2025–2028 has no
    «31.12.2024»), so nothing is due, overdue or reminded before this day."""
    return dt.date(kommune.plan.period_start, 1, 1)


def plan_end(kommune: Kommune, extra_years: int = 0) -> dt.date:
    """The last day of the plan: 31 December of its last year, plus years added in Teams."""
    return dt.date(kommune.plan.period_end + extra_years, 12, 31)


def month_before(day: dt.date) -> dt.date:
    """The same day a month earlier (31 December → 30 November)."""
    month = day.month - 1 or 12
    year = day.year - (1 if day.month == 1 else 0)
    for candidate in range(day.day, 27, -1):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    return dt.date(year, month, 28)


def is_current(kommune: Kommune, tiltak: Tiltak) -> bool:
    """Tiltak only a losing (older) source has are shown as such and not followed up."""
    return kommune.sources[tiltak.source].rank == 1


def _month_day_in(year: int, month_day: str) -> dt.date:
    """MM-DD in ``year``; 29 February becomes 28 February in other years."""
    month, day = (int(part) for part in month_day.split("-"))
    if (month, day) == (2, 29):
        try:
            return dt.date(year, 2, 29)
        except ValueError:
            return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def week_deadline(
    year: int, week: int, calendar: WorkCalendar = DEFAULT_CALENDAR
) -> dt.date | None:
    """The Friday of ISO week ``week`` of ISO year ``year``, or the last working day of that
    week when the Friday is a holiday. ``None`` when the year has no such week (week 53) or
    the whole week is closed."""
    try:
        friday = dt.date.fromisocalendar(year, week, 5)
    except ValueError:
        return None
    for back in range(5):  # Friday, Thursday, … Monday
        day = friday - dt.timedelta(days=back)
        if calendar.is_working_day(day):
            return day
    return None


def _in_window(days: Iterable[dt.date], start: dt.date, end: dt.date) -> list[dt.date]:
    """The distinct ``days`` in ``[start, end]`` (inclusive), in order."""
    return sorted({day for day in days if start <= day <= end})


def _every_year(month_days: Iterable[str], start: dt.date, end: dt.date) -> list[dt.date]:
    """Each MM-DD of ``month_days`` in every year of ``[start, end]``, in order."""
    years = range(start.year, end.year + 1)
    return _in_window((_month_day_in(y, md) for y in years for md in month_days), start, end)


def deadlines(
    frist: Frist,
    start: dt.date,
    end: dt.date,
    *,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> list[dt.date]:
    """The occurrences of a tiltak's deadline in ``[start, end]`` (inclusive), in order.

    * ``date`` — that date, once.
    * ``yearly`` "MM-DD" — that day every year (29 February → 28 February in other years).
    * ``week`` N — the Friday of ISO week N every (ISO) year; if the Friday is a public
      holiday, the last working day of that week. Years without week 53 have no deadline.
    * ``continuous`` — no deadline at all (see :func:`due_days` for its status checks).

    The deadline itself is not moved off weekends (a date the plan gives stays the date);
    the reminders before it are.
    """
    if frist.date is not None:
        return _in_window([frist.date], start, end)
    if frist.yearly is not None:
        return _every_year([frist.yearly], start, end)
    if frist.week is not None:
        # An ISO year starts up to three days before or after 1 January.
        years = range(start.year - 1, end.year + 2)
        weeks = (week_deadline(year, frist.week, calendar) for year in years)
        return _in_window([day for day in weeks if day is not None], start, end)
    return []


def due_days(
    tiltak: Tiltak,
    start: dt.date,
    end: dt.date,
    *,
    status_checks: Sequence[str] = DEFAULT_STATUS_CHECKS,
    coordinator_deadline: dt.date | None = None,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> list[Due]:
    """What the tiltak owes in ``[start, end]``: the coordinator's deadline, else the plan's,
    else a status check on each ``status_checks`` MM-DD."""
    if end < start:
        return []
    if coordinator_deadline is not None:
        if start <= coordinator_deadline <= end:
            return [Due(coordinator_deadline, "deadline", "coordinator")]
        return []
    if tiltak.frist.has_date:
        return [
            Due(d, "deadline", "plan")
            for d in deadlines(tiltak.frist, start, end, calendar=calendar)
        ]
    return [Due(d, "status", None) for d in _every_year(status_checks, start, end)]


def _natural(value: str) -> tuple[Any, ...]:
    """Sort key that puts tiltak "2" before "10"."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", value)
        if part
    )


@dataclass(frozen=True)
class _Sending:
    """How reminders go out: ``offsets`` days before a deadline, at ``send_time`` on a
    working day of ``calendar`` (moved earlier, never later)."""

    calendar: WorkCalendar
    offsets: Sequence[int]
    send_time: dt.time

    def __post_init__(self) -> None:
        if not self.offsets or any(o < 0 for o in self.offsets):
            raise ValueError("offsets must be zero or more days, at least one")
        calendar = self.calendar
        if not calendar.in_working_hours(self.send_time):
            raise ValueError(
                f"send_time {clock_text(self.send_time)} is outside working hours "
                f"{clock_text(calendar.work_start)}–{clock_text(calendar.work_end)}"
            )

    def days(self, due: Due) -> dict[dt.date, int]:
        """Send day → offset for one occurrence; on a shared day the smallest offset wins.
        A status check (not moved) is sent on its own day."""
        if due.kind == "status" and due.moved_to is None:
            return {self.calendar.working_day_on_or_before(due.day): 0}
        days: dict[dt.date, int] = {}
        for offset in sorted(set(self.offsets)):
            day = self.calendar.working_day_on_or_before(due.effective - dt.timedelta(days=offset))
            days.setdefault(day, offset)  # smallest offset first, so it keeps the day
        return days


def _reminders_for_tiltak(
    kommune: Kommune,
    tiltak: Tiltak,
    start: dt.date,
    last: dt.date,
    sending: _Sending,
    coordinator_deadline: dt.date | None,
    moved: Mapping[dt.date, dt.date],
) -> list[PlannedReminder]:
    """The reminders for one tiltak due in ``[start, last]``; see :func:`plan_reminders`."""
    # A moved occurrence may have its own day long before the window: look back a year,
    # but never before the plan began.
    first = max(start - dt.timedelta(days=400), plan_start(kommune))
    occurrences = [
        Due(d.day, d.kind, d.source, moved.get(d.day))
        for d in due_days(
            tiltak,
            first,
            last,
            status_checks=kommune.status_checks.dates,
            coordinator_deadline=coordinator_deadline,
            calendar=sending.calendar,
        )
    ]
    planned: list[PlannedReminder] = []
    for due in occurrences:
        if not start <= due.effective <= last:
            continue
        for day, offset in sending.days(due).items():
            if day < start:
                continue
            planned.append(
                PlannedReminder(
                    kommune_id=kommune.id,
                    tiltak_id=tiltak.id,
                    title=tiltak.tiltak,
                    ansvarlig=tuple(tiltak.ansvar),
                    kind="deadline" if due.moved_to else due.kind,
                    day=due.day,
                    deadline=due.effective if (due.kind == "deadline" or due.moved_to) else None,
                    deadline_source=due.source
                    if due.kind == "deadline"
                    else ("coordinator" if due.moved_to else None),
                    send_at=sending.calendar.at(day, sending.send_time),
                    offset_days=offset,
                )
            )
    return planned


def plan_reminders(
    kommune: Kommune,
    start: dt.date,
    end: dt.date,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
    offsets: Sequence[int] = DEFAULT_OFFSETS,
    send_time: dt.time = DEFAULT_SEND_TIME,
    *,
    until: dt.date | None = None,
    coordinator_deadlines: Mapping[str, dt.date] | None = None,
    moved: Mapping[str, Mapping[dt.date, dt.date]] | None = None,
) -> list[PlannedReminder]:
    """Every reminder for the kommune's current tiltak due in ``[start, end]``, none after
    ``until`` (default: the plan's end) and none for a day before the plan's first year.

    ``coordinator_deadlines`` maps tiltak id → the deadline set in Teams; ``moved`` maps
    tiltak id → {occurrence day → new date from «Trenger mer tid»}. Status checks use the
    kommune file's ``status_checks``. ``send_at`` is ``send_time`` on the send day,
    Europe/Oslo. Sorted by ``send_at``, then tiltak id (naturally: "2" before "10"), then
    day and offset.
    """
    sending = _Sending(calendar, offsets, send_time)
    last = min(end, until or plan_end(kommune))
    coordinator_deadlines = coordinator_deadlines or {}
    moved = moved or {}
    planned = [
        reminder
        for tiltak in kommune.tiltak
        if is_current(kommune, tiltak)
        for reminder in _reminders_for_tiltak(
            kommune,
            tiltak,
            start,
            last,
            sending,
            coordinator_deadlines.get(tiltak.id),
            moved.get(tiltak.id, {}),
        )
    ]
    planned.sort(key=lambda r: (r.send_at, _natural(r.tiltak_id), r.day, r.offset_days))
    return planned


def to_json(reminders: Iterable[PlannedReminder]) -> list[dict[str, Any]]:
    """The plan as JSON-ready dicts; a status check has no deadline."""
    return [
        {
            "kommune": r.kommune_id,
            "tiltak": r.tiltak_id,
            "number": r.number,
            "title": r.title,
            "ansvarlig": ", ".join(r.ansvarlig),
            "kind": r.kind,
            "deadline": r.deadline.isoformat() if r.deadline else None,
            "deadline_source": r.deadline_source,
            "send_at": r.send_at.isoformat(),
            "offset_days": r.offset_days,
        }
        for r in reminders
    ]
