"""Proactive posts go only where a coordinator or admin chose (security finding 1).

The bot is installed in Testvik's SLT team and in a second team where people talk about
football. Teams delivers the second team's chatter to the bot without an @mention (the RSC
permission). Before the fix the bot remembered that channel under the default kommune and
posted the SLT team's meeting calls there, because it was the most recently seen channel.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from tests.auxil.activities import CHANNEL_ID, message, user
from tests.auxil.connector import FakeConnector
from tests.auxil.room import KOORDINATOR, Room, at, open_room
from tests.conftest import with_settings

FOOTBALL_TEAM = "19:fotballaget@thread.tacv2"
FOOTBALL_CHANNEL = "19:fotball-generelt@thread.tacv2"
SPILLER = user("Frida Fotballspiller", "aad-fotball")


def in_football_channel(activity: dict[str, Any]) -> dict[str, Any]:
    """The same message as Teams delivers it from the second team's channel."""
    activity = copy.deepcopy(activity)
    activity["conversation"]["id"] = f"{FOOTBALL_CHANNEL};messageid=77"
    activity["channelData"]["team"] = {"id": FOOTBALL_TEAM}
    activity["channelData"]["channel"] = {"id": FOOTBALL_CHANNEL}
    return activity


@pytest.fixture
async def fresh_room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    """``SLT_KOMMUNE=testvik``, the SLT team not linked, no channel chosen yet."""
    local = with_settings(settings, default_kommune="testvik")
    opened, server = await open_room(local, testvik, connector, at("2026-02-03"), slt_channel=False)
    yield opened
    await opened.server.session.close()
    await server.close()


async def say_in_slt_channel(room: Room, text: str) -> str:
    response = await room.server.post(
        message(text, room.connector.url, scope="channel", mention=True, sender=KOORDINATOR)
    )
    assert response.status in (200, 201)
    await room.runtime.handler.drain()
    replies = [r for r in room.connector.received if r.conversation_id.startswith(CHANNEL_ID)]
    return json.dumps(replies[-1].activity, ensure_ascii=False)


async def football_chatter(room: Room) -> None:
    chatter = message("noen som blir med på fotball i kveld?", room.connector.url, scope="channel")
    response = await room.server.post(in_football_channel({**chatter, "from": SPILLER}))
    assert response.status in (200, 201)


def football_posts(room: Room) -> list[Any]:
    return [r for r in room.connector.received if r.conversation_id.startswith(FOOTBALL_CHANNEL)]


async def test_a_meeting_call_never_lands_in_another_teams_channel(fresh_room: Room) -> None:
    await say_in_slt_channel(fresh_room, "hvem sitter i politirådet")  # the SLT channel first,
    await football_chatter(fresh_room)  # then football: the most recently seen channel
    reply = await say_in_slt_channel(fresh_room, "innkall politirådet 10. februar kl 10")
    await fresh_room.runtime.jobs.run(at("2026-02-03", "09:05"), "meetings")
    await fresh_room.runtime.jobs.run(at("2026-02-03", "09:05"), "tiltak")
    assert football_posts(fresh_room) == []
    assert "bruk denne kanalen for SLT" in reply, "the coordinator is told where to choose"
    assert "sendes nå" not in reply


async def test_a_message_without_mention_stores_nothing(fresh_room: Room) -> None:
    await football_chatter(fresh_room)
    db = sqlite3.connect(fresh_room.runtime.settings.database_path)
    try:
        stored = db.execute("SELECT key FROM conversation_refs").fetchall()
    finally:
        db.close()
    assert stored == []


async def test_once_the_coordinator_chooses_the_slt_channel_the_call_goes_there(
    fresh_room: Room,
) -> None:
    await football_chatter(fresh_room)
    chosen = await say_in_slt_channel(fresh_room, "bruk denne kanalen for SLT")
    assert "kommer i denne kanalen" in chosen
    await football_chatter(fresh_room)  # seen after the choice: still not a target
    await say_in_slt_channel(fresh_room, "innkall politirådet 10. februar kl 10")
    calls = [
        r
        for r in fresh_room.connector.received
        if "Innkalling: Politirådet" in json.dumps(r.activity, ensure_ascii=False)
    ]
    assert [c.conversation_id for c in calls] == [CHANNEL_ID]
    assert football_posts(fresh_room) == []


async def test_linking_the_team_in_its_channel_chooses_that_channel(fresh_room: Room) -> None:
    linked = await say_in_slt_channel(fresh_room, "koble teamet til testvik")
    assert "kommer i denne kanalen" in linked
    await football_chatter(fresh_room)
    await say_in_slt_channel(fresh_room, "innkall politirådet 10. februar kl 10")
    assert football_posts(fresh_room) == []
    assert any(
        r.conversation_id == CHANNEL_ID and "Innkalling: Politi" in json.dumps(r.activity)
        for r in fresh_room.connector.received
    )


async def test_the_help_card_tells_the_coordinator_how_to_choose_a_channel(
    fresh_room: Room,
) -> None:
    before = await say_in_slt_channel(fresh_room, "hjelp")
    assert "bruk denne kanalen for SLT" in before
    await say_in_slt_channel(fresh_room, "bruk denne kanalen for SLT")
    after = await say_in_slt_channel(fresh_room, "hjelp")
    assert "bruk denne kanalen for SLT" not in after
