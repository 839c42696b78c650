"""The working calendar: which days and hours the bot may send on, and which days suit a meeting.

Pure domain code: no I/O, no clock. Everything is in Europe/Oslo.

Two kinds of "closed" days, on purpose:

* **Not a working day** — a Saturday, a Sunday or a Norwegian public holiday
  (*helligdag*: the named days in ``holidays.Norway``, e.g. skjærtorsdag, 17. mai, 2. pinsedag).
  Reminders are never sent on such a day.
* **Not a meeting day** — additionally the school summer break (ISO weeks 27–32 by default)
  and the Christmas week (24 December – 1 January). Nobody schedules a politiråd then, but a
  reminder may still go out (julaften and nyttårsaften are ordinary working days by law).
  With a kommune's school holidays (``school``, from the knowledge) the summer and Christmas
  breaks are the school's, and the autumn, winter and Easter weeks are closed too.

Holiday data comes from the ``holidays`` package; there is no Easter arithmetic here. The
package can list every Sunday as a holiday (``include_sundays``); only the *named* public
holidays are used — Sundays are closed anyway because they are weekend days.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.clock import OSLO
from bot.knowledge.rhythm import HolidayRules

if TYPE_CHECKING:
    from holidays.countries.norway import Norway

_SUNDAY_NAMES = frozenset({"Søndag", "Sunday"})
_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _norway(year: int, language: str) -> Norway:
    """``holidays.Norway`` for ``year``, loaded on the first holiday asked for (not at
    start-up, nor in a process that never asks for one: the CLI, most answers)."""
    return _norway_class()(years=year, include_sundays=False, language=language)


@lru_cache(maxsize=1)
def _norway_class() -> type[Norway]:
    """``holidays.Norway``, loaded from its own file.

    Any import of ``holidays.countries.norway`` runs ``holidays/countries/__init__.py``, which
    imports every country the package has (about 250 modules: 7 MB of the service's memory,
    for good, after the first meeting question). The file itself needs only the package's
    base classes, so it is loaded alone; should a newer package's file not load alone, it is
    imported the usual way (the same class, only heavier)."""
    import holidays  # the package itself: its countries are loaded lazily

    path = Path(holidays.__file__).parent / "countries" / "norway.py"
    spec = importlib.util.spec_from_file_location("holidays.countries.norway", path)
    try:
        if spec is None or spec.loader is None:
            raise ImportError(f"no module at {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        norway: type[Norway] = module.Norway
    except (ImportError, OSError, AttributeError):
        from holidays.countries.norway import Norway

        norway = Norway
    return norway


@lru_cache(maxsize=64)
def norwegian_public_holidays(year: int) -> Mapping[dt.date, str]:
    """The named Norwegian public holidays of ``year`` (date → Norwegian name), read-only."""
    table = _norway(year, "no")
    named: dict[dt.date, str] = {}
    for day in sorted(table):
        if day.year != year:
            continue
        names = [n for n in table.get_list(day) if n not in _SUNDAY_NAMES]
        if names:
            named[day] = "; ".join(names)
    return MappingProxyType(named)


@lru_cache(maxsize=64)
def easter_sunday(year: int) -> dt.date:
    """Første påskedag, read from the ``holidays`` package (no Easter arithmetic here)."""
    table = _norway(year, "en_US")
    for day, name in table.items():
        if "easter sunday" in name.casefold():
            return day
    raise LookupError(f"no Easter Sunday for {year} in holidays.Norway")


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
