"""A group's meeting rhythm and a kommune's school holidays, as data.

Why a separate block from ``meets``: ``meets`` keeps the plan's words («Månedlig», «4 ganger i
året»); the plans never say *which* weekday, time or room. ``rhythm`` says that, in a shape
that maps one-to-one onto :func:`dateutil.rrule.rrule`, and lists under ``assumed`` which of
its fields nobody has confirmed, so the coordinator's review sheet can show them and the bot
never presents them as the plan's words.

Patterns, as the coordinator says them and as data::

    «ukentlig på mandag»          {unit: week, every: 1, weekday: mandag}
    «hver 6. uke på onsdag»       {unit: week, every: 6, weekday: onsdag}
    «første tirsdag i måneden»    {unit: month, every: 1, weekday: tirsdag, nth: 1}
    «andre torsdag i februar, mai, september og november»
                                  {unit: month, weekday: torsdag, nth: 2, months: [2, 5, 9, 11]}

School holidays: ``knowledge/national/school_holidays.yaml`` gives national default weeks and
per-region (fylke) differences; a kommune file may override any of them under
``school_holidays``. The loader merges the two into ``Kommune.school_holidays``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday, weekdays
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.dates import WEEKDAYS, month_name
from bot.text import listed

ORDINALS = {1: "første", 2: "andre", 3: "tredje", 4: "fjerde", -1: "siste"}
EPOCH = dt.date(2025, 1, 6)
"""Where a week cadence counts from when the file gives no ``anchor`` (a Monday)."""

_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
AssumedField = Literal["weekday", "pattern", "start", "duration", "place", "calls"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Pattern(_Strict):
    """When a group meets: maps onto ``rrule(freq, interval, byweekday, bymonth)``."""

    unit: Literal["week", "month"]
    every: int = Field(1, ge=1, le=52)
    weekday: Literal["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
    nth: Literal[1, 2, 3, 4, -1] | None = Field(
        None, description="month only: which of the month's weekdays (−1: the last)"
    )
    months: tuple[Annotated[int, Field(ge=1, le=12)], ...] = Field(
        (), description="month only: the months it meets in (empty: every ``every``-th month)"
    )
    anchor: dt.date | None = Field(
        None, description="week only: a date the cadence counts from (default 2025-01-06)"
    )

    @model_validator(mode="after")
    def _fits_unit(self) -> Pattern:
        if self.unit == "week" and (self.nth is not None or self.months):
            raise ValueError("'nth' and 'months' only go with unit: month")
        if self.unit == "month" and self.anchor is not None:
            raise ValueError("'anchor' only goes with unit: week")
        if self.months and self.every != 1:
            raise ValueError("give either 'months' or 'every', not both")
        return self

    @property
    def weekday_index(self) -> int:
        return WEEKDAYS.index(self.weekday)

    def rule(self, first: dt.date, last: dt.date) -> rrule:
        """The ``rrule`` of this pattern between ``first`` and ``last`` (inclusive)."""
        day: weekday = weekdays[self.weekday_index]
        until = dt.datetime.combine(last, dt.time())
        if self.unit == "week":
            anchor = self.anchor or EPOCH
            # First occurrence on the cadence: the anchor week's weekday, stepped to ``first``.
            start = anchor + dt.timedelta(days=(self.weekday_index - anchor.weekday()) % 7)
            step = 7 * self.every
            if start < first:
                start += dt.timedelta(days=-(-(first - start).days // step) * step)
            return rrule(
                WEEKLY,
                interval=self.every,
                dtstart=dt.datetime.combine(start, dt.time()),
                until=until,
            )
        return rrule(
            MONTHLY,
            interval=self.every,
            dtstart=dt.datetime.combine(first.replace(day=1), dt.time()),
            until=until,
            byweekday=day(self.nth or 1),
            bymonth=self.months or None,
        )

    def dates(self, first: dt.date, last: dt.date) -> list[dt.date]:
        return [m.date() for m in self.rule(first, last) if first <= m.date() <= last]

    def describe(self) -> str:
        """Norwegian words for the pattern: «hver 6. uke på onsdag»."""
        if self.unit == "week":
            if self.every == 1:
                return f"ukentlig på {self.weekday}"
            if self.every == 2:
                return f"annenhver {self.weekday}"
            return f"hver {self.every}. uke på {self.weekday}"
        which = f"{ORDINALS[self.nth or 1]} {self.weekday}"
        if self.months:
            names = [month_name(m) for m in sorted(self.months)]
            return f"{which} i {listed(names)}"
        if self.every == 1:
            return f"{which} i måneden"
        if self.every == 2:
            return f"{which} annenhver måned"
        return f"{which} hver {self.every}. måned"


class Rhythm(_Strict):
    """A group's rhythm: pattern, start time, length, place and whether calls are posted.

    ``assumed`` lists the fields no source states (they show as «(antatt)» and land on the
    review sheet); ``note`` says why they were chosen.
    """

    pattern: Pattern | None = Field(
        None, description="None: no automatic meetings (the plan's frequency is kept as text)"
    )
    start: str = Field("09:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    duration_minutes: int = Field(90, ge=15, le=480)
    place: str | None = None
    calls: Literal["auto", "off"] = "auto"
    assumed: tuple[AssumedField, ...] = ()
    note: str | None = None

    @field_validator("calls", mode="before")
    @classmethod
    def _yaml_off(cls, value: object) -> object:
        """YAML 1.1 reads a bare ``off``/``on`` as a boolean; take it as the word."""
        if isinstance(value, bool):
            return "auto" if value else "off"
        return value

    @property
    def start_time(self) -> dt.time:
        hours, minutes = self.start.split(":")
        return dt.time(int(hours), int(minutes))

    def is_assumed(self, field: AssumedField) -> bool:
        return field in self.assumed


class DateRange(_Strict):
    """A yearly range ``MM-DD``–``MM-DD`` (may wrap the new year)."""

    start: str = Field(alias="from")
    end: str = Field(alias="to")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("start", "end")
    @classmethod
    def _month_day(cls, value: str) -> str:
        if not _MONTH_DAY.match(value):
            raise ValueError("expected MM-DD, e.g. '06-20'")
        return value

    def contains(self, day: dt.date) -> bool:
        here = f"{day.month:02d}-{day.day:02d}"
        if self.start <= self.end:
            return self.start <= here <= self.end
        return here >= self.start or here <= self.end


class ExtraBreak(_Strict):
    """A one-off closed period the kommune adds (a planning day, a local holiday)."""

    start: dt.date = Field(alias="from")
    end: dt.date = Field(alias="to")
    name: str = "skolefri"

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class HolidayRules(_Strict):
    """School holidays: the national defaults with a kommune's or region's changes.

    Every field is optional so a region or kommune says only what differs; the loader fills
    the rest from the national file. ``easter`` means the school Easter break: Monday of the
    Holy Week to 2. påskedag, with Easter's date taken from the ``holidays`` package.
    """

    region: str | None = Field(None, description="fylke key in the national file, e.g. rogaland")
    summer: DateRange | None = None
    christmas: DateRange | None = None
    easter: bool | None = None
    autumn_week: int | None = Field(None, ge=1, le=53)
    winter_week: int | None = Field(None, ge=1, le=53)
    extra: tuple[ExtraBreak, ...] = ()
    assumed: bool = Field(
        True, description="false once the coordinator has checked the weeks against skoleruta"
    )
    note: str | None = None

    def over(self, base: HolidayRules) -> HolidayRules:
        """These rules with every unset field taken from ``base``."""
        merged = base.model_dump(by_alias=True)
        mine = self.model_dump(by_alias=True, exclude_unset=True)
        merged.update({k: v for k, v in mine.items() if k != "extra"})
        merged["extra"] = [*merged["extra"], *mine.get("extra", [])]
        return HolidayRules.model_validate(merged)


class SchoolHolidayDefaults(_Strict):
    """``knowledge/national/school_holidays.yaml``: national weeks plus per-fylke changes."""

    version: str
    defaults: HolidayRules
    regions: dict[str, HolidayRules] = {}
    note: str | None = None

    def for_kommune(self, region_text: str | None, own: HolidayRules | None) -> HolidayRules:
        """Defaults → the kommune's fylke (named in ``own.region`` or its ``region``) → own."""
        key = (own.region if own and own.region else None) or _region_key(region_text)
        rules = self.defaults
        if key and key in self.regions:
            rules = self.regions[key].over(rules)
            rules = rules.model_copy(update={"region": key})
        return own.over(rules) if own is not None else rules


def _region_key(region: str | None) -> str | None:
    """«Østfold (Mosseregionen)» → ``østfold``."""
    if not region:
        return None
    first = region.split("(")[0].strip().split()
    return first[0].casefold() if first else None
