"""The real service over HTTP: a Teams message in, the reply with its card at the connector."""

from __future__ import annotations

import asyncio
import gc
import json

import pytest

from bot import server
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.teams import transport
from bot.teams.handler import CARD_CONTENT_TYPE
from tests.auxil.activities import card_action, message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot


def card_text(activity: dict) -> str:
    """All text of the first Adaptive Card in an activity, for assertions."""
    attachment = activity["attachments"][0]
    assert attachment["contentType"] == CARD_CONTENT_TYPE
    return json.dumps(attachment["content"], ensure_ascii=False)


async def test_a_teacher_asks_in_personal_chat_and_gets_the_card(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    response = await bot_server.post(message("hvem sitter i slt-nettverket?", connector.url))
    assert response.status == 201
    [reply] = await connector.wait_for(1)
    content = card_text(reply)
    assert "SLT-nettverket" in content
    assert "Virksomhetsleder Svinndal skole" in content
    assert "Kilde: SLT – plan for arbeidet i Våler kommune 2023–2026" in content
    assert reply["conversation"]["id"] == "a:personal-chat-1"
    assert (
        connector.received[0].path
        == "/v3/conversations/a:personal-chat-1/activities/" + reply["replyToId"]
    )


async def test_a_channel_question_with_an_at_mention_is_answered_in_the_thread(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    activity = message("hvem er slt-koordinator", connector.url, scope="channel", mention=True)
    assert (await bot_server.post(activity)).status == 201
    [reply] = await connector.wait_for(1)
    assert "SLT-koordinator i Våler" in card_text(reply)


async def test_channel_chatter_without_a_mention_gets_no_answer(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    activity = message("hvem sitter i politirådet", connector.url, scope="channel")
    assert (await bot_server.post(activity)).status == 201
    assert connector.sent() == []


async def test_a_question_naming_another_kommune_is_answered_for_that_kommune(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    activity = message("hvor ofte er samarbeidsmøte politi og barnevern i gjesdal", connector.url)
    await bot_server.post(activity)
    [reply] = await connector.wait_for(1)
    content = card_text(reply)
    assert "1 gang i halvåret" in content and "Barnevernleder" in content


async def test_the_coordinator_links_the_team_to_gjesdal_and_answers_follow(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    await bot_server.post(
        message("koble teamet til gjesdal", connector.url, scope="channel", mention=True)
    )
    await bot_server.post(
        message(
            "hvem kaller inn til operativ slt-gruppe", connector.url, scope="channel", mention=True
        )
    )
    link, answer = await connector.wait_for(2)
    assert "Gjesdal kommune" in link["text"]
    assert "Operativ SLT-gruppe" in card_text(answer)


async def test_an_unknown_card_action_gets_a_kind_answer_not_an_error(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    response = await bot_server.post(card_action("no.such.verb", {}, connector.url))
    assert response.status == 200
    body = await response.json()
    assert body["statusCode"] == 200
    assert "kjenner jeg ikke igjen" in json.dumps(body, ensure_ascii=False)


async def test_healthz_reports_the_knowledge_version(bot_server: BotServer) -> None:
    response = await bot_server.session.get(f"{bot_server.url}/healthz")
    body = await response.json()
    assert response.status == 200
    assert body["status"] == "ok"
    assert body["kommuner"] == ["gjesdal", "jevnaker", "valer"]
    assert len(body["knowledge_version"]) == 12


# --- client mistakes get a 4xx with a reason, never a 500 -------------------------------


async def test_while_serving_young_objects_are_collected_less_often_and_after_it_as_before(
    settings: Settings, kb: KnowledgeBase
) -> None:
    before = gc.get_threshold()
    test_server, client = await start_bot(settings, kb)
    try:
        assert gc.get_threshold() == (server.YOUNG_COLLECTION_THRESHOLD, *before[1:])
        assert before[0] < server.YOUNG_COLLECTION_THRESHOLD
    finally:
        await client.session.close()
        await test_server.close()
    assert gc.get_threshold() == before


async def test_malformed_json_is_a_400(bot_server: BotServer) -> None:
    response = await bot_server.post(None, raw=b'{"type": "message",')
    assert response.status == 400
    assert "JSON" in (await response.json())["error"]


async def test_a_body_that_is_not_an_activity_is_a_400(bot_server: BotServer) -> None:
    for body in (
        [1, 2, 3],
        {"hello": "world"},
        {"type": "message"},
        "text",
        {"type": "message", "serviceUrl": "ftp://x", "conversation": {"id": "c"}},
        {"type": "message", "serviceUrl": "http://127.0.0.1:9/", "conversation": {"id": 5}},
    ):
        response = await bot_server.post(body)
        assert response.status == 400, body
        assert (await response.json())["error"]


async def test_wrong_content_type_is_a_415(bot_server: BotServer) -> None:
    response = await bot_server.post(
        None, raw=b"type=message", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status == 415


async def test_a_body_over_one_megabyte_is_a_413(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    activity = message("x" * (1024 * 1024 + 10), connector.url)
    response = await bot_server.post(activity)
    assert response.status == 413
    assert connector.sent() == []


async def test_a_message_text_over_40_kb_is_a_413_before_anything_reads_it(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    """Issue 12, finding 11: a 1 MB message kept the event loop busy for up to 2 s."""
    activity = message("hvem sitter i politirådet " + "å" * (21 * 1024), connector.url)

    response = await bot_server.post(activity)

    assert response.status == 413
    assert "40 KB" in (await response.json())["error"]
    assert connector.sent() == []


async def test_a_body_that_trickles_in_too_slowly_is_a_408_and_the_connection_is_let_go(
    bot_server: BotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12, finding 7: half-sent uploads used to be waited for forever."""
    monkeypatch.setattr(server, "BODY_READ_TIMEOUT", 0.3)
    host, port = bot_server.url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
        b'Content-Length: 500\r\n\r\n{"type": "mess'
    )
    await writer.drain()

    status_line = await asyncio.wait_for(reader.readline(), 5)

    assert status_line.split()[1] == b"408"
    writer.close()


async def test_a_hanging_connector_holds_the_request_only_for_the_client_timeout(
    bot_server: BotServer, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12, finding 8: msrest's 100 s timeout, twice (the reply, then the apology)."""
    monkeypatch.setattr(transport, "CONNECTOR_TIMEOUT", 0.5)  # 10 s in production
    connector.answer_delay = 30.0  # the reply is taken in, the answer never comes in time

    response = await bot_server.post(message("hvem sitter i politirådet", connector.url))

    assert response.status == 201
    assert connector.answered == 0, "the bot let the request go before the connector answered"
    await asyncio.sleep(0.3)
    assert len(connector.received) == 1, "no apology sent into a connector that is not answering"


async def test_get_on_the_messages_endpoint_is_a_405(bot_server: BotServer) -> None:
    response = await bot_server.session.get(f"{bot_server.url}/api/messages")
    assert response.status == 405


async def test_an_activity_from_a_tenant_not_on_the_allow_list_is_refused_without_content_in_logs(
    settings, kb, connector: FakeConnector, caplog
) -> None:
    from tests.conftest import start_bot, with_settings

    allowed = with_settings(
        settings, allowed_tenants=frozenset({"11111111-aaaa-bbbb-cccc-000000000000"})
    )
    server, client = await start_bot(allowed, kb)
    try:
        response = await client.post(message("hemmelig spørsmål om Testa", connector.url))
        assert response.status == 403
        assert connector.received == []
        assert "hemmelig" not in caplog.text and "tenant" in caplog.text
    finally:
        await client.session.close()
        await server.close()


async def test_the_pages_the_manifest_links_to_answer_in_norwegian(bot_server: BotServer) -> None:
    for path, words in (("/", "SLT-boten"), ("/personvern", "taushetsplikt"), ("/vilkar", "112")):
        response = await bot_server.session.get(f"{bot_server.url}{path}")
        assert response.status == 200, path
        assert response.headers["Content-Type"].startswith("text/html")
        assert words in await response.text()
    assert (await bot_server.session.get(f"{bot_server.url}/finnes-ikke")).status == 404
