"""The Bot Connector transport (bot/teams/transport.py) against the fake connector on loopback.

Real HTTP both ways. The one stand-in is the app credentials' token call (Entra cannot be
reached from a test): a small credentials object that hands out numbered tokens and counts
how often it was asked, which is what the token cache is about.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from botbuilder.schema import Activity

from bot.config import Settings
from bot.features.reply import Reply
from bot.storage.sqlite import SqliteDatabase
from bot.teams.adapter import create_adapter
from bot.teams.connectors import close_connections
from bot.teams.schema import activity_from_json, activity_json, json_default
from bot.teams.sender import ProactiveSender
from bot.teams.transport import (
    AiohttpTransport,
    BotTokens,
    ConnectorError,
    ConnectorUnreachable,
    NoTokens,
    encode_body,
)
from tests.auxil.activities import message
from tests.auxil.connector import Failure, FakeConnector


class Credentials:
    """What botbuilder's MicrosoftAppCredentials offers the transport: an app id and tokens."""

    def __init__(self, app_id: str = "5c1a0b7e-0000-4000-8000-00000000b075") -> None:
        self.microsoft_app_id = app_id
        self.asked: list[bool] = []

    def get_access_token(self, force_refresh: bool = False) -> str:
        self.asked.append(force_refresh)
        return f"token-{len(self.asked)}"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def tokens(credentials: Credentials, clock: Clock | None = None) -> BotTokens:
    async def made() -> Credentials:
        return credentials

    return BotTokens(made, reuse=600.0, clock=clock or Clock())


@pytest.fixture
async def transport() -> Any:
    made = AiohttpTransport(tokens(Credentials()))
    yield made
    await made.close()


async def test_a_post_sends_the_json_with_the_bots_token_and_returns_the_new_id(
    transport: AiohttpTransport, connector: FakeConnector
) -> None:
    activity = {"type": "message", "text": "Hei fra boten", "attachments": []}

    new_id = await transport.post(connector.url, "a:chat-1", activity)

    [received] = connector.received
    assert new_id == received.activity_id
    assert received.path == "/v3/conversations/a:chat-1/activities"
    assert received.activity == activity
    assert received.authorization == "Bearer token-1"


async def test_a_reply_goes_to_the_activity_it_answers(
    transport: AiohttpTransport, connector: FakeConnector
) -> None:
    await transport.post(
        connector.url, "19:team@thread;messageid=7", {"type": "message"}, reply_to="7"
    )

    assert connector.received[0].path == "/v3/conversations/19:team@thread;messageid=7/activities/7"


async def test_an_update_replaces_the_message_in_place(
    transport: AiohttpTransport, connector: FakeConnector
) -> None:
    await transport.update(
        connector.url, "a:chat-1", "activity-9", {"type": "message", "text": "Ny"}
    )

    [update] = connector.updates()
    assert (update.activity_id, update.activity["text"]) == ("activity-9", "Ny")


async def test_a_throttled_post_says_how_long_to_wait(
    transport: AiohttpTransport, connector: FakeConnector
) -> None:
    connector.fail_next(Failure(429, retry_after=1.5))

    with pytest.raises(ConnectorError) as raised:
        await transport.post(connector.url, "a:chat-1", {"type": "message"})

    failure = raised.value.failure
    assert (failure.kind, failure.retryable, failure.retry_after) == ("429", True, 1.5)


async def test_a_refusal_is_not_worth_another_attempt_and_a_server_error_is(
    transport: AiohttpTransport, connector: FakeConnector
) -> None:
    connector.fail_next(Failure(403), Failure(502))

    with pytest.raises(ConnectorError) as refused:
        await transport.post(connector.url, "a:chat-1", {"type": "message"})
    with pytest.raises(ConnectorError) as broken:
        await transport.post(connector.url, "a:chat-1", {"type": "message"})

    assert not refused.value.failure.retryable
    assert broken.value.failure.retryable


async def test_no_connector_listening_is_a_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    transport = AiohttpTransport(NoTokens())
    try:
        with pytest.raises(ConnectorUnreachable) as raised:
            await transport.post(f"http://127.0.0.1:{port}/", "a:chat-1", {"type": "message"})
    finally:
        await transport.close()
    assert raised.value.kind == "ConnectionError"


async def test_a_connector_that_takes_the_post_but_never_answers_is_a_read_timeout(
    transport: AiohttpTransport, connector: FakeConnector
) -> None:
    connector.answer_delay = 2.0

    with pytest.raises(ConnectorUnreachable) as raised:
        await transport.post(connector.url, "a:chat-1", {"type": "message"}, timeout=0.2)

    assert raised.value.kind == "ReadTimeout", "ambiguous: Teams may have the message"


async def test_the_token_is_kept_then_fetched_again_and_a_refused_one_is_dropped(
    connector: FakeConnector,
) -> None:
    credentials, clock = Credentials(), Clock()
    transport = AiohttpTransport(tokens(credentials, clock))
    try:
        for _ in range(3):
            await transport.post(connector.url, "a:chat-1", {"type": "message"})
        clock.now = 601.0
        await transport.post(connector.url, "a:chat-1", {"type": "message"})
        connector.fail_next(Failure(401))
        with pytest.raises(ConnectorError):
            await transport.post(connector.url, "a:chat-1", {"type": "message"})
        await transport.post(connector.url, "a:chat-1", {"type": "message"})
    finally:
        await transport.close()

    assert credentials.asked == [False, True, True], "once, after the reuse time, after a 401"
    assert [r.authorization for r in connector.received] == [
        "Bearer token-1",
        "Bearer token-1",
        "Bearer token-1",
        "Bearer token-2",
        "Bearer token-3",
    ]


async def test_without_an_app_id_requests_go_without_a_token(connector: FakeConnector) -> None:
    transport = AiohttpTransport(tokens(Credentials(app_id="")))
    try:
        await transport.post(connector.url, "a:chat-1", {"type": "message"})
    finally:
        await transport.close()
    assert connector.received[0].authorization is None


# --- updates through the sender: the retry policy on top of the transport ----------------


@pytest.fixture
async def sender(tmp_path: Path) -> Any:
    adapter = create_adapter(Settings(data_dir=tmp_path))
    store = SqliteDatabase(tmp_path / "db.sqlite3")
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    made = ProactiveSender(adapter, "", store, sleep=sleep, rng=random.Random(1))
    made.waits = waits  # type: ignore[attr-defined]
    yield made
    await close_connections(adapter)
    store.close()


def reference(service_url: str) -> dict[str, Any]:
    return {
        "channelId": "msteams",
        "serviceUrl": service_url,
        "conversation": {"id": "19:slt@thread.tacv2"},
        "bot": {"id": "28:bot"},
    }


async def test_an_update_after_a_server_error_is_retried_once_with_a_wait(
    sender: ProactiveSender, connector: FakeConnector
) -> None:
    connector.fail_next(Failure(503, only="update"))

    updated = await sender.update(reference(connector.url), "activity-3", Reply("Oppdatert"))

    assert updated
    assert len(connector.updates()) == 1
    assert len(sender.waits) == 1 and 0 <= sender.waits[0] <= 0.5  # type: ignore[attr-defined]


async def test_an_update_honours_retry_after_and_gives_up_on_a_refusal_at_once(
    sender: ProactiveSender, connector: FakeConnector
) -> None:
    connector.fail_next(Failure(429, retry_after=2.0, only="update"), Failure(404, only="update"))

    updated = await sender.update(reference(connector.url), "activity-3", Reply("Oppdatert"))

    assert not updated
    assert sender.waits == [2.0], "the 429's wait, none after the 404"  # type: ignore[attr-defined]
    assert connector.updates() == []


# --- the schema without msrest -------------------------------------------------------------


def test_an_incoming_activity_reads_as_msrest_reads_it() -> None:
    body = message("@SLT-boten hvem sitter i politirådet?", "https://smba.trafficmanager.net/emea/")
    body["entities"] = [{"type": "mention", "mentioned": {"id": "28:bot"}, "text": "<at>SLT</at>"}]
    body["timestamp"] = "2026-03-01T10:00:00.125Z"
    body["somethingNew"] = {"from": "a later schema"}

    ours, theirs = activity_from_json(body), Activity().deserialize(body)

    assert ours.serialize() == theirs.serialize()
    assert vars(ours) == vars(theirs), "every attribute, the models inside compared likewise"
    assert type(ours.from_property) is type(theirs.from_property)
    assert ours.entities[0].additional_properties == theirs.entities[0].additional_properties
    assert ours.timestamp == theirs.timestamp
    assert ours.additional_properties == {"somethingNew": {"from": "a later schema"}}


def test_an_odd_value_is_left_to_msrest() -> None:
    body = message("hei", "https://smba.trafficmanager.net/emea/")
    body["locale"] = 5  # not a string: msrest decides what that means

    assert activity_from_json(body).serialize() == Activity().deserialize(body).serialize()


def test_a_model_becomes_the_json_msrest_would_send() -> None:
    activity = Activity().deserialize(message("hei", "https://smba.trafficmanager.net/emea/"))

    assert activity_json(activity) == activity.serialize()


def test_a_body_encodes_to_the_json_the_standard_encoder_writes() -> None:
    """pydantic-core writes the body; parsed back it is what ``json.dumps`` wrote, dates and
    models inside included, and what ``json`` refuses is still refused the same way."""
    incoming = message("hei på deg – «æøå» ✓", "https://smba.trafficmanager.net/emea/")
    incoming["timestamp"] = "2026-03-01T10:00:00.125Z"
    activity = activity_from_json(incoming)
    card = Reply("Svar", cards=({"type": "AdaptiveCard", "body": [{"text": "Våler – 2026"}]},))
    body = {
        **activity_json(activity),
        "attachments": [{"content": card.cards[0], "contentType": "x"}],
        "channelData": {"tenant": activity.conversation, "n": [1, 2.5, None, True]},
    }

    encoded = encode_body(body)

    assert json.loads(encoded) == json.loads(json.dumps(body, default=json_default))
    assert "2026-03-01T10:00:00.125000+00:00" in encoded.decode()  # isoformat, as before
    with pytest.raises(UnicodeEncodeError):
        encode_body({"text": "\ud800"})
    with pytest.raises(TypeError):
        encode_body({"value": object()})


async def test_concurrent_first_posts_fetch_one_token(connector: FakeConnector) -> None:
    credentials = Credentials()
    transport = AiohttpTransport(tokens(credentials))
    try:
        await asyncio.gather(
            *(transport.post(connector.url, "a:chat-1", {"type": "message"}) for _ in range(5))
        )
    finally:
        await transport.close()
    assert credentials.asked == [False]


class FakeProxy:
    """A plain-HTTP forward proxy on loopback that answers every request itself, as the
    connector would, and records what it was asked (target URL, proxy login)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> FakeProxy:
        async def answer(request: web.Request) -> web.Response:
            self.asked.append((str(request.url), request.headers.get("Proxy-Authorization")))
            return web.json_response({"id": "via-proxy"}, status=201)

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", answer)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def proxy() -> Any:
    made = await FakeProxy().start()
    yield made
    await made.close()


async def test_posts_go_through_the_proxy_the_environment_names(
    proxy: FakeProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = proxy.url.replace("http://", "http://proxy-user:proxy-pass@")
    monkeypatch.setenv("HTTP_PROXY", login)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    transport = AiohttpTransport(NoTokens())
    try:
        first = await transport.post("http://connector.test/teams/", "a:chat-1", {"x": 1})
        second = await transport.post("http://connector.test/teams/", "a:chat-2", {"x": 2})
    finally:
        await transport.close()

    assert (first, second) == ("via-proxy", "via-proxy")
    [(url, login_sent), _] = proxy.asked
    assert url == "http://connector.test/teams/v3/conversations/a:chat-1/activities"
    assert login_sent == "Basic cHJveHktdXNlcjpwcm94eS1wYXNz"  # proxy-user:proxy-pass


async def test_no_proxy_in_the_environment_sends_to_the_connector_directly(
    proxy: FakeProxy, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    transport = AiohttpTransport(NoTokens())
    try:
        await transport.post(connector.url, "a:chat-1", {"type": "message"})
    finally:
        await transport.close()

    assert proxy.asked == []
    assert len(connector.received) == 1
