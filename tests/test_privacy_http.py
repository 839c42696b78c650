"""The privacy guard in the room: warnings over real HTTP, and nothing of the text kept."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest

from bot.config import Settings
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer
from tests.test_privacy import synthetic_fodselsnummer


async def test_a_fodselsnummer_in_channel_chatter_gets_a_warning_and_nothing_is_logged(
    bot_server: BotServer,
    connector: FakeConnector,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    number = synthetic_fodselsnummer()
    text = f"Kan noen se på saken til eleven med fnr {number}? Gjelder Testulf Oppdiktsen."
    caplog.set_level(logging.DEBUG)
    response = await bot_server.post(message(text, connector.url, scope="channel"))
    assert response.status == 201
    [warning] = await connector.wait_for(1)
    assert "personopplysninger" in warning["text"] and "taushetsplikt" in warning["text"]
    assert "slett" in warning["text"].lower()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "fodselsnummer" in logged  # which detector fired is logged ...
    assert number not in logged and "Testulf" not in logged  # ... never the text
    rows = (
        sqlite3.connect(settings.database_path)
        .execute(
            "SELECT * FROM kv UNION ALL SELECT key, kind, reference, '' FROM conversation_refs"
        )
        .fetchall()
    )
    assert number not in repr(rows) and "Testulf" not in repr(rows)


async def test_a_question_in_the_same_message_is_answered_after_the_warning(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text = (
        "Oddbjørn (14) i 9b røyker hasj. Hva gjør jeg ved rusbekymring? Hvem sitter i politirådet?"
    )
    await bot_server.post(message(text, connector.url))
    warning, answer = await connector.wait_for(2)
    assert "personopplysninger" in warning["text"]
    assert answer.get("attachments"), "the question is answered with a card after the warning"


async def test_an_ordinary_question_gets_no_warning(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    await bot_server.post(message("Møte 12.03 kl 09 i rom 214 om tiltak 18", connector.url))
    [reply] = await connector.wait_for(1)
    assert "personopplysninger" not in (reply.get("text") or "")


async def test_a_warning_about_someone_keeps_the_safety_net_the_danger_check_may_have_missed(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    """A worry about a named child that the danger check does not read as a case: the warning
    still says where to turn now (112/113, barnevernet), since it may be one."""
    text = "Testine Oppdiktsen i 10c virker så lei seg for tida"
    await bot_server.post(message(text, connector.url, scope="channel"))
    [warning] = await connector.wait_for(1)
    assert "personopplysninger" in warning["text"]
    assert "112" in warning["text"] and "113" in warning["text"]
    assert "barnevernvakten" in warning["text"]


async def test_a_warning_beside_a_danger_answer_does_not_repeat_the_numbers(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text = "Testine Oppdiktsen i 10c blir slått hjemme av faren"
    await bot_server.post(message(text, connector.url, scope="channel"))
    danger, warning = await connector.wait_for(2)
    assert "112" in json.dumps(danger, ensure_ascii=False)  # the routine card, acute line first
    assert "personopplysninger" in warning["text"] and "112" not in warning["text"]


async def test_a_warning_about_things_has_no_safety_net(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    number = synthetic_fodselsnummer()
    await bot_server.post(message(f"fnr {number} står i skjemaet", connector.url))
    [warning] = await connector.wait_for(1)
    assert "personopplysninger" in warning["text"] and "112" not in warning["text"]
