"""Shared fixtures: the bundled knowledge, a fake Bot Connector, and the real bot server."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from hypothesis import settings as hypothesis_settings

from bot.compiled import Compiled
from bot.config import DEFAULT_KNOWLEDGE_DIR, REPO_ROOT, Settings
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.safety import DangerCheck
from bot.safety_net import SafetyNet
from bot.server import create_app
from bot.storage.sqlite import SqliteStore
from tests.auxil.connector import FakeConnector
from tests.auxil.postgres import PostgresServer, shared_server
from tests.auxil.service import ServeProcess

if TYPE_CHECKING:
    from tests.auxil.graph import FakeGraph
    from tests.auxil.room import Room

# Performance is measured in bench/, never asserted: no per-example time limit, which a busy
# CI machine exceeds now and then (a property test is about what, not how fast).
hypothesis_settings.register_profile("slt", deadline=None)
hypothesis_settings.load_profile("slt")

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DIR = Path(os.environ.get("SLT_SHARED_DIR", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL for the whole session (tests/auxil/postgres.py)."""
    yield shared_server()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database of its own for one test."""
    return postgres_server.fresh_database()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="module")
def bot(kb: KnowledgeBase) -> SltBot:
    """The whole bot on an in-memory store, one per test module (the safety probes'); a module
    that needs another bot defines its own ``bot``."""
    return SltBot(kb, SqliteStore.open(":memory:"), Settings())


@pytest.fixture(scope="session")
def vocabulary(kb: KnowledgeBase) -> DangerCheck:
    """The danger check built as the bot builds it: the knowledge's own words are never read
    as typos."""
    return Compiled.of(kb).safety


@pytest.fixture(scope="session")
def net(kb: KnowledgeBase) -> SafetyNet:
    """The nearest-example safety net as the bot builds it (bot/safety_net.py)."""
    found = Compiled.of(kb).net
    assert found is not None, "knowledge/language/danger_examples.yaml is shipped"
    return found


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", default_kommune="valer", scheduler_enabled=False)


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = await FakeConnector().start()
    yield fake
    await fake.close()


@dataclass
class BotServer:
    """The real aiohttp app on a loopback port, and a client that posts to it."""

    url: str
    session: aiohttp.ClientSession
    app: Any

    async def post(
        self, body: Any, *, headers: dict[str, str] | None = None, raw: bytes | None = None
    ) -> aiohttp.ClientResponse:
        hdrs = {"Content-Type": "application/json", **(headers or {})}
        if raw is not None:
            return await self.session.post(f"{self.url}/api/messages", data=raw, headers=hdrs)
        return await self.session.post(f"{self.url}/api/messages", json=body, headers=hdrs)


async def start_bot(
    settings: Settings, kb: KnowledgeBase | None = None, **runtime: Any
) -> tuple[TestServer, BotServer]:
    """The real app on a free loopback port (``runtime``: clock, people, store overrides)."""
    app = create_app(settings, kb=kb, **runtime)  # the store DATABASE_URL names, if not given
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    session = aiohttp.ClientSession()
    return server, BotServer(str(server.make_url("")).rstrip("/"), session, app)


@pytest.fixture
async def bot_server(settings: Settings, kb: KnowledgeBase) -> AsyncIterator[BotServer]:
    server, client = await start_bot(settings, kb)
    yield client
    await client.session.close()
    await server.close()


def with_settings(settings: Settings, **changes: Any) -> Settings:
    return replace(settings, **changes)


def shared_file(*parts: str) -> Path:
    """A file from ../shared, or skip the test with the reason when it is not there."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: set SLT_SHARED_DIR to the shared/ directory")
    return path


@pytest.fixture(scope="module")
def testvik() -> KnowledgeBase:
    """The made-up Testvik kommune alone."""
    return KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)


@pytest.fixture
async def room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    """Testvik's bot on Monday 1 June 2026, 09:05, with its people, roster and channel."""
    from tests.auxil.room import at, open_room  # the room module imports this one

    local = with_settings(settings, default_kommune="testvik")
    opened, server = await open_room(local, testvik, connector, at("2026-06-01"))
    yield opened
    await opened.server.session.close()
    await server.close()


@pytest.fixture
async def graph(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeGraph]:
    """A fake Microsoft Graph and token endpoint on loopback (tests/auxil/graph.py)."""
    from tests.auxil.graph import FakeGraph  # its certificate is made only where it is used

    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # loopback never via a proxy
    fake = await FakeGraph().start()
    yield fake
    await fake.close()


@pytest.fixture
def processes() -> Iterator[list[ServeProcess]]:
    """Service processes a test starts (tests/auxil/service.py): every one is killed at the
    end, whatever happened."""
    started: list[ServeProcess] = []
    yield started
    for process in started:
        process.close()
