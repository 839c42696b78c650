"""What a tick works out once a day is worked out again when what it came from changes.

The tiltak job keeps each kommune's reminder plan and current occurrences between ticks
(``TiltakView.memo``). Two ticks the same day, with a change between them: the second tick
sends what the change asks for, not what the first tick planned. Testvik and its people are
made up; tiltak 1 is due 15 June, so on Monday 1 June at 09:05 its 14-day reminder goes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.auxil.room import KOORDINATOR, SKOLE, Room, at, open_room, post_action, reminder_posts
from tests.conftest import FIXTURES, with_settings


def texts(room: Room) -> list[str]:
    return [json.dumps(post, ensure_ascii=False) for post in reminder_posts(room)]


async def test_a_new_date_given_between_two_ticks_the_same_day_is_the_one_reminded(
    room: Room,
) -> None:
    assert await room.tick(at("2026-06-01", "08:30")) is not None  # before the 09:00 sends
    assert reminder_posts(room) == []
    room.clock.at = at("2026-06-01", "08:40")
    await post_action(room, Verb.TILTAK_MORE_TIME, SKOLE, new_deadline="2026-06-02")

    await room.tick(at("2026-06-01", "09:05"))

    [reminder] = texts(room)  # the new date's 1-day reminder; the 14-day one stopped
    assert "Tiltak 1 har fått ny frist" in reminder and "ny frist 02.06.2026" in reminder
    assert "om 14 dager" not in reminder


async def test_a_knowledge_reload_between_two_ticks_the_same_day_is_what_the_next_plans(
    settings: Settings, connector: FakeConnector, tmp_path: Path
) -> None:
    knowledge = tmp_path / "knowledge"
    (knowledge / "kommuner").mkdir(parents=True)
    testvik = knowledge / "kommuner" / "testvik.yaml"
    shutil.copy(FIXTURES / "testvik.yaml", testvik)
    local = with_settings(
        settings,
        default_kommune="testvik",
        knowledge_dir=knowledge,
        admins=frozenset({KOORDINATOR["aadObjectId"]}),
    )
    kb = KnowledgeBase.load(knowledge)
    room, server = await open_room(local, kb, connector, at("2026-06-01", "08:30"))
    try:
        await room.tick(at("2026-06-01", "08:30"))  # planned: 15 June, its 14-day reminder
        assert reminder_posts(room) == []
        text = testvik.read_text(encoding="utf-8")
        assert 'yearly: "06-15"' in text
        testvik.write_text(text.replace('yearly: "06-15"', 'yearly: "06-02"'), "utf-8")
        response = await room.server.post(
            message("last inn kunnskapen på nytt", connector.url, sender=KOORDINATOR)
        )
        assert response.status in (200, 201)
        assert room.runtime.kb.kommuner["testvik"].kommune.tiltak[0].frist.yearly == "06-02"

        await room.tick(at("2026-06-01", "09:05"))

        [reminder] = texts(room)
        assert "Tiltak 1 har frist i morgen" in reminder
        assert "om 14 dager" not in reminder
    finally:
        await room.server.session.close()
        await server.close()
