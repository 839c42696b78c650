"""«Møtes politirådet i juli?», «hvilke møter har vi i vår», «neste møte etter jul»: a meeting
question that names a period gets the meeting plan's meetings in it (bot/features/meetings/
periods.py, period_answers.py), read against a controlled clock in Europe/Oslo — across the
change to summer time at Easter 2027 and the kommune's school holidays.

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.features.meetings.periods import Period, read_period
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.work_calendar import WorkCalendar

SATURDAY = dt.date(2026, 12, 5)
CALENDAR = WorkCalendar()  # the national defaults: summer weeks 27–32, 24.12–01.01


def read(text: str, today: dt.date = SATURDAY) -> Period | None:
    return read_period(text, today, CALENDAR)


def test_a_month_is_its_next_occurrence_and_this_month_runs_from_today() -> None:
    assert read("møtes politirådet i juli?") == Period(
        dt.date(2027, 7, 1), dt.date(2027, 8, 1), "i juli 2027"
    )
    assert read("er det møte i desember") == Period(
        SATURDAY, dt.date(2027, 1, 1), "i desember 2026"
    )
    assert read("noe møte neste måned?") == Period(
        dt.date(2027, 1, 1), dt.date(2027, 2, 1), "i januar 2027"
    )


def test_weeks_start_on_monday() -> None:
    assert read("er det noen slt-møter neste uke") == Period(
        dt.date(2026, 12, 7), dt.date(2026, 12, 14), "neste uke (uke 50)"
    )
    assert read("har vi møter denne uka", dt.date(2026, 12, 9)) == Period(
        dt.date(2026, 12, 9), dt.date(2026, 12, 14), "denne uka"
    )


def test_spring_and_autumn_are_the_school_terms() -> None:
    assert read("hvilke datoer møtes fagteamet i vår") == Period(
        dt.date(2027, 1, 1), dt.date(2027, 7, 1), "våren 2027"
    )
    assert read("møtes de utover våren?", dt.date(2027, 3, 10)) == Period(
        dt.date(2027, 3, 10), dt.date(2027, 7, 1), "våren 2027"
    )
    assert read("kva møte har vi i haust", dt.date(2027, 3, 10)) == Period(
        dt.date(2027, 8, 1), dt.date(2028, 1, 1), "høsten 2027"
    )


def test_our_is_no_spring_and_a_break_is_its_own_days() -> None:
    assert read("hvem sitter i politirådet i vår kommune") is None
    summer = read("har politirådet møter i sommerferien?")  # the break itself: its own days
    assert summer is not None and summer.in_break and summer.said == "i sommerferien 2027"
    assert (summer.start, summer.end) == (dt.date(2027, 7, 5), dt.date(2027, 8, 16))
    assert read("møtes de i skoleferien?") is None  # no one break named
    assert read("hvor ofte møtes politirådet") is None


def test_before_and_after_a_break_are_the_calendars_break() -> None:
    before = read("møtes arbeidsgruppa før jul?")
    assert before is not None and (before.start, before.end) == (SATURDAY, dt.date(2026, 12, 24))
    after = read("når er neste møte etter jul")
    assert after is not None and after.first_only and after.start == dt.date(2027, 1, 2)
    in_break = read("første møte etter nyttår", dt.date(2026, 12, 28))
    assert in_break is not None and in_break.start == dt.date(2027, 1, 2)  # the break it is in
    summer = read("hva skjer før sommeren", dt.date(2027, 5, 3))
    assert summer is not None and summer.end == dt.date(2027, 7, 5)  # Monday of ISO week 27


def ask(kb: KnowledgeBase, text: str, kommune: str, at: dt.datetime) -> Reply:
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings(), clock=FixedClock(at))
    [reply] = asyncio.run(bot.console_turn(text, kommune))
    return reply


NOON = dt.datetime(2026, 12, 5, 12, 0, tzinfo=OSLO)


def test_a_month_without_meetings_says_so_and_when_the_next_is(kb: KnowledgeBase) -> None:
    reply = ask(kb, "møtes politirådet i juli?", "valer", NOON)
    assert reply.intent == "next_meeting"
    assert "Politirådet har ingen møter i juli 2027 i møteplanen." in reply.text
    assert "Neste møte etter det: " in reply.text and "2027" in reply.text
    assert reply.facts["period"] == ["2027-07-01", "2027-08-01"]
    assert "«minimum fire ganger i året»" in reply.text  # where the dates come from


def test_a_term_lists_one_groups_meetings_each_on_its_line(kb: KnowledgeBase) -> None:
    reply = ask(kb, "hvilke møtedatoer har operativ slt-gruppe i vår?", "gjesdal", NOON)
    assert reply.intent == "next_meeting"
    assert "Operativ SLT-gruppe har 6 møter våren 2027:" in reply.text
    lines = [line for line in reply.text.splitlines() if line.startswith("- ")]
    assert len(lines) == 6 and all("kl 13:00" in line for line in lines)  # DST: still 13:00
    assert not any("Operativ SLT-gruppe" in line for line in lines)  # said once, in the lead
    assert len(reply.facts["meetings"]) == 6


def test_after_easter_is_the_first_meeting_in_summer_time(kb: KnowledgeBase) -> None:
    before_easter = dt.datetime(2027, 3, 20, 9, 0, tzinfo=OSLO)
    reply = ask(kb, "når møtes operativ slt-gruppe etter påske", "gjesdal", before_easter)
    assert (
        "Første møte i Operativ SLT-gruppe etter påskeferien: tirsdag 6. april 2027 kl 13:00."
        in (reply.text)
    )


def test_every_groups_meetings_next_week(kb: KnowledgeBase) -> None:
    reply = ask(kb, "er det noen slt-møter neste uke", "gjesdal", NOON)
    assert reply.intent == "next_meeting"
    assert reply.text.startswith("SLT-møter neste uke (uke 50)")
    assert "- mandag 07.12 kl 09:00: Politikontakt og SLT-koordinator" in reply.text


def test_a_group_the_plan_gives_no_dates_says_what_neste_mote_says(kb: KnowledgeBase) -> None:
    reply = ask(kb, "har politirådet møte i mars?", "jevnaker", NOON)
    assert "men ikke hvilke dager. Derfor har jeg ingen dato for neste møte." in reply.text
    assert "Datoene er regnet ut" not in reply.text  # nothing was computed


def test_questions_without_a_period_keep_their_answers(kb: KnowledgeBase) -> None:
    assert ask(kb, "hvor ofte møtes politirådet i sommerferien?", "valer", NOON).intent == (
        "frequency"
    )
    assert ask(kb, "hvor ofte møtes politirådet", "valer", NOON).intent == "frequency"
    assert ask(kb, "hvem sitter i politirådet i vår kommune", "valer", NOON).intent == "members"


def test_a_kommunes_calendar_is_made_once_and_again_for_another_desk_calendar(
    kb: KnowledgeBase,
) -> None:
    """The calendar with the kommune's school holidays is kept per kommune (a period question
    asks for it at every turn) – the same calendar as made afresh, and made again when the
    desk's own calendar is another."""
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    desk = bot.meetings
    kommune_id = next(k for k, i in kb.kommuner.items() if i.kommune.school_holidays)
    rules = kb.kommuner[kommune_id].kommune.school_holidays
    first = desk.calendar_for(kommune_id)
    assert first.school is rules
    assert desk.calendar_for(kommune_id) is first
    desk.calendar = WorkCalendar(summer_break_weeks=(28, 31))
    other = desk.calendar_for(kommune_id)
    assert other == WorkCalendar(summer_break_weeks=(28, 31), school=rules)
    assert other is not first


def test_the_arshjul_in_december_names_groups_without_meetings_for_the_window(
    kb: KnowledgeBase,
) -> None:
    """Asked in December the årshjul runs twelve months from today: a group with no meeting
    in it is named for that window, not for the year that is ending (found walking)."""
    reply = ask(kb, "møteplan", "gjesdal", NOON)
    assert reply.intent == "meeting_plan"
    assert "Uten faste møter (desember 2026 – november 2027): " in reply.text, reply.text
    assert "Uten faste møter i 2026" not in reply.text
