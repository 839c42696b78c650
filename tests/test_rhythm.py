"""Each group's rhythm as data, and the school holidays no meeting is planned in.

Told as the coordinator would check the årshjul for 2027: the weekly meeting stays on its
Monday, the monthly one on its Tuesday, nothing lands in the school summer, the winter week
differs between Rogaland and Østfold, and Easter comes from the holiday calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter

import pytest

from bot.features.meetings.schedule import PlannedMeeting, meetings_for_year
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune
from bot.knowledge.rhythm import HolidayRules, Pattern, Rhythm, SchoolHolidayDefaults
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar, easter_sunday

D = dt.date
KOMMUNER = ("gjesdal", "jevnaker", "valer")


def calendar_of(kommune: Kommune) -> WorkCalendar:
    return dataclasses.replace(DEFAULT_CALENDAR, school=kommune.school_holidays)


def plan_2027(kb: KnowledgeBase, kommune_id: str) -> list[PlannedMeeting]:
    kommune = kb.kommuner[kommune_id].kommune
    return meetings_for_year(kommune, 2027, calendar_of(kommune))


# -- "Done when": 2027 in all three kommuner ---------------------------------------------------


@pytest.mark.parametrize("kommune_id", KOMMUNER)
def test_every_group_with_six_or_more_meetings_keeps_its_weekday_in_2027(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    plan = plan_2027(kb, kommune_id)
    counts = Counter(m.group_id for m in plan)
    frequent = [g for g, n in counts.items() if n >= 6]
    assert frequent, "each kommune has at least one group meeting six times or more"
    for group_id in frequent:
        weekdays = {m.start.weekday() for m in plan if m.group_id == group_id}
        assert len(weekdays) == 1, f"{group_id} wanders over weekdays {sorted(weekdays)}"


@pytest.mark.parametrize("kommune_id", KOMMUNER)
def test_no_meeting_falls_between_22_june_and_14_august_2027(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    summer = [
        m.key
        for m in plan_2027(kb, kommune_id)
        if D(2027, 6, 22) <= m.start.date() <= D(2027, 8, 14)
    ]
    assert summer == []


@pytest.mark.parametrize("kommune_id", KOMMUNER)
def test_no_meeting_in_a_school_holiday_or_on_a_public_holiday(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    kommune = kb.kommuner[kommune_id].kommune
    here = calendar_of(kommune)
    for meeting in plan_2027(kb, kommune_id):
        assert here.is_meeting_day(meeting.start.date()), (
            meeting.key,
            here.why_closed(meeting.start.date()),
        )


def test_gjesdals_weekly_meeting_is_on_mondays_at_nine_and_takes_no_calls(
    kb: KnowledgeBase,
) -> None:
    weekly = [
        m for m in plan_2027(kb, "gjesdal") if m.group_id == "politikontakt-og-slt-koordinator"
    ]
    assert {m.start.strftime("%a %H:%M") for m in weekly} == {"Mon 09:00"}
    weeks = [m.start.isocalendar().week for m in weekly]
    assert len(weeks) == len(set(weeks))
    # Rogaland's winter week 9, Easter (22–29 March), autumn week 41 and 2. pinsedag/17. mai
    # (Monday 17 May 2027) have no meeting.
    assert not {9, 12, 13, 41} & set(weeks)
    assert D(2027, 5, 17) not in {m.start.date() for m in weekly}
    group = kb.kommuner["gjesdal"].kommune
    rhythm = next(g for g in group.groups if g.id == "politikontakt-og-slt-koordinator").rhythm
    assert rhythm is not None and rhythm.calls == "off" and rhythm.is_assumed("weekday")


def test_the_monthly_operativ_gruppe_is_the_first_tuesday_moved_by_whole_weeks(
    kb: KnowledgeBase,
) -> None:
    operativ = [
        m.start.date() for m in plan_2027(kb, "gjesdal") if m.group_id == "operativ-slt-gruppe"
    ]
    assert {d.weekday() for d in operativ} == {1}
    assert D(2027, 3, 2) not in operativ and D(2027, 3, 9) in operativ  # winter week 9
    assert D(2027, 8, 17) in operativ  # 3 and 10 August are school summer
    assert all(d.month != 7 for d in operativ)  # July has no free Tuesday
    assert len(operativ) == 11


def test_winter_week_differs_by_fylke(kb: KnowledgeBase) -> None:
    gjesdal = calendar_of(kb.kommuner["gjesdal"].kommune)
    valer = calendar_of(kb.kommuner["valer"].kommune)
    assert gjesdal.why_closed(D(2027, 3, 2)) == "vinterferien"  # Rogaland: week 9
    assert gjesdal.is_meeting_day(D(2027, 2, 23))
    assert valer.why_closed(D(2027, 2, 23)) == "vinterferien"  # Østfold: week 8
    assert valer.is_meeting_day(D(2027, 3, 2))
    assert gjesdal.why_closed(D(2027, 10, 12)) == "høstferien"  # week 41
    assert valer.why_closed(D(2027, 10, 5)) == "høstferien"  # week 40


def test_easter_break_comes_from_the_holiday_calendar() -> None:
    assert easter_sunday(2027) == D(2027, 3, 28)
    school = WorkCalendar(school=HolidayRules(easter=True))
    assert school.why_closed(D(2027, 3, 22)) == "påskeferien"  # Monday of the Holy Week
    assert school.why_closed(D(2027, 3, 29)) == "Andre påskedag"
    assert school.is_meeting_day(D(2027, 3, 30))


def test_a_kommune_file_can_override_the_national_weeks() -> None:
    national = SchoolHolidayDefaults.model_validate(
        {
            "version": "t",
            "defaults": {
                "winter_week": 8,
                "autumn_week": 40,
                "summer": {"from": "06-20", "to": "08-14"},
            },
            "regions": {"rogaland": {"winter_week": 9}},
        }
    )
    rules = national.for_kommune("Rogaland", None)
    assert (rules.winter_week, rules.autumn_week, rules.region) == (9, 40, "rogaland")
    own = HolidayRules.model_validate(
        {
            "winter_week": 10,
            "extra": [{"from": "2027-05-07", "to": "2027-05-07", "name": "planleggingsdag"}],
        }
    )
    mine = national.for_kommune("Rogaland", own)
    assert (mine.winter_week, mine.autumn_week) == (10, 40)
    assert mine.summer is not None and mine.summer.start == "06-20"
    assert WorkCalendar(school=mine).why_closed(D(2027, 5, 7)) == "planleggingsdag"


def test_the_bundled_kommuner_get_their_fylkes_weeks(kb: KnowledgeBase) -> None:
    weeks = {
        k: (
            kb.kommuner[k].kommune.school_holidays.winter_week,
            kb.kommuner[k].kommune.school_holidays.autumn_week,
        )
        for k in KOMMUNER
    }
    assert weeks == {"gjesdal": (9, 41), "jevnaker": (9, 41), "valer": (8, 40)}
    assert all(kb.kommuner[k].kommune.school_holidays.assumed for k in KOMMUNER)


# -- patterns as data -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "words", "first_dates"),
    [
        (
            {"unit": "week", "every": 1, "weekday": "mandag"},
            "ukentlig på mandag",
            [D(2027, 1, 4), D(2027, 1, 11)],
        ),
        (
            {"unit": "week", "every": 6, "weekday": "onsdag", "anchor": "2027-01-04"},
            "hver 6. uke på onsdag",
            [D(2027, 1, 6), D(2027, 2, 17)],
        ),
        (
            {"unit": "month", "weekday": "tirsdag", "nth": 1},
            "første tirsdag i måneden",
            [D(2027, 1, 5), D(2027, 2, 2)],
        ),
        (
            {"unit": "month", "weekday": "torsdag", "nth": -1, "months": [3, 10]},
            "siste torsdag i mars og oktober",
            [D(2027, 3, 25), D(2027, 10, 28)],
        ),
    ],
)
def test_a_pattern_maps_onto_rrule_and_reads_as_norwegian(
    pattern: dict[str, object], words: str, first_dates: list[dt.date]
) -> None:
    parsed = Pattern.model_validate(pattern)
    assert parsed.describe() == words
    assert parsed.dates(D(2027, 1, 1), D(2027, 12, 31))[:2] == first_dates


def test_a_six_week_cadence_runs_on_over_new_year() -> None:
    pattern = Pattern.model_validate({"unit": "week", "every": 6, "weekday": "onsdag"})
    dates = pattern.dates(D(2026, 11, 1), D(2027, 3, 1))
    gaps = {(b - a).days for a, b in itertools.pairwise(dates)}
    assert gaps == {42}


@pytest.mark.parametrize(
    "bad",
    [
        {"unit": "week", "weekday": "mandag", "nth": 1},
        {"unit": "month", "weekday": "tirsdag", "anchor": "2027-01-04"},
        {"unit": "month", "weekday": "tirsdag", "every": 2, "months": [1]},
        {"unit": "week", "weekday": "lørdag"},
    ],
)
def test_a_pattern_that_makes_no_sense_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Pattern.model_validate(bad)


def test_yaml_off_means_no_calls() -> None:
    assert Rhythm.model_validate({"calls": False}).calls == "off"
    assert Rhythm.model_validate({}).calls == "auto"
