"""Proactive sends against the fake Bot Connector: limits, retries, fallback and the ledger.

Every test talks HTTP to the real FakeConnector on loopback through the real CloudAdapter.
Waiting is never real: backoff sleeps are recorded, and the rate limiter runs on a virtual
clock, so the tests are fast and deterministic.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import socket
import sqlite3
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.features.reply import Reply
from bot.storage.outbox import Outbox
from bot.storage.sqlite import SqliteDatabase, SqliteStore
from bot.teams.adapter import create_adapter
from bot.teams.connectors import close_connections
from bot.teams.sender import (
    GLOBAL_WINDOWS,
    OUTBOX,
    PER_THREAD_WINDOWS,
    Outgoing,
    ProactiveSender,
    RateLimiter,
    UserTarget,
    parse_retry_after,
)
from tests.auxil.activities import BOT_ID, CHANNEL_ID, TENANT_ID
from tests.auxil.connector import Failure, FakeConnector

COORDINATOR_CHAT = "a:personal-koordinator"
KARI = UserTarget("29:aad-kari", TENANT_ID, "", "Kari Nordmann")
REMINDER_TEXT = "Husk: handlingsplanen for tiltak 18 skal være ferdig 15. juni."


# --- the cast ---------------------------------------------------------------------------------


def channel(service_url: str, channel_id: str = CHANNEL_ID) -> dict[str, Any]:
    """A channel conversation reference, as the handler stores ``reference.serialize()``."""
    return {
        "activityId": "msg-1",
        "bot": {"id": BOT_ID, "name": "SLT-boten"},
        "channelId": "msteams",
        "conversation": {
            "id": f"{channel_id};messageid=1",
            "conversationType": "channel",
            "isGroup": True,
            "tenantId": TENANT_ID,
        },
        "serviceUrl": service_url,
        "user": {"id": "29:aad-ola", "name": "Ola Testlærer"},
    }


def personal_chat(service_url: str, conversation_id: str = COORDINATOR_CHAT) -> dict[str, Any]:
    return {
        "bot": {"id": BOT_ID, "name": "SLT-boten"},
        "channelId": "msteams",
        "conversation": {
            "id": conversation_id,
            "conversationType": "personal",
            "tenantId": TENANT_ID,
        },
        "serviceUrl": service_url,
        "user": {"id": "29:aad-koordinator", "name": "Koordinator"},
    }


def reminder(
    service_url: str, *, key: str = "reminder:valer:18:2026-06-15:3", **target: Any
) -> Outgoing:
    if not target:
        target = {"conversation": channel(service_url)}
    return Outgoing(key=key, reply=Reply(text=REMINDER_TEXT), kind="reminder", **target)


def card_reply() -> Reply:
    card = {
        "type": "AdaptiveCard",
        "version": "1.5",
        "body": [{"type": "TextBlock", "text": "Frist nærmer seg for tiltak 18", "wrap": True}],
    }
    return Reply(text="Frist nærmer seg for tiltak 18", cards=(card,))


@dataclass
class VirtualTime:
    """A monotonic clock that only moves when someone sleeps on it."""

    now: float = 1000.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        wake_at = self.now + seconds
        await asyncio.sleep(0)  # let the others run at the current time first
        self.now = max(self.now, wake_at)


class RecordingLimiter(RateLimiter):
    """The real limiter, noting when each operation was let through (virtual time)."""

    def __init__(self, time_: VirtualTime) -> None:
        super().__init__(clock=time_.clock, sleep=time_.sleep)
        self.time = time_
        self.granted: dict[str, list[float]] = defaultdict(list)

    async def acquire(self, conversation_key: str) -> None:
        await super().acquire(conversation_key)
        self.granted[conversation_key].append(self.time.now)
        self.granted["*"].append(self.time.now)


def busiest(times: Sequence[float], period: float) -> int:
    """The most operations in any window of ``period`` seconds, (t - period, t]."""
    ordered = sorted(times)
    return max(
        (sum(1 for s in ordered if t - period < s <= t) for t in ordered),
        default=0,
    )


@dataclass
class Harness:
    tmp_path: Path
    connector: FakeConnector
    delays: list[float] = field(default_factory=list)
    time: VirtualTime = field(default_factory=VirtualTime)

    def __post_init__(self) -> None:
        self.adapter = create_adapter(Settings(data_dir=self.tmp_path))
        self.start()

    def start(self, **options: Any) -> ProactiveSender:
        """(Re)start the sender and its store on the same database file."""
        if getattr(self, "store", None) is not None:
            self.store.close()
        self.store = SqliteDatabase(self.tmp_path / "db.sqlite3")
        self.limiter = RecordingLimiter(self.time)

        async def recorded_sleep(seconds: float) -> None:
            self.delays.append(seconds)

        options.setdefault("sleep", recorded_sleep)
        self.sender = ProactiveSender(
            self.adapter,
            "",
            Outbox(SqliteStore(self.store)),
            limiter=self.limiter,
            rng=random.Random(7),
            **options,
        )
        return self.sender

    def restart(self, **options: Any) -> ProactiveSender:
        """A new process: a fresh store on the same file and a fresh sender."""
        return self.start(**options)

    def ledger(self, key: str) -> dict[str, Any]:
        entry = self.store.get(OUTBOX, key)
        assert entry is not None, f"no ledger entry for {key}"
        return entry


@pytest.fixture
async def harness(tmp_path: Path, connector: FakeConnector) -> AsyncIterator[Harness]:
    harness = Harness(tmp_path, connector)
    yield harness
    await close_connections(harness.adapter)
    harness.store.close()


# --- getting there ----------------------------------------------------------------------------


async def test_a_meeting_call_reaches_the_stored_channel_once(harness: Harness) -> None:
    connector = harness.connector
    call = Outgoing(
        key="meeting_call:valer:operativ:2026-06-01",
        reply=Reply(text="Innkalling: operativ SLT-gruppe 1. juni kl. 09.00."),
        kind="meeting_call",
        conversation=channel(connector.url),
    )

    delivery = await harness.sender.send(call)

    assert delivery.state == "sent" and delivery.attempts == 1
    [posted] = connector.sent()
    assert posted["text"].startswith("Innkalling: operativ SLT-gruppe")
    assert connector.received[0].conversation_id.startswith(CHANNEL_ID)
    assert delivery.activity_id == connector.received[0].activity_id
    assert harness.ledger(call.key)["state"] == "sent"
    assert harness.ledger(call.key)["activity_id"] == delivery.activity_id


async def test_a_reminder_opens_a_personal_chat_with_the_person_and_arrives_there(
    harness: Harness,
) -> None:
    connector = harness.connector
    kari = UserTarget("29:aad-kari", TENANT_ID, connector.url, "Kari Nordmann")

    delivery = await harness.sender.send(reminder(connector.url, user=kari))

    [created] = connector.created_conversations
    assert created["isGroup"] is False
    assert created["members"] == [{"id": "29:aad-kari", "name": "Kari Nordmann"}]
    assert created["channelData"] == {"tenant": {"id": TENANT_ID}}
    [arrived] = connector.received
    assert arrived.conversation_id.startswith("a:personal-")
    assert arrived.activity["text"] == REMINDER_TEXT
    assert delivery.state == "sent" and not delivery.fallback_used


async def test_a_person_without_the_bot_is_mentioned_in_the_slt_channel_instead(
    harness: Harness,
) -> None:
    connector = harness.connector
    connector.fail_next(Failure(403))  # create_conversation: the app is not installed for Kari
    kari = UserTarget("29:aad-kari", TENANT_ID, connector.url, "Kari Nordmann")
    outgoing = reminder(
        connector.url,
        user=kari,
        fallback_channel=channel(connector.url),
        fallback_mention=("29:aad-kari", "Kari Nordmann"),
    )

    delivery = await harness.sender.send(outgoing)

    assert delivery.state == "sent" and delivery.fallback_used
    assert connector.created_conversations == []
    [posted] = connector.sent()
    assert connector.received[0].conversation_id.startswith(CHANNEL_ID)
    assert posted["text"] == f"<at>Kari Nordmann</at> {REMINDER_TEXT}"
    assert posted["entities"] == [
        {
            "type": "mention",
            "text": "<at>Kari Nordmann</at>",
            "mentioned": {"id": "29:aad-kari", "name": "Kari Nordmann"},
        }
    ]
    assert harness.delays == [], "a 403 is not worth waiting for"
    assert harness.ledger(outgoing.key)["fallback"] is True


async def test_a_card_for_the_channel_fallback_carries_the_mention_inside_the_card(
    harness: Harness,
) -> None:
    connector = harness.connector
    connector.fail_next(Failure(404))
    kari = UserTarget("29:aad-kari", TENANT_ID, connector.url, "Kari Nordmann")
    outgoing = Outgoing(
        key="reminder:valer:18:2026-06-15:1",
        reply=card_reply(),
        kind="reminder",
        user=kari,
        fallback_channel=channel(connector.url),
        fallback_mention=("29:aad-kari", "Kari Nordmann"),
    )

    await harness.sender.send(outgoing)

    [posted] = connector.sent()
    card = posted["attachments"][0]["content"]
    assert card["body"][0] == {"type": "TextBlock", "text": "<at>Kari Nordmann</at>", "wrap": True}
    assert card["msteams"]["entities"][0]["mentioned"] == {
        "id": "29:aad-kari",
        "name": "Kari Nordmann",
    }
    assert "msteams" not in outgoing.reply.cards[0], "the caller's card is left as it was"


# --- when Teams pushes back -------------------------------------------------------------------


async def test_teams_says_slow_down_and_the_sender_waits_as_long_as_it_is_told(
    harness: Harness,
) -> None:
    connector = harness.connector
    connector.fail_next(Failure(429, retry_after=1.0))

    delivery = await harness.sender.send(reminder(connector.url))

    assert harness.delays == [1.0]
    assert len(connector.sent()) == 1
    assert delivery.state == "sent" and delivery.attempts == 2
    assert harness.ledger(delivery.key)["attempts"] == 2


async def test_server_errors_are_retried_with_growing_jittered_waits_then_delivered_once(
    harness: Harness,
) -> None:
    connector = harness.connector
    connector.fail_next(Failure(500), Failure(502), Failure(504))

    delivery = await harness.sender.send(reminder(connector.url))

    assert delivery.state == "sent" and delivery.attempts == 4
    assert len(connector.sent()) == 1
    assert len(harness.delays) == 3
    for attempt, delay in enumerate(harness.delays, start=1):
        assert 0 <= delay <= 0.5 * 2 ** (attempt - 1)  # full jitter under the growing cap


async def test_the_ledger_shows_each_retry_while_it_happens(harness: Harness) -> None:
    connector = harness.connector
    connector.fail_next(Failure(503))
    seen: list[dict[str, Any]] = []

    async def look_at_the_ledger(seconds: float) -> None:
        seen.append(harness.ledger("reminder:valer:18:2026-06-15:3"))

    sender = harness.start(sleep=look_at_the_ledger)
    await sender.send(reminder(connector.url))

    assert [(e["state"], e["attempts"], e["error"]) for e in seen] == [("retried", 1, "503")]


async def test_a_message_that_keeps_failing_is_reported_to_the_coordinator(
    harness: Harness,
) -> None:
    connector = harness.connector
    connector.fail_next(*[Failure(503)] * 6)
    outgoing = reminder(connector.url)
    outgoing = Outgoing(
        key=outgoing.key,
        reply=outgoing.reply,
        kind="reminder",
        conversation=outgoing.conversation,
        report_to=personal_chat(connector.url),
    )

    delivery = await harness.sender.send(outgoing)

    assert delivery.state == "failed" and delivery.attempts == 6
    entry = harness.ledger(outgoing.key)
    assert (entry["state"], entry["attempts"], entry["error"]) == ("failed", 6, "503")
    [notice] = connector.sent()
    assert connector.received[0].conversation_id == COORDINATOR_CHAT
    assert notice["text"].startswith(
        "Kunne ikke levere en påminnelse (tiltak 18, frist 15.06.2026) etter 6 forsøk."
    )
    assert REMINDER_TEXT not in notice["text"]
    assert len(harness.delays) == 5, "no wait after the last attempt"


async def test_a_refused_channel_post_is_not_retried_but_reported(harness: Harness) -> None:
    connector = harness.connector
    connector.fail_next(Failure(403))
    outgoing = Outgoing(
        key="digest:valer:2026-W23",
        reply=Reply(text="Ukens oversikt"),
        kind="digest",
        conversation=channel(connector.url),
        report_to=personal_chat(connector.url),
    )

    delivery = await harness.sender.send(outgoing)

    assert (delivery.state, delivery.attempts, delivery.error) == ("failed", 1, "403")
    [notice] = connector.sent()
    assert notice["text"] == (
        "Kunne ikke levere et sammendrag (digest:valer:2026-W23) etter 1 forsøk. "
        "Sjekk at boten er installert for mottakeren."
    )


HANG = 30.0
"""Seconds after which a test that should be over in a moment is stuck: a deadline against a
hang, never a measure of speed (that is bench/'s)."""


async def test_a_connector_that_is_down_does_not_hang_the_sender(harness: Harness) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    sender = harness.start(max_attempts=3)

    delivery = await asyncio.wait_for(sender.send(reminder(dead_url)), HANG)

    assert (delivery.state, delivery.attempts, delivery.error) == ("failed", 3, "ConnectionError")
    assert len(harness.delays) == 2, "the sender's own backoff between its three attempts"
    assert [entry.key for entry in await sender.pending()] == [delivery.key]


async def test_each_attempt_is_one_connection_no_hidden_retries_in_the_client(
    harness: Harness,
) -> None:
    """A connector that hangs up on every connection: the sender's attempts are all there
    are – the connector client tries nothing again on its own."""
    connections = 0

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    sender = harness.start(max_attempts=3)
    try:
        delivery = await asyncio.wait_for(sender.send(reminder(f"http://127.0.0.1:{port}/")), HANG)
    finally:
        server.close()
        await server.wait_closed()

    assert (delivery.state, delivery.attempts, delivery.error) == ("failed", 3, "ConnectionError")
    assert connections == 3


async def test_a_slow_connector_times_out_per_attempt_instead_of_hanging(
    harness: Harness,
) -> None:
    """Each attempt gives up after ``attempt_timeout``: the connector would answer (a 200) after
    2 s, so a sender waiting for it would have delivered; this one fails both attempts."""
    connector = harness.connector
    connector.delay = 2.0
    sender = harness.start(max_attempts=2, attempt_timeout=0.2)

    delivery = await asyncio.wait_for(sender.send(reminder(connector.url)), HANG)

    assert delivery.state == "failed" and delivery.attempts == 2
    assert delivery.error in {"ReadTimeout", "TimeoutError"}
    connector.delay = 0.0


# --- once and only once -----------------------------------------------------------------------


async def test_the_same_reminder_is_sent_once_even_after_a_restart(harness: Harness) -> None:
    connector = harness.connector

    first = await harness.sender.send(reminder(connector.url))
    again = await harness.sender.send(reminder(connector.url))
    sender_after_restart = harness.restart()
    after_restart = await sender_after_restart.send(reminder(connector.url))

    assert first.state == "sent"
    assert again.state == "skipped_duplicate"
    assert after_restart.state == "skipped_duplicate"
    assert after_restart.activity_id == first.activity_id
    assert len(connector.sent()) == 1


async def test_a_batch_handed_over_again_sends_only_what_has_not_gone(harness: Harness) -> None:
    """A job hands the day's messages over on every tick: what the ledger has as sent (here
    by the process before a restart) is answered from one read, the rest is sent."""
    connector = harness.connector
    keys = [f"reminder:valer:18:2026-06-15:{n}" for n in range(4)]
    first = await harness.sender.send_many([reminder(connector.url, key=k) for k in keys[:2]])
    restarted = harness.restart()

    batch = await restarted.send_many([reminder(connector.url, key=k) for k in keys])
    again = await restarted.send_many([reminder(connector.url, key=k) for k in keys])

    assert [d.state for d in first] == ["sent", "sent"]
    assert [d.state for d in batch] == ["skipped_duplicate"] * 2 + ["sent"] * 2
    assert [d.activity_id for d in batch[:2]] == [d.activity_id for d in first]
    assert [d.state for d in again] == ["skipped_duplicate"] * 4
    assert [d.activity_id for d in again] == [d.activity_id for d in first + batch[2:]]
    assert len(connector.sent()) == 4


async def test_two_schedulers_firing_the_same_reminder_at_once_send_it_once(
    harness: Harness,
) -> None:
    connector = harness.connector

    one, two = await asyncio.gather(
        harness.sender.send(reminder(connector.url)), harness.sender.send(reminder(connector.url))
    )

    assert sorted([one.state, two.state]) == ["sent", "skipped_duplicate"]
    assert len(connector.sent()) == 1


async def test_a_row_another_process_is_sending_is_left_to_that_process(
    harness: Harness,
) -> None:
    """Two processes on one database (two stores on one file): the claim decides who sends."""
    connector = harness.connector
    connector.answer_delay = 0.3  # the first process's post is still on the wire
    other_store = SqliteDatabase(harness.tmp_path / "db.sqlite3")
    limiter = RecordingLimiter(harness.time)
    other = ProactiveSender(harness.adapter, "", Outbox(SqliteStore(other_store)), limiter=limiter)
    try:
        first = asyncio.create_task(harness.sender.send(reminder(connector.url)))
        while (harness.store.get(OUTBOX, "reminder:valer:18:2026-06-15:3") or {}).get(
            "state"
        ) != "sending":
            await asyncio.sleep(0.01)
        second = await other.send(reminder(connector.url))
        assert (await first).state == "sent"
    finally:
        other_store.close()

    assert second.state == "claimed_elsewhere"
    assert len(connector.sent()) == 1
    assert "claimed_by" not in harness.ledger("reminder:valer:18:2026-06-15:3")  # released


async def test_a_claim_left_by_a_process_that_died_is_taken_over_and_flagged(
    harness: Harness,
) -> None:
    connector = harness.connector
    dead = SqliteDatabase(harness.tmp_path / "db.sqlite3")
    key = "reminder:valer:18:2026-06-15:3"
    dead.put(OUTBOX, key, {"kind": "reminder", "state": "sending", "claimed_by": dead.instance_id})
    dead.close()  # its lock file is gone, as after SIGKILL

    delivery = await harness.sender.send(reminder(connector.url))

    assert delivery.state == "sent"
    assert harness.ledger(key).get("uncertain") is True
    assert len(connector.sent()) == 1


async def test_two_reminders_due_at_the_same_moment_are_both_sent(harness: Harness) -> None:
    connector = harness.connector
    three_days = reminder(connector.url, key="reminder:valer:18:2026-06-15:3")
    same_day = reminder(connector.url, key="reminder:valer:21:2026-06-15:3")

    deliveries = await harness.sender.send_many([three_days, same_day])

    assert [d.key for d in deliveries] == [three_days.key, same_day.key]
    assert [d.state for d in deliveries] == ["sent", "sent"]
    assert len(connector.sent()) == 2


async def test_a_failed_reminder_is_pending_and_goes_out_once_after_a_restart(
    harness: Harness,
) -> None:
    connector = harness.connector
    connector.fail_next(*[Failure(503)] * 2)
    sender = harness.start(max_attempts=2)
    assert (await sender.send(reminder(connector.url))).state == "failed"

    restarted = harness.restart()
    [entry] = await restarted.pending(kind="reminder")
    assert (entry.key, entry.state) == ("reminder:valer:18:2026-06-15:3", "failed")
    caught_up = await restarted.send(reminder(connector.url))

    assert caught_up.state == "sent"
    assert await restarted.pending() == []
    assert len(connector.sent()) == 1


async def test_the_ledger_never_holds_the_message_text(harness: Harness) -> None:
    connector = harness.connector
    connector.fail_next(Failure(429, retry_after=0.5), Failure(500))
    kari = UserTarget("29:aad-kari", TENANT_ID, connector.url, "Kari Nordmann")

    await harness.sender.send(reminder(connector.url, user=kari))
    await harness.sender.send(
        Outgoing(
            key="digest:valer:2026-W23",
            reply=card_reply(),
            kind="digest",
            conversation=channel(connector.url),
        )
    )

    with sqlite3.connect(harness.tmp_path / "db.sqlite3") as db:
        rows = db.execute("SELECT value FROM kv WHERE namespace = ?", (OUTBOX,)).fetchall()
    stored = json.dumps([json.loads(value) for (value,) in rows], ensure_ascii=False)
    assert len(rows) == 2
    for secret in (REMINDER_TEXT, "Frist nærmer seg", "Kari Nordmann", "tiltak 18 skal"):
        assert secret not in stored


# --- keeping inside Teams' limits -------------------------------------------------------------


async def test_one_conversation_gets_its_eighth_message_only_when_the_windows_allow() -> None:
    time_ = VirtualTime(now=0.0)
    limiter = RateLimiter(clock=time_.clock, sleep=time_.sleep)
    moments = []
    for _ in range(16):
        await limiter.acquire("conv:19:slt-kanal")
        moments.append(time_.now)

    # 7 per 1 s lets seven through at once; 8 per 2 s lets only one more in the next second.
    assert moments == [0.0] * 7 + [1.0] + [2.0] * 7 + [3.0]


async def test_two_hundred_conversations_and_thirty_messages_to_one_stay_within_limits(
    harness: Harness,
) -> None:
    connector = harness.connector
    everyone = [
        Outgoing(
            key=f"reminder:valer:{n}:2026-06-15:3",
            reply=Reply(text=f"Påminnelse {n}"),
            kind="reminder",
            conversation=channel(connector.url, f"19:kanal-{n}@thread.tacv2"),
        )
        for n in range(200)
    ]
    one_channel = [
        Outgoing(
            key=f"digest:valer:2026-06-{n:02d}",
            reply=Reply(text=f"Oversikt {n}"),
            kind="digest",
            conversation=channel(connector.url),
        )
        for n in range(1, 31)
    ]

    deliveries = await harness.sender.send_many(everyone + one_channel)

    assert [d.state for d in deliveries] == ["sent"] * 230
    assert [d.key for d in deliveries] == [o.key for o in everyone + one_channel]
    assert len(connector.sent()) == 230
    granted = harness.limiter.granted
    for key, moments in granted.items():
        windows = GLOBAL_WINDOWS if key == "*" else PER_THREAD_WINDOWS
        for period, limit in windows:
            assert busiest(moments, period) <= limit, (key, period)
    assert len(granted[f"conv:{CHANNEL_ID}"]) == 30
    assert busiest(granted[f"conv:{CHANNEL_ID}"], 2.0) == 8, "the channel was kept busy"
    assert harness.delays == [], "no 429s, so no backoff"


# --- small parts ------------------------------------------------------------------------------


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    now = dt.datetime(2026, 6, 1, 12, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("Mon, 01 Jun 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Mon, 01 Jun 2026 11:59:00 GMT", now=now) == 0.0
    assert parse_retry_after("99999") == 300.0  # capped
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_an_outgoing_message_has_exactly_one_target() -> None:
    with pytest.raises(ValueError):
        Outgoing(key="k", reply=Reply(text="x"))
    with pytest.raises(ValueError):
        Outgoing(key="k", reply=Reply(text="x"), conversation={}, user=KARI)
