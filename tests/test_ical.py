"""The årshjul as a calendar file: a coordinator downloads it and imports it into Outlook.

Read back with the icalendar package, the file must hold the same meetings as the årshjul,
at the right Oslo wall-clock time on both sides of the summer-time changes (29 March and
25 October 2026), with cancelled meetings marked and moved ones updated in place.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from icalendar import Calendar

from bot.clock import OSLO, FixedClock
from bot.features.meetings import MeetingDesk
from bot.features.meetings.ical import (
    CONTENT_TYPE,
    ics_filename,
    team_token,
    token_matches,
    year_calendar,
)
from bot.features.meetings.schedule import meetings_for_year
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.storage import Repositories
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from tests.conftest import FIXTURES

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)
KARI = "aad-kari"


def oslo(day: str, time: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=OSLO)


@pytest.fixture
def desk() -> MeetingDesk:
    kb = KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)
    coordinator = Person(role="SLT-koordinator", name="Kari Testperson", aad_object_id=KARI)
    people = {"testvik": PeopleMap("testvik", {fold(coordinator.role): (coordinator,)})}
    return MeetingDesk(
        kb, Repositories.over(SqliteStore.open(":memory:")), people, clock=FixedClock(NOW)
    )


def events(data: bytes) -> dict[str, object]:
    """UID → VEVENT of a parsed calendar file."""
    calendar = Calendar.from_ical(data)
    found = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert len(found) == len(calendar.walk("VEVENT")), "UIDs must be unique"
    return found


def start_of(event) -> dt.datetime:
    return event.decoded("DTSTART")


async def test_the_file_holds_every_meeting_of_the_arshjul(desk: MeetingDesk) -> None:
    data = await year_calendar(desk, "testvik", 2026)
    parsed = events(data)
    planned = meetings_for_year(desk.index("testvik").kommune, 2026)
    assert len(parsed) == len(planned) == len(await desk.year_plan("testvik", 2026)) == 19
    assert set(parsed) == {f"{m.key}@slt-boten" for m in planned}
    assert {start_of(e) for e in parsed.values()} == {m.start for m in planned}
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and "SLT-boten" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "SLT-årshjul Testvik 2026"


async def test_uids_are_stable_between_downloads(desk: MeetingDesk) -> None:
    first = events(await year_calendar(desk, "testvik", 2026))
    desk.clock.advance(dt.timedelta(days=30))
    second = events(await year_calendar(desk, "testvik", 2026))
    assert set(first) == set(second)


async def test_times_are_utc_and_right_on_both_sides_of_summer_time(desk: MeetingDesk) -> None:
    # Four extra meetings around the two changes, all at 09:00 Oslo time.
    for day in ("2026-03-27", "2026-03-30", "2026-10-23", "2026-10-26"):
        await desk.call_adhoc("testvik", "slt-nettverket", oslo(day), by=KARI)
    data = await year_calendar(desk, "testvik", 2026)
    by_day = {start_of(e).astimezone(OSLO).date(): e for e in events(data).values()}
    expected_utc_hour = {
        dt.date(2026, 2, 17): 8,  # Fagteamet, winter time (UTC+1)
        dt.date(2026, 3, 27): 8,  # Friday before the change
        dt.date(2026, 3, 30): 7,  # Monday after: summer time (UTC+2)
        dt.date(2026, 3, 31): 7,  # Fagteamet
        dt.date(2026, 10, 23): 7,  # Friday before the change back
        dt.date(2026, 10, 26): 8,  # Monday after: winter time again
        dt.date(2026, 10, 27): 8,  # Fagteamet
    }
    for day, hour in expected_utc_hour.items():
        start = start_of(by_day[day])
        assert start.utcoffset() == dt.timedelta(0), "written in UTC"
        assert start.hour == hour, day
        assert start.astimezone(OSLO).time() == dt.time(9, 0), day
        end = by_day[day].decoded("DTEND")
        assert end - start == dt.timedelta(minutes=90)
    assert re.search(rb"DTSTART:20260330T070000Z", data)
    assert b"DTSTART;TZID" not in data  # no zone for Outlook to misread


async def test_a_cancelled_meeting_is_marked_cancelled(desk: MeetingDesk) -> None:
    await desk.cancel("testvik:politiradet:2026-05-12", KARI)
    parsed = events(await year_calendar(desk, "testvik", 2026))
    assert len(parsed) == 19
    cancelled = parsed["testvik:politiradet:2026-05-12@slt-boten"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == 1
    others = [e for uid, e in parsed.items() if uid != "testvik:politiradet:2026-05-12@slt-boten"]
    assert {str(e["STATUS"]) for e in others} == {"CONFIRMED"}


async def test_a_moved_meeting_updates_the_same_event(desk: MeetingDesk) -> None:
    await desk.move("testvik:fagteam:2026-03-31", oslo("2026-04-14", "10:00"), KARI)
    parsed = events(await year_calendar(desk, "testvik", 2026))
    assert len(parsed) == 19
    moved = parsed["testvik:fagteam:2026-03-31@slt-boten"]
    assert start_of(moved) == oslo("2026-04-14", "10:00")
    assert int(moved["SEQUENCE"]) == 1
    assert "Flyttet fra 31.03.2026." in str(moved["DESCRIPTION"])


async def test_an_adhoc_meeting_is_added(desk: MeetingDesk) -> None:
    await desk.call_adhoc("testvik", "fagteam", oslo("2026-03-12"), by=KARI, urgent=True)
    parsed = events(await year_calendar(desk, "testvik", 2026))
    assert len(parsed) == 20
    [adhoc] = [e for uid, e in parsed.items() if ":adhoc:" in uid]
    assert start_of(adhoc) == oslo("2026-03-12") and "Hastemøte." in str(adhoc["DESCRIPTION"])


async def test_summary_location_and_description(desk: MeetingDesk) -> None:
    data = await year_calendar(desk, "testvik", 2026)
    politirad = events(data)["testvik:politiradet:2026-02-10@slt-boten"]
    assert str(politirad["SUMMARY"]) == "Politirådet (SLT)"
    assert str(politirad["LOCATION"]) == "Rådhuset, møterom 1"
    description = str(politirad["DESCRIPTION"])
    assert "Innkaller: SLT-koordinator" in description and "Møteleder: Ordfører" in description
    assert b"Kari Testperson" not in data  # roles only: the file is shared by link


async def test_a_year_outside_the_plan_period_still_makes_a_valid_file(desk: MeetingDesk) -> None:
    data = await year_calendar(desk, "testvik", 2031)
    calendar = Calendar.from_ical(data)
    assert len(calendar.walk("VEVENT")) == len(await desk.year_plan("testvik", 2031))


def test_each_team_gets_its_own_unguessable_token() -> None:
    tokens = {team_token() for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(token) >= 32 and re.fullmatch(r"[A-Za-z0-9_-]+", token)
    token = next(iter(tokens))
    assert token_matches(token, token) and not token_matches(token + "x", token)


def test_the_file_name_and_content_type() -> None:
    assert ics_filename("Våler", 2026) == "slt-arshjul-valer-2026.ics"
    assert CONTENT_TYPE.startswith("text/calendar")
