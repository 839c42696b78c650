"""The reminder schedule for tiltak: who is reminded of which deadline, and when.

Pure domain code (no I/O, no clock): the scheduler asks for the plan of a window and sends
what is due, using :attr:`PlannedReminder.key` as the idempotency key of its ledger.

The rules (issue "Reminders"):

* **Deadlines** — see :func:`deadlines`: a ``date`` once, a ``yearly`` MM-DD every year,
  ``week`` N as the Friday of ISO week N (or the last working day of that week), and
  ``continuous`` tiltak a half-yearly *status check* (31 May and 30 November by default,
  before the coordinating group's report).
* **Offsets** — each ansvarlig is reminded 14, 3 and 1 days before a deadline (configurable).
* **Working days and hours only** — a reminder is sent at ``send_time`` (09:00) on a working
  day. When the offset lands on a weekend or a public holiday the send moves *earlier* to
  the previous working day, so it is never later than the deadline and never sent on a
  closed day. The summer break and the Christmas week do not move reminders.
* **Collapsing offsets** — when moving earlier makes two offsets of the same deadline land
  on the same day, only the smallest offset (the most urgent wording) is kept.
* **The window** — :func:`plan_reminders` covers the deadlines in ``[start, end]``
  (inclusive) and keeps the reminders that are sent on or after ``start``. Reminders whose
  send day is before ``start`` are left out (they belonged to an earlier window), and a
  deadline after ``end`` contributes nothing, even if a reminder for it would fall inside
  the window: a rolling scheduler should ask for ``end = today + window + max(offsets)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.knowledge.models import Frist, Kommune, Tiltak
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar

DEFAULT_OFFSETS = (14, 3, 1)
DEFAULT_STATUS_CHECKS = ("05-31", "11-30")
DEFAULT_SEND_TIME = dt.time(9, 0)


@dataclass(frozen=True)
class PlannedReminder:
    """One reminder to the ansvarlige of a tiltak about one deadline."""

    kommune_id: str
    tiltak_id: str
    ansvarlig: tuple[str, ...]
    deadline: dt.date
    send_at: dt.datetime
    offset_days: int
    example: bool
    continuous: bool

    @property
    def key(self) -> str:
        """``kommune:tiltak:deadline:offset`` — the idempotency key in the send ledger."""
        return f"{self.kommune_id}:{self.tiltak_id}:{self.deadline.isoformat()}:{self.offset_days}"


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


def deadlines(
    frist: Frist,
    start: dt.date,
    end: dt.date,
    *,
    status_checks: Sequence[str] = DEFAULT_STATUS_CHECKS,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> list[dt.date]:
    """The occurrences of a tiltak's deadline in ``[start, end]`` (inclusive), in order.

    * ``date`` — that date, once.
    * ``yearly`` "MM-DD" — that day every year (29 February → 28 February in other years).
    * ``week`` N — the Friday of ISO week N every (ISO) year; if the Friday is a public
      holiday, the last working day of that week. Years without week 53 have no deadline.
    * ``continuous`` — a half-yearly status check on each ``status_checks`` MM-DD.

    The deadline itself is not moved off weekends (a date the plan gives stays the date);
    the reminders before it are.
    """
    if end < start:
        return []
    years = range(start.year - 1, end.year + 2)
    found: set[dt.date] = set()
    if frist.date is not None:
        found.add(frist.date)
    elif frist.yearly is not None:
        found.update(_month_day_in(year, frist.yearly) for year in years)
    elif frist.week is not None:
        for year in years:
            day = week_deadline(year, frist.week, calendar)
            if day is not None:
                found.add(day)
    elif frist.continuous:
        found.update(_month_day_in(y, md) for y in years for md in status_checks)
    return sorted(day for day in found if start <= day <= end)


def _natural(value: str) -> tuple[Any, ...]:
    """Sort key that puts tiltak "2" before "10"."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", value)
        if part
    )


def _send_days(
    deadline: dt.date, offsets: Iterable[int], calendar: WorkCalendar
) -> dict[dt.date, int]:
    """Send day → offset for one deadline; on a shared day the smallest offset wins."""
    days: dict[dt.date, int] = {}
    for offset in sorted(set(offsets)):
        day = calendar.working_day_on_or_before(deadline - dt.timedelta(days=offset))
        days.setdefault(day, offset)  # smallest offset first, so it keeps the day
    return days


def reminders_for_tiltak(
    kommune_id: str,
    tiltak: Tiltak,
    start: dt.date,
    end: dt.date,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
    *,
    offsets: Sequence[int] = DEFAULT_OFFSETS,
    send_time: dt.time = DEFAULT_SEND_TIME,
    status_checks: Sequence[str] = DEFAULT_STATUS_CHECKS,
) -> list[PlannedReminder]:
    """The reminders for one tiltak; see :func:`plan_reminders` for the rules."""
    frist = tiltak.frist
    planned: list[PlannedReminder] = []
    for deadline in deadlines(frist, start, end, status_checks=status_checks, calendar=calendar):
        for day, offset in _send_days(deadline, offsets, calendar).items():
            if day < start:
                continue
            planned.append(
                PlannedReminder(
                    kommune_id=kommune_id,
                    tiltak_id=tiltak.id,
                    ansvarlig=tuple(tiltak.ansvar),
                    deadline=deadline,
                    send_at=calendar.at(day, send_time),
                    offset_days=offset,
                    example=frist.example,
                    continuous=frist.continuous,
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
    status_checks: Sequence[str] = DEFAULT_STATUS_CHECKS,
) -> list[PlannedReminder]:
    """Every reminder for the kommune's tiltak whose deadline is in ``[start, end]``.

    For each deadline (see :func:`deadlines`) and each offset, the send day is
    ``deadline - offset`` moved back to the nearest working day (weekends and public
    holidays are skipped by sending *earlier*; never after the deadline). Offsets that
    collapse onto the same day keep only the smallest one. A reminder is included when its
    deadline is in ``[start, end]`` and its send day is on or after ``start``.

    ``send_at`` is ``send_time`` on the send day, Europe/Oslo (the UTC offset follows
    summer time). The list is sorted by ``send_at``, then tiltak id (naturally: "2" before
    "10"), then deadline and offset.
    """
    if not offsets or any(o < 0 for o in offsets):
        raise ValueError("offsets must be zero or more days, at least one")
    if not calendar.in_working_hours(send_time):
        raise ValueError(
            f"send_time {send_time:%H:%M} is outside working hours "
            f"{calendar.work_start:%H:%M}–{calendar.work_end:%H:%M}"
        )
    planned = [
        reminder
        for tiltak in kommune.tiltak
        for reminder in reminders_for_tiltak(
            kommune.id,
            tiltak,
            start,
            end,
            calendar,
            offsets=offsets,
            send_time=send_time,
            status_checks=status_checks,
        )
    ]
    planned.sort(key=lambda r: (r.send_at, _natural(r.tiltak_id), r.deadline, r.offset_days))
    return planned


def to_json(reminders: Iterable[PlannedReminder]) -> list[dict[str, Any]]:
    """The plan as JSON-ready dicts (ansvarlig joined as "A, B" for readability)."""
    return [
        {
            "kommune": r.kommune_id,
            "tiltak": r.tiltak_id,
            "ansvarlig": ", ".join(r.ansvarlig),
            "deadline": r.deadline.isoformat(),
            "send_at": r.send_at.isoformat(),
            "offset_days": r.offset_days,
            "example": r.example,
        }
        for r in reminders
    ]
