"""The user's own kommune in every conversation, over HTTP with a fake Bot Connector.

Per Politikontakt (made up) is in Gjesdal's SLT team. The bot's default kommune is Våler.
When Per writes the bot in a 1:1 chat, the bot must answer for Gjesdal — the kommune of the
linked team he is a member of — not for the default.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from cards.verbs import Verb
from tests.auxil.activities import TEAM_ID, card_action, message, user
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot

PER = user("Per Politikontakt", "aad-per-politi")
KOORD = user("Gina Gjesdalkoordinator", "aad-gina")
OTHER_TEAM = "19:valer-slt@thread.tacv2"
KOORD_PERSON = Person(role="SLT-koordinator", aad_object_id="aad-gina")


def as_member(person: dict[str, Any]) -> dict[str, Any]:
    """A team member as Teams lists it in the roster."""
    return {
        "id": person["id"],
        "name": person["name"],
        "aadObjectId": person["aadObjectId"],
        "userPrincipalName": f"{person['aadObjectId']}@gjesdal.example",
    }


def in_team(
    text: str, url: str, team: str = TEAM_ID, sender: dict[str, Any] = KOORD
) -> dict[str, Any]:
    activity = message(text, url, scope="channel", mention=True, sender=sender)
    activity["channelData"]["team"]["id"] = team
    return activity


async def say(server: BotServer, connector: FakeConnector, activity: dict[str, Any]) -> str:
    """Post one activity and return everything the bot answered, text and cards."""
    before = len(connector.sent())
    response = await server.post(activity)
    assert response.status in (200, 201), await response.text()
    answered = connector.sent()[before:]
    return json.dumps(answered, ensure_ascii=False)


@pytest.fixture
async def bot(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[BotServer]:
    people = {
        "gjesdal": PeopleMap(
            "gjesdal",
            {
                fold("Politikontakt"): (
                    Person(role="Politikontakt", aad_object_id="aad-per-politi"),
                )
            },
        )
    }
    store = SqliteStore.open(settings.database_path)
    server, client = await start_bot(
        settings,
        kb,
        store=store,
        people=people,
        clock=FixedClock(dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)),
    )
    connector.members = [as_member(PER), as_member(KOORD)]
    yield client
    await client.session.close()
    await server.close()


async def link_gjesdal_team(bot: BotServer, connector: FakeConnector) -> None:
    """The coordinator links the team in its channel; the bot then reads the team's roster."""
    answer = await say(bot, connector, in_team("koble teamet til gjesdal", connector.url))
    assert "Gjesdal" in answer
    assert connector.roster_requests == 1


async def test_a_police_contact_in_the_gjesdal_team_gets_gjesdal_answers_in_a_1to1_chat(
    bot: BotServer, connector: FakeConnector
) -> None:
    await link_gjesdal_team(bot, connector)

    answer = await say(
        bot, connector, message("hvem er slt-koordinator", connector.url, sender=PER)
    )
    assert "SLT-koordinator i Gjesdal" in answer
    assert "Våler" not in answer

    status = await say(bot, connector, message("status handlingsplan", connector.url, sender=PER))
    assert "SLT-handlingsplan 2023–2025" in status  # Gjesdal's plan
    assert "Våler" not in status

    mine = await say(bot, connector, message("mine tiltak", connector.url, sender=PER))
    assert "Politikontakt" in mine and "finner deg ikke" not in mine


async def test_without_a_team_the_default_kommune_answers(
    bot: BotServer, connector: FakeConnector
) -> None:
    answer = await say(
        bot, connector, message("hvem er slt-koordinator", connector.url, sender=PER)
    )
    assert "SLT-koordinator i Våler" in answer


async def test_a_question_that_names_a_kommune_wins_for_that_question(
    bot: BotServer, connector: FakeConnector
) -> None:
    await link_gjesdal_team(bot, connector)
    named = await say(
        bot, connector, message("hvem er slt-koordinator i jevnaker", connector.url, sender=PER)
    )
    assert "SLT-koordinator i Jevnaker" in named
    after = await say(bot, connector, message("hvem er slt-koordinator", connector.url, sender=PER))
    assert "SLT-koordinator i Gjesdal" in after


async def test_a_danger_message_that_names_a_kommune_gets_that_kommunes_routine(
    bot: BotServer, connector: FakeConnector
) -> None:
    """Danger is read before the question, and a kommune it names wins there too: the
    routine and its contacts are Jevnaker's, the acute line first as always."""
    await link_gjesdal_team(bot, connector)
    text = "hva gjør jeg hvis en elev blir radikalisert? vi er i jevnaker"
    named = await say(bot, connector, message(text, connector.url, sender=PER))
    assert "ring 112" in named and "Jevnaker" in named and "Gjesdal" not in named
    own = await say(
        bot,
        connector,
        message("hva gjør jeg hvis en elev blir radikalisert?", connector.url, sender=PER),
    )
    assert "ring 112" in own and "Gjesdal" in own and "Jevnaker" not in own


async def test_anyone_may_say_which_kommune_they_work_in_and_the_help_card_shows_it(
    settings: Settings, bot: BotServer, connector: FakeConnector
) -> None:
    told = await say(bot, connector, message("jeg jobber i Jevnaker", connector.url, sender=PER))
    assert "Jevnaker kommune" in told
    answer = await say(
        bot, connector, message("hvem er slt-koordinator", connector.url, sender=PER)
    )
    assert "SLT-koordinator i Jevnaker" in answer
    help_card = await say(bot, connector, message("hjelp", connector.url, sender=PER))
    assert "SLT-planen for Jevnaker" in help_card
    assert "Du har sagt at du jobber i Jevnaker" in help_card
    # Someone else's chats are not changed by Per's choice.
    other = await say(bot, connector, message("hvem er slt-koordinator", connector.url))
    assert "SLT-koordinator i Våler" in other


async def test_an_unknown_kommune_is_named_back_with_the_ones_the_bot_knows(
    bot: BotServer, connector: FakeConnector
) -> None:
    told = await say(
        bot, connector, message("jeg jobber i Bamble kommune", connector.url, sender=PER)
    )
    assert "kjenner jeg ikke" in told and "Gjesdal" in told


async def test_a_member_of_teams_in_two_kommuner_is_asked_once_with_buttons(
    bot: BotServer, connector: FakeConnector
) -> None:
    await link_gjesdal_team(bot, connector)
    await say(bot, connector, in_team("koble teamet til valer", connector.url, team=OTHER_TEAM))
    assert connector.roster_requests == 2

    asked = json.loads(
        await say(bot, connector, message("hvem er slt-koordinator", connector.url, sender=PER))
    )
    [card] = [a["content"] for a in asked[0]["attachments"]]
    titles = sorted(action["title"] for action in card["actions"])
    assert titles == ["Gjesdal", "Våler"]
    [gjesdal] = [a for a in card["actions"] if a["title"] == "Gjesdal"]

    response = await bot.post(
        card_action(Verb.KOMMUNE_CHOOSE, gjesdal["data"], connector.url, sender=PER)
    )
    body = json.dumps(await response.json(), ensure_ascii=False)
    assert "SLT-koordinator i Gjesdal" in body  # the question is answered in place

    again = await say(bot, connector, message("hvem er slt-koordinator", connector.url, sender=PER))
    assert "SLT-koordinator i Gjesdal" in again and "Hvilken kommune" not in again


async def test_a_channel_keeps_its_teams_kommune_whatever_a_member_chose(
    bot: BotServer, connector: FakeConnector
) -> None:
    await link_gjesdal_team(bot, connector)
    await say(bot, connector, message("jeg jobber i jevnaker", connector.url, sender=PER))
    in_channel = await say(
        bot, connector, in_team("hvem er slt-koordinator", connector.url, sender=PER)
    )
    assert "SLT-koordinator i Gjesdal" in in_channel


async def test_who_has_not_answered_without_a_group_means_a_meeting_the_bot_calls(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    """Wednesday 2 December: Gjesdal's politikontakt and coordinator meet on Monday on their
    own (no call from the bot), so «hvem har ikke svart» named that meeting and said only that
    no answers are collected for it; the coordinator means a meeting the bot calls."""
    people = {"gjesdal": PeopleMap("gjesdal", {fold("SLT-koordinator"): (KOORD_PERSON,)})}
    clock = FixedClock(dt.datetime(2026, 12, 2, 10, 0, tzinfo=OSLO))
    server, client = await start_bot(
        settings, kb, store=SqliteStore.open(settings.database_path), people=people, clock=clock
    )
    connector.members = [as_member(PER), as_member(KOORD)]
    try:
        await link_gjesdal_team(client, connector)
        answer = await say(
            client, connector, message("hvem har ikke svart", connector.url, sender=KOORD)
        )
    finally:
        await client.session.close()
        await server.close()

    assert "innkallingen" in answer.lower()
    assert "Politikontakt og SLT-koordinator" not in answer
    assert "sender ikke innkallingen" not in answer
