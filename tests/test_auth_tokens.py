"""Inbound authentication for real: signed Bot Framework tokens against the running service.

With MicrosoftAppId set, the bot checks every request's token with botbuilder's own code
against a fake token service (tests/auxil/tokens.py) that publishes its signing key the
way Bot Framework does. Only a token signed by that key, issued by Bot Framework, for this
bot, still valid, and for the service URL the activity names is let in; everything else is
a 401 and nothing reaches the connector.

The one stand-in below the SDK: the bot's *own* token for replies. botbuilder gets it from
Entra with MSAL, which only talks to https authorities known to Microsoft, so the test
routes that one call (MicrosoftAppCredentials.get_access_token) to the fake authority's
client-credentials endpoint over HTTP, and records which login endpoint botbuilder chose.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import time_machine
from botframework.connector.auth import JwtTokenExtractor, MicrosoftAppCredentials
from cryptography.hazmat.primitives import serialization

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil import figures
from tests.auxil.activities import card_action, message
from tests.auxil.connector import LOOPBACK_CONNECTORS, FakeConnector
from tests.auxil.tokens import SigningKey, TokenAuthority
from tests.conftest import BotServer, start_bot, with_settings

APP_ID = "5c1a0b7e-7e57-4000-8000-00000000b075"  # SLT-boten's (made-up) app registration
OTHER_BOT = "0bad0bad-7e57-4000-8000-0000000000b2"  # another bot in the same tenant
SECRET = "not-a-real-secret"
PUBLIC_LOGIN = "https://login.microsoftonline.com/botframework.com"


@pytest.fixture
def authority() -> Iterator[TokenAuthority]:
    service = TokenAuthority().start()
    service.register_bot(APP_ID, SECRET)
    yield service
    service.close()


@pytest.fixture
def entra(authority: TokenAuthority, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot's reply token comes from the fake authority instead of login.microsoftonline.com."""

    def get_access_token(credentials: MicrosoftAppCredentials, force_refresh: bool = False) -> str:
        return authority.bot_token(credentials)

    monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", get_access_token)


async def secured_bot(settings: Settings, kb: KnowledgeBase, **changes: Any) -> Any:
    changes.setdefault("allowed_service_urls", LOOPBACK_CONNECTORS)
    secured = with_settings(settings, app_id=APP_ID, app_password=SECRET, **changes)
    return await start_bot(secured, kb)


@pytest.fixture
async def bot(
    settings: Settings, kb: KnowledgeBase, authority: TokenAuthority, entra: None
) -> AsyncIterator[BotServer]:
    server, client = await secured_bot(
        settings, kb, openid_metadata_url=authority.metadata_url, token_issuer=authority.issuer
    )
    yield client
    await client.session.close()
    await server.close()


# --- let in --------------------------------------------------------------------------------


async def test_teams_with_a_valid_token_gets_an_answer_sent_with_the_bots_own_token(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    token = authority.token(app_id=APP_ID, service_url=connector.url)

    response = await bot.post(
        message("hvem sitter i politirådet", connector.url), headers=authority.header(token)
    )

    assert response.status == 201
    [reply] = await connector.wait_for(1)
    assert "Politirådet" in json.dumps(reply, ensure_ascii=False)
    assert authority.fetched[-1].endswith("/keys")  # the key really came from the authority
    assert authority.issued_to_bots == [{"client_id": APP_ID, "authority": PUBLIC_LOGIN}]
    assert (connector.received[0].authorization or "").startswith("Bearer ey")


async def test_a_card_click_with_a_valid_token_is_answered_in_place(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    token = authority.token(app_id=APP_ID, service_url=connector.url)
    click = card_action(Verb.ROUTINE_START, {"routine": "vold-naere-relasjoner"}, connector.url)

    response = await bot.post(click, headers=authority.header(token))

    assert response.status == 200
    body = await response.json()
    assert body["type"] == "application/vnd.microsoft.card.adaptive"


async def test_with_only_the_metadata_url_configured_the_bot_framework_issuer_is_expected(
    settings: Settings,
    kb: KnowledgeBase,
    connector: FakeConnector,
    authority: TokenAuthority,
    entra: None,
) -> None:
    server, bot = await secured_bot(settings, kb, openid_metadata_url=authority.metadata_url)
    try:
        token = authority.token(app_id=APP_ID, service_url=connector.url)
        response = await bot.post(message("hjelp", connector.url), headers=authority.header(token))
        assert response.status == 201
        await connector.wait_for(1)
    finally:
        await bot.session.close()
        await server.close()


# --- kept out ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Forgery:
    """A way a token can be wrong: the Authorization header to send, given the scene."""

    name: str
    header: Callable[[TokenAuthority, str], dict[str, str]]
    endorsements: tuple[str, ...] = ("msteams",)


def _signed(**wrong: Any) -> Callable[[TokenAuthority, str], dict[str, str]]:
    def header(authority: TokenAuthority, service_url: str) -> dict[str, str]:
        claims = {"app_id": APP_ID, "service_url": service_url, **wrong}
        return authority.header(authority.token(**claims))

    return header


def _an_hour_ago() -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)


def _unsigned(authority: TokenAuthority, service_url: str) -> dict[str, str]:
    real = authority.token(app_id=APP_ID, service_url=service_url)
    body = real.split(".")[1]
    none = _b64({"alg": "none", "typ": "JWT", "kid": authority.key.kid})
    return authority.header(f"{none}.{body}.")


def _hmac_with_the_public_key(authority: TokenAuthority, service_url: str) -> dict[str, str]:
    """The old algorithm-confusion trick: HS256 keyed with the published RSA public key."""
    real = authority.token(app_id=APP_ID, service_url=service_url)
    body = real.split(".")[1]
    head = _b64({"alg": "HS256", "typ": "JWT", "kid": authority.key.kid})
    public = authority.key.private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    signature = hmac.new(public, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return authority.header(f"{head}.{body}.{_b64url(signature)}")


def _b64(part: dict[str, Any]) -> str:
    return _b64url(json.dumps(part).encode())


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


FORGERIES = [
    Forgery("missing", lambda authority, url: {}),
    Forgery("expired", _signed(issued=_an_hour_ago())),
    Forgery("not yet valid", _signed(issued=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))),
    Forgery("wrong audience", _signed(audience="https://graph.microsoft.com")),
    Forgery("for another bot", _signed(audience=OTHER_BOT)),
    Forgery("wrong issuer", _signed(issuer="https://api.botframework.example")),
    Forgery(
        "issued by some Entra tenant",
        _signed(
            issuer="https://login.microsoftonline.com/0bad0bad-0000-4000-8000-000000000000/v2.0"
        ),
    ),
    Forgery(
        "bad signature (another key, same key id)",
        lambda authority, url: authority.header(
            authority.token(
                app_id=APP_ID,
                service_url=url,
                key=SigningKey(authority.key.kid, SigningKey.generate().private),
            )
        ),
    ),
    Forgery("signed by an unknown key", _signed(key=SigningKey.generate())),
    Forgery("unsigned (alg none)", _unsigned),
    Forgery("HS256 keyed with the public key", _hmac_with_the_public_key),
    Forgery(
        "service URL of another connector",
        _signed(service_url="https://smba.trafficmanager.net/emea/"),
    ),
    Forgery("key not endorsed for Teams", _signed(), endorsements=("webchat",)),
]


@pytest.mark.parametrize("forgery", FORGERIES, ids=[f.name for f in FORGERIES])
async def test_a_forged_or_wrong_token_is_a_401_and_nothing_is_sent(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority, forgery: Forgery
) -> None:
    authority.endorsements = list(forgery.endorsements)

    response = await bot.post(
        message("hvem sitter i politirådet", connector.url),
        headers=forgery.header(authority, connector.url),
    )

    assert response.status == 401
    assert connector.received == []
    assert authority.issued_to_bots == []  # the bot never even prepared a reply
    figures.record("auth", case=forgery.name, status=response.status, sent=len(connector.received))


async def test_a_real_token_replayed_with_an_activity_pointing_elsewhere_is_refused(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    """Someone holding a genuine token tries to have the bot post (and sign in) elsewhere."""
    attacker = await FakeConnector().start()
    try:
        genuine = authority.token(app_id=APP_ID, service_url=connector.url)
        response = await bot.post(
            message("hvem sitter i politirådet", attacker.url), headers=authority.header(genuine)
        )
        assert response.status == 401
        assert attacker.received == [] and connector.received == []
        figures.record("auth", case="serviceurl claim does not match the activity", status=401)
    finally:
        await attacker.close()


async def test_a_forged_card_click_is_refused_like_a_message(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    forged = authority.token(app_id=APP_ID, service_url=connector.url, audience=OTHER_BOT)
    click = card_action(Verb.TILTAK_DONE, {"kommune": "valer", "tiltak": "1"}, connector.url)

    response = await bot.post(click, headers=authority.header(forged))

    assert response.status == 401
    assert connector.received == []
    figures.record("auth", case="card click for another bot", status=response.status)


async def test_when_the_key_service_cannot_be_reached_requests_wait_outside_with_503(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector, authority: TokenAuthority
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/.well-known/openid-configuration"
    server, bot = await secured_bot(settings, kb, openid_metadata_url=closed)
    try:
        token = authority.token(app_id=APP_ID, service_url=connector.url)
        response = await bot.post(message("hjelp", connector.url), headers=authority.header(token))
        assert response.status == 503  # Bot Framework retries; the request was never let in
        assert connector.received == []
    finally:
        await bot.session.close()
        await server.close()


# --- the key service on a bad day (issue 12, finding 3) ------------------------------------


def metadata_requests(authority: TokenAuthority) -> int:
    return sum(1 for path in authority.fetched if path.endswith("openid-configuration"))


async def test_a_failing_key_service_is_asked_again_only_after_a_backoff(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    authority.failing = 503
    token = authority.token(app_id=APP_ID, service_url=connector.url)

    statuses = [
        (await bot.post(message("hjelp", connector.url), headers=authority.header(token))).status
        for _ in range(3)
    ]

    assert statuses == [503, 503, 503]  # Bot Framework retries; nobody was let in
    assert metadata_requests(authority) == 1  # not once per request
    assert connector.received == []


async def test_tokens_naming_unknown_keys_do_not_make_the_bot_fetch_keys_again_and_again(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    genuine = authority.token(app_id=APP_ID, service_url=connector.url)
    assert (
        await bot.post(message("hjelp", connector.url), headers=authority.header(genuine))
    ).status == 201
    asked = len(authority.fetched)

    for _ in range(5):
        stranger = authority.token(
            app_id=APP_ID, service_url=connector.url, key=SigningKey.generate()
        )
        response = await bot.post(
            message("hjelp", connector.url), headers=authority.header(stranger)
        )
        assert response.status == 401

    assert len(authority.fetched) - asked <= 2  # metadata and keys, at most once


# --- where replies may go (issue 12, finding 5) --------------------------------------------


async def test_an_activity_naming_a_service_url_outside_the_allow_list_is_a_401(
    settings: Settings,
    kb: KnowledgeBase,
    connector: FakeConnector,
    authority: TokenAuthority,
    entra: None,
) -> None:
    """A genuine token for an address that is not a Bot Framework / Teams connector."""
    attacker = await FakeConnector().start()
    server, bot = await secured_bot(
        settings,
        kb,
        openid_metadata_url=authority.metadata_url,
        allowed_service_urls=(connector.url.rstrip("/"),),  # only the real connector
    )
    try:
        token = authority.token(app_id=APP_ID, service_url=attacker.url)
        response = await bot.post(
            message("hvem sitter i politirådet", attacker.url), headers=authority.header(token)
        )
        assert response.status == 401
        assert attacker.received == []
        assert authority.issued_to_bots == []
    finally:
        await bot.session.close()
        await server.close()
        await attacker.close()


# --- a token checked once (bot/teams/validated.py) -----------------------------------------


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token botbuilder itself validates (its real check runs; it is only counted)."""
    seen: list[str] = []
    validate = JwtTokenExtractor.get_identity

    async def counted(self: JwtTokenExtractor, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(kwargs.get("parameter", args[1] if len(args) > 1 else "")))
        return await validate(self, *args, **kwargs)

    monkeypatch.setattr(JwtTokenExtractor, "get_identity", counted)
    return seen


async def test_a_token_is_checked_once_and_then_let_in_until_it_expires(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority, checks: list[str]
) -> None:
    token = authority.token(app_id=APP_ID, service_url=connector.url)
    statuses = [
        (await bot.post(message("hjelp", connector.url), headers=authority.header(token))).status
        for _ in range(3)
    ]

    assert statuses == [201, 201, 201]
    assert len(checks) == 1
    assert len(await connector.wait_for(3)) == 3


async def test_a_kept_token_is_refused_once_it_has_expired(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority, checks: list[str]
) -> None:
    token = authority.token(
        app_id=APP_ID, service_url=connector.url, lifetime=dt.timedelta(minutes=10)
    )
    header = authority.header(token)
    assert (await bot.post(message("hjelp", connector.url), headers=header)).status == 201

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)  # past exp and the 5 min skew
    with time_machine.travel(later, tick=True):
        response = await bot.post(message("hjelp", connector.url), headers=header)

    assert response.status == 401
    assert len(checks) == 2  # botbuilder decided again, and refused
    assert len(connector.received) == 1


async def test_a_kept_token_replayed_with_an_activity_pointing_elsewhere_is_still_refused(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority, checks: list[str]
) -> None:
    genuine = authority.token(app_id=APP_ID, service_url=connector.url)
    header = authority.header(genuine)
    assert (await bot.post(message("hjelp", connector.url), headers=header)).status == 201
    attacker = await FakeConnector().start()
    try:
        response = await bot.post(message("hjelp", attacker.url), headers=header)
        elsewhere = message("hjelp", connector.url) | {"channelId": "webchat"}
        other_channel = await bot.post(elsewhere, headers=header)
    finally:
        await attacker.close()

    assert (response.status, other_channel.status) == (401, 401)
    assert attacker.received == []
    assert len(checks) == 3


async def test_forged_tokens_are_refused_while_a_genuine_one_is_kept(
    bot: BotServer, connector: FakeConnector, authority: TokenAuthority
) -> None:
    genuine = authority.token(app_id=APP_ID, service_url=connector.url)
    assert (
        await bot.post(message("hjelp", connector.url), headers=authority.header(genuine))
    ).status == 201
    head, body, _ = genuine.split(".")
    other_key = SigningKey(authority.key.kid, SigningKey.generate().private)
    forged = authority.token(app_id=APP_ID, service_url=connector.url, key=other_key)
    tampered = f"{head}.{_b64({**_claims(genuine), 'aud': OTHER_BOT})}.{genuine.split('.')[2]}"

    for token in (forged, tampered, f"{head}.{body}.", genuine + "x"):
        response = await bot.post(message("hjelp", connector.url), headers=authority.header(token))
        assert response.status == 401, token

    assert len(connector.received) == 1


def _claims(token: str) -> dict[str, Any]:
    body = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return decoded
