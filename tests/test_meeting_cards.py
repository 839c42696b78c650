"""The meeting cards as Teams receives them: valid Adaptive Cards 1.5, @mentions that Teams
can resolve, and a call card that shows the same state to everyone in the channel.

The people are made up; Testvik is the made-up fixture kommune.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest

from bot.clock import OSLO, FixedClock
from bot.features.meetings import MeetingDesk
from bot.features.meetings.model import AGENDA_MAX_CHARS, Attendance, Meeting
from bot.features.meetings.present import (
    call_card_view,
    minutes_card_view,
    reminder_card_view,
)
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.storage import Repositories
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from cards import signing
from cards.meeting import (
    call_card,
    meeting_reminder_card,
    minutes_reminder_card,
)
from cards.verbs import Verb
from tests.auxil.cards import validate_card
from tests.conftest import FIXTURES

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)
KARI = ("aad-kari", "Kari Testperson")
HILDE = ("hilde@testvik.example", "Hilde Helsesen")
PER = ("aad-per", "Per Patrulje")


@pytest.fixture
def desk() -> MeetingDesk:
    kb = KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)
    people = [
        Person(role="SLT-koordinator", name=KARI[1], aad_object_id=KARI[0]),
        Person(role="Helsesykepleier", name=HILDE[1], upn=HILDE[0]),
        Person(role="Politikontakt", name=PER[1], aad_object_id=PER[0]),
    ]
    by_role = {fold(p.role): (p,) for p in people}
    mapping = {"testvik": PeopleMap("testvik", by_role)}
    return MeetingDesk(
        kb, Repositories.over(SqliteStore.open(":memory:")), mapping, clock=FixedClock(NOW)
    )


@pytest.fixture
async def fagteam(desk: MeetingDesk) -> Meeting:
    return await desk.meeting("testvik", "fagteam", dt.date(2026, 3, 31))


def assert_valid(card: dict[str, Any]) -> None:
    """Valid for Teams: Adaptive Card 1.5, and every ``<at>`` tag has its mention entity."""
    assert validate_card(card) == []


def texts(card: dict[str, Any]) -> str:
    return "\n".join(
        item.get("text", "") for item in card["body"] if item.get("type") == "TextBlock"
    )


def card_facts(card: dict[str, Any]) -> dict[str, str]:
    return {
        fact["title"]: fact["value"]
        for item in card["body"]
        if item["type"] == "FactSet"
        for fact in item["facts"]
    }


async def test_the_call_for_fagteamet_says_what_when_where_and_who(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    card = call_card(call_card_view(await desk.call_view(fagteam)))
    assert_valid(card)
    assert card["body"][0]["text"] == "Innkalling: Fagteamet tirsdag 31. mars kl 09:00"
    facts = card_facts(card)
    assert facts["Tid"] == "tirsdag 31. mars 2026 kl 09:00–10:30"
    assert facts["Innkaller"] == "SLT-koordinator (Kari Testperson)"
    assert facts["Møteleder"] == "SLT-koordinator (Kari Testperson)"
    assert facts["Sekretær"] == "Helsesykepleier (Hilde Helsesen)"
    body = texts(card)
    assert "Ingen saker ennå." in body and "Påmeldt: 0 kommer, 0 kommer ikke" in body
    assert "Medlemmer: Helsesykepleier, Sosiallærer, Politikontakt, Ungdomskontakt" in body
    assert "<at>Kari Testperson</at>, <at>Hilde Helsesen</at>, <at>Per Patrulje</at>" in body
    assert [e["mentioned"]["id"] for e in card["msteams"]["entities"]] == [
        KARI[0],
        HILDE[0],
        PER[0],
    ]
    assert card["msteams"]["width"] == "Full"


async def test_the_call_has_a_sak_field_and_three_buttons_that_name_the_meeting(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    card = call_card(call_card_view(await desk.call_view(fagteam)))
    [field] = [item for item in card["body"] if item["type"] == "Input.Text"]
    assert field["id"] == "agenda_item" and field["placeholder"] == "Sak du vil melde inn"
    assert field["maxLength"] == AGENDA_MAX_CHARS
    data = {"kommune": "testvik", "group": "fagteam", "meeting": "testvik:fagteam:2026-03-31"}
    buttons = {a["title"]: a for a in card["actions"]}
    assert list(buttons) == ["Kommer", "Kommer ikke", "Meld inn sak"]
    for title, verb in [
        ("Kommer", Verb.MEETING_RSVP_YES),
        ("Kommer ikke", Verb.MEETING_RSVP_NO),
        ("Meld inn sak", Verb.MEETING_AGENDA),
    ]:
        action = buttons[title]
        assert action["type"] == "Action.Execute" and action["verb"] == verb
        assert action["data"] == signing.sign({**data, "verb": str(verb)})  # also Action.Submit
    # Only "Meld inn sak" sends the typed text along.
    assert buttons["Kommer"]["associatedInputs"] == "none"
    assert "associatedInputs" not in buttons["Meld inn sak"]


async def test_every_answer_shows_on_the_same_card_for_everyone(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    await desk.rsvp(fagteam.key, PER[0], PER[1], True)
    await desk.rsvp(fagteam.key, HILDE[0], HILDE[1], True)
    await desk.rsvp(fagteam.key, KARI[0], KARI[1], False)
    await desk.add_agenda(fagteam.key, "Uro ved kjøpesenteret i helgene", PER[1])
    await desk.add_agenda(fagteam.key, "Oppfølging av Utsett!-foreldremøtene", HILDE[1])
    card = call_card(
        call_card_view(
            await desk.call_view(fagteam), notice="Takk, Per Patrulje! Registrert: kommer."
        )
    )
    assert_valid(card)
    body = texts(card)
    assert "Påmeldt: 2 kommer, 1 kommer ikke" in body
    assert "Kommer: Hilde Helsesen, Per Patrulje" in body
    assert "Kommer ikke: Kari Testperson" in body
    assert "- Uro ved kjøpesenteret i helgene (meldt inn av Per Patrulje)" in body
    assert "- Oppfølging av Utsett!-foreldremøtene (meldt inn av Hilde Helsesen)" in body
    assert "Takk, Per Patrulje! Registrert: kommer." in body


async def test_a_cancelled_meeting_is_avlyst_and_has_no_buttons(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    card = call_card(call_card_view(await desk.call_view(await desk.cancel(fagteam.key, KARI[0]))))
    assert_valid(card)
    assert card["body"][0]["text"] == "AVLYST: Fagteamet tirsdag 31. mars kl 09:00"
    assert "Møtet er avlyst." in texts(card)
    assert "actions" not in card
    assert not any(item["type"].startswith("Input.") for item in card["body"])


async def test_the_old_card_of_a_moved_meeting_points_to_the_new_time(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    new = await desk.move(fagteam.key, dt.datetime(2026, 4, 14, 10, tzinfo=OSLO), KARI[0])
    old = await desk.meeting("testvik", "fagteam", dt.date(2026, 3, 31))
    old_card = call_card(call_card_view(await desk.call_view(old)))
    assert_valid(old_card)
    assert old_card["body"][0]["text"].startswith("FLYTTET: Fagteamet")
    assert "flyttet til tirsdag 14. april 2026 kl 10:00" in texts(old_card)
    assert "actions" not in old_card
    new_card = call_card(call_card_view(await desk.call_view(new)))
    assert_valid(new_card)
    assert new_card["body"][0]["text"] == "Innkalling: Fagteamet tirsdag 14. april kl 10:00"
    assert "Flyttet fra tirsdag 31. mars." in texts(new_card)


async def test_a_hastemote_with_a_teams_link(desk: MeetingDesk) -> None:
    meeting = await desk.call_adhoc(
        "testvik",
        "fagteam",
        dt.datetime(2026, 3, 3, 14, tzinfo=OSLO),
        urgent=True,
        teams_link="https://teams.example/l/meetup-join/abc",
    )
    card = call_card(call_card_view(await desk.call_view(meeting)))
    assert_valid(card)
    assert card["body"][0]["text"] == "Hasteinnkalling: Fagteamet tirsdag 3. mars kl 14:00"
    assert card_facts(card)["Teams-lenke"] == (
        "[Bli med i Teams-møtet](https://teams.example/l/meetup-join/abc)"
    )
    assert "Sted" not in card_facts(card)


async def test_a_call_without_mapped_people_has_no_mentions() -> None:
    kb = KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)
    desk = MeetingDesk(
        kb, Repositories.over(SqliteStore.open(":memory:")), {}, clock=FixedClock(NOW)
    )
    politiradet = await desk.meeting("testvik", "politiradet", dt.date(2026, 5, 12))
    card = call_card(call_card_view(await desk.call_view(politiradet)))
    assert_valid(card)
    assert "entities" not in card["msteams"] and "<at>" not in json.dumps(card)
    assert card_facts(card)["Sted"] == "Rådhuset, møterom 1"


async def test_the_same_person_twice_is_mentioned_once(desk: MeetingDesk, fagteam: Meeting) -> None:
    view = call_card_view(await desk.call_view(fagteam))
    card = call_card(replace(view, mentions=(PER, PER, ("", "Uten id"))))
    assert_valid(card)
    assert [e["text"] for e in card["msteams"]["entities"]] == ["<at>Per Patrulje</at>"]


async def test_the_day_before_those_who_have_not_answered_are_reminded(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    await desk.rsvp(fagteam.key, HILDE[0], HILDE[1], True)
    waiting = [(i.mention_id, i.name) for i in await desk.not_answered(fagteam) if i.mention_id]
    card = meeting_reminder_card(
        reminder_card_view(fagteam, await desk.attendance(fagteam.key), waiting)
    )
    assert_valid(card)
    assert card["body"][0]["text"] == "Påminnelse: Fagteamet tirsdag 31. mars kl 09:00"
    assert "<at>Per Patrulje</at>" in texts(card)
    # Kari, the SLT-koordinator, calls the fagteam: she is not nudged about her own meeting.
    assert "Kari Testperson" not in json.dumps(card, ensure_ascii=False)
    assert "Hilde" not in json.dumps(card, ensure_ascii=False)
    assert [a["verb"] for a in card["actions"]] == [Verb.MEETING_RSVP_YES, Verb.MEETING_RSVP_NO]


async def test_a_reminder_for_a_cancelled_meeting_has_no_buttons(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    cancelled = await desk.cancel(fagteam.key, KARI[0])
    card = meeting_reminder_card(reminder_card_view(cancelled, Attendance(), []))
    assert_valid(card)
    assert "actions" not in card and "Møtet er avlyst." in texts(card)


async def test_the_sekretar_is_reminded_to_post_the_referat(
    desk: MeetingDesk, fagteam: Meeting
) -> None:
    await desk.add_agenda(fagteam.key, "Uro ved kjøpesenteret i helgene", PER[1])
    await desk.rsvp(fagteam.key, PER[0], PER[1], True)
    sekretar = [(i.mention_id, i.name) for i in desk.sekretar(fagteam) if i.mention_id]
    card = minutes_reminder_card(
        minutes_card_view(
            fagteam,
            sekretar=sekretar,
            agenda=await desk.agenda(fagteam.key),
            attendance=await desk.attendance(fagteam.key),
        )
    )
    assert_valid(card)
    assert card["body"][0]["text"] == "Husk å legge ut referat fra Fagteamet tirsdag 31. mars"
    assert card["msteams"]["entities"][0]["mentioned"] == {"id": HILDE[0], "name": HILDE[1]}
    assert card_facts(card)["Påmeldt"] == "Per Patrulje"  # signed up: not «came»
    assert "- Uro ved kjøpesenteret i helgene (meldt inn av Per Patrulje)" in texts(card)
    assert "actions" not in card


def test_a_minutes_reminder_without_a_mapped_sekretar_is_still_valid(fagteam: Meeting) -> None:
    card = minutes_reminder_card(minutes_card_view(fagteam))
    assert_valid(card)
    assert "entities" not in card["msteams"]
