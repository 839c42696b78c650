"""The årshjul: each group's meetings for a year, from its frequency or its own møteplan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter
from typing import Any

import pytest
import yaml

from bot.clock import OSLO
from bot.features.meetings.schedule import (
    PlannedMeeting,
    meetings_for_group,
    meetings_for_period,
    meetings_for_year,
    rule_dates,
    to_json,
)
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar
from tests.conftest import FIXTURES

D = dt.date
cal = DEFAULT_CALENDAR


def load_testvik() -> dict[str, Any]:
    return yaml.safe_load((FIXTURES / "testvik.yaml").read_text(encoding="utf-8"))


def kommune_with_groups(*meets: dict[str, Any], **extra: Any) -> Kommune:
    """Testvik with only the given groups ("g1", "g2", …), each with one frequency."""
    data = load_testvik()
    data["groups"] = [
        {
            "id": f"g{i}",
            "name": f"Gruppe {i}",
            "level": "utførende",
            "meets": {"text": "test", **frequency},
            "source": "plan",
            **extra,
        }
        for i, frequency in enumerate(meets, start=1)
    ]
    return Kommune.model_validate(data)


def days(meetings: list[PlannedMeeting], group_id: str | None = None) -> list[dt.date]:
    return [m.start.date() for m in meetings if group_id in (None, m.group_id)]


def bundled(kb: KnowledgeBase, kommune_id: str) -> Kommune:
    return kb.kommuner[kommune_id].kommune


def school_calendar(kommune: Kommune) -> WorkCalendar:
    """The default calendar with the kommune's school holidays, as the desk uses it."""
    return dataclasses.replace(cal, school=kommune.school_holidays)


# -- the bundled kommuner (their rhythms are tested in test_rhythm.py) -------------------------

EXPECTED_2026 = {
    "gjesdal": {
        "styringsgruppe": 4,
        "arbeidsgruppe": 4,
        "politikontakt-og-slt-koordinator": 37,
        "operativ-slt-gruppe": 11,
        "treffpunkt-ungdom-pa-tvers": 8,
        "samarbeidsmote-politi-barnevern": 2,
        "sammen-for-ungdom": 1,
        # fellesmøte: once in the plan period 2023–2025, so not in 2026
    },
    # The politiråd is shared with Ringerike and Hole and called by their coordinator (001:79–82):
    # not on Jevnaker's calendar to call.
    "jevnaker": {"koordineringsgruppe": 2, "fagteam": 8, "oppvekstkonferanse": 1},
    "valer": {"politiradet": 4, "slt-nettverket": 6},
}


@pytest.mark.parametrize("kommune_id", sorted(EXPECTED_2026))
def test_the_2026_plan_has_the_right_number_of_meetings_per_group(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    kommune = bundled(kb, kommune_id)
    plan = meetings_for_year(kommune, 2026, school_calendar(kommune))
    assert dict(Counter(m.group_id for m in plan)) == EXPECTED_2026[kommune_id]


@pytest.mark.parametrize("kommune_id", sorted(EXPECTED_2026))
@pytest.mark.parametrize("year", range(2024, 2031))
def test_no_group_meets_twice_a_day_and_no_two_meetings_overlap(
    kb: KnowledgeBase, kommune_id: str, year: int
) -> None:
    kommune = bundled(kb, kommune_id)
    here = school_calendar(kommune)
    plan = meetings_for_year(kommune, year, here)
    assert len({m.key for m in plan}) == len(plan)
    for earlier, later in itertools.pairwise(plan):
        assert earlier.end <= later.start, f"{earlier.key} overlaps {later.key}"
    assert all(m.start.year == year for m in plan)
    assert all(here.is_meeting_day(m.start.date()) for m in plan)
    assert plan == sorted(plan, key=lambda m: (m.start, m.group_id))


def test_a_group_that_meets_as_needed_gets_no_automatic_meetings(kb: KnowledgeBase) -> None:
    jevnaker, valer = bundled(kb, "jevnaker"), bundled(kb, "valer")
    assert meetings_for_group(jevnaker, "hastemote", 2026, cal) == []
    assert meetings_for_group(valer, "bti-mote", 2026, cal) == []
    assert meetings_for_group(valer, "utovende-niva", 2026, cal) == []  # no frequency at all


def test_once_per_plan_period_means_once_in_the_first_year_of_the_period(
    kb: KnowledgeBase,
) -> None:
    gjesdal = bundled(kb, "gjesdal")  # plan period 2023–2025
    group = "fellesmote-styringsgruppe-arbeidsgruppe"
    per_year = {y: len(meetings_for_group(gjesdal, group, y, cal)) for y in range(2022, 2027)}
    assert per_year == {2022: 0, 2023: 1, 2024: 0, 2025: 0, 2026: 0}
    assert Counter(m.group_id for m in meetings_for_period(gjesdal, cal))[group] == 1


def test_several_meetings_per_period_are_spread_over_its_years() -> None:
    kommune = kommune_with_groups({"per_period": 6})  # Testvik's period is 2024–2027
    counts = [len(meetings_for_year(kommune, y, cal)) for y in range(2024, 2028)]
    assert counts == [2, 1, 2, 1]


# -- how frequencies become dates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("per_year", "months"),
    [
        (1, [6]),
        (2, [3, 10]),
        (3, [2, 6, 11]),
        (4, [2, 5, 8, 11]),
        (6, [1, 3, 5, 8, 10, 12]),
        (11, [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]),
    ],
)
def test_per_year_meetings_are_spread_over_the_eleven_months_outside_july(
    per_year: int, months: list[int]
) -> None:
    kommune = kommune_with_groups({"per_year": per_year})
    dates = rule_dates(kommune.groups[0], kommune, 2026, cal)
    assert [d.month for d in dates] == months
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in dates)  # the second Tuesday


def test_many_meetings_a_year_are_spread_over_the_open_weeks() -> None:
    kommune = kommune_with_groups({"per_year": 20})
    plan = meetings_for_year(kommune, 2026, cal)
    assert len(plan) == 20
    assert all(cal.is_meeting_day(m.start.date()) for m in plan)
    gaps = [(b - a).days for a, b in itertools.pairwise(days(plan))]
    assert min(gaps) >= 7


def test_every_second_week_skips_the_breaks_and_stays_in_its_week() -> None:
    kommune = kommune_with_groups({"every": 2, "unit": "week"})
    plan = meetings_for_year(kommune, 2026, cal)
    weeks = [m.start.isocalendar().week for m in plan]
    assert len(weeks) == len(set(weeks)) == 23
    assert all(
        m.moved_from is None or m.moved_from.isocalendar().week == w
        for m, w in zip(plan, weeks, strict=True)
    )
    assert not any(27 <= w <= 32 for w in weeks)


def test_a_moved_meeting_never_lands_on_another_meeting_of_its_group() -> None:
    # With a (made-up) summer break from week 24 to 36, June's monthly meeting moves back to
    # Friday 5 June, and July's, whose nearest open day is that same Friday, takes Thursday.
    kommune = kommune_with_groups({"every": 1, "unit": "month"})
    long_summer = WorkCalendar(summer_break_weeks=(24, 36))
    plan = meetings_for_year(kommune, 2026, long_summer)
    moved = {m.moved_from: m.start.date() for m in plan if m.moved_from}
    assert moved[D(2026, 6, 9)] == D(2026, 6, 5)
    assert moved[D(2026, 7, 14)] == D(2026, 6, 4)
    assert len(set(days(plan))) == len(plan) == 12


def test_moving_never_pushes_a_meeting_into_another_year() -> None:
    # A (made-up) Christmas break from 1 December to 20 January: January's meeting moves
    # forward and December's backward, both staying in 2026.
    kommune = kommune_with_groups({"every": 1, "unit": "month"})
    long_christmas = WorkCalendar(christmas_break=("12-01", "01-20"))
    plan = meetings_for_year(kommune, 2026, long_christmas)
    assert days(plan)[0] == D(2026, 1, 21)
    assert days(plan)[-1] == D(2026, 11, 30)
    assert len(plan) == 12 and all(m.start.year == 2026 for m in plan)


# -- fixed dates win -----------------------------------------------------------------------


def moteplan_kommune() -> Kommune:
    data = load_testvik()
    politiradet = next(g for g in data["groups"] if g["id"] == "politiradet")
    politiradet["moteplan"] = ["2026-01-20", "2026-03-10", "2026-06-30", "2026-11-24"]
    return Kommune.model_validate(data)


def test_a_moteplan_in_the_knowledge_file_wins_over_the_frequency() -> None:
    plan = meetings_for_year(moteplan_kommune(), 2026, cal)
    politiradet = [m for m in plan if m.group_id == "politiradet"]
    assert [m.start.date() for m in politiradet] == [
        D(2026, 1, 20),
        D(2026, 3, 10),
        D(2026, 6, 30),  # in week 27, but the kommune chose it
        D(2026, 11, 24),
    ]
    assert {m.source for m in politiradet} == {"fixed"}
    assert {m.place for m in politiradet} == {"Rådhuset, møterom 1"}
    assert {m.source for m in plan if m.group_id != "politiradet"} == {"scheduled"}


def test_other_groups_make_room_for_the_fixed_dates() -> None:
    plan = meetings_for_year(moteplan_kommune(), 2026, cal)
    nettverk = [m for m in plan if m.group_id == "slt-nettverket"]
    march = next(m for m in nettverk if m.start.month == 3)
    assert (march.moved_from, march.start.date()) == (D(2026, 3, 10), D(2026, 3, 9))


def test_a_year_the_moteplan_does_not_cover_falls_back_to_the_frequency() -> None:
    plan = meetings_for_year(moteplan_kommune(), 2027, cal)
    politiradet = [m for m in plan if m.group_id == "politiradet"]
    assert len(politiradet) == 4
    assert {m.source for m in politiradet} == {"scheduled"}
    # 10 August 2027 is in week 32, so the summer meeting moves to Monday 16 August.
    assert days(politiradet) == [D(2027, 2, 9), D(2027, 5, 11), D(2027, 8, 16), D(2027, 11, 9)]


# -- times, keys and JSON --------------------------------------------------------------------


def test_meeting_times_carry_the_right_utc_offset_through_the_year(kb: KnowledgeBase) -> None:
    plan = meetings_for_year(bundled(kb, "valer"), 2026, cal)
    starts = {m.start.date(): m.start for m in plan if m.group_id == "politiradet"}
    assert starts[D(2026, 2, 12)].isoformat() == "2026-02-12T09:00:00+01:00"
    # The second Thursday of May 2026 is Kristi himmelfartsdag: a week later, still Thursday.
    assert starts[D(2026, 5, 21)].isoformat() == "2026-05-21T09:00:00+02:00"
    assert starts[D(2026, 11, 12)].isoformat() == "2026-11-12T09:00:00+01:00"
    assert starts[D(2026, 5, 21)].astimezone(dt.UTC).hour == 7
    assert all(m.start.tzinfo is OSLO for m in plan)


def test_start_time_and_length_come_from_the_group() -> None:
    kommune = kommune_with_groups({"per_year": 2}, default_time="13:30", duration_minutes=120)
    first = meetings_for_year(kommune, 2026, cal)[0]
    assert first.start.isoformat() == "2026-03-10T13:30:00+01:00"
    assert first.end - first.start == dt.timedelta(minutes=120)
    fallback = meetings_for_year(kommune_with_groups({"per_year": 2}), 2026, cal)[0]
    assert fallback.start.time() == dt.time(9, 0)
    assert fallback.end.time() == dt.time(10, 30)  # the 90-minute default


def test_each_meeting_has_a_key_and_a_json_form(kb: KnowledgeBase) -> None:
    plan = meetings_for_year(bundled(kb, "valer"), 2026, cal)
    first = plan[0]
    assert first.key == "valer:slt-nettverket:2026-02-10"
    assert to_json([first]) == [
        {
            "kommune": "valer",
            "group": "slt-nettverket",
            "name": "SLT-nettverket",
            "weekday": "tirsdag",
            "start": "2026-02-10T09:00:00+01:00",
            "end": "2026-02-10T11:00:00+01:00",
            "source": "scheduled",
            "place": None,
            "moved_from": None,
        }
    ]
