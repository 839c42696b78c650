"""Reminders before tiltak deadlines: 14, 3 and 1 days ahead, on working days, at 09:00 Oslo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
import yaml

from bot.clock import OSLO, SystemClock
from bot.features.tiltak.reminder_plan import (
    PlannedReminder,
    deadlines,
    is_current,
    plan_reminders,
    to_json,
)
from bot.knowledge.action_plan import Frist
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar
from tests.conftest import FIXTURES

D = dt.date
cal = DEFAULT_CALENDAR
YEAR_2026 = (D(2026, 1, 1), D(2026, 12, 31))
BUNDLED = ("valer", "jevnaker", "gjesdal")


def _quoted(frist: dict[str, Any]) -> dict[str, Any]:
    """A made-up date rule carries made-up plan words, as bundled knowledge must."""
    if frist.get("continuous"):
        return frist
    return {"quote": "testfrist", "at": "900:1", "computed": "testregel", **frist}


def F(**rule: Any) -> Frist:
    """A date rule with made-up plan words and a made-up computation."""
    return Frist(text="x", quote="x", at="900:1", computed="test", **rule)


def kommune_with(*frister: dict[str, Any], ansvar: list[str] | None = None) -> Kommune:
    """The made-up Testvik kommune with one tiltak per frist (ids "1", "2", …)."""
    data = yaml.safe_load((FIXTURES / "testvik.yaml").read_text(encoding="utf-8"))
    data["tiltak"] = [
        {
            "id": str(i),
            "innsatsomrade": "Test",
            "tiltak": f"Tiltak {i}",
            "ansvar": ansvar or ["Rektor", "Helsesykepleier"],
            "frist": {"text": "testfrist", **_quoted(frist)},
            "source": "plan",
        }
        for i, frist in enumerate(frister, start=1)
    ]
    return Kommune.model_validate(data)


def sends(reminders: list[PlannedReminder]) -> list[tuple[dt.date, int]]:
    return [(r.send_at.date(), r.offset_days) for r in reminders]


# -- the offsets -------------------------------------------------------------------------


def test_an_ordinary_deadline_gets_reminders_14_3_and_1_days_before_at_nine() -> None:
    kommune = kommune_with({"date": "2026-10-22"})  # a Thursday; no holidays near
    reminders = plan_reminders(kommune, *YEAR_2026, cal)
    assert sends(reminders) == [(D(2026, 10, 8), 14), (D(2026, 10, 19), 3), (D(2026, 10, 21), 1)]
    assert all(r.send_at.time() == dt.time(9, 0) for r in reminders)
    assert all(r.ansvarlig == ("Rektor", "Helsesykepleier") for r in reminders)


def test_the_offsets_and_the_send_time_are_configurable() -> None:
    kommune = kommune_with({"date": "2026-10-22"})
    reminders = plan_reminders(kommune, *YEAR_2026, cal, offsets=(7, 2), send_time=dt.time(13, 15))
    assert sends(reminders) == [(D(2026, 10, 15), 7), (D(2026, 10, 20), 2)]
    assert {r.send_at.time() for r in reminders} == {dt.time(13, 15)}


def test_a_send_time_outside_working_hours_is_refused() -> None:
    kommune = kommune_with({"date": "2026-10-22"})
    assert plan_reminders(kommune, *YEAR_2026, cal, send_time=dt.time(15, 30))
    with pytest.raises(ValueError, match="outside working hours"):
        plan_reminders(kommune, *YEAR_2026, cal, send_time=dt.time(16, 0))
    with pytest.raises(ValueError):
        plan_reminders(kommune, *YEAR_2026, cal, offsets=())


# -- moving earlier, never later --------------------------------------------------------


def test_a_reminder_due_on_a_sunday_goes_out_on_the_friday_before() -> None:
    kommune = kommune_with({"date": "2026-03-09"})  # Monday; the 1-day reminder is Sunday
    assert sends(plan_reminders(kommune, *YEAR_2026, cal)) == [
        (D(2026, 2, 23), 14),
        (D(2026, 3, 6), 1),  # Friday: 3 days before is also Friday, so 1 day wins
    ]


def test_easter_pushes_the_reminders_back_to_the_wednesday_before_skjaertorsdag() -> None:
    # Deadline Tuesday 7 April 2026. One day before is 2. påskedag, three days before is
    # Saturday; both step back over Easter to Wednesday 1 April and collapse into one.
    kommune = kommune_with({"date": "2026-04-07"})
    assert sends(plan_reminders(kommune, *YEAR_2026, cal)) == [
        (D(2026, 3, 24), 14),
        (D(2026, 4, 1), 1),
    ]


@pytest.mark.parametrize(
    ("deadline", "holiday", "sent_on"),
    [
        (D(2026, 5, 18), "17. mai (a Sunday)", D(2026, 5, 15)),
        (D(2026, 5, 15), "Kristi himmelfart", D(2026, 5, 13)),
        (D(2026, 5, 26), "2. pinsedag", D(2026, 5, 22)),
    ],
)
def test_the_one_day_reminder_steps_back_over_spring_holidays(
    deadline: dt.date, holiday: str, sent_on: dt.date
) -> None:
    kommune = kommune_with({"date": deadline.isoformat()})
    last = plan_reminders(kommune, *YEAR_2026, cal)[-1]
    assert (last.offset_days, last.send_at.date()) == (1, sent_on), holiday
    assert cal.is_working_day(last.send_at.date())


def test_collapsing_offsets_keep_only_the_most_urgent_one() -> None:
    # Deadline Monday 30 November: 3 days before is Friday 27, 1 day before is Sunday 29,
    # which moves back to Friday 27 too. One reminder that day, with the 1-day wording.
    kommune = kommune_with({"date": "2026-11-30"})
    reminders = plan_reminders(kommune, *YEAR_2026, cal)
    assert sends(reminders) == [(D(2026, 11, 16), 14), (D(2026, 11, 27), 1)]
    assert len({r.send_at.date() for r in reminders}) == len(reminders)


def test_a_deadline_on_a_saturday_is_kept_but_reminders_are_on_working_days() -> None:
    kommune = kommune_with({"date": "2026-03-14"})
    reminders = plan_reminders(kommune, *YEAR_2026, cal)
    assert {r.deadline for r in reminders} == {D(2026, 3, 14)}
    assert sends(reminders) == [(D(2026, 2, 27), 14), (D(2026, 3, 11), 3), (D(2026, 3, 13), 1)]


# -- daylight saving ---------------------------------------------------------------------


def test_sends_around_the_switch_to_summer_time_carry_the_right_offset() -> None:
    # Summer time starts Sunday 29 March 2026. Deadline Tuesday 31 March: the 3-day reminder
    # lands on Saturday and moves to Friday 27 (+01:00); the 1-day one is Monday 30 (+02:00).
    kommune = kommune_with({"date": "2026-03-31"})
    reminders = plan_reminders(kommune, *YEAR_2026, cal)
    by_offset = {r.offset_days: r.send_at for r in reminders}
    assert by_offset[3].isoformat() == "2026-03-27T09:00:00+01:00"
    assert by_offset[1].isoformat() == "2026-03-30T09:00:00+02:00"
    assert by_offset[3].astimezone(dt.UTC).hour == 8
    assert by_offset[1].astimezone(dt.UTC).hour == 7


def test_sends_around_the_switch_back_to_winter_time_carry_the_right_offset() -> None:
    # Winter time starts Sunday 25 October 2026. Deadline Tuesday 27 October.
    kommune = kommune_with({"date": "2026-10-27"})
    by_offset = {r.offset_days: r.send_at for r in plan_reminders(kommune, *YEAR_2026, cal)}
    assert by_offset[3].isoformat() == "2026-10-23T09:00:00+02:00"
    assert by_offset[1].isoformat() == "2026-10-26T09:00:00+01:00"


# -- the kinds of deadline ---------------------------------------------------------------


def test_a_dated_deadline_counts_once_and_only_inside_the_range() -> None:
    frist = F(date=D(2026, 6, 15))
    assert deadlines(frist, *YEAR_2026) == [D(2026, 6, 15)]
    assert deadlines(frist, D(2027, 1, 1), D(2027, 12, 31)) == []


def test_a_yearly_deadline_repeats_every_year() -> None:
    frist = F(yearly="09-30")
    assert deadlines(frist, D(2026, 1, 1), D(2027, 12, 31)) == [D(2026, 9, 30), D(2027, 9, 30)]
    leap = F(yearly="02-29")
    assert deadlines(leap, D(2026, 1, 1), D(2028, 12, 31)) == [
        D(2026, 2, 28),
        D(2027, 2, 28),
        D(2028, 2, 29),
    ]


def test_week_25_means_the_friday_of_that_week() -> None:
    frist = Frist(text="Sommeruka, uke 25", week=25, quote="gratis tilbud i uke 25", at="000:605")
    assert deadlines(frist, D(2026, 1, 1), D(2027, 12, 31)) == [D(2026, 6, 19), D(2027, 6, 25)]


def test_a_week_whose_friday_is_a_holiday_ends_on_its_last_working_day() -> None:
    # Week 14 of 2026 holds skjærtorsdag and langfredag: Wednesday 1 April.
    # Week 18 of 2026 ends on 1. mai, a Friday: Thursday 30 April.
    assert deadlines(F(week=14), *YEAR_2026) == [D(2026, 4, 1)]
    assert deadlines(F(week=18), *YEAR_2026) == [D(2026, 4, 30)]


def test_week_53_exists_only_in_some_years() -> None:
    # 2026 has an ISO week 53 (28 Dec – 3 Jan); its Friday is 1 January 2027, a holiday.
    frist = F(week=53)
    assert deadlines(frist, D(2026, 1, 1), D(2028, 12, 31)) == [D(2026, 12, 31)]


def test_continuous_tiltak_have_no_deadline_only_the_kommunes_status_checks() -> None:
    frist = Frist(text="Løpende", continuous=True)
    assert deadlines(frist, *YEAR_2026) == []
    kommune = kommune_with({"continuous": True})
    reminders = plan_reminders(kommune, *YEAR_2026, cal)
    # Testvik's file sets status checks on 31 May and 30 November; one message each, on the
    # day (31 May 2026 is a Sunday: Friday 29 May), with no deadline.
    assert [(r.kind, r.deadline, r.deadline_source) for r in reminders] == [
        ("status", None, None),
        ("status", None, None),
    ]
    assert sends(reminders) == [(D(2026, 5, 29), 0), (D(2026, 11, 30), 0)]


def test_a_deadline_says_it_comes_from_the_plan_and_a_set_one_from_the_coordinator() -> None:
    kommune = kommune_with({"yearly": "06-15"}, {"continuous": True})
    planned = plan_reminders(kommune, *YEAR_2026, cal, coordinator_deadlines={"2": D(2026, 10, 1)})
    by_tiltak = {(r.tiltak_id, r.kind, r.deadline_source) for r in planned}
    assert by_tiltak == {("1", "deadline", "plan"), ("2", "deadline", "coordinator")}
    assert {r.deadline for r in planned if r.tiltak_id == "2"} == {D(2026, 10, 1)}


def test_more_time_moves_the_reminders_to_the_new_date() -> None:
    kommune = kommune_with({"date": "2026-03-31"})
    moved = plan_reminders(kommune, *YEAR_2026, cal, moved={"1": {D(2026, 3, 31): D(2026, 5, 20)}})
    assert {r.deadline for r in moved} == {D(2026, 5, 20)}
    assert sends(moved) == [(D(2026, 5, 6), 14), (D(2026, 5, 15), 3), (D(2026, 5, 19), 1)]
    assert moved[0].key == "testvik:1:2026-03-31:2026-05-20:14"


def test_nothing_is_planned_after_the_plans_end() -> None:
    kommune = kommune_with({"yearly": "06-15"}, {"continuous": True})  # Testvik: 2024–2027
    assert plan_reminders(kommune, D(2028, 1, 1), D(2028, 12, 31), cal) == []
    late = plan_reminders(kommune, D(2027, 12, 1), D(2028, 12, 31), cal)
    assert late == []  # no deadline or status check in December 2027 after the 30 Nov check
    extended = plan_reminders(kommune, D(2028, 1, 1), D(2028, 12, 31), cal, until=D(2028, 12, 31))
    assert {r.kind for r in extended} == {"deadline", "status"}


# -- the window ----------------------------------------------------------------------------


def test_reminders_that_would_be_sent_before_the_window_are_left_out() -> None:
    # Deadline Monday 5 January 2026: the 14-day reminder (22 December 2025) is before the
    # window; the 3- and 1-day ones both land on Friday 2 January and collapse.
    kommune = kommune_with({"date": "2026-01-05"})
    assert sends(plan_reminders(kommune, *YEAR_2026, cal)) == [(D(2026, 1, 2), 1)]


def test_a_deadline_after_the_window_contributes_nothing() -> None:
    kommune = kommune_with({"date": "2027-01-11"})  # its 14-day reminder is 28 Dec 2026
    assert plan_reminders(kommune, *YEAR_2026, cal) == []
    next_year = plan_reminders(kommune, D(2026, 12, 1), D(2027, 1, 31), cal)
    # Christmas week does not stop a reminder; 8 January takes the 3- and 1-day ones.
    assert sends(next_year) == [(D(2026, 12, 28), 14), (D(2027, 1, 8), 1)]


def test_planning_from_today_never_schedules_in_the_past() -> None:
    kommune = kommune_with({"date": "2026-04-07"}, {"yearly": "04-20"})
    with time_machine.travel(dt.datetime(2026, 3, 30, 10, 0, tzinfo=OSLO), tick=False):
        today = SystemClock().now().date()
        reminders = plan_reminders(kommune, today, today + dt.timedelta(days=60), cal)
    assert today == D(2026, 3, 30)
    assert [(r.tiltak_id, *send) for r, send in zip(reminders, sends(reminders), strict=True)] == [
        # tiltak 1 (7 April): the 14-day reminder (24 March) is already past
        ("1", D(2026, 4, 1), 1),
        # tiltak 2 (Monday 20 April): 14 days before is 2. påskedag, back over Easter
        ("2", D(2026, 4, 1), 14),
        ("2", D(2026, 4, 17), 1),
    ]


# -- order, keys and JSON ------------------------------------------------------------------


def test_the_plan_is_sorted_by_send_time_then_tiltak_number() -> None:
    frister = [{"date": "2026-10-22"}] * 11  # eleven tiltak, same deadline
    reminders = plan_reminders(kommune_with(*frister), *YEAR_2026, cal)
    first_day = [r.tiltak_id for r in reminders if r.offset_days == 14]
    assert first_day == [str(i) for i in range(1, 12)]  # "2" before "10"
    assert reminders == sorted(reminders, key=lambda r: r.send_at)


def test_each_reminder_has_a_stable_ledger_key() -> None:
    kommune = kommune_with({"date": "2026-10-22"})
    keys = [r.key for r in plan_reminders(kommune, *YEAR_2026, cal)]
    assert keys == ["testvik:1:2026-10-22:14", "testvik:1:2026-10-22:3", "testvik:1:2026-10-22:1"]
    assert keys == [r.key for r in plan_reminders(kommune, *YEAR_2026, cal)]


def test_json_gives_the_fields_the_product_spec_names() -> None:
    kommune = kommune_with({"date": "2026-03-31"}, {"continuous": True})
    items = to_json(plan_reminders(kommune, *YEAR_2026, cal))
    assert items[0] == {
        "kommune": "testvik",
        "tiltak": "1",
        "number": 1,
        "title": "Tiltak 1",
        "ansvarlig": "Rektor, Helsesykepleier",
        "kind": "deadline",
        "deadline": "2026-03-31",
        "deadline_source": "plan",
        "send_at": "2026-03-17T09:00:00+01:00",
        "offset_days": 14,
    }
    status = next(i for i in items if i["kind"] == "status")
    assert status["deadline"] is None and status["deadline_source"] is None


# -- a full year for every bundled kommune -------------------------------------------------


def last_year(kommune: Kommune) -> tuple[dt.date, dt.date]:
    year = kommune.plan.period_end
    return D(year, 1, 1), D(year, 12, 31)


@pytest.mark.parametrize("kommune_id", BUNDLED)
def test_a_full_year_of_reminders_is_sent_only_on_working_days_within_working_hours(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    kommune = kb.kommuner[kommune_id].kommune
    year = last_year(kommune)
    reminders = plan_reminders(kommune, *year, cal)
    assert reminders, "every bundled kommune has something due in its plan's last year"
    for r in reminders:
        local = r.send_at.astimezone(OSLO)
        assert r.send_at.utcoffset() == local.utcoffset()
        assert local.weekday() < 5, r.key
        assert not cal.is_holiday(local.date()), r.key
        assert cal.is_working_time(r.send_at), r.key
        assert dt.time(8, 0) <= local.time() <= dt.time(15, 30)
        assert year[0] <= local.date() <= r.due_day <= year[1]
        if r.kind == "deadline":
            assert r.offset_days in (14, 3, 1) and local.date() < r.due_day
        else:
            assert r.deadline is None and r.offset_days == 0
    assert len({r.key for r in reminders}) == len(reminders)
    same_day = [(r.tiltak_id, r.due_day, r.send_at.date()) for r in reminders]
    assert len(set(same_day)) == len(same_day), "one reminder per deadline per day"


@pytest.mark.parametrize("kommune_id", BUNDLED)
def test_every_tiltak_with_a_deadline_in_the_year_is_reminded(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    kommune = kb.kommuner[kommune_id].kommune
    year = last_year(kommune)
    reminded = {r.tiltak_id for r in plan_reminders(kommune, *year, cal)}
    current = [t for t in kommune.tiltak if is_current(kommune, t)]
    due = {t.id for t in current if deadlines(t.frist, year[0] + dt.timedelta(14), year[1])}
    assert due <= reminded
    assert {t.id for t in current if t.frist.continuous} <= reminded  # their status checks
    older = {t.id for t in kommune.tiltak if not is_current(kommune, t)}
    assert not older & reminded, "tiltak only in an older plan are not followed up"


def test_a_calendar_without_breaks_changes_no_reminder(kb: KnowledgeBase) -> None:
    # The summer break and the Christmas week are for meetings; reminders ignore them.
    kommune = kb.kommuner["valer"].kommune
    plain = WorkCalendar(summer_break_weeks=None, christmas_break=None)
    assert plan_reminders(kommune, *YEAR_2026, plain) == plan_reminders(kommune, *YEAR_2026, cal)
