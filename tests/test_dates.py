"""Dates as people read them are written in one place, bot/dates.py (issue 15, item 5).

The forms every card and answer use, and a check that no other module in bot/ or cards/
writes a weekday, a month or a clock time of its own (machine forms — ISO dates, keys like
``20260310T090000``, SQL and log timestamps — are not for people and are not looked for).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.clock import OSLO
from bot.dates import (
    clock_text,
    date_text,
    day_month,
    day_month_text,
    day_number,
    day_text,
    list_when_text,
    month_heading,
    month_name,
    month_year,
    short_date,
    span_text,
    stamp_text,
    typed_date,
    weekday_name,
    when_text,
)

ROOT = Path(__file__).resolve().parent.parent
TUESDAY = dt.datetime(2026, 3, 10, 9, 0, tzinfo=OSLO)


def test_the_forms_of_a_day() -> None:
    day = TUESDAY.date()
    assert date_text(day) == "10. mars"
    assert day_text(day) == "tirsdag 10. mars"
    assert day_text(day, year=True) == "tirsdag 10. mars 2026"
    assert short_date(day) == "10.03.2026"
    assert day_month(day) == "10.03"
    assert typed_date(dt.date(2027, 1, 20)) == "20.1.2027"
    assert day_number(day) == "10."
    assert weekday_name(day) == weekday_name(1) == "tirsdag"
    assert month_name(3) == "mars" and month_year(day) == "mars 2026"
    assert month_heading(day) == "Mars" and month_heading(day, year=True) == "Mars 2026"
    assert day_month_text(31, 2) == "31. februar"
    assert day_month_text(31, 2, 2027) == "31. februar 2027"


def test_the_forms_of_a_moment_are_in_oslo_time() -> None:
    utc = TUESDAY.astimezone(dt.UTC)  # 08:00 UTC
    assert when_text(utc) == "tirsdag 10. mars kl 09:00"
    assert when_text(utc, year=True) == "tirsdag 10. mars 2026 kl 09:00"
    assert clock_text(utc) == "09:00" and clock_text(dt.time(14, 5)) == "14:05"
    assert span_text(utc, utc + dt.timedelta(minutes=90)) == "tirsdag 10. mars 2026 kl 09:00–10:30"
    assert list_when_text(utc) == "tirsdag 10.03 kl 09:00"
    assert stamp_text(dt.datetime(2026, 6, 1, 9, 12)) == "01.06.2026 kl. 09:12"


PEOPLE_FORMS = re.compile(
    r"\b(WEEKDAYS|MONTHS)\["  # a weekday or month name looked up by hand
    r"|\{[^{}]*:%H:%M\}"  # an f-string clock time
    r"|\{[^{}]*:%d\.%m"  # an f-string day.month
    r"|strftime\(\s*[\"']%d"  # a day-first strftime
)


def test_no_module_but_bot_dates_writes_a_date_for_people() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in ("bot", "cards")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != ROOT / "bot" / "dates.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PEOPLE_FORMS.search(line)
    ]
    assert found == []
    assert PEOPLE_FORMS.search('f"{local:%H:%M}"') and PEOPLE_FORMS.search("WEEKDAYS[d]")
