"""The meeting plan (årshjul): each group's concrete meetings for a year.

Pure domain code (no I/O, no clock). Dates come from ``dateutil.rrule``; the
:class:`~bot.work_calendar.WorkCalendar` says which days suit a meeting. All times are
Europe/Oslo wall-clock times, so the UTC offset follows summer time.

How a group's frequency (``Group.meets``) becomes dates — every scheduled meeting starts on
a **Tuesday** (the *anchor weekday*, configurable), and the *second* Tuesday of a month
where a month is chosen (the first can fall in the week after New Year):

* ``per_year`` N ≤ 11 — the year's eleven meeting months (January–June, August–December;
  July is the summer break) are cut into N equal parts and each meeting falls in the month
  at the middle of its part: 1 → June; 2 → March, October; 3 → February, June, November;
  4 → February, May, August, November; 6 → January, March, May, August, October, December.
* ``per_year`` N ≥ 12 — the same idea with weeks: the Tuesdays of the year outside the
  summer break and the Christmas week, cut into N equal parts, one meeting in the middle of
  each.
* ``every`` N ``week`` — every N weeks from the first Tuesday of the year that is a meeting
  day (the cadence restarts each year).
* ``every`` N ``month`` — the second Tuesday of every N-th month from January.
* ``per_period`` N — N meetings over the kommune's plan period, spread over its years
  (meeting i in year ``period_start + i·years // N``); inside a year they are placed like
  ``per_year``. With N = 1 the meeting is in the first year of the period (in June).
* ``as_needed`` (*ved behov*) or no frequency — no automatic meetings.

**Moves.** A meeting on a weekend, a public holiday, in the summer break (ISO weeks 27–32)
or in the Christmas week (24.12.–1.1.) moves to the nearest meeting day (ties go earlier),
never into another year and never onto a day the group already meets; if no such day
exists the meeting is dropped. *Frequent* groups — those meeting every week or every
second week — are stricter: a meeting in the summer break or the Christmas week is skipped
(there is nowhere sensible to put six weekly meetings), and any other move stays inside
the meeting's own ISO week (the weekly meeting on a holiday or a busy Tuesday moves to
another day that week, or is skipped that week), so a week never gets two of them.

**No double-booking.** Groups are placed one at a time: fixed møteplaner first, then the
scheduled groups from the fewest meetings a year to the most (file order breaks ties). A
scheduled meeting that would overlap in time a meeting already placed for another group of
the same kommune moves like a closed day does, so the weekly meeting yields to the
politiråd rather than the other way round.

**A rhythm wins over the frequency.** A group with ``rhythm.pattern`` (weekday, «første
tirsdag i måneden», «hver 6. uke på onsdag» — see :mod:`bot.knowledge.rhythm`) meets on the
pattern's dates and *keeps its weekday*: a date on a closed day (public holiday, weekend,
school holiday) moves by whole weeks — for a monthly pattern to the nearest free same
weekday in the same month, for a cadence of three weeks or more one week later (else one
earlier) — and is skipped when there is none; a weekly or fortnightly meeting on a closed
day is simply skipped. Rhythm groups are placed before the frequency-only groups, which
yield to them. Start time, length and place come from the rhythm.

**Fixed dates win.** When a group's møteplan (``Group.moteplan``) has dates in the year,
those are the group's meetings for that year (``source="fixed"``), exactly as given — the
kommune chose them. A year the møteplan does not cover falls back to the rules above.

Each meeting starts at the group's ``default_time`` (fallback 09:00) and lasts
``duration_minutes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from dateutil.rrule import MONTHLY, TU, WEEKLY, rrule, weekday

from bot.dates import weekday_name
from bot.knowledge.models import Frequency, Group, Kommune
from bot.knowledge.rhythm import Pattern
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar

DEFAULT_MEETING_TIME = dt.time(9, 0)
ANCHOR_WEEKDAY = TU
MEETING_MONTHS = (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)
"""The months a ``per_year`` rule spreads over: all but July (the summer break)."""
FREQUENT_UP_TO_WEEKS = 2
"""Groups meeting every 1 or 2 weeks skip breaks and only move within the meeting's week."""

Source = Literal["scheduled", "fixed"]


@dataclass(frozen=True)
class PlannedMeeting:
    """One meeting of a group. ``moved_from`` is the rule's date when the meeting moved."""

    kommune_id: str
    group_id: str
    group_name: str
    start: dt.datetime
    end: dt.datetime
    source: Source
    place: str | None = None
    moved_from: dt.date | None = None

    @property
    def key(self) -> str:
        """``kommune:group:YYYY-MM-DD`` — unique: a group never meets twice on a day."""
        return f"{self.kommune_id}:{self.group_id}:{self.start.date().isoformat()}"


# -- the rule's dates, before moving -----------------------------------------------------


def _days(rule: rrule) -> list[dt.date]:
    return [moment.date() for moment in rule]


def _year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(year, 1, 1), dt.datetime(year, 12, 31)


def _spread(count: int, slots: int) -> list[int]:
    """Indices of ``count`` items spread evenly over ``slots``, each at the middle of its part."""
    return [((2 * i + 1) * slots) // (2 * count) for i in range(count)]


def _per_year_days(count: int, year: int, calendar: WorkCalendar, anchor: weekday) -> list[dt.date]:
    first, last = _year_bounds(year)
    if count <= len(MEETING_MONTHS):
        months = tuple(MEETING_MONTHS[i] for i in _spread(count, len(MEETING_MONTHS)))
        rule = rrule(MONTHLY, dtstart=first, until=last, bymonth=months, byweekday=anchor(+2))
        return _days(rule)
    anchors = [
        day
        for day in _days(rrule(WEEKLY, dtstart=first, until=last, byweekday=anchor))
        if not calendar.in_summer_break(day) and not calendar.in_christmas_break(day)
    ]
    return [anchors[i] for i in _spread(count, len(anchors))]


def _every_days(
    frequency: Frequency, year: int, calendar: WorkCalendar, anchor: weekday
) -> list[dt.date]:
    first, last = _year_bounds(year)
    every = frequency.every or 1
    if frequency.unit == "month":
        return _days(
            rrule(MONTHLY, interval=every, dtstart=first, until=last, byweekday=anchor(+2))
        )
    tuesdays = _days(rrule(WEEKLY, dtstart=first, until=last, byweekday=anchor))
    start = next((d for d in tuesdays if calendar.is_meeting_day(d)), tuesdays[0])
    return _days(
        rrule(WEEKLY, interval=every, dtstart=dt.datetime.combine(start, dt.time()), until=last)
    )


def _per_period_days(
    count: int, year: int, kommune: Kommune, calendar: WorkCalendar, anchor: weekday
) -> list[dt.date]:
    period = kommune.plan
    years = period.period_end - period.period_start + 1
    if not period.period_start <= year <= period.period_end:
        return []
    in_year = sum(1 for i in range(count) if period.period_start + i * years // count == year)
    return _per_year_days(in_year, year, calendar, anchor) if in_year else []


def rule_dates(
    group: Group,
    kommune: Kommune,
    year: int,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
    anchor: weekday = ANCHOR_WEEKDAY,
) -> list[dt.date]:
    """The dates the group's frequency gives for ``year``, before any move."""
    frequency = group.meets
    if frequency is None or frequency.as_needed:
        return []
    if frequency.per_year is not None:
        return _per_year_days(frequency.per_year, year, calendar, anchor)
    if frequency.every is not None:
        return _every_days(frequency, year, calendar, anchor)
    if frequency.per_period is not None:
        return _per_period_days(frequency.per_period, year, kommune, calendar, anchor)
    return []


# -- placing meetings ----------------------------------------------------------------------


def group_start(group: Group) -> dt.time:
    """The group's usual start: the rhythm's, else ``default_time``, else 09:00."""
    if group.rhythm is not None:
        return group.rhythm.start_time
    if group.default_time:
        hours, minutes = group.default_time.split(":")
        return dt.time(int(hours), int(minutes))
    return DEFAULT_MEETING_TIME


def group_minutes(group: Group) -> int:
    """How long the group's meetings last, in minutes."""
    return group.rhythm.duration_minutes if group.rhythm is not None else group.duration_minutes


def group_place(group: Group) -> str | None:
    """Where the group meets (a room, or a Teams link), or ``None`` when nobody said."""
    if group.rhythm is not None and group.rhythm.place:
        return group.rhythm.place
    return group.place


def _meeting(
    kommune: Kommune,
    group: Group,
    day: dt.date,
    calendar: WorkCalendar,
    source: Source,
    moved_from: dt.date | None = None,
) -> PlannedMeeting:
    start = calendar.at(day, group_start(group))
    # Wall-clock arithmetic: a 90-minute meeting ends 90 minutes later on the clock.
    end = start + dt.timedelta(minutes=group_minutes(group))
    return PlannedMeeting(
        kommune_id=kommune.id,
        group_id=group.id,
        group_name=group.name,
        start=start,
        end=end,
        source=source,
        place=group_place(group),
        moved_from=moved_from,
    )


def _overlaps(
    day: dt.date, group: Group, others: Iterable[PlannedMeeting], calendar: WorkCalendar
) -> bool:
    start = calendar.at(day, group_start(group))
    end = start + dt.timedelta(minutes=group_minutes(group))
    return any(m.start < end and start < m.end for m in others)


def _is_frequent(group: Group) -> bool:
    frequency = group.meets
    return (
        frequency is not None
        and frequency.unit == "week"
        and (frequency.every or 0) <= FREQUENT_UP_TO_WEEKS
    )


def _place_group(
    kommune: Kommune,
    group: Group,
    year: int,
    calendar: WorkCalendar,
    others: list[PlannedMeeting],
    anchor: weekday,
) -> list[PlannedMeeting]:
    """Turn the rule's dates into meetings: keep, move or skip each one."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    others_by_day: dict[dt.date, list[PlannedMeeting]] = {}
    for meeting in others:
        others_by_day.setdefault(meeting.start.date(), []).append(meeting)

    def blocked(day: dt.date) -> bool:
        return _overlaps(day, group, others_by_day.get(day, ()), calendar)

    candidates = rule_dates(group, kommune, year, calendar, anchor)
    frequent = _is_frequent(group)
    stays = {d for d in candidates if calendar.is_meeting_day(d) and not blocked(d)}
    taken = set(stays)
    placed: list[PlannedMeeting] = []
    kept: set[dt.date] = set()
    for day in candidates:
        if day in stays and day not in kept:
            kept.add(day)
            placed.append(_meeting(kommune, group, day, calendar, "scheduled"))
            continue
        earliest, latest = first, last
        if frequent:
            if calendar.in_summer_break(day) or calendar.in_christmas_break(day):
                continue
            monday = day - dt.timedelta(days=day.weekday())
            earliest = max(first, monday)
            latest = min(last, monday + dt.timedelta(days=6))
        avoid = taken | {d for d in others_by_day if blocked(d)}
        target = calendar.nearest_meeting_day(day, earliest=earliest, latest=latest, avoid=avoid)
        if target is None:
            continue
        taken.add(target)
        placed.append(_meeting(kommune, group, target, calendar, "scheduled", moved_from=day))
    return placed


def _shifts(pattern: Pattern) -> tuple[int, ...]:
    """Whole-week shifts (in days) a closed date may take, nearest first."""
    if pattern.unit == "week":
        return () if pattern.every <= FREQUENT_UP_TO_WEEKS else (7, -7)
    return (7, -7, 14, -14, 21, -21)


def _rhythm_group(
    kommune: Kommune, group: Group, year: int, calendar: WorkCalendar
) -> list[PlannedMeeting]:
    """The rhythm's dates in ``year``, each kept, shifted by whole weeks, or skipped."""
    assert group.rhythm is not None and group.rhythm.pattern is not None
    pattern = group.rhythm.pattern
    dates = pattern.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))
    taken = set(dates)
    placed: list[PlannedMeeting] = []
    for day in dates:
        if calendar.is_meeting_day(day):
            placed.append(_meeting(kommune, group, day, calendar, "scheduled"))
            continue
        for shift in _shifts(pattern):
            other = day + dt.timedelta(days=shift)
            same_period = other.year == year and (
                pattern.unit == "week" or other.month == day.month
            )
            if same_period and other not in taken and calendar.is_meeting_day(other):
                taken.add(other)
                placed.append(
                    _meeting(kommune, group, other, calendar, "scheduled", moved_from=day)
                )
                break
    return placed


def has_rhythm(group: Group) -> bool:
    return group.rhythm is not None and group.rhythm.pattern is not None


def _fixed_meetings(
    kommune: Kommune, group: Group, year: int, calendar: WorkCalendar
) -> list[PlannedMeeting]:
    days = sorted({d for d in group.moteplan if d.year == year})
    return [_meeting(kommune, group, day, calendar, "fixed") for day in days]


def _sort_key(meeting: PlannedMeeting) -> tuple[dt.datetime, str]:
    return meeting.start, meeting.group_id


def meetings_for_year(
    kommune: Kommune,
    year: int,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
    *,
    anchor: weekday = ANCHOR_WEEKDAY,
) -> list[PlannedMeeting]:
    """All meetings of the kommune's groups in ``year``, sorted by start (then group id)."""
    placed: list[PlannedMeeting] = []
    scheduled: list[tuple[int, int, Group]] = []
    for order, group in enumerate(kommune.groups):
        if group.shared_with and not group.moteplan:
            # A group shared with other kommuner (Jevnaker's politiråd) is called by another
            # kommune's coordinator: its dates are not this kommune's to plan or call.
            continue
        fixed = _fixed_meetings(kommune, group, year, calendar)
        if fixed:
            placed.extend(fixed)
        elif has_rhythm(group):
            placed.extend(_rhythm_group(kommune, group, year, calendar))
        else:
            count = len(rule_dates(group, kommune, year, calendar, anchor))
            if count:
                scheduled.append((count, order, group))
    for _, _, group in sorted(scheduled, key=lambda item: item[:2]):
        placed.extend(_place_group(kommune, group, year, calendar, placed, anchor))
    return sorted(placed, key=_sort_key)


def meetings_for_group(
    kommune: Kommune,
    group_id: str,
    year: int,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> list[PlannedMeeting]:
    """One group's meetings in ``year`` (as placed in the kommune's whole plan)."""
    return [m for m in meetings_for_year(kommune, year, calendar) if m.group_id == group_id]


def meetings_for_period(
    kommune: Kommune, calendar: WorkCalendar = DEFAULT_CALENDAR
) -> list[PlannedMeeting]:
    """All meetings over the kommune's plan period, year by year."""
    years = range(kommune.plan.period_start, kommune.plan.period_end + 1)
    return [m for year in years for m in meetings_for_year(kommune, year, calendar)]


def to_json(meetings: Iterable[PlannedMeeting]) -> list[dict[str, Any]]:
    """The plan as JSON-ready dicts, times in ISO 8601 with their UTC offset."""
    return [
        {
            "kommune": m.kommune_id,
            "group": m.group_id,
            "name": m.group_name,
            "weekday": weekday_name(m.start),
            "start": m.start.isoformat(),
            "end": m.end.isoformat(),
            "source": m.source,
            "place": m.place,
            "moved_from": m.moved_from.isoformat() if m.moved_from else None,
        }
        for m in meetings
    ]
