"""Authentication off: botbuilder's anonymous identity is built once and each turn gets a copy.

bot/teams/connectors.py keeps the result of the first request without a token; these tests
hold it to what botbuilder itself answers for every request (and to refusing every request
without a token when authentication is on). The service with real tokens:
tests/test_auth_tokens.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount
from botframework.connector.auth import AuthenticateRequestResult

from bot.config import Settings
from bot.teams.adapter import bot_framework_config
from bot.teams.connectors import ReusingBotFrameworkAuthentication

URL = "https://smba.trafficmanager.net/emea/"


def activity(channel: str = "msteams", service_url: str = URL) -> Activity:
    return Activity(
        type="message",
        channel_id=channel,
        service_url=service_url,
        conversation=ConversationAccount(id="a:chat"),
        recipient=ChannelAccount(id="28:bot", role="skill"),
        relates_to=None,
    )


def auth(app_id: str = "", password: str = "") -> ReusingBotFrameworkAuthentication:
    return ReusingBotFrameworkAuthentication(
        bot_framework_config(Settings(app_id=app_id, app_password=password))
    )


def fields(result: AuthenticateRequestResult) -> tuple[Any, ...]:
    identity: Any = result.claims_identity
    return (
        identity.claims,
        identity.is_authenticated,
        identity.authentication_type,
        result.audience,
        result.caller_id,
        result.connector_factory,
    )


def test_every_request_without_a_token_gets_what_botbuilder_answers_each_its_own_copy() -> None:
    kept = auth()

    async def three() -> list[AuthenticateRequestResult]:
        return [
            await kept.authenticate_request(activity(service_url=url), "")
            for url in (URL, URL, "http://127.0.0.1:9/")
        ]

    results = asyncio.run(three())
    fresh = auth()
    expected = asyncio.run(fresh.authenticate_request(activity(), ""))

    for result in results:
        assert fields(result)[:5] == fields(expected)[:5]
        assert result.connector_factory is results[0].connector_factory, "one per app id"
    results[0].claims_identity.claims["changed"] = "by a turn"
    results[0].caller_id = "changed"
    later = asyncio.run(kept.authenticate_request(activity(), ""))
    assert fields(later)[:5] == fields(expected)[:5], "a turn's changes stay in its own copy"
    assert results[1].claims_identity is not results[2].claims_identity


def test_botbuilder_builds_the_anonymous_identity_once_but_every_emulator_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    parent = ReusingBotFrameworkAuthentication.__mro__[1]
    original = parent.authenticate_request

    async def counted(self: Any, activity: Activity, header: str) -> Any:
        calls.append(activity.channel_id)
        return await original(self, activity, header)

    monkeypatch.setattr(parent, "authenticate_request", counted)
    kept = auth()

    async def turns() -> None:
        for channel in ("msteams", "msteams", "emulator", "emulator", "msteams"):
            await kept.authenticate_request(activity(channel), "")

    asyncio.run(turns())
    assert calls == ["msteams", "emulator", "emulator"]


def test_with_authentication_on_every_request_without_a_token_is_refused() -> None:
    kept = auth("00000000-0000-0000-0000-00000000b07a", "not-a-real-secret")

    async def twice() -> None:
        for _ in range(2):
            with pytest.raises(PermissionError):
                await kept.authenticate_request(activity(), "")

    asyncio.run(twice())
