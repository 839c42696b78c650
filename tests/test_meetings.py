"""Meetings in Testvik (a made-up kommune): the årshjul as the coordinator changes it, the
answers people give on a call card, and the coordinator's commands in plain Norwegian.

Today is Monday 2 March 2026, 10:00. Testvik's 2026 plan has Fagteamet on 31 March and
13 May, Politirådet on 12 May and 11 August, SLT-nettverket on 10 March.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import OSLO, FixedClock
from bot.features.meetings import NAMESPACE, OVERRIDE_NAMESPACE, MeetingDesk, MeetingProblem
from bot.features.meetings.command_grammar import Clarification, Command, GroupNames, When, parse
from bot.features.meetings.commands import (
    apply_card_action,
    cancel_notice,
    move_notice,
)
from bot.features.meetings.model import AGENDA_MAX_CHARS, AGENDA_MAX_ITEMS
from bot.features.meetings.orders import apply, plan
from bot.features.meetings.questions import (
    meeting_plan_reply,
    next_meeting_reply,
)
from bot.features.meetings.schedule import meetings_for_year
from bot.features.meetings.sends import ledger_key, send_times
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.people import PeopleMap, Person
from bot.storage import Repositories
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from cards.verbs import Verb
from tests.conftest import FIXTURES

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)
TODAY = NOW.date()
D = dt.date
KARI = "aad-kari"  # the SLT-koordinator
HILDE = "hilde@testvik.example"  # the helsesykepleier (sekretær in Fagteamet)
PER = "aad-per"  # the politikontakt


def at(day: str, time: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=OSLO)


def mapped_people() -> dict[str, PeopleMap]:
    people = [
        Person(role="SLT-koordinator", name="Kari Testperson", aad_object_id=KARI),
        Person(role="Helsesykepleier", name="Hilde Helsesen", upn=HILDE),
        Person(role="Politikontakt", name="Per Patrulje", aad_object_id=PER),
        Person(role="Sosiallærer", name="Siri Sosial", email="siri@testvik.example"),
    ]
    by_role: dict[str, tuple[Person, ...]] = {}
    for person in people:
        by_role[fold(person.role)] = (*by_role.get(fold(person.role), ()), person)
    return {"testvik": PeopleMap("testvik", by_role)}


@pytest.fixture(scope="module")
def testvik_kb() -> KnowledgeBase:
    return KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)


@pytest.fixture
def index(testvik_kb: KnowledgeBase) -> KommuneIndex:
    return testvik_kb.kommuner["testvik"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def desk(testvik_kb: KnowledgeBase, clock: FixedClock) -> MeetingDesk:
    return MeetingDesk(
        testvik_kb, Repositories.over(SqliteStore.open(":memory:")), mapped_people(), clock=clock
    )


async def days(desk: MeetingDesk, group_id: str, year: int = 2026) -> list[dt.date]:
    return [m.day for m in await desk.year_plan("testvik", year) if m.group.id == group_id]


async def run(desk: MeetingDesk, index: KommuneIndex, text: str, now: dt.datetime = NOW):
    """Read a command as the bot does and carry it out; a question back is a MeetingProblem."""
    parsed = parse(text, now.date(), GroupNames.of(index))
    assert parsed is not None, text
    if isinstance(parsed, Clarification):
        raise MeetingProblem(parsed.text)
    return await apply(desk, await plan(desk, "testvik", parsed, now), KARI)


async def call(desk: MeetingDesk, index: KommuneIndex, text: str, now: dt.datetime = NOW):
    return (await run(desk, index, text, now))[1]


async def cancel(desk: MeetingDesk, index: KommuneIndex, text: str):
    return (await run(desk, index, text))[1]


async def move(desk: MeetingDesk, index: KommuneIndex, text: str):
    return await run(desk, index, text)


# -- the årshjul and the coordinator's changes -------------------------------------------------


async def test_untouched_the_year_plan_is_the_planned_arshjul(desk: MeetingDesk, index) -> None:
    planned = meetings_for_year(index.kommune, 2026)
    meetings = await desk.year_plan("testvik", 2026)
    assert [m.key for m in meetings] == [p.key for p in planned]
    assert all(m.active and m.source == "scheduled" for m in meetings)
    politirad = next(m for m in meetings if m.group.id == "politiradet")
    assert politirad.place == "Rådhuset, møterom 1" and politirad.teams_link is None
    assert politirad.start == at("2026-02-10") and politirad.end == at("2026-02-10", "10:30")
    assert await desk.repos.store.scan(OVERRIDE_NAMESPACE) == []  # reading writes nothing


async def test_the_next_fagteam_meeting_is_the_plans_until_someone_changes_it(desk) -> None:
    meeting = await desk.next_meeting("testvik", "fagteam", NOW)
    assert meeting is not None and meeting.start == at("2026-03-31")
    assert meeting.key == "testvik:fagteam:2026-03-31"
    anything = await desk.next_meeting("testvik", None, NOW)
    assert anything is not None and anything.group.id == "slt-nettverket"  # 10 March


async def test_the_coordinator_cancels_the_next_politirad(desk, index) -> None:
    cancelled = await cancel(desk, index, "avlys neste politiråd")
    assert cancelled.key == "testvik:politiradet:2026-05-12" and cancelled.cancelled
    assert cancel_notice(cancelled) == "Møtet i Politirådet tirsdag 12. mai kl 09:00 er avlyst."
    # Still in the årshjul, marked; the next politiråd is now in August.
    may = await desk.meeting("testvik", "politiradet", D(2026, 5, 12))
    assert may.cancelled and D(2026, 5, 12) in await days(desk, "politiradet")
    assert (await desk.next_meeting("testvik", "politiradet", NOW)).start == at("2026-08-11")
    record = await desk.repos.store.get(OVERRIDE_NAMESPACE, cancelled.key)
    assert record["status"] == "cancelled" and record["by"] == KARI and record["sequence"] == 1


async def test_cancelling_twice_is_harmless_and_a_named_day_must_be_a_meeting(desk, index) -> None:
    first = await desk.cancel("testvik:politiradet:2026-05-12", KARI)
    assert await desk.cancel(first.key, KARI) == first
    with pytest.raises(MeetingProblem, match="allerede avlyst"):
        await cancel(desk, index, "avlys politirådet 12. mai")
    with pytest.raises(MeetingProblem, match="har ikke noe møte"):
        await cancel(desk, index, "avlys fagteammøtet 12. mars")


async def test_the_coordinator_moves_fagteamet_and_the_saksliste_follows(desk, index) -> None:
    key = "testvik:fagteam:2026-03-31"
    await desk.add_agenda(key, "Uro ved kjøpesenteret i helgene", "Per Patrulje")
    await desk.rsvp(key, PER, "Per Patrulje", True)

    old, new = await move(desk, index, "flytt neste fagteam til 14.4 kl 10")

    assert old.key == key and new.key == "testvik:fagteam:2026-04-14"
    assert new.start == at("2026-04-14", "10:00") and new.end == at("2026-04-14", "11:30")
    assert new.moved_from == D(2026, 3, 31) and new.source == "scheduled"
    assert D(2026, 3, 31) not in await days(desk, "fagteam") and D(2026, 4, 14) in await days(
        desk, "fagteam"
    )
    assert await desk.next_meeting("testvik", "fagteam", NOW) == new
    assert [a.text for a in await desk.agenda(new.key)] == ["Uro ved kjøpesenteret i helgene"]
    assert (await desk.attendance(new.key)).coming == ()  # a new time: everyone answers again
    # A click on the old card finds where the meeting went.
    stale = await desk.meeting("testvik", "fagteam", D(2026, 3, 31))
    assert stale.moved_to == new.start and not stale.active
    assert await desk.resolve(key) == new
    assert move_notice(old, new) == (
        "Møtet i Fagteamet er flyttet fra tirsdag 31. mars kl 09:00 til tirsdag 14. april "
        "kl 10:00. Svar på nytt om du kommer."
    )


async def test_a_meeting_moved_twice_keeps_its_calendar_identity(desk) -> None:
    first = await desk.move("testvik:fagteam:2026-03-31", at("2026-04-14"), KARI)
    second = await desk.move(first.key, at("2026-04-16", "13:00"), KARI)
    assert first.uid_key == second.uid_key == "testvik:fagteam:2026-03-31"
    assert second.moved_from == D(2026, 3, 31) and second.sequence == 2
    assert await desk.resolve("testvik:fagteam:2026-03-31") == second
    assert (await desk.meeting("testvik", "fagteam", D(2026, 3, 31))).moved_to == second.start
    assert [d for d in await days(desk, "fagteam") if d.month == 4] == [D(2026, 4, 16)]


async def test_a_meeting_cannot_move_onto_a_day_the_group_already_meets(desk, index) -> None:
    with pytest.raises(MeetingProblem, match=r"Fagteamet har allerede møte onsdag 13\. mai"):
        await move(desk, index, "flytt fagteammøtet 31. mars til 13. mai")


async def test_only_the_time_changes_when_a_move_names_no_day(desk, index) -> None:
    await desk.rsvp("testvik:politiradet:2026-05-12", PER, "Per Patrulje", True)
    old, new = await move(desk, index, "flytt neste politiråd til kl 11")
    assert old.key == new.key and new.start == at("2026-05-12", "11:00")
    assert (await desk.attendance(new.key)).coming == ()
    assert (await desk.year_plan("testvik", 2026)).count(new) == 1


async def test_an_adhoc_call_adds_a_meeting_to_the_arshjul(desk, index) -> None:
    meeting = await call(desk, index, "innkall fagteam 12. mars kl 9")
    assert meeting.key == "testvik:fagteam:2026-03-12" and meeting.source == "adhoc"
    assert meeting.start == at("2026-03-12") and meeting.end == at("2026-03-12", "10:30")
    assert D(2026, 3, 12) in await days(desk, "fagteam")
    assert await desk.next_meeting("testvik", "fagteam", NOW) == meeting


async def test_a_hastemote_is_marked_urgent(desk, index) -> None:
    meeting = await call(desk, index, "innkall fagteamet til hastemøte i morgen kl 14")
    assert meeting.urgent and meeting.start == at("2026-03-03", "14:00")


async def test_calling_the_planned_meeting_reuses_it(desk, index) -> None:
    meeting = await call(desk, index, "innkall slt-nettverket 10. mars")  # its usual time, 09:00
    assert meeting.source == "scheduled" and meeting.start == at("2026-03-10")
    assert await desk.repos.store.scan(OVERRIDE_NAMESPACE) == []
    later = await call(desk, index, "innkall slt-nettverket 10. mars kl 12")
    assert later.key == meeting.key and later.start == at("2026-03-10", "12:00")


async def test_a_cancelled_meeting_can_be_called_again(desk, index) -> None:
    await cancel(desk, index, "avlys neste politiråd")
    again = await call(desk, index, "innkall politirådet 12. mai kl 9")
    assert again.active and again.sequence == 2 and again.uid_key == again.key
    assert await desk.next_meeting("testvik", "politiradet", NOW) == again


async def test_a_call_in_the_past_is_refused_kindly(desk, index) -> None:
    with pytest.raises(MeetingProblem, match="har allerede vært"):
        await call(desk, index, "innkall fagteam i dag kl 8")


async def test_an_incomplete_command_is_a_question_not_an_action(desk, index) -> None:
    with pytest.raises(MeetingProblem, match="Hvilken gruppe"):
        await call(desk, index, "innkall til hastemøte i morgen kl 14")
    assert await desk.repos.store.scan(OVERRIDE_NAMESPACE) == []


# -- answers on the call card ------------------------------------------------------------------


async def test_a_change_of_mind_counts_once_per_person(desk) -> None:
    key = "testvik:fagteam:2026-03-31"
    await desk.rsvp(key, PER, "Per Patrulje", True)
    await desk.rsvp(key, HILDE, "Hilde Helsesen", True)
    attendance = await desk.rsvp(key, PER.upper(), "Per Patrulje", False)  # same person, other case
    assert [a.name for a in attendance.coming] == ["Hilde Helsesen"]
    assert [a.name for a in attendance.not_coming] == ["Per Patrulje"]
    assert attendance.answered == {PER, HILDE}


async def test_a_cancelled_meeting_takes_no_answers(desk) -> None:
    await desk.cancel("testvik:politiradet:2026-05-12", KARI)
    with pytest.raises(MeetingProblem, match="avlyst"):
        await desk.rsvp("testvik:politiradet:2026-05-12", PER, "Per Patrulje", True)


async def test_the_saksliste_keeps_one_line_per_sak_and_who_proposed_it(desk) -> None:
    key = "testvik:fagteam:2026-03-31"
    await desk.add_agenda(key, "  Rusbruk  blant\nelever på 10. trinn ", "Hilde Helsesen")
    items = await desk.add_agenda(key, "rusbruk blant elever på 10. trinn", "Per Patrulje")  # again
    assert [(i.text, i.by) for i in items] == [
        ("Rusbruk blant elever på 10. trinn", "Hilde Helsesen")
    ]
    stored = await desk.repos.store.get(NAMESPACE, key)
    assert set(stored) == {"agenda"} and set(stored["agenda"][0]) == {"text", "by", "at"}


async def test_a_long_sak_is_cut_at_500_characters(desk) -> None:
    [item] = await desk.add_agenda("testvik:fagteam:2026-03-31", "Nattevandring " * 60, "Per")
    assert len(item.text) == AGENDA_MAX_CHARS and item.text.endswith("…")


async def test_the_saksliste_takes_at_most_30_saker(desk) -> None:
    key = "testvik:fagteam:2026-03-31"
    for n in range(AGENDA_MAX_ITEMS):
        await desk.add_agenda(key, f"Sak nummer {n + 1}", "Kari Testperson")
    with pytest.raises(MeetingProblem, match="Sakslisten er full"):
        await desk.add_agenda(key, "Sak nummer 31", "Kari Testperson")
    assert len(await desk.agenda(key)) == AGENDA_MAX_ITEMS


async def test_an_empty_sak_or_one_naming_a_child_is_not_kept(desk) -> None:
    key = "testvik:fagteam:2026-03-31"
    with pytest.raises(MeetingProblem, match="Skriv saken"):
        await desk.add_agenda(key, "   ", "Per")
    with pytest.raises(MeetingProblem, match="personopplysninger"):
        await desk.add_agenda(key, "Jonas (14) i 9b har begynt å røyke hasj", "Per")
    assert await desk.agenda(key) == ()


async def test_the_reminder_goes_to_mapped_people_who_have_not_answered(desk) -> None:
    meeting = await desk.meeting("testvik", "fagteam", D(2026, 3, 31))
    invited = desk.invitees("testvik", meeting.group)
    assert [i.name for i in invited] == [
        "Kari Testperson",
        "Hilde Helsesen",
        "Siri Sosial",
        "Per Patrulje",
    ]
    await desk.rsvp(meeting.key, HILDE, "Hilde Helsesen", True)
    await desk.rsvp(meeting.key, KARI, "Kari Testperson", False)
    assert [i.name for i in await desk.not_answered(meeting)] == ["Siri Sosial", "Per Patrulje"]
    # Siri has only an e-mail address, which Teams cannot @mention.
    assert desk.mentions("testvik", meeting.group) == [
        (KARI, "Kari Testperson"),
        (HILDE, "Hilde Helsesen"),
        (PER, "Per Patrulje"),
    ]


async def test_the_sekretar_gets_the_referat_reminder(desk) -> None:
    fagteam = await desk.meeting("testvik", "fagteam", D(2026, 3, 31))
    assert [i.name for i in desk.sekretar(fagteam)] == ["Hilde Helsesen"]
    nettverk = await desk.meeting("testvik", "slt-nettverket", D(2026, 3, 10))  # no sekretær named
    assert [i.name for i in desk.sekretar(nettverk)] == ["Kari Testperson"]


def test_only_the_coordinator_and_admins_may_change_meetings(desk) -> None:
    assert desk.may_manage("testvik", {KARI})
    assert not desk.may_manage("testvik", {PER, HILDE})
    assert desk.may_manage("testvik", {"Admin@Testvik.example"}, admins={"admin@testvik.example"})


def card_click(meeting_key: str, verb: Verb, **inputs: str) -> dict[str, str]:
    kommune, group, _ = meeting_key.split(":")
    return {"kommune": kommune, "group": group, "meeting": meeting_key, "verb": verb, **inputs}


async def test_a_member_answers_on_the_card(desk) -> None:
    key = "testvik:fagteam:2026-03-31"
    yes = await apply_card_action(
        desk, card_click(key, Verb.MEETING_RSVP_YES), user_id=PER, name="Per Patrulje", now=NOW
    )
    assert yes.accepted and yes.notice == "Takk, Per Patrulje! Registrert: kommer."
    sak = await apply_card_action(
        desk,
        card_click(key, Verb.MEETING_AGENDA, agenda_item="Ny rusmiddelsituasjon i sentrum"),
        user_id=PER,
        name="Per Patrulje",
        now=NOW,
    )
    assert sak.accepted and (await desk.agenda(key))[0].by == "Per Patrulje"
    empty = await apply_card_action(
        desk, card_click(key, Verb.MEETING_AGENDA), user_id=PER, name="Per", now=NOW
    )
    assert not empty.accepted and "Skriv saken" in empty.notice


async def test_a_click_after_the_meeting_or_on_a_cancelled_one_changes_nothing(desk) -> None:
    key = "testvik:slt-nettverket:2026-03-10"
    late = await apply_card_action(
        desk, card_click(key, Verb.MEETING_RSVP_NO), user_id=PER, name="Per", now=at("2026-03-11")
    )
    assert not late.accepted and "over" in late.notice
    await desk.cancel(key, KARI)
    cancelled = await apply_card_action(
        desk, card_click(key, Verb.MEETING_RSVP_YES), user_id=PER, name="Per", now=NOW
    )
    assert not cancelled.accepted and cancelled.notice == "Møtet er avlyst."
    assert (await desk.attendance(key)).answered == frozenset()


async def test_a_forged_card_payload_is_refused(desk) -> None:
    forged = card_click("testvik:fagteam:2026-03-31", Verb.MEETING_RSVP_YES)
    forged["group"] = "politiradet"
    with pytest.raises(MeetingProblem, match="møte jeg ikke kjenner"):
        await apply_card_action(desk, forged, user_id=PER, name="Per", now=NOW)
    with pytest.raises(MeetingProblem):
        await apply_card_action(
            desk,
            card_click("testvik:fagteam:2026-03-30", Verb.MEETING_RSVP_YES),
            user_id=PER,
            name="Per",
            now=NOW,
        )


# -- when the bot sends -----------------------------------------------------------------------


async def test_a_monday_meeting_is_reminded_on_friday_and_called_a_week_before(desk) -> None:
    meeting = await desk.meeting("testvik", "slt-nettverket", D(2026, 5, 11))  # Monday
    sends = send_times(meeting)
    assert sends.call_at == at("2026-05-04")
    assert sends.reminder_at == at("2026-05-08", "12:00")
    assert sends.minutes_at == at("2026-05-11", "11:30")


async def test_a_call_day_on_a_weekend_moves_back_to_friday(desk) -> None:
    meeting = await desk.meeting("testvik", "slt-nettverket", D(2026, 6, 26))  # Friday
    sends = send_times(meeting, call_days=6)  # Saturday 20 June
    assert sends.call_at == at("2026-06-19")


async def test_a_changed_meeting_gets_new_ledger_keys(desk) -> None:
    meeting = await desk.meeting("testvik", "politiradet", D(2026, 5, 12))
    assert ledger_key("meeting_call", meeting) == "meeting_call:testvik:politiradet:2026-05-12:0"
    moved = await desk.move(meeting.key, at("2026-05-12", "13:00"), KARI)
    assert ledger_key("meeting_call", moved) != ledger_key("meeting_call", meeting)


# -- commands in plain Norwegian --------------------------------------------------------------

CALLS = [
    ("innkall fagteam 12. mars kl 9", "fagteam", D(2026, 3, 12), dt.time(9, 0)),
    ("innkall politirådet 3.4 kl 10:30", "politiradet", D(2026, 4, 3), dt.time(10, 30)),
    (
        "kall inn slt-nettverket 15. januar 2027 klokka 9",
        "slt-nettverket",
        D(2027, 1, 15),
        dt.time(9, 0),
    ),
    ("Innkall Fagteamet 12.03 kl. 09:30", "fagteam", D(2026, 3, 12), dt.time(9, 30)),
    ("innkall fagteamet 12.3.2027 kl 9", "fagteam", D(2027, 3, 12), dt.time(9, 0)),
    ("kalle inn politiradet på tirsdag klokka 14", "politiradet", D(2026, 3, 3), dt.time(14, 0)),
    ("innkall fagteam tirsdag kl 13", "fagteam", D(2026, 3, 3), dt.time(13, 0)),
    ("innkall fagteam på mandag kl 13", "fagteam", D(2026, 3, 9), dt.time(13, 0)),
    ("innkall styringsgruppa 1. februar", "politiradet", D(2027, 2, 1), None),
    (
        "kan du kalle inn koordineringsgruppa 20. mai kl 12.15",
        "slt-nettverket",
        D(2026, 5, 20),
        dt.time(12, 15),
    ),
    ("innkall fagteam i dag kl 15", "fagteam", D(2026, 3, 2), dt.time(15, 0)),
    ("innkall fagteam i overmorgen kl 8", "fagteam", D(2026, 3, 4), dt.time(8, 0)),
    ("innkall utførende nivå 7. sept kl 9", "fagteam", D(2026, 9, 7), dt.time(9, 0)),
    ("innkall utforende niva 7 september kl 9", "fagteam", D(2026, 9, 7), dt.time(9, 0)),
    ("<at>SLT-boten</at> innkall fagteam 12. mars kl 9", "fagteam", D(2026, 3, 12), dt.time(9, 0)),
    ("innkall fagteam 2026-03-12 14:00", "fagteam", D(2026, 3, 12), dt.time(14, 0)),
    ("innkall politirådsmøte 5. mai kl 9", "politiradet", D(2026, 5, 5), dt.time(9, 0)),
    ("send innkalling til fagteamet 12/3 kl 9", "fagteam", D(2026, 3, 12), dt.time(9, 0)),
]


@pytest.mark.parametrize(("text", "group", "day", "time"), CALLS)
def test_the_coordinator_calls_a_meeting(index, text, group, day, time) -> None:
    parsed = parse(text, TODAY, GroupNames.of(index))
    assert parsed == Command("call", group, when=When(day=day, time=time))


def test_a_hastemote_without_a_group_asks_which_group(index) -> None:
    parsed = parse("innkall til hastemøte i morgen kl 14", TODAY, GroupNames.of(index))
    assert isinstance(parsed, Clarification)
    assert "tirsdag 3. mars kl. 14:00" in parsed.understood
    assert parsed.question.startswith("Hvilken gruppe")
    assert all(o.text.startswith("innkall hastemøte ") for o in parsed.options)


def test_in_jevnaker_hastemote_is_a_group_of_its_own(kb: KnowledgeBase) -> None:
    groups = GroupNames.of(kb.kommuner["jevnaker"])
    parsed = parse("innkall til hastemøte i morgen kl 14", TODAY, groups)
    assert isinstance(parsed, Command)
    assert parsed.group_id == "hastemote" and parsed.urgent


def test_fagteam_means_the_utforende_level_in_valer(kb: KnowledgeBase) -> None:
    groups = GroupNames.of(kb.kommuner["valer"])
    parsed = parse("innkall fagteam 12. mars kl 9", TODAY, groups)
    assert isinstance(parsed, Command) and parsed.group_id == "utovende-niva"


CANCELS = [
    ("avlys neste politiråd", "politiradet", None),
    ("avlys fagteammøtet 12. mars", "fagteam", D(2026, 3, 12)),
    ("avlys møtet i fagteamet 31.3", "fagteam", D(2026, 3, 31)),
    ("Avlys SLT-nettverksmøtet 10. mars", "slt-nettverket", D(2026, 3, 10)),
    ("kanseller politirådet", "politiradet", None),
    ("vennligst avlys styringsgruppemøtet 12. mai", "politiradet", D(2026, 5, 12)),
    ("avlys neste møte i politirådet", "politiradet", None),
]


@pytest.mark.parametrize(("text", "group", "day"), CANCELS)
def test_the_coordinator_cancels_a_meeting(index, text, group, day) -> None:
    assert parse(text, TODAY, GroupNames.of(index)) == Command("cancel", group, which=day)


MOVES = [
    ("flytt neste fagteam til 20.3 kl 9", "fagteam", None, When(D(2026, 3, 20), dt.time(9))),
    (
        "flytt fagteammøtet 31. mars til 2. april",
        "fagteam",
        D(2026, 3, 31),
        When(D(2026, 4, 2)),
    ),
    ("flytt neste politiråd til kl 11", "politiradet", None, When(time=dt.time(11))),
    ("utsett slt-nettverket til 17.3", "slt-nettverket", None, When(D(2026, 3, 17))),
    (
        "flytt fagteamet til torsdag kl. 12:30",
        "fagteam",
        None,
        When(weekday=3, time=dt.time(12, 30)),
    ),
    ("flytt neste møte i fagteamet en uke", "fagteam", None, When(shift_days=7)),
]


@pytest.mark.parametrize(("text", "group", "day", "when"), MOVES)
def test_the_coordinator_moves_a_meeting(index, text, group, day, when) -> None:
    assert parse(text, TODAY, GroupNames.of(index)) == Command("move", group, day, when)


async def test_a_move_to_a_weekday_lands_in_the_meetings_own_week(desk, index) -> None:
    old, new = await move(desk, index, "flytt neste fagteam til torsdag")  # from Tuesday 31 March
    assert old.day == D(2026, 3, 31) and new.start == at("2026-04-02")


def test_flytt_motet_without_a_group_asks_which(index) -> None:
    parsed = parse("flytt møtet til 14. april kl 10", TODAY, GroupNames.of(index))
    assert isinstance(parsed, Clarification) and "Hvilken gruppe" in parsed.question


@pytest.mark.parametrize(
    "text",
    [
        "hva er været i morgen",
        "hvem kaller inn til politirådet?",
        "når er neste fagteammøte",
        "møteplan",
        "jeg vil avlyse ferien",
    ],
)
def test_questions_and_chatter_are_not_commands(index, text) -> None:
    assert parse(text, TODAY, GroupNames.of(index)) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("innkall", "Hvilken gruppe"),
        ("innkall banan kl 9", "Hvilken gruppe"),
        ("innkall fagteam kl 9", "Hvilken dag?"),
        ("innkall fagteam 12. smurf kl 9", "Hvilken dag?"),
        ("avlys", "Hvilken gruppe"),
        ("flytt neste fagteam", "Når skal møtet flyttes til?"),
    ],
)
def test_a_command_missing_something_says_what(index, text, asks) -> None:
    parsed = parse(text, TODAY, GroupNames.of(index))
    assert isinstance(parsed, Clarification) and parsed.question.startswith(asks)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("innkall fagteam 31. februar", "31. februar finnes ikke."),
        ("innkall fagteam 12. mars kl 25", "Klokkeslettet 25:00 finnes ikke."),
        ("innkall fagteam 13.13", "Måned 13 finnes ikke."),
        ("innkall fagteam 12.03.2025", "onsdag 12. mars 2025 har allerede vært."),
    ],
)
def test_an_impossible_date_or_time_is_named(index, text, problem) -> None:
    parsed = parse(text, TODAY, GroupNames.of(index))
    assert isinstance(parsed, Clarification) and parsed.question == problem


# -- answers: møteplan, årshjul, neste møte ---------------------------------------------------


async def test_the_arshjul_lists_every_meeting_by_month_with_the_calendar_link(desk, index) -> None:
    await desk.cancel("testvik:politiradet:2026-05-12", KARI)
    reply = await meeting_plan_reply(desk, index, 2026, "https://bot.example/ics/abc/2026.ics")
    assert reply.intent == "meeting_plan"
    assert reply.facts == {
        "year": 2026,
        "span": "2026",
        "meetings": 19,
        "cancelled": 1,
        "ics": True,
    }
    assert reply.text.startswith("Årshjul – Testvik")
    assert "Mars:\n- tirsdag 10.03 kl 09:00: SLT-nettverket\n" in reply.text
    assert "- tirsdag 12.05 kl 09:00: Politirådet – Rådhuset, møterom 1 (AVLYST)" in reply.text
    assert "Kalenderfil (.ics): https://bot.example/ics/abc/2026.ics" in reply.text
    assert "Juli:" not in reply.text
    button = reply.cards[0]["actions"][0]
    assert button == {
        "type": "Action.OpenUrl",
        "title": "Legg i kalender (.ics)",
        "url": "https://bot.example/ics/abc/2026.ics",
    }


async def test_the_arshjul_asked_in_december_runs_twelve_months_from_today(desk, index) -> None:
    reply = await meeting_plan_reply(
        desk, index, 2026, "https://bot.example/c.ics", today=dt.date(2026, 12, 1)
    )
    assert reply.facts["span"] == "desember 2026 – november 2027"
    assert "Januar 2027:" in reply.text and "Mars 2026" not in reply.text
    titles = [a["title"] for a in reply.cards[0]["actions"]]
    assert titles == ["Legg i kalender (2026)", "Legg i kalender (2027)"]
    assert reply.cards[0]["actions"][1]["url"] == "https://bot.example/c.ics?year=2027"


async def test_the_arshjul_without_a_link_and_for_a_year_outside_the_plan(desk, index) -> None:
    reply = await meeting_plan_reply(desk, index, 2026, None)
    assert ".ics" not in reply.text and reply.facts["ics"] is False
    await call(desk, index, "innkall fagteam 12. mars kl 9")
    assert (
        "torsdag 12.03 kl 09:00: Fagteamet (ekstra møte)"
        in (await meeting_plan_reply(desk, index, 2026, None)).text
    )


async def test_nar_er_neste_fagteammote(desk, index) -> None:
    reply = await next_meeting_reply(desk, index, "fagteam", NOW)
    assert reply.intent == "next_meeting" and reply.facts["meeting"] == "testvik:fagteam:2026-03-31"
    assert "Fagteamet møtes tirsdag 31. mars 2026 kl 09:00." in reply.text
    assert "- Sekretær: Helsesykepleier (Hilde Helsesen)" in reply.text
    assert "regnet ut fra «hver 6. uke»" in reply.text


async def test_neste_mote_without_a_group_lists_each_groups_next(desk, index) -> None:
    reply = await next_meeting_reply(desk, index, None, NOW)
    assert reply.facts["meetings"] == [
        "testvik:slt-nettverket:2026-03-10",
        "testvik:fagteam:2026-03-31",
        "testvik:politiradet:2026-05-12",
    ]


async def test_a_group_that_meets_when_needed_has_no_next_meeting(kb: KnowledgeBase) -> None:
    desk = MeetingDesk(
        kb, Repositories.over(SqliteStore.open(":memory:")), {}, clock=FixedClock(NOW)
    )
    reply = await next_meeting_reply(desk, kb.kommuner["valer"], "bti-mote", NOW)
    assert reply.facts["meeting"] is None
    assert "ingen planlagte møter framover (ved bekymring for enkeltungdom)" in reply.text


async def test_the_bundled_kommuner_give_an_arshjul(kb: KnowledgeBase) -> None:
    desk = MeetingDesk(
        kb, Repositories.over(SqliteStore.open(":memory:")), {}, clock=FixedClock(NOW)
    )
    for kommune_id, index in kb.kommuner.items():
        reply = await meeting_plan_reply(desk, index, 2026, None)
        assert reply.facts["meetings"] == len(
            meetings_for_year(index.kommune, 2026, desk.calendar_for(kommune_id))
        ), kommune_id
