"""What walk80 found walking the three kommuner over HTTP as teacher, nurse, police contact,
coordinator and ansvarlig (session 36), each fixed by class.

- The coordinator's «status handlingsplan» was 2,000–3,400 characters: five headings with
  «(0) – Ingen» under them and every «mangler ansvarlig» line. It now opens with what waits
  for her, says the empty lists in one line, and shows a long list's first lines with how many
  more and the question that shows it whole (the count stays in the heading).
- «hej, hvem er politikontakt her i kommunen?» got the fallback: a Swedish greeting was no
  greeting the question is read past, as «hei» is.
- Jevnaker's politiråd «har ingen planlagte møter framover (Møtes 4 ganger i året.)»: a plan
  that says how often but on no day now says so, and who calls the meetings; never a date.
- «flytt» into the next year said «fra tirsdag 10. november til tirsdag 12. januar»: a move
  across a new year names both years; «kan jeg melde inn en sak» and «innkall …» in December
  named January's meeting without its year.
- «avlys neste politiråd» in Jevnaker said «har ingen planlagte møter framover»: a command on
  a group the plan gives a rhythm but no days says so, and who calls its meetings.
- The coordinator's own questions in nynorsk missed: «kva tiltak er forseinka?» got the
  fallback, «kor mange tiltak manglar ansvarleg?» a plan text, «korleis går det med tiltaka?»
  one tiltak; «status handlingsplan takk» read «takk» as a role («Fant ingen tiltak …»).
- «ka heite politikontakten» (Trøndelag) got the fallback: «heite» is «heter».
- The ansvarlig's «hva er fristen min?» in a 1:1 chat got «Jeg finner ikke noe slikt tiltak»,
  and «når er fristen på tiltaket mitt?» every tiltak's deadline: the frist of one's own
  tiltak is the asker's tiltak with their frister.
- «hva er rutinen ved rus?» (and «ka e rutina ved rus?») opened with «Det du spør om står i
  steg 2 («Ring 113 eller 112»)»: the routine's own word pointed at the one step that says
  «resten av rutinen». The word «rutine» asks for the routine, never a step.

Testvik is made up (tests/fixtures/testvik.yaml); every question here is written for this
file, never taken from the evaluation set.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import OSLO
from bot.config import Settings
from bot.features.tiltak.model import Occurrence, Overview, Status
from bot.features.tiltak.status_sections import status_sections
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.routing import SltBot
from bot.text import fold
from tests.auxil.activities import message, user
from tests.auxil.asking import last_reply
from tests.auxil.channel import said_in_channel, visible
from tests.auxil.connector import FakeConnector
from tests.auxil.room import KOORDINATOR, SKOLE, Room, at
from tests.conftest import with_settings
from tests.test_meetings_e2e import meeting_tick, posts, room_at, say

KOORD = user("Kari Testkoordinator", "aad-kari")
DUMP = os.environ.get("WALK80_DUMP")  # a folder: the cards the walk saw, to render and look at


def dumped(name: str, activity: dict[str, Any]) -> None:
    if DUMP:
        for i, attachment in enumerate(activity.get("attachments") or ()):
            path = Path(DUMP) / f"{name}_{i}.json"
            path.write_text(json.dumps(attachment["content"], ensure_ascii=False, indent=1))


def some_people(kb: KnowledgeBase, kommune: str, every: int) -> PeopleMap:
    """A made-up person for every ``every``-th role the kommune's tiltak name: the rest are
    «mangler ansvarlig»."""
    roles = sorted({r for t in kb.kommuner[kommune].kommune.tiltak for r in t.ansvar})
    return PeopleMap(
        kommune,
        {
            fold(role): (Person(role=role, name=f"Testa Testesen {i}", aad_object_id=f"aad-{i}"),)
            for i, role in enumerate(roles)
            if i % every == 0
        },
    )


def card_text(activity: dict[str, Any]) -> str:
    return json.dumps(activity["attachments"][0]["content"], ensure_ascii=False)


async def test_the_coordinators_status_is_read_in_one_look(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    """Jevnaker in January 2026, a third of the roles mapped: two tiltak overdue, nine nobody
    holds. The status opens with what waits, the empty lists share a line, and the nine are
    cut to five lines with the question that lists them all."""
    local = with_settings(settings, admins=frozenset({"aad-kari"}))
    now = dt.datetime(2026, 1, 7, 10, 0, tzinfo=OSLO)
    texts = (
        "koble teamet til jevnaker",
        "status handlingsplan",
        "hvilke tiltak mangler ansvarlig",
    )
    people = {"jevnaker": some_people(kb, "jevnaker", 3)}
    [_, status, missing] = await said_in_channel(
        local, kb, connector, KOORD, texts, now=now, people=people
    )
    dumped("jevnaker_status", status)
    dumped("jevnaker_missing", missing)
    said = visible(status)
    assert said[2].startswith("Trenger handling: 2 er forfalt, 9 mangler ansvarlig."), said[:3]
    assert "(0)" not in card_text(status) and "- Ingen" not in card_text(status)
    assert "Ingen tiltak er meldt «ikke mitt ansvar», har frist" in said[2]
    headings = [
        s for s in said if s.endswith(")") and s.split(" (")[0] in ("Forfalt", "Mangler ansvarlig")
    ]
    assert headings == ["Forfalt (2)", "Mangler ansvarlig (9)"], headings
    body = "\n".join(said)
    assert "… og 3 til – skriv «hvilke tiltak mangler ansvarlig» for hele lista" in body
    assert "Sett ansvarlig" in body  # what she must do is still on the card
    whole = "\n".join(visible(missing))
    assert "… og" not in whole and "Virksomhetsleder hjemmebaserte tjenester" in whole


async def test_the_whole_status_text_stays_short(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    """Nobody mapped in Jevnaker: 23 tiltak without anyone, told in under 1,200 characters."""
    local = with_settings(settings, admins=frozenset({"aad-kari"}))
    now = dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)
    texts = ("koble teamet til jevnaker", "status handlingsplan")
    [_, status] = await said_in_channel(local, kb, connector, KOORD, texts, now=now)
    dumped("jevnaker_status_nobody", status)
    said = "\n".join(visible(status))  # nobody to choose: no «Sett ansvarlig» form either
    assert "Mangler ansvarlig (23)" in said and "… og 16 til" in said, said
    assert len(said) < 1200, len(said)


async def test_an_empty_status_says_nothing_waits(room: Room) -> None:
    """The calm twin: Testvik before any frist, everyone mapped but the Frivilligsentralen."""
    room.clock.at = at("2026-02-03")
    reply = await room.runtime.bot.answer("status handlingsplan", "testvik")
    assert "Trenger handling: 1 mangler ansvarlig." in reply.text, reply.text
    assert "- Ingen" not in reply.text and "(0)" not in reply.text
    late = await room.runtime.bot.answer("hvilke tiltak er forsinket?", "testvik")
    assert "Forfalt (0)" in late.text and "- Ingen" in late.text  # a part asked: whole, even empty


SWEDISH_GREETING = [
    ("valer", "hej, hvem er politikontakt her i kommunen?", "Politikontakt"),
    ("gjesdal", "hej! vem är politikontakt i gjesdal?", "Politikontakt"),
    ("jevnaker", "hejsan, hvem sitter i fagteamet?", "Fagteam"),
    ("valer", "hej hej. vem leder slt-nettverket?", "SLT-nettverket"),
]


@pytest.mark.parametrize(("kommune", "text", "heading"), SWEDISH_GREETING)
def test_a_swedish_greeting_is_read_past(
    bot: SltBot, kommune: str, text: str, heading: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert heading in reply.text.split("\n", 1)[0], (text, reply.intent, reply.text[:200])


@pytest.mark.parametrize("text", ["hej", "hej!", "hejsan"])
def test_a_swedish_greeting_alone_is_greeted(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "greeting", (text, reply.intent, reply.text[:200])


RHYTHM_WITHOUT_DAYS = [
    ("jevnaker", "når er neste møte i politirådet"),
    ("jevnaker", "kva tid møtest politirådet neste gong?"),
    ("jevnaker", "neste politiråd?"),
    ("gjesdal", "når er neste fellesmøte?"),
]


@pytest.mark.parametrize(("kommune", "text"), RHYTHM_WITHOUT_DAYS)
def test_a_rhythm_without_days_is_said_so(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert "men ikke hvilke dager. Derfor har jeg ingen dato for neste møte." in reply.text, (
        text,
        reply.text[:300],
    )
    assert "ingen planlagte møter" not in reply.text


def test_who_calls_a_shared_politirad_is_named(bot: SltBot) -> None:
    reply = last_reply(bot, "når er neste møte i politirådet", "jevnaker")
    assert "Møtene kalles inn av SLT-koordinator Ringerike/Hole." in reply.text, reply.text


@pytest.mark.parametrize(("kommune", "text"), [("valer", "når er neste bti-møte")])
def test_a_group_that_meets_when_needed_has_no_rhythm_to_tell(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert "har ingen planlagte møter framover (ved bekymring for enkeltungdom)" in reply.text


@pytest.fixture
async def november_room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    opened, server = await room_at(settings, testvik, connector, at("2026-11-02"))
    yield opened
    await opened.server.session.close()
    await server.close()


async def test_a_move_into_the_next_year_names_both_years(november_room: Room) -> None:
    room = november_room
    planned = (await room.runtime.bot.answer("når er neste møte i politirådet", "testvik")).text
    assert "november 2026" in planned, planned
    await meeting_tick(room, at("2026-11-03", "09:05"))
    await say(room, "flytt neste politiråd til 12. januar kl 10", KOORDINATOR)
    notice = posts(room, "er flyttet fra")
    assert notice, [r.activity.get("text") for r in room.connector.received][-3:]
    said = json.dumps(notice, ensure_ascii=False)
    assert "november 2026 kl 09:00 til tirsdag 12. januar 2027 kl 10:00" in said, said
    redrawn = [json.dumps(u.activity, ensure_ascii=False) for u in room.connector.updates()]
    assert any("12. januar 2027" in c for c in redrawn), redrawn[-1:]


async def test_a_move_within_the_year_names_no_year(november_room: Room) -> None:
    room = november_room
    await meeting_tick(room, at("2026-11-03", "09:05"))
    await say(room, "flytt neste politiråd til 1. desember kl 10", KOORDINATOR)
    said = json.dumps(posts(room, "er flyttet fra"), ensure_ascii=False)
    assert "til tirsdag 1. desember kl 10:00" in said and "2026" not in said, said


async def test_a_sak_for_next_years_meeting_names_its_year(november_room: Room) -> None:
    room = november_room
    room.clock.at = at("2026-12-14")  # Testvik's next politiråd is in February 2027
    said = (
        await room.runtime.bot.answer("kan jeg melde inn en sak til neste politiråd?", "testvik")
    ).text
    assert said.startswith("Neste møte i Politirådet er tirsdag 9. februar 2027 kl"), said
    room.clock.at = at("2027-01-04")  # the calm twin: the same meeting asked in its own year
    said = (
        await room.runtime.bot.answer("kan jeg melde inn en sak til neste politiråd?", "testvik")
    ).text
    assert "9. februar kl" in said and "2027" not in said, said


COORDINATOR_NYNORSK = [
    ("valer", "kva tiltak er forseinka?", "Tiltak på etterskudd per"),
    ("jevnaker", "kor mange tiltak manglar ansvarleg?", "Tiltak uten ansvarlig per"),
    ("jevnaker", "kva tiltak manglar ein ansvarleg no?", "Tiltak uten ansvarlig per"),
    ("gjesdal", "korleis går det med tiltaka?", "Status for handlingsplanen"),
    ("valer", "status handlingsplan takk", "Status for handlingsplanen"),
    ("gjesdal", "status på handlingsplanen, tusen takk!", "Status for handlingsplanen"),
    ("jevnaker", "hvordan går det med handlingsplanen?", "Status for handlingsplanen"),
]


@pytest.mark.parametrize(("kommune", "text", "title"), COORDINATOR_NYNORSK)
def test_the_coordinators_questions_in_nynorsk_and_with_thanks(
    bot: SltBot, kommune: str, text: str, title: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.text.startswith(title), (text, reply.intent, reply.text[:200])


def test_thanks_after_a_role_still_narrows_to_the_role(bot: SltBot) -> None:
    """The calm twin: «tiltak for helse takk» is the role's list, not the whole plan."""
    reply = last_reply(bot, "tiltak for helse takk", "valer")
    assert reply.text.startswith("Tiltak for Helse"), reply.text[:200]


@pytest.mark.parametrize(
    ("kommune", "text"),
    [("gjesdal", "ka heite politikontakten"), ("jevnaker", "kva heite koordinatoren dokker?")],
)
def test_heite_is_heter(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert "dessverre ikke svare" not in reply.text, (text, reply.text[:200])


ROUTINE_ASKED = [
    ("valer", "hva er rutinen ved rus?"),
    ("valer", "ka e rutina ved rus?"),
    ("valer", "kva er rutina ved rusbekymring?"),
    ("valer", "kan du vise meg rutinen for rus, takk"),
]


@pytest.mark.parametrize(("kommune", "text"), ROUTINE_ASKED)
def test_the_routine_asked_for_is_no_step(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine", (text, reply.intent)
    assert "Det du spør om står i steg" not in reply.text, (text, reply.text[:200])


def test_a_step_asked_of_the_routine_is_still_shown(bot: SltBot) -> None:
    """The calm twin: a question about one step's content still gets that step."""
    reply = last_reply(bot, "hvem skal avhøre barnet ifølge rutinen?", "gjesdal")
    assert "Det du spør om står i steg" in reply.text, reply.text[:300]


async def test_the_coordinators_commands_in_december(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    """Jevnaker on 7 December 2026, over HTTP: a call for January says its year, and a cancel
    of the shared politiråd says why there is nothing to cancel, and who calls it."""
    local = with_settings(settings, admins=frozenset({"aad-kari"}))
    now = dt.datetime(2026, 12, 7, 10, 0, tzinfo=OSLO)
    texts = (
        "koble teamet til jevnaker",
        "avlys neste politiråd",
        "innkall koordineringsgruppa 15. januar kl 10",
    )
    people = {"jevnaker": some_people(kb, "jevnaker", 2)}
    [_, cancel, call] = await said_in_channel(
        local, kb, connector, KOORD, texts, now=now, people=people
    )
    said = "\n".join(visible(cancel))
    assert "men ikke hvilke dager" in said and "SLT-koordinator Ringerike/Hole" in said, said
    called = "\n".join(visible(call))
    assert "Innkalling til Koordineringsgruppe fredag 15. januar 2027 kl 10:00" in called, called


def _occurrences(kb: KnowledgeBase, count: int, status: Status) -> tuple[Occurrence, ...]:
    tiltak = kb.kommuner["valer"].kommune.tiltak[:count]
    return tuple(
        Occurrence("valer", t, dt.date(2026, 6, 15), status=status, answered_by="Testa Testesen")
        for t in tiltak
    )


def test_what_the_coordinator_must_act_on_with_no_question_of_its_own_is_never_cut(
    kb: KnowledgeBase,
) -> None:
    """Seven «ikke mitt ansvar» are all listed (no question shows that list whole); eight due
    soon are the first five and a count; an empty list is no heading."""
    overview = Overview(
        done=(),
        due_soon=_occurrences(kb, 8, Status.OPEN),
        overdue=(),
        not_mine=_occurrences(kb, 7, Status.NOT_MINE),
        missing_owner=(),
    )
    [lead, not_mine, due_soon] = status_sections(overview, None, ended=False)
    assert lead.text is not None and lead.text.startswith("Trenger handling: 7 er meldt")
    assert not_mine.heading == "Meldt «ikke mitt ansvar» (7)" and len(not_mine.items) == 7
    assert due_soon.items[-1] == "… og 3 til" and len(due_soon.items) == 6
    [whole] = status_sections(overview, "overdue", ended=False)  # a part asked: even empty
    assert whole.items == ("Ingen",)


OWN_DEADLINE = [
    "hva er fristen min?",
    "når er fristen min",
    "kva er fristen min?",
    "når er fristen på tiltaket mitt?",
    "hva er fristene mine?",
]


@pytest.mark.parametrize("text", OWN_DEADLINE)
async def test_the_ansvarligs_own_frist_in_a_1_to_1_chat(room: Room, text: str) -> None:
    room.clock.at = at("2026-05-20")
    n = len(room.connector.received)
    await room.server.post(message(text, room.connector.url, scope="personal", sender=SKOLE))
    await room.runtime.handler.drain()
    [said] = [visible(r.activity) for r in room.connector.received[n:] if r.method == "POST"]
    assert said[0] == "Dine tiltak (Virksomhetsleder skole)", (text, said[:3])
    assert any("Tiltak 1:" in s and "frist 15.06.2026" in s for s in said), said


async def test_another_tiltaks_frist_is_still_its_own(room: Room) -> None:
    """The calm twin: a tiltak named by number, or the plan's frister, are not the asker's."""
    room.clock.at = at("2026-05-20")
    said = (await room.runtime.bot.answer("hva er fristen for tiltak 2", "testvik")).text
    assert "Tiltak 2" in said and not said.startswith("Dine tiltak"), said
