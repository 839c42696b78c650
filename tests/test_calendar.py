"""The working calendar: Norwegian holidays, weekends, working hours and meeting days."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import OSLO
from bot.work_calendar import (
    DEFAULT_CALENDAR,
    WorkCalendar,
    easter_sunday,
    norwegian_public_holidays,
)

D = dt.date
cal = DEFAULT_CALENDAR


# -- public holidays by the law, by name ------------------------------------------------


def test_easter_2026_closes_skjaertorsdag_langfredag_and_2_paaskedag() -> None:
    # Easter Sunday 2026 is 5 April.
    assert cal.holiday_name(D(2026, 4, 2)) == "Skjærtorsdag"
    assert cal.holiday_name(D(2026, 4, 3)) == "Langfredag"
    assert cal.holiday_name(D(2026, 4, 5)) == "Første påskedag"
    assert cal.holiday_name(D(2026, 4, 6)) == "Andre påskedag"
    assert [d.day for d in _days(D(2026, 3, 30), D(2026, 4, 10)) if cal.is_working_day(d)] == [
        30,
        31,
        1,
        7,
        8,
        9,
        10,
    ]


def test_easter_moves_with_the_year_because_it_is_computed() -> None:
    # Easter 2027 is 28 March: no hand-written table could get both years right by accident.
    assert cal.holiday_name(D(2027, 3, 25)) == "Skjærtorsdag"
    assert cal.holiday_name(D(2027, 3, 29)) == "Andre påskedag"
    assert cal.is_working_day(D(2026, 3, 25))


# Every public holiday of 2025–2030, written from the law, not computed: helligdagsloven § 2
# (nyttårsdag, skjærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag,
# pinsedag, 2. pinsedag, 1. and 2. juledag) and the law of 26 April 1947 (1. and 17. mai),
# with Easter Sunday from the almanac: 20.4.2025, 5.4.2026, 28.3.2027, 16.4.2028, 1.4.2029,
# 21.4.2030. Each day as MM-DD=name (short names below).
LAW = {
    2025: "01-01=ny 04-17=skj 04-18=lang 04-20=pd 04-21=2pd 05-01=1m 05-17=17m 05-29=kh "
    "06-08=pi 06-09=2pi 12-25=jul 12-26=2jul",
    2026: "01-01=ny 04-02=skj 04-03=lang 04-05=pd 04-06=2pd 05-01=1m 05-14=kh 05-17=17m "
    "05-24=pi 05-25=2pi 12-25=jul 12-26=2jul",
    2027: "01-01=ny 03-25=skj 03-26=lang 03-28=pd 03-29=2pd 05-01=1m 05-06=kh 05-16=pi "
    "05-17=2pi 05-17=17m 12-25=jul 12-26=2jul",
    2028: "01-01=ny 04-13=skj 04-14=lang 04-16=pd 04-17=2pd 05-01=1m 05-17=17m 05-25=kh "
    "06-04=pi 06-05=2pi 12-25=jul 12-26=2jul",
    2029: "01-01=ny 03-29=skj 03-30=lang 04-01=pd 04-02=2pd 05-01=1m 05-10=kh 05-17=17m "
    "05-20=pi 05-21=2pi 12-25=jul 12-26=2jul",
    2030: "01-01=ny 04-18=skj 04-19=lang 04-21=pd 04-22=2pd 05-01=1m 05-17=17m 05-30=kh "
    "06-09=pi 06-10=2pi 12-25=jul 12-26=2jul",
}
"""2027: 2. pinsedag is 17. mai, one day with both names."""
NAMES = {
    "ny": "Første nyttårsdag",
    "skj": "Skjærtorsdag",
    "lang": "Langfredag",
    "pd": "Første påskedag",
    "2pd": "Andre påskedag",
    "1m": "Arbeidernes dag",
    "17m": "Grunnlovsdag",
    "kh": "Kristi himmelfartsdag",
    "pi": "Første pinsedag",
    "2pi": "Andre pinsedag",
    "jul": "Første juledag",
    "2jul": "Andre juledag",
}


@pytest.mark.parametrize("year", sorted(LAW))
def test_every_public_holiday_by_the_law(year: int) -> None:
    law: dict[dt.date, list[str]] = {}
    for entry in LAW[year].split():
        month_day, short = entry.split("=")
        month, day = month_day.split("-")
        law.setdefault(dt.date(year, int(month), int(day)), []).append(NAMES[short])
    named = norwegian_public_holidays(year)
    assert {day: sorted(names.split("; ")) for day, names in named.items()} == {
        day: sorted(names) for day, names in law.items()
    }
    assert list(named) == sorted(law)
    assert named[easter_sunday(year)] == "Første påskedag"


def test_two_holidays_on_one_day_are_named_together() -> None:
    """17. mai 2027 is 2. pinsedag; 17. mai 2012 was Kristi himmelfartsdag."""
    assert cal.holiday_name(D(2027, 5, 17)) == "Andre pinsedag; Grunnlovsdag"
    assert norwegian_public_holidays(2012)[D(2012, 5, 17)] == "Grunnlovsdag; Kristi himmelfartsdag"


def test_17_mai_on_a_sunday_gives_no_day_off_on_monday() -> None:
    assert cal.holiday_name(D(2026, 5, 17)) == "Grunnlovsdag"
    assert D(2026, 5, 17).weekday() == 6
    assert cal.is_working_day(D(2026, 5, 18))


def test_kristi_himmelfart_and_2_pinsedag_2026() -> None:
    assert cal.holiday_name(D(2026, 5, 14)) == "Kristi himmelfartsdag"
    assert cal.holiday_name(D(2026, 5, 25)) == "Andre pinsedag"
    assert not cal.is_working_day(D(2026, 5, 14))
    assert not cal.is_working_day(D(2026, 5, 25))


def test_only_the_named_holidays_are_listed_not_every_sunday() -> None:
    named = norwegian_public_holidays(2026)
    assert len(named) == 12
    assert "Søndag" not in named.values()
    ordinary_sunday = D(2026, 3, 8)
    assert not cal.is_holiday(ordinary_sunday)
    assert not cal.is_working_day(ordinary_sunday)  # closed anyway: it is the weekend


def test_christmas_eve_and_new_years_eve_are_working_days_but_not_meeting_days() -> None:
    for eve in (D(2026, 12, 24), D(2026, 12, 31)):
        assert cal.is_working_day(eve)
        assert not cal.is_meeting_day(eve)
        assert cal.why_closed(eve) == "juleuka"
    assert not cal.is_working_day(D(2026, 12, 25))
    assert not cal.is_working_day(D(2027, 1, 1))
    assert cal.is_meeting_day(D(2026, 12, 23))
    assert cal.is_meeting_day(D(2026, 1, 2))


# -- stepping over closed days -----------------------------------------------------------


def test_the_working_day_before_the_tuesday_after_easter_is_the_wednesday_before_easter() -> None:
    assert cal.previous_working_day(D(2026, 4, 7)) == D(2026, 4, 1)
    assert cal.working_day_on_or_before(D(2026, 4, 6)) == D(2026, 4, 1)
    assert cal.working_day_on_or_before(D(2026, 4, 1)) == D(2026, 4, 1)
    assert cal.next_working_day(D(2026, 4, 1)) == D(2026, 4, 7)


def test_a_weekend_steps_back_to_friday() -> None:
    assert cal.working_day_on_or_before(D(2026, 3, 1)) == D(2026, 2, 27)
    assert cal.working_day_on_or_after(D(2026, 2, 28)) == D(2026, 3, 2)


# -- meeting days: also no summer break, no Christmas week -------------------------------


def test_summer_break_is_iso_weeks_27_to_32_for_meetings_only() -> None:
    # 2026: week 27 starts Monday 29 June, week 32 ends Sunday 9 August.
    assert cal.is_meeting_day(D(2026, 6, 26))
    assert not cal.is_meeting_day(D(2026, 6, 29))
    assert not cal.is_meeting_day(D(2026, 8, 7))
    assert cal.is_meeting_day(D(2026, 8, 10))
    assert cal.is_working_day(D(2026, 7, 14))  # a reminder may still go out
    assert cal.why_closed(D(2026, 7, 14)) == "sommerferien"


def test_the_summer_break_is_configurable_or_can_be_switched_off() -> None:
    short = WorkCalendar(summer_break_weeks=(28, 31))
    assert short.is_meeting_day(D(2026, 6, 30))  # week 27
    assert not short.is_meeting_day(D(2026, 7, 7))  # week 28
    assert WorkCalendar(summer_break_weeks=None).is_meeting_day(D(2026, 7, 14))
    assert WorkCalendar(christmas_break=None).is_meeting_day(D(2026, 12, 28))


def test_a_meeting_in_mid_july_moves_to_the_last_friday_before_the_break() -> None:
    # 14 July is 18 days after Friday 26 June and 27 days before Monday 10 August.
    assert cal.nearest_meeting_day(D(2026, 7, 14)) == D(2026, 6, 26)
    assert cal.nearest_meeting_day(D(2026, 8, 4)) == D(2026, 8, 10)


def test_a_tie_goes_to_the_earlier_day() -> None:
    # Kristi himmelfart (Thursday 14 May): Wednesday and Friday are both one day away.
    assert cal.nearest_meeting_day(D(2026, 5, 14)) == D(2026, 5, 13)


def test_the_nearest_meeting_day_respects_bounds_and_taken_days() -> None:
    assert cal.nearest_meeting_day(D(2026, 12, 29), latest=D(2026, 12, 31)) == D(2026, 12, 23)
    assert cal.nearest_meeting_day(D(2026, 1, 1), earliest=D(2026, 1, 1)) == D(2026, 1, 2)
    assert cal.nearest_meeting_day(D(2026, 5, 14), avoid={D(2026, 5, 13)}) == D(2026, 5, 15)
    closed_week = dict(earliest=D(2026, 7, 6), latest=D(2026, 7, 12))
    assert cal.nearest_meeting_day(D(2026, 7, 7), **closed_week) is None


# -- times in Europe/Oslo ----------------------------------------------------------------


def test_at_gives_the_right_utc_offset_on_both_sides_of_daylight_saving() -> None:
    # Summer time starts Sunday 29 March 2026 and ends Sunday 25 October 2026.
    assert cal.at(D(2026, 3, 27), dt.time(9)).isoformat() == "2026-03-27T09:00:00+01:00"
    assert cal.at(D(2026, 3, 30), dt.time(9)).isoformat() == "2026-03-30T09:00:00+02:00"
    assert cal.at(D(2026, 10, 23), dt.time(9)).isoformat() == "2026-10-23T09:00:00+02:00"
    assert cal.at(D(2026, 10, 26), dt.time(9)).isoformat() == "2026-10-26T09:00:00+01:00"
    assert cal.at(D(2026, 3, 27), dt.time(9)).tzinfo is OSLO


def test_working_hours_are_0800_to_1530_oslo_time() -> None:
    assert cal.is_working_time(dt.datetime(2026, 3, 27, 8, 0, tzinfo=OSLO))
    assert cal.is_working_time(dt.datetime(2026, 3, 27, 15, 30, tzinfo=OSLO))
    assert not cal.is_working_time(dt.datetime(2026, 3, 27, 15, 31, tzinfo=OSLO))
    assert not cal.is_working_time(dt.datetime(2026, 3, 27, 7, 59, tzinfo=OSLO))
    # 07:30 UTC is 09:30 in Oslo in summer: inside working hours.
    assert cal.is_working_time(dt.datetime(2026, 6, 5, 7, 30, tzinfo=dt.UTC))
    assert not cal.is_working_time(dt.datetime(2026, 4, 3, 10, 0, tzinfo=OSLO))  # Langfredag
    with pytest.raises(ValueError):
        cal.is_working_time(dt.datetime(2026, 3, 27, 9, 0))


def test_a_calendar_refuses_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        WorkCalendar(work_start=dt.time(16), work_end=dt.time(8))
    with pytest.raises(ValueError):
        WorkCalendar(summer_break_weeks=(32, 27))
    with pytest.raises(ValueError):
        WorkCalendar(christmas_break=("24.12", "01-01"))


def test_the_calendar_is_a_frozen_value() -> None:
    with pytest.raises(AttributeError):
        cal.work_end = dt.time(16)  # type: ignore[misc]
    assert WorkCalendar() == cal
    assert hash(WorkCalendar()) == hash(cal)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
