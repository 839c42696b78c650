"""With MicrosoftAppId set, requests without a valid Bot Framework token are refused."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot, with_settings


@pytest.fixture
async def secured_bot(settings: Settings, kb: KnowledgeBase) -> AsyncIterator[BotServer]:
    secured = with_settings(
        settings, app_id="11111111-2222-3333-4444-555555555555", app_password="not-a-real-secret"
    )
    server, client = await start_bot(secured, kb)
    yield client
    await client.session.close()
    await server.close()


async def test_a_request_without_a_token_is_a_401_and_nothing_is_sent(
    secured_bot: BotServer, connector: FakeConnector
) -> None:
    response = await secured_bot.post(message("hvem sitter i politirådet", connector.url))
    assert response.status == 401
    assert connector.received == []


@pytest.mark.parametrize("header", ["Bearer not-a-jwt", "Basic dXNlcjpwYXNz", "Bearer a.b.c"])
async def test_a_malformed_token_is_a_401_and_nothing_is_sent(
    secured_bot: BotServer, connector: FakeConnector, header: str
) -> None:
    response = await secured_bot.post(
        message("hvem sitter i politirådet", connector.url), headers={"Authorization": header}
    )
    assert response.status == 401
    assert connector.received == []
