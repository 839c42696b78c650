"""The working calendar: which days and hours the bot may send on, and which days suit a meeting.

Pure domain code: no I/O, no clock. Everything is in Europe/Oslo.

Two kinds of "closed" days, on purpose:

* **Not a working day** — a Saturday, a Sunday or a Norwegian public holiday
  (*helligdag* by helligdagsloven § 2, and 1. and 17. mai by the law of 26 April 1947:
  skjærtorsdag, 17. mai, 2. pinsedag …). Reminders are never sent on such a day.
* **Not a meeting day** — additionally the school summer break (ISO weeks 27–32 by default)
  and the Christmas week (24 December – 1 January). Nobody schedules a politiråd then, but a
  reminder may still go out (julaften and nyttårsaften are ordinary working days by law).
  With a kommune's school holidays (``school``, from the knowledge) the summer and Christmas
  breaks are the school's, and the autumn, winter and Easter weeks are closed too.

The public holidays are five fixed days and seven that move with Easter, whose date
``dateutil.easter`` computes (Gregorian, as Norway counts it). Ordinary Sundays are holidays by
the law too; only the *named* public holidays are listed — Sundays are closed anyway because
they are weekend days. (The ``holidays`` package gave the same days and names: 56 modules and
4 MB of the service's memory for twelve dates a year.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

from dateutil.easter import easter

from bot.clock import OSLO
from bot.knowledge.rhythm import HolidayRules

_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

FIXED_HOLIDAYS = (
    (1, 1, "Første nyttårsdag"),
    (5, 1, "Arbeidernes dag"),
    (5, 17, "Grunnlovsdag"),
    (12, 25, "Første juledag"),
    (12, 26, "Andre juledag"),
)
"""(month, day, name): the public holidays on the same date every year."""
MAY_DAYS_FROM = 1947
"""1. and 17. mai are public holidays by the law of 26 April 1947."""
EASTER_HOLIDAYS = (
    (-3, "Skjærtorsdag"),
    (-2, "Langfredag"),
    (0, "Første påskedag"),
    (1, "Andre påskedag"),
    (39, "Kristi himmelfartsdag"),
    (49, "Første pinsedag"),
    (50, "Andre pinsedag"),
)
"""(days after Easter Sunday, name): the public holidays that move with Easter."""


@lru_cache(maxsize=64)
def norwegian_public_holidays(year: int) -> Mapping[dt.date, str]:
    """The named Norwegian public holidays of ``year`` (date → Norwegian name), read-only.
    Two on one day (17. mai on 2. pinsedag in 2027) are named together, «; » between."""
    sunday = easter_sunday(year)
    days: dict[dt.date, list[str]] = {}
    for month, day, name in FIXED_HOLIDAYS:
        if month != 5 or year >= MAY_DAYS_FROM:
            days.setdefault(dt.date(year, month, day), []).append(name)
    for after, name in EASTER_HOLIDAYS:
        days.setdefault(sunday + dt.timedelta(days=after), []).append(name)
    return MappingProxyType({day: "; ".join(sorted(days[day])) for day in sorted(days)})


@lru_cache(maxsize=64)
def easter_sunday(year: int) -> dt.date:
    """Første påskedag (the Western, Gregorian Easter)."""
    return easter(year)


def _in_easter_break(day: dt.date) -> bool:
    """Monday of the Holy Week (påskeuka) to 2. påskedag, as Norwegian schools have it."""
    sunday = easter_sunday(day.year)
    return sunday - dt.timedelta(days=6) <= day <= sunday + dt.timedelta(days=1)


def _month_day(value: str) -> tuple[int, int]:
    if not _MONTH_DAY.match(value):
        raise ValueError(f"expected MM-DD, got {value!r}")
    month, day = value.split("-")
    return int(month), int(day)


@dataclass(frozen=True)
class WorkCalendar:
    """Working days, working hours and meeting days for a Norwegian kommune.

    ``summer_break_weeks`` is an inclusive range of ISO week numbers (``None``: no break);
    ``christmas_break`` an inclusive ``("MM-DD", "MM-DD")`` range that may wrap the new
    year (``None``: no break). Both only restrict *meetings*.
    """

    tz: ZoneInfo = OSLO
    work_start: dt.time = dt.time(8, 0)
    work_end: dt.time = dt.time(15, 30)
    summer_break_weeks: tuple[int, int] | None = (27, 32)
    christmas_break: tuple[str, str] | None = ("12-24", "01-01")
    school: HolidayRules | None = None
    """The kommune's school holidays; when set they replace the two breaks above."""

    def __post_init__(self) -> None:
        if not self.work_start < self.work_end:
            raise ValueError("work_start must be before work_end")
        if self.summer_break_weeks is not None:
            first, last = self.summer_break_weeks
            if not 1 <= first <= last <= 53:
                raise ValueError("summer_break_weeks must be ISO weeks (first, last), 1–53")
        if self.christmas_break is not None:
            for value in self.christmas_break:
                _month_day(value)

    # -- days --------------------------------------------------------------------------

    def holiday_name(self, day: dt.date) -> str | None:
        """The Norwegian name of the public holiday on ``day``, or ``None``."""
        return norwegian_public_holidays(day.year).get(day)

    def is_holiday(self, day: dt.date) -> bool:
        return day in norwegian_public_holidays(day.year)

    @staticmethod
    def is_weekend(day: dt.date) -> bool:
        return day.weekday() >= 5

    def is_working_day(self, day: dt.date) -> bool:
        """Monday–Friday and not a public holiday."""
        return not self.is_weekend(day) and not self.is_holiday(day)

    def in_summer_break(self, day: dt.date) -> bool:
        if self.school is not None:
            return self.school.summer is not None and self.school.summer.contains(day)
        if self.summer_break_weeks is None:
            return False
        first, last = self.summer_break_weeks
        return first <= day.isocalendar().week <= last

    def in_christmas_break(self, day: dt.date) -> bool:
        if self.school is not None:
            return self.school.christmas is not None and self.school.christmas.contains(day)
        if self.christmas_break is None:
            return False
        first, last = (_month_day(v) for v in self.christmas_break)
        here = (day.month, day.day)
        if first <= last:
            return first <= here <= last
        return here >= first or here <= last  # wraps the new year

    def school_break(self, day: dt.date) -> str | None:
        """The school holiday ``day`` falls in (Norwegian, e.g. «høstferien»), or ``None``."""
        if self.in_christmas_break(day):
            return "juleferien" if self.school is not None else "juleuka"
        if self.in_summer_break(day):
            return "sommerferien"
        school = self.school
        if school is None:
            return None
        week = day.isocalendar().week
        if school.autumn_week is not None and week == school.autumn_week and day.month >= 9:
            return "høstferien"
        if school.winter_week is not None and week == school.winter_week and day.month <= 3:
            return "vinterferien"
        if school.easter and _in_easter_break(day):
            return "påskeferien"
        for extra in school.extra:
            if extra.start <= day <= extra.end:
                return extra.name
        return None

    def is_meeting_day(self, day: dt.date) -> bool:
        """A working day outside the school holidays (summer and Christmas at least)."""
        return self.is_working_day(day) and self.school_break(day) is None

    def why_closed(self, day: dt.date) -> str | None:
        """Why ``day`` is not a meeting day (Norwegian, for messages), or ``None`` if it is."""
        if name := self.holiday_name(day):
            return name
        if self.is_weekend(day):
            return "helg"
        return self.school_break(day)

    def working_day_on_or_before(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day -= dt.timedelta(days=1)
        return day

    def working_day_on_or_after(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def previous_working_day(self, day: dt.date) -> dt.date:
        """The last working day strictly before ``day``."""
        return self.working_day_on_or_before(day - dt.timedelta(days=1))

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        return self.working_day_on_or_after(day + dt.timedelta(days=1))

    def nearest_meeting_day(
        self,
        day: dt.date,
        *,
        earliest: dt.date | None = None,
        latest: dt.date | None = None,
        avoid: Collection[dt.date] = (),
    ) -> dt.date | None:
        """The meeting day closest to ``day`` (``day`` itself if it is one); ties go earlier.

        ``earliest``/``latest`` bound the search (inclusive) and ``avoid`` lists days that
        are taken. ``None`` when no day inside the bounds qualifies. Without bounds the
        search looks at most a year each way.
        """
        low = earliest or day - dt.timedelta(days=366)
        high = latest or day + dt.timedelta(days=366)
        if low > high:
            return None
        step = 0
        while True:
            before = day - dt.timedelta(days=step)
            after = day + dt.timedelta(days=step)
            if before < low and after > high:
                return None
            for candidate in (before, after) if step else (day,):
                if (
                    low <= candidate <= high
                    and candidate not in avoid
                    and self.is_meeting_day(candidate)
                ):
                    return candidate
            step += 1

    # -- times -------------------------------------------------------------------------

    def at(self, day: dt.date, time: dt.time) -> dt.datetime:
        """``day`` at wall-clock ``time`` in the calendar's zone (the right UTC offset)."""
        return dt.datetime.combine(day, time.replace(tzinfo=None), tzinfo=self.tz)

    def in_working_hours(self, time: dt.time) -> bool:
        """Whether a wall-clock time lies within working hours (both ends included)."""
        return self.work_start <= time.replace(tzinfo=None) <= self.work_end

    def is_working_time(self, moment: dt.datetime) -> bool:
        """Whether an aware moment is on a working day within working hours, in this zone."""
        if moment.tzinfo is None:
            raise ValueError("is_working_time needs a timezone-aware datetime")
        local = moment.astimezone(self.tz)
        return self.is_working_day(local.date()) and self.in_working_hours(local.time())


DEFAULT_CALENDAR = WorkCalendar()
"""Europe/Oslo, 08:00–15:30, summer break weeks 27–32, Christmas week 24.12.–1.1."""
