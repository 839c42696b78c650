"""Meeting calls end to end: a frozen clock, the real server, a fake Bot Connector (and Graph).

Testvik's politiråd meets Tuesday 10 February 2026 at 09:00; the call goes out seven days
before (Tuesday 3 February, 09:00), the nudge the day before at 12:00, and the referat
reminder to the sekretær (the SLT-koordinator) at 11:30 after the meeting.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil.activities import CHANNEL_ID, card_action, message, user
from tests.auxil.connector import FakeConnector
from tests.auxil.graph import FakeGraph, Sleeps
from tests.auxil.room import KOORDINATOR, PEOPLE, Room, at, open_room
from tests.conftest import with_settings

ORDFORER = user("Olga Ordfører", "aad-ordforer")
POLITI = user("Per Politikontakt", "aad-politi")
MEETING_PEOPLE = {
    **PEOPLE,
    "Ordfører": ("ordforer@testvik.example", ORDFORER),
    "Politikontakt": ("politi@testvik.example", POLITI),
}
MEETING = "testvik:politiradet:2026-02-10"


async def room_at(
    settings: Settings,
    kb: KnowledgeBase,
    connector: FakeConnector,
    when: dt.datetime,
    **changes: Any,
) -> tuple[Room, Any]:
    local = with_settings(
        settings,
        default_kommune="testvik",
        public_base_url="https://slt.testvik.example",
        **changes,
    )
    return await open_room(local, kb, connector, when, MEETING_PEOPLE)


@pytest.fixture
async def room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    opened, server = await room_at(settings, testvik, connector, at("2026-02-03"))
    yield opened
    await opened.server.session.close()
    await server.close()


async def meeting_tick(room: Room, when: dt.datetime) -> list[Any]:
    room.clock.at = when
    return await room.runtime.jobs.run(when, "meetings")


def posts(room: Room, needle: str) -> list[dict[str, Any]]:
    return [
        r.activity
        for r in room.connector.received
        if r.method == "POST" and needle in json.dumps(r.activity, ensure_ascii=False)
    ]


async def click(room: Room, verb: Verb, person: dict[str, Any], **inputs: str) -> dict[str, Any]:
    data = {"kommune": "testvik", "group": "politiradet", "meeting": MEETING, **inputs}
    response = await room.server.post(
        card_action(verb, data, room.connector.url, scope="channel", sender=person)
    )
    assert response.status == 200
    body = await response.json()
    await room.runtime.handler.drain()
    return body


async def test_the_call_is_posted_once_in_the_channel_seven_days_before(room: Room) -> None:
    await meeting_tick(room, at("2026-02-02", "10:00"))
    assert posts(room, "Innkalling") == []  # the day before the call: nothing yet
    await meeting_tick(room, at("2026-02-03", "09:05"))
    await meeting_tick(room, at("2026-02-03", "13:00"))
    [call] = [
        r
        for r in room.connector.received
        if "Innkalling: Politirådet" in json.dumps(r.activity, ensure_ascii=False)
    ]
    assert call.conversation_id == CHANNEL_ID
    card = json.dumps(call.activity["attachments"][0]["content"], ensure_ascii=False)
    assert "Kommer" in card and "Meld inn sak" in card and "<at>Olga Ordfører</at>" in card


async def test_an_rsvp_updates_the_same_card_for_everyone(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    [call] = [r for r in room.connector.received if r.method == "POST"]
    body = await click(room, Verb.MEETING_RSVP_YES, ORDFORER)
    assert "Olga Ordfører" in json.dumps(body["value"], ensure_ascii=False)
    [update] = room.connector.updates()
    assert update.activity_id == call.activity_id  # the posted call itself was redrawn
    assert "1 kommer" in json.dumps(update.activity, ensure_ascii=False)
    await click(room, Verb.MEETING_RSVP_NO, ORDFORER)  # a change of mind counts once
    latest = json.dumps(room.connector.updates()[-1].activity, ensure_ascii=False)
    assert "0 kommer" in latest and "1 kommer ikke" in latest


async def test_an_agenda_item_appears_with_who_proposed_it(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    body = await click(room, Verb.MEETING_AGENDA, POLITI, agenda_item="Trygghetsvandring i vår")
    card = json.dumps(body["value"], ensure_ascii=False)
    assert "Trygghetsvandring i vår" in card and "Per Politikontakt" in card


async def test_the_day_before_those_who_have_not_answered_are_nudged(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    await click(room, Verb.MEETING_RSVP_YES, ORDFORER)
    await meeting_tick(room, at("2026-02-09", "12:05"))
    [nudge] = posts(room, "Påminnelse: Politirådet")
    text = json.dumps(nudge, ensure_ascii=False)
    assert "Per Politikontakt" in text and "Olga Ordfører" not in text


async def test_after_the_meeting_the_sekretar_is_reminded_of_the_referat(room: Room) -> None:
    await meeting_tick(room, at("2026-02-10", "11:35"))
    reminders = posts(room, "referat")
    assert reminders
    to_coordinator = [
        c
        for c in room.connector.created_conversations
        if c["members"][0]["id"] == KOORDINATOR["id"]
    ]
    assert to_coordinator  # Testvik's politiråd has the SLT-koordinator as sekretær


async def test_a_restart_in_the_middle_posts_no_second_call(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> None:
    first, server = await room_at(settings, testvik, connector, at("2026-02-03"))
    await meeting_tick(first, at("2026-02-03", "09:05"))
    await first.server.session.close()
    await server.close()
    second, server = await room_at(settings, testvik, connector, at("2026-02-04"))
    await meeting_tick(second, at("2026-02-04", "09:00"))
    await second.server.session.close()
    await server.close()
    assert len(posts(second, "Innkalling: Politirådet")) == 1


async def say(room: Room, text: str, person: dict[str, Any]) -> None:
    await room.server.post(
        message(text, room.connector.url, scope="channel", mention=True, sender=person)
    )
    await room.runtime.handler.drain()


async def test_only_the_coordinator_may_cancel_and_everyone_is_told(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    await say(room, "avlys neste politiråd", ORDFORER)
    assert posts(room, "Bare SLT-koordinatoren") or posts(room, "koordinator")
    assert not posts(room, "er avlyst")
    await say(room, "avlys neste politiråd", KOORDINATOR)
    assert posts(room, "Møtet i Politirådet tirsdag 10. februar kl 09:00 er avlyst")
    assert "AVLYST" in json.dumps(room.connector.updates()[-1].activity, ensure_ascii=False)


async def test_the_coordinator_calls_an_urgent_meeting_now(room: Room) -> None:
    await say(room, "innkall fagteam 5. februar kl 14", KOORDINATOR)
    assert posts(room, "Innkalling: Fagteamet torsdag 5. februar kl 14:00")


async def test_moving_a_meeting_posts_a_notice_and_a_new_call(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    await say(room, "flytt neste politiråd til 12. februar kl 10", KOORDINATOR)
    assert posts(room, "er flyttet fra tirsdag 10. februar")
    assert posts(room, "Innkalling: Politirådet torsdag 12. februar kl 10:00")


async def test_the_arshjul_links_to_a_calendar_file_with_an_unguessable_token(room: Room) -> None:
    await say(room, "årshjul", ORDFORER)
    [reply] = posts(room, "/calendar/")
    found = re.search(
        r"https://slt\.testvik\.example(/calendar/[A-Za-z0-9_-]{20,}\.ics)",
        json.dumps(reply, ensure_ascii=False),
    )
    assert found, "the årshjul links to the team's calendar file"
    path = found.group(1)
    response = await room.server.session.get(room.server.url + path)
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    assert (await response.text()).count("BEGIN:VEVENT") >= 4
    wrong = await room.server.session.get(room.server.url + "/calendar/gjettet-token.ics")
    assert wrong.status == 404


@pytest.fixture
async def graph_room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector, graph: FakeGraph
) -> AsyncIterator[Room]:
    """The room with Microsoft Graph configured (the fake); the Graph policy's waits are
    recorded in ``waited`` instead of slept."""
    opened, server = await room_at(
        settings, testvik, connector, at("2026-02-03"), graph=graph.settings()
    )
    assert opened.runtime.graph is not None
    opened.runtime.graph.retry.sleep = Sleeps()
    yield opened
    await opened.server.session.close()
    await server.close()


def waited(room: Room) -> list[float]:
    assert room.runtime.graph is not None and isinstance(room.runtime.graph.retry.sleep, Sleeps)
    return room.runtime.graph.retry.sleep.waited


async def test_with_graph_the_call_also_becomes_an_outlook_event_with_a_teams_link(
    graph_room: Room, graph: FakeGraph
) -> None:
    room = graph_room
    await meeting_tick(room, at("2026-02-03", "09:05"))
    [event] = graph.calendar_of("slt@testvik.example")  # the innkaller's calendar
    attendees = json.dumps(event.event, ensure_ascii=False)
    assert "ordforer@testvik.example" in attendees
    assert event.event.get("isOnlineMeeting") is True
    # The call card carries the Teams meeting Graph made, beside «Legg i kalender».
    [call] = posts(room, "Innkalling: Politirådet")
    card = json.dumps(call["attachments"][0]["content"], ensure_ascii=False)
    assert "[Bli med i Teams-møtet](https://teams." in card
    assert "Legg i kalender" in card
    assert not [r for r in room.connector.received if r.method == "PUT"]  # nothing to redraw


async def test_a_graph_outage_at_call_time_is_made_good_at_the_next_tick(
    graph_room: Room, graph: FakeGraph
) -> None:
    """Graph down through every attempt: the call still goes out (with «Legg i kalender»),
    the calendar event waits in the outbox and is made once Graph answers again."""
    room = graph_room
    for _ in range(4):
        graph.fail_next(503)
    await meeting_tick(room, at("2026-02-03", "09:05"))
    assert graph.events == {} and len(waited(room)) == 3
    [call] = posts(room, "Innkalling: Politirådet")
    assert "Legg i kalender" in json.dumps(call, ensure_ascii=False)
    # The channel hears it once: the coordinator can make the Teams meeting by hand.
    [notice] = posts(room, "Jeg fikk ikke lagt Politirådet")
    assert "i Outlook-kalenderen" in notice["text"] and "Legg i kalender" in notice["text"]

    for _ in range(4):
        graph.fail_next(503)
    await meeting_tick(room, at("2026-02-03", "09:10"))  # still down: no second notice
    await meeting_tick(room, at("2026-02-03", "09:15"))

    [event] = graph.calendar_of("slt@testvik.example")
    assert event.event.get("isOnlineMeeting") is True
    assert len([r for r in graph.requests if r.method == "POST"]) == 9  # 8 refused, 1 made
    assert len(posts(room, "Innkalling: Politirådet")) == 1
    assert len(posts(room, "Jeg fikk ikke lagt Politirådet")) == 1
    # The call card posted without it is redrawn in place, now with the Teams meeting.
    [redrawn] = [r.activity for r in room.connector.received if r.method == "PUT"]
    assert "[Bli med i Teams-møtet](https://teams." in json.dumps(redrawn, ensure_ascii=False)


async def test_with_graph_moving_and_cancelling_reach_the_outlook_event(
    graph_room: Room, graph: FakeGraph
) -> None:
    room = graph_room
    await meeting_tick(room, at("2026-02-03", "09:05"))
    [event] = graph.calendar_of("slt@testvik.example")

    await say(room, "flytt neste politiråd til 12. februar kl 10", KOORDINATOR)
    assert event.event["start"]["dateTime"] == "2026-02-12T10:00:00"
    await say(room, "avlys neste politiråd", KOORDINATOR)

    assert event.cancelled and "avlyst" in (event.cancel_comment or "")
    assert [r.method for r in graph.requests] == ["POST", "PATCH", "POST"]
    assert len(graph.calendar_of("slt@testvik.example")) == 1
