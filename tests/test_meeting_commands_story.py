"""The coordinator's meeting commands over HTTP, as written in the channel (Testvik, made up).

Tuesday 3 February 2026, 09:05 (Europe/Oslo): Politirådet meets next on Tuesday 10 February
at 09:00. Commands are written with an @mention in the team's channel; buttons are clicked
as Action.Execute invokes.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil.activities import card_action, message
from tests.auxil.connector import FakeConnector
from tests.auxil.room import KOORDINATOR, Room, at
from tests.test_meetings_e2e import ORDFORER, posts, room_at


@pytest.fixture
async def room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    opened, server = await room_at(settings, testvik, connector, at("2026-02-03"))
    yield opened
    await opened.server.session.close()
    await server.close()


async def say(room: Room, text: str, person: dict[str, Any] = KOORDINATOR) -> str:
    """Write in the channel; everything the bot posted for it, as one string."""
    before = len(room.connector.sent())
    await room.server.post(
        message(text, room.connector.url, scope="channel", mention=True, sender=person)
    )
    await room.runtime.handler.drain()
    return json.dumps(room.connector.sent()[before:], ensure_ascii=False)


async def press(room: Room, data: dict[str, Any], person: dict[str, Any] = KOORDINATOR) -> str:
    """Click a button the bot sent (its Action.Execute data)."""
    verb = data["verb"]
    response = await room.server.post(
        card_action(verb, data, room.connector.url, scope="channel", sender=person)
    )
    assert response.status == 200
    body = await response.json()
    await room.runtime.handler.drain()
    return json.dumps(body, ensure_ascii=False)


def buttons(answer: str) -> dict[str, dict[str, Any]]:
    """The buttons of the card in a reply, by title."""
    found: dict[str, dict[str, Any]] = {}
    for activity in json.loads(answer):
        for attachment in activity.get("attachments") or []:
            for action in attachment["content"].get("actions", []):
                found[action["title"]] = action["data"]
    return found


async def test_the_long_form_cancels_that_meeting_and_says_for_whom(room: Room) -> None:
    answer = await say(room, "avlys neste møte i politirådet")
    assert "Møtet i Politirådet tirsdag 10. februar kl 09:00 er avlyst" in answer
    assert "Olga Ordfører" in answer and "Per Politikontakt" in answer  # who is told
    assert posts(room, "Møtet i Politirådet tirsdag 10. februar kl 09:00 er avlyst")


async def test_a_move_with_date_and_time_moves_it_and_says_exactly_what_changed(
    room: Room,
) -> None:
    answer = await say(room, "flytt neste møte i politiråd til 12.2 kl 10")
    assert (
        "Flyttet: Politirådet fra tirsdag 10. februar kl 09:00 til torsdag 12. februar kl 10:00"
        in answer
    )
    assert posts(room, "Innkalling: Politirådet torsdag 12. februar kl 10:00")


async def test_relative_moves_by_a_week_and_to_a_weekday(room: Room) -> None:
    answer = await say(room, "flytt neste politiråd en uke")
    assert "fra tirsdag 10. februar kl 09:00 til tirsdag 17. februar kl 09:00" in answer
    answer = await say(room, "flytt neste politiråd til torsdag")
    assert "fra tirsdag 17. februar kl 09:00 til torsdag 19. februar kl 09:00" in answer


async def test_a_call_on_a_saturday_asks_first_and_only_yes_calls(room: Room) -> None:
    asked = await say(room, "innkall fagteam 7.2 kl 10")
    assert "7. februar er en lørdag – vil du likevel kalle inn?" in asked
    assert not posts(room, "Innkalling: Fagteamet")
    choice = buttons(asked)
    assert set(choice) == {"Ja, kall inn", "Nei, la være"}
    no = await press(room, choice["Nei, la være"])
    assert "endrer ingenting" in no and not posts(room, "Innkalling: Fagteamet")
    yes = await press(room, choice["Ja, kall inn"])
    assert "Innkalling til Fagteamet lørdag 7. februar kl 10:00" in yes
    assert posts(room, "Innkalling: Fagteamet lørdag 7. februar kl 10:00")


async def test_a_public_holiday_asks_first_too(room: Room) -> None:
    asked = await say(room, "innkall politirådet 2.4 kl 10")
    assert "2. april er skjærtorsdag – vil du likevel kalle inn?" in asked
    moved = await say(room, "flytt neste politiråd til 24.12")
    assert "24. desember" in moved and "vil du likevel flytte møtet dit?" in moved
    assert not posts(room, "er flyttet")


async def test_a_command_without_a_group_asks_with_buttons_and_does_nothing_meanwhile(
    room: Room,
) -> None:
    asked = await say(room, "avlys neste møte")
    assert "Jeg forstod: avlyse neste møte." in asked
    assert not posts(room, "er avlyst")
    choice = buttons(asked)
    assert {"Politirådet", "SLT-nettverket", "Fagteamet"} <= set(choice)
    done = await press(room, choice["Politirådet"])
    assert "Møtet i Politirådet tirsdag 10. februar kl 09:00 er avlyst" in done


async def test_what_is_not_understood_is_said_back_never_done(room: Room) -> None:
    bad = await say(room, "flytt neste politiråd til 30.2 kl 10")
    assert "30. februar finnes ikke" in bad and "Jeg forstod" in bad
    no_day = await say(room, "innkall fagteam")
    assert "Hvilken dag?" in no_day
    assert not posts(room, "er flyttet") and not posts(room, "Innkalling: Fagteamet")


async def test_only_the_coordinator_may_press_the_buttons_too(room: Room) -> None:
    asked = await say(room, "innkall fagteam 7.2 kl 10")
    refused = await press(room, buttons(asked)["Ja, kall inn"], person=ORDFORER)
    assert "koordinator" in refused.lower()
    assert not posts(room, "Innkalling: Fagteamet")


def test_verbs_are_shared_with_the_cards() -> None:
    assert Verb.MEETING_COMMAND == "meeting.command"
