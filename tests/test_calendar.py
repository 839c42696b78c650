"""The working calendar: Norwegian holidays, weekends, working hours and meeting days."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import OSLO
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar, norwegian_public_holidays

D = dt.date
cal = DEFAULT_CALENDAR


# -- public holidays come from the holidays package, by name -----------------------------


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


def test_easter_moves_with_the_year_because_the_library_computes_it() -> None:
    # Easter 2027 is 28 March: no hand-written table could get both years right by accident.
    assert cal.holiday_name(D(2027, 3, 25)) == "Skjærtorsdag"
    assert cal.holiday_name(D(2027, 3, 29)) == "Andre påskedag"
    assert cal.is_working_day(D(2026, 3, 25))


@pytest.mark.parametrize("language", ["no", "en_US"])
def test_norway_loaded_from_its_own_file_is_the_packages_norway(language: str) -> None:
    """bot/work_calendar.py loads holidays' Norway alone (not the 250 countries its package
    imports); every day and name it gives is the package's own."""
    from holidays.countries.norway import Norway

    from bot.work_calendar import _norway_class

    assert _norway_class() is not Norway, "loaded alone, not by the package's import"
    for year in (1990, 2024, 2026, 2027, 2038, 2100):
        alone = _norway_class()(years=year, include_sundays=False, language=language)
        usual = Norway(years=year, include_sundays=False, language=language)
        assert sorted(alone.items()) == sorted(usual.items()), year


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
