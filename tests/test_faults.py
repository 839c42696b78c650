"""Faults at every edge, and what the people in the room see while they happen.

The Bot Connector down, slow, throttling (429) or failing (500); the SQLite file locked by
another connection or full; the process killed with SIGKILL halfway through a batch of
reminders; a knowledge reload with a broken file. The service never answers 500, never
loses a promised message, and tells people kindly when something could not be done.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import shutil
import signal
import socket
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.clock import FixedClock
from bot.config import DEFAULT_KNOWLEDGE_DIR, REPO_ROOT, Settings
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase
from bot.reload import reload_knowledge, tell_coordinators
from bot.routing import STORE_BUSY
from bot.server import RUNTIME
from bot.storage import StoreError
from bot.storage.sqlite import SqliteDatabase, SqliteStore
from bot.teams.sender import OUTBOX, PER_THREAD_WINDOWS, Outgoing, RateLimiter
from cards.verbs import Verb
from tests.auxil import figures
from tests.auxil.activities import TEAM_ID, message
from tests.auxil.batch import DUE, busy_testvik, people, seed_roster
from tests.auxil.connector import Failure, FakeConnector
from tests.auxil.room import (
    KOORDINATOR,
    SKOLE,
    Room,
    at,
    open_room,
    people_map,
    post_action,
    reminder_posts,
    seed_room,
)
from tests.conftest import FIXTURES, BotServer, start_bot, with_settings
from tests.test_sender import channel


def closed_port_url() -> str:
    """A loopback URL nobody listens on: the connector is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


# --- the Bot Connector down, slow, throttling, failing -----------------------------------


@pytest.mark.slow
async def test_when_the_connector_is_down_the_turn_still_gets_its_201_and_the_bot_logs_it(
    bot_server: BotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    started = time.monotonic()

    response = await bot_server.post(message("hvem sitter i politirådet", closed_port_url()))

    took = time.monotonic() - started
    assert response.status == 201
    assert "turn failed: " in caplog.text
    # No apology into a connector that is not answering: it would only wait as long again.
    assert "could not send the apology" not in caplog.text
    assert "politirådet" not in caplog.text
    figures.record("faults", fault="connector down (reply)", status=201, seconds=round(took, 1))


@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_a_throttled_or_failing_reply_still_answers_201_and_the_user_hears_back(
    bot_server: BotServer,
    connector: FakeConnector,
    caplog: pytest.LogCaptureFixture,
    status: int,
) -> None:
    connector.fail_next(Failure(status, retry_after=0.1))

    response = await bot_server.post(message("hvem sitter i politirådet", connector.url))

    assert response.status == 201
    [heard] = await connector.wait_for(1)
    what = "answer" if heard.get("attachments") else "apology"
    if what == "apology":
        assert "Prøv igjen om litt" in heard["text"] and "turn failed" in caplog.text
    figures.record("faults", fault=f"connector {status} on a reply", status=201, user_got=what)


async def test_a_connector_slower_than_the_attempt_timeout_gives_up_and_reports_honestly(
    room: Room,
) -> None:
    """A timed-out attempt is not a failed one: the connector may still accept it later."""
    sender = room.runtime.sender
    sender.attempt_timeout, sender.max_attempts = 0.2, 3
    room.connector.answer_delay = 0.5
    outgoing = Outgoing(
        key="notice:testvik:slow-connector",
        reply=Reply("Testmelding til SLT-kanalen."),
        conversation=channel(room.connector.url),
    )

    delivery = await sender.send(outgoing)
    await asyncio.sleep(0.6)  # the connector finishes what it was given

    landed = sum("Testmelding" in json.dumps(a) for a in room.connector.sent())
    assert delivery.state == "failed" and delivery.attempts == 3
    assert delivery.error in {"ReadTimeout", "TimeoutError"}
    entry = await sender.ledger(outgoing.key)
    assert entry is not None and entry.state == "failed"
    figures.record("faults", fault="connector slower than the attempt timeout", copies=landed)
    room.connector.answer_delay = 0.0


async def test_a_restart_that_finds_a_post_on_the_wire_sends_it_again_and_says_so(
    room: Room,
) -> None:
    """What the ledger shows after a SIGKILL mid-post: "sending". Teams may or may not have it."""
    key = "notice:testvik:on-the-wire"
    room.runtime.store.database.put(
        OUTBOX, key, {"kind": "notice", "state": "sending", "attempts": 1}
    )
    outgoing = Outgoing(
        key=key,
        reply=Reply("Testmelding til SLT-kanalen."),
        conversation=channel(room.connector.url),
    )

    delivery = await room.runtime.sender.send(outgoing)
    again = await room.runtime.sender.send(outgoing)

    assert (delivery.state, again.state) == ("sent", "skipped_duplicate")
    entry = await room.runtime.sender.ledger(key)
    assert entry is not None and entry.state == "sent"
    assert entry.uncertain is True  # counted: at most one copy too many, never none
    assert len(room.connector.sent()) == 1


# --- the process killed in the middle of a batch ------------------------------------------

BATCH = 200


class ServiceProcess:
    """``python -m tests.auxil.reminder_process`` — the real service in a process of its own."""

    def __init__(self, process: asyncio.subprocess.Process, log: Path) -> None:
        self.process = process
        self.log = log

    @classmethod
    async def start(cls, data: Path, knowledge: Path, run: str) -> ServiceProcess:
        log = data / f"service-{run}.log"
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.auxil.reminder_process",
            str(data),
            str(knowledge),
            str(BATCH),
            run,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            stdout=asyncio.subprocess.DEVNULL,
            stderr=log.open("w"),
        )
        return cls(process, log)

    async def kill(self, how: signal.Signals = signal.SIGKILL) -> None:
        self.process.send_signal(how)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()


async def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def recipient(key: str) -> str:
    """The Teams user an idempotency key's message goes to (``…:29:aad-person-7``)."""
    return ":".join(key.split(":")[-2:])


def ledger(database: Path) -> dict[str, dict[str, Any]]:
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT key, value FROM kv WHERE namespace = ?", (OUTBOX,)).fetchall()
    return {key: json.loads(value) for key, value in rows}


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
async def test_stopped_mid_batch_and_started_again_every_reminder_arrives(
    tmp_path: Path, connector: FakeConnector, how: signal.Signals
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    knowledge = busy_testvik(tmp_path, BATCH)
    store = SqliteDatabase(data / "slt-boten.sqlite3")
    seed_roster(store, BATCH, connector.url)
    store.close()
    connector.answer_delay = 0.05  # Teams has each message a moment before the bot hears so

    def posts_per_user() -> Counter[str]:
        members = connector.conversation_members
        return Counter(members.get(r.conversation_id, "?") for r in connector.received)

    first = await ServiceProcess.start(data, knowledge, "first")
    await until(lambda: len(connector.sent()) >= BATCH // 2, 60, "half the batch")
    await first.kill(how)
    at_kill = len(connector.sent())
    unsent = {k for k, v in ledger(data / "slt-boten.sqlite3").items() if v["state"] != "sent"}
    await asyncio.sleep(0.5)  # what was in flight reaches the connector, or not
    landed_after_kill = len(connector.sent()) - at_kill

    second = await ServiceProcess.start(data, knowledge, "second")
    try:
        promised_path = data / "promised-second.txt"
        await until(promised_path.exists, 60, "the start-up tick after the restart")
        promised = set(promised_path.read_text().split())
        users = {recipient(k) for k in promised}
        await until(lambda: users <= set(posts_per_user()), 60, "every promised message")
        await until(
            lambda: all(v["state"] == "sent" for v in ledger(data / "slt-boten.sqlite3").values()),
            30,
            "the ledger to say sent",
        )
    finally:
        await second.stop()

    per_user = posts_per_user()
    delivered = {u for u in users if per_user[u] >= 1}
    duplicated = sum(per_user[u] - 1 for u in users if per_user[u] > 1)
    uncertain = sum(1 for v in ledger(data / "slt-boten.sqlite3").values() if v.get("uncertain"))
    figures.record(
        "kill",
        signal=how.name,
        promised=len(promised),
        delivered=len(delivered),
        lost=len(users - delivered),
        duplicated=duplicated,
        sent_before_kill=at_kill,
        started_not_sent_at_stop=len(unsent),
        landed_after_kill=landed_after_kill,
        marked_uncertain=uncertain,
    )
    assert len(promised) == BATCH + 1  # one reminder per tiltak and the Monday digest
    assert delivered == users, "nothing promised is lost"
    assert duplicated <= uncertain <= 16, "a duplicate only where a post was on the wire"
    if how == signal.SIGTERM:
        assert duplicated == uncertain == 0, "a graceful stop lets the posts on the wire finish"


# --- Teams on a bad day: a batch through throttling and server errors ---------------------


class FlakyGateway:
    """Teams on a bad day, in front of the fake connector: a third of all requests are
    throttled (429 with Retry-After) or fail (500, 502, 503) before they reach it."""

    def __init__(self, behind: FakeConnector) -> None:
        self.behind = behind
        self.requests = 0
        self.injected: Counter[int] = Counter()
        self._dice = random.Random(2026)
        self._server: TestServer | None = None
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> FlakyGateway:
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()
        self._session = aiohttp.ClientSession()
        return self

    @property
    def url(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("/"))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._server is not None:
            await self._server.close()

    async def _forward(self, request: web.Request) -> web.Response:
        self.requests += 1
        if self._dice.random() < 1 / 3:
            status = self._dice.choice((429, 500, 502, 503))
            self.injected[status] += 1
            headers = {"Retry-After": "0.05"} if status == 429 else {}
            return web.json_response({"error": {"code": "Busy"}}, status=status, headers=headers)
        assert self._session is not None
        async with self._session.request(
            request.method,
            self.behind.url.rstrip("/") + request.path_qs,
            data=await request.read(),
            headers={"Content-Type": request.headers.get("Content-Type", "application/json")},
        ) as answer:
            return web.Response(
                status=answer.status, body=await answer.read(), content_type=answer.content_type
            )


@pytest.mark.slow
async def test_a_batch_through_throttling_and_server_errors_arrives_exactly_once(
    tmp_path: Path, settings: Settings, connector: FakeConnector
) -> None:
    flaky = await FlakyGateway(connector).start()
    tiltak = 100
    kb = KnowledgeBase.load_files([busy_testvik(tmp_path, tiltak)], None)
    database = SqliteDatabase(settings.database_path)
    seed_roster(database, tiltak, flaky.url)
    store = SqliteStore(database)
    local = with_settings(settings, default_kommune="testvik")
    server, bot = await start_bot(
        local, kb, store=store, clock=FixedClock(DUE), people=people(tiltak)
    )
    try:
        runtime = bot.app[RUNTIME]
        runtime.sender.base_delay = 0.01  # the backoff's shape is tested in test_sender
        runtime.sender.max_attempts = 12  # a third fail: twelve in a row is one in 531441
        runtime.sender.limiter = RateLimiter(PER_THREAD_WINDOWS, ((1.0, 200),))

        deliveries = await runtime.jobs.run(DUE, "tiltak")

        members = connector.conversation_members
        per_user = Counter(members.get(r.conversation_id) for r in connector.received)
        promised = {d.key for d in deliveries}
        assert [d.key for d in deliveries if d.state != "sent"] == []
        assert len(per_user) == len(promised) == tiltak + 1
        assert set(per_user.values()) == {1}, "each message exactly once"
        figures.record(
            "faults",
            fault="429/500/502/503 on a third of all requests (proactive batch)",
            promised=len(promised),
            delivered=len(per_user),
            duplicated=sum(n - 1 for n in per_user.values()),
            lost=len(promised) - len(per_user),
            requests=flaky.requests,
            faults_injected=sum(flaky.injected.values()),
        )
    finally:
        await bot.session.close()
        await server.close()
        await flaky.close()


# --- the database locked by another program, or the disk full -----------------------------


class FullDisk:
    """A SQLite connection on a full disk: reads work, every write fails the way SQLite says."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(self.WRITES):
            raise sqlite3.OperationalError("database or disk is full")
        return self.connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.connection, name)


@contextmanager
def another_program_writing(store: SqliteDatabase) -> Iterator[None]:
    """A backup tool or an admin's sqlite3 shell holding the write lock."""
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextmanager
def disk_full(store: SqliteDatabase) -> Iterator[None]:
    real = store._db
    store._db = FullDisk(real)  # type: ignore[assignment]
    try:
        yield
    finally:
        store._db = real


FAULTS: dict[str, Callable[[SqliteDatabase], AbstractContextManager[None]]] = {
    "locked by another program": another_program_writing,
    "disk full": disk_full,
}


@pytest.fixture
async def busy_store_room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    """Testvik on 1 June, with a store that waits 0.2 s for a lock (5 s in production)."""
    database = SqliteDatabase(settings.database_path, busy_timeout=0.2)
    seed_room(database, connector.url)
    store = SqliteStore(database)
    local = with_settings(settings, default_kommune="testvik")
    server, bot = await start_bot(
        local, testvik, store=store, clock=FixedClock(at("2026-06-01")), people=people_map()
    )
    room = Room(bot, bot.app[RUNTIME], FixedClock(at("2026-06-01")), connector)
    yield room
    await bot.session.close()
    await server.close()


async def link_team(room: Room, who: dict[str, Any]) -> str:
    before = len(room.connector.sent())
    activity = message(
        "koble teamet til testvik", room.connector.url, scope="channel", mention=True, sender=who
    )
    assert (await room.server.post(activity)).status == 201
    return (await room.connector.wait_for(before + 1))[before]["text"]


@pytest.mark.parametrize("fault", FAULTS)
async def test_when_the_database_cannot_be_written_questions_are_answered_and_changes_wait(
    busy_store_room: Room, fault: str
) -> None:
    room = busy_store_room
    store = room.runtime.store.database
    with FAULTS[fault](store):
        answered = await room.server.post(message("hvem sitter i politirådet", room.connector.url))
        [answer] = await room.connector.wait_for(1)
        linked = await link_team(room, KOORDINATOR)
        clicked = await post_action(room, Verb.TILTAK_DONE, SKOLE)
        with pytest.raises(StoreError):  # no ledger, no send: the reminder waits
            await room.tick(at("2026-06-01"))
        await asyncio.sleep(0.3)  # the tick's other sends meet the same fault

        assert answered.status == 201 and answer.get("attachments"), "the question is answered"
        assert linked == STORE_BUSY
        assert clicked["value"] == STORE_BUSY
        assert store.kommune_for(f"team:{TEAM_ID}") is None
        assert store.get("tiltak", "testvik:1:2026-06-15") is None
        assert reminder_posts(room) == []

    assert "Klart!" in await link_team(room, KOORDINATOR)
    done = await post_action(room, Verb.TILTAK_DONE, SKOLE)
    assert "Utført – Sigrid Skoleleder" in json.dumps(done, ensure_ascii=False)
    await room.tick(at("2026-06-01", "09:10"))
    assert len(reminder_posts(room)) == 0  # answered "Utført" meanwhile: no reminder needed
    assert not any("Beklager" in (a.get("text") or "") for a in room.connector.sent())
    figures.record("faults", fault=f"database {fault}", status=201, user_got="kind answer")


# --- a knowledge reload with a broken file ------------------------------------------------


@pytest.fixture
async def editable_room(
    tmp_path: Path, settings: Settings, connector: FakeConnector
) -> AsyncIterator[tuple[Room, Path]]:
    """Testvik served from a knowledge directory the coordinator edits."""
    directory = tmp_path / "knowledge"
    (directory / "kommuner").mkdir(parents=True)
    shutil.copy(FIXTURES / "testvik.yaml", directory / "kommuner" / "testvik.yaml")
    local = with_settings(settings, default_kommune="testvik", knowledge_dir=directory)
    opened, server = await open_room(local, KnowledgeBase.load(directory), connector, DUE)
    yield opened, directory / "kommuner" / "testvik.yaml"
    await opened.server.session.close()
    await server.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def ask(room: Room, question: str) -> str:
    before = len(room.connector.sent())
    await room.server.post(message(question, room.connector.url))
    return json.dumps((await room.connector.wait_for(before + 1))[before], ensure_ascii=False)


async def test_a_broken_knowledge_file_is_refused_and_the_last_good_version_keeps_answering(
    editable_room: tuple[Room, Path],
) -> None:
    room, testvik_yaml = editable_room
    edit(testvik_yaml, "name: Kari Testperson", "name: Kari Nyperson")
    edit(testvik_yaml, 'version: "2026-01-15.1"', 'version: "2026-06-01.1"')
    good = await reload_knowledge(room.runtime)
    assert good.ok and good.version != good.previous
    assert "Kari Nyperson" in await ask(room, "hvem er slt-koordinator")

    edit(testvik_yaml, "    innkaller: SLT-koordinator\n", "    innkaler: SLT-koordinator\n")
    broken = await reload_knowledge(room.runtime)
    told = await tell_coordinators(room.runtime, broken)

    assert not broken.ok and broken.version == good.version
    assert "testvik.yaml:" in (broken.problem or "") and "innkaler" in (broken.problem or "")
    assert "Kari Nyperson" in await ask(room, "hvem er slt-koordinator")
    health = await (await room.server.session.get(f"{room.server.url}/healthz")).json()
    assert health["knowledge_version"] == good.version
    assert [d.state for d in told] == ["sent"]
    sent = json.dumps(room.connector.sent(), ensure_ascii=False)
    assert "svarer fortsatt ut fra forrige versjon" in sent and "innkaler" in sent
    figures.record("faults", fault="broken knowledge file on reload", served=good.version)


async def test_the_coordinator_reloads_knowledge_from_teams_and_a_broken_file_is_explained(
    settings: Settings, tmp_path: Path, connector: FakeConnector
) -> None:
    """«last inn kunnskapen på nytt»: a good edit is served at once; a broken one is refused."""
    from tests.auxil.activities import message, user
    from tests.conftest import start_bot, with_settings

    knowledge = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, knowledge, ignore=shutil.ignore_patterns("people"))
    coordinator = user("Kari Koordinatorsen", "aad-admin")
    local = with_settings(settings, knowledge_dir=knowledge, admins=frozenset({"aad-admin"}))
    server, client = await start_bot(local)
    try:
        valer = knowledge / "kommuner" / "valer.yaml"
        valer.write_text(
            valer.read_text(encoding="utf-8").replace("innkaller:", "innkaler:", 1),
            encoding="utf-8",
        )
        await client.post(message("last inn kunnskapen på nytt", connector.url, sender=coordinator))
        [refused] = await connector.wait_for(1)
        assert "ble ikke lastet inn" in refused["text"] and "valer.yaml" in refused["text"]
        await client.post(
            message(
                "last inn kunnskapen på nytt",
                connector.url,
                sender=user("Ola Testlærer", "aad-ola"),
            )
        )
        [_, not_allowed] = await connector.wait_for(2)
        assert "Bare SLT-koordinatoren" in not_allowed["text"]
    finally:
        await client.session.close()
        await server.close()
