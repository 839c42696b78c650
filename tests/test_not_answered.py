"""«Hvem har ikke svart?» over HTTP: the coordinator asks who owes an answer to a call.

Testvik's politiråd meets Tuesday 10 February 2026 at 09:00 and its call goes out on
Tuesday 3 February. The mapped members are Olga Ordfører and Per Politikontakt (made up);
the kommunedirektør and politistasjonssjef are not mapped, so the bot does not name them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil.connector import FakeConnector
from tests.auxil.room import KOORDINATOR, Room, at
from tests.test_meetings_e2e import ORDFORER, POLITI, click, meeting_tick, posts, room_at, say

QUESTION = "hvem har ikke svart på innkallingen til politirådet?"


@pytest.fixture
async def room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    opened, server = await room_at(settings, testvik, connector, at("2026-02-02"))
    yield opened
    await opened.server.session.close()
    await server.close()


def answered(room: Room) -> str:
    """The text of the bot's last reply in the channel."""
    replies = [r.activity for r in room.connector.received if r.method == "POST"]
    return str(replies[-1].get("text", ""))


async def test_before_the_call_nobody_could_answer_and_the_bot_says_when_it_goes_out(
    room: Room,
) -> None:
    await say(room, QUESTION, KOORDINATOR)

    reply = answered(room)
    assert "Politirådet tirsdag 10. februar kl 09:00" in reply
    assert "Innkallingen sendes 03.02.2026" in reply and "ingen har kunnet svare" in reply


async def test_after_one_answer_the_coordinator_sees_who_is_missing(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    await click(room, Verb.MEETING_RSVP_YES, ORDFORER)

    await say(room, QUESTION, KOORDINATOR)

    reply = answered(room)
    assert "Har ikke svart på innkallingen til Politirådet tirsdag 10. februar" in reply
    assert "- Per Politikontakt (Politikontakt)" in reply
    assert "Olga" not in reply, "she has answered"
    assert "Kommunedirektør" not in reply, "nobody is mapped to the role: not guessed at"
    assert "Svar så langt: 1 kommer, 0 kommer ikke." in reply


async def test_when_everyone_has_answered_it_says_so_with_the_tally(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))
    await click(room, Verb.MEETING_RSVP_YES, ORDFORER)
    await click(room, Verb.MEETING_RSVP_NO, POLITI)

    await say(room, "@SLT-boten hvem mangler svar for neste politiråd", KOORDINATOR)

    assert answered(room).startswith("Alle har svart på innkallingen til Politirådet")
    assert "1 kommer, 1 kommer ikke" in answered(room)


async def test_only_the_coordinator_may_ask_and_nothing_is_listed_to_others(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))

    await say(room, QUESTION, POLITI)

    assert "koordinator" in answered(room).lower()
    assert not posts(room, "Har ikke svart")


async def test_a_sentence_about_someone_not_answering_is_not_the_command(room: Room) -> None:
    await say(room, "eleven har ikke svart på meldingene våre siden mandag", KOORDINATOR)

    assert not posts(room, "innkallingen til")


async def test_the_words_come_from_the_language_file_nynorsk_too(room: Room) -> None:
    await meeting_tick(room, at("2026-02-03", "09:05"))

    await say(room, "kven har ikkje svart på politirådet?", KOORDINATOR)

    assert "- Per Politikontakt (Politikontakt)" in answered(room)
