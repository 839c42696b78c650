"""Calendar changes through the outbox: Graph pushes back, goes down, and the bot dies.

Kari Koordinator's meeting goes on her Outlook calendar as a :class:`CalendarChange` handed
to the same outbox as every Teams message — one ledger, one claim, one retry policy — and
the fake Graph and token endpoint (tests/auxil/graph.py, real HTTPS on loopback) answer.
Waiting is never real: the retry policy's sleeps are recorded.
"""

from __future__ import annotations

import ast
import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.clock import OSLO
from bot.graph import GraphCalendar
from bot.graph_delivery import GraphCarrier
from bot.outbox.items import CalendarChange
from bot.outbox.sender import OutboxSender
from bot.storage import Repositories
from bot.storage.outbox import OUTBOX_JSON
from bot.storage.protocol import Store
from tests.auxil.graph import FakeGraph, Sleeps
from tests.contract.backends import BACKENDS, Backend

KARI = "kari.koordinator@testvik.example"
SERIES = "testvik:politiradet:2025-03-10"
SUBJECT = "Politirådet (SLT)"
MONDAY_NINE = dt.datetime(2025, 3, 10, 9, 0, tzinfo=OSLO)
MONDAY_TEN = dt.datetime(2025, 3, 10, 10, 0, tzinfo=OSLO)
SHARED = [b for b in BACKENDS if b.shared]  # two stores on one database: two processes


def create(**changes: Any) -> CalendarChange:
    values: dict[str, Any] = {
        "key": f"calendar_create:{SERIES}",
        "operation": "create",
        "calendar": KARI,
        "series": SERIES,
        "start": MONDAY_NINE,
        "end": MONDAY_TEN,
        "subject": SUBJECT,
        "location": "Testvik rådhus",
        "attendees": (("ola.politi@testvik.example", "Ola Politi"),),
        "body_html": "Innkaller: Kari Koordinator",
        "transaction_id": SERIES.replace(":", "-"),
    }
    values.update(changes)
    return CalendarChange(**values)


def cancel() -> CalendarChange:
    return CalendarChange(
        f"calendar_change:{SERIES}:1:True", "cancel", KARI, SERIES, comment="Avlyst."
    )


class Instance:
    """One bot process's outbox: a store, the sender, Graph as its carrier."""

    def __init__(self, store: Store, graph: FakeGraph, sleeps: Sleeps, **settings: Any) -> None:
        self.store = store
        self.repos = Repositories.over(store)
        self.calendar = GraphCalendar(graph.settings(**settings), sleep=sleeps)
        self.sender = OutboxSender(self.repos.outbox)
        self.sender.carry(CalendarChange, GraphCarrier(self.calendar, self.repos.graph_events))

    async def row(self, key: str = f"calendar_create:{SERIES}") -> dict[str, Any]:
        entry = await self.repos.outbox.get(key)
        assert entry is not None, f"no ledger row for {key}"
        return OUTBOX_JSON.write(entry)

    async def close(self) -> None:
        await self.calendar.close()
        await self.store.close()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def opened(
    graph: FakeGraph, sleeps: Sleeps, tmp_path: Path
) -> AsyncIterator[Callable[..., Instance]]:
    """Opens instances on one SQLite file (as processes of one service); closes them after."""
    instances: list[Instance] = []

    def open_instance(backend: Backend = BACKENDS[0], **settings: Any) -> Instance:
        instances.append(Instance(backend.open(tmp_path), graph, sleeps, **settings))
        return instances[-1]

    yield open_instance
    for instance in instances:
        await instance.close()


@pytest.fixture
def bot(opened: Callable[..., Instance]) -> Instance:
    return opened()


# --- Graph pushes back ------------------------------------------------------------------------


async def test_throttled_then_created_after_waiting_as_told(
    graph: FakeGraph, bot: Instance, sleeps: Sleeps
) -> None:
    graph.fail_next(429, retry_after=7)

    delivery = await bot.sender.send(create())

    assert (delivery.state, delivery.attempts, delivery.error) == ("sent", 2, "429")
    assert sleeps.waited == [7.0]
    assert [r.method for r in graph.requests] == ["POST", "POST"]
    assert graph.requests[0].body["transactionId"] == graph.requests[1].body["transactionId"]
    [stored] = graph.calendar_of(KARI)
    assert stored.event["subject"] == SUBJECT
    recorded = await bot.repos.graph_events.get(SERIES)
    assert recorded is not None and recorded.event_id == delivery.activity_id
    assert recorded.join_url and recorded.join_url.startswith("https://teams.microsoft.com/")
    row = await bot.row()
    assert (row["state"], row["attempts"], row.get("uncertain")) == ("sent", 2, None)


async def test_unavailable_without_retry_after_backs_off_with_jitter_then_succeeds(
    graph: FakeGraph, bot: Instance, sleeps: Sleeps
) -> None:
    graph.fail_next(503)
    graph.fail_next(503)

    delivery = await bot.sender.send(create())

    assert delivery.state == "sent"
    assert len(sleeps.waited) == 2
    assert 1.0 <= sleeps.waited[0] <= 1.25
    assert 2.0 <= sleeps.waited[1] <= 2.5
    assert len(graph.calendar_of(KARI)) == 1


async def test_an_outage_longer_than_every_attempt_loses_nothing_once_graph_is_back(
    graph: FakeGraph, bot: Instance, sleeps: Sleeps
) -> None:
    """Graph down (503) for a whole tick: the ledger says failed; the next tick makes it."""
    for _ in range(4):
        graph.fail_next(503)

    during = await bot.sender.send(create())

    assert (during.state, during.attempts, during.error) == ("failed", 4, "503")
    assert len(sleeps.waited) == 3
    assert graph.events == {} and await bot.repos.graph_events.get(SERIES) is None
    assert [e.key for e in await bot.sender.pending(kind="calendar_create")] == [create().key]

    after = await bot.sender.send(create())  # the next tick hands it over again
    again = await bot.sender.send(create())

    assert after.state == "sent" and again.state == "skipped_duplicate"
    assert len(graph.calendar_of(KARI)) == 1
    assert await bot.sender.pending() == []


async def test_throttling_that_does_not_end_is_given_up_after_four_attempts(
    graph: FakeGraph, bot: Instance, sleeps: Sleeps
) -> None:
    for _ in range(4):
        graph.fail_next(429, retry_after=1)

    delivery = await bot.sender.send(create())

    assert (delivery.state, delivery.error) == ("failed", "429")
    assert len(graph.requests) == 4  # the first try and three retries
    assert sleeps.waited == [1.0, 1.0, 1.0]


async def test_a_retry_after_longer_than_anyone_waits_fails_at_once(
    graph: FakeGraph, bot: Instance, sleeps: Sleeps
) -> None:
    graph.fail_next(429, retry_after=300)

    delivery = await bot.sender.send(create())

    assert delivery.state == "failed"
    assert sleeps.waited == []
    assert len(graph.requests) == 1


async def test_a_forbidden_mailbox_is_not_retried(graph: FakeGraph, bot: Instance) -> None:
    graph.fail_next(403)

    delivery = await bot.sender.send(create())

    assert (delivery.state, delivery.attempts, delivery.error) == ("failed", 1, "403")
    assert len(graph.requests) == 1


async def test_an_answer_that_comes_too_late_is_retried_without_a_duplicate(
    graph: FakeGraph, opened: Callable[..., Instance], sleeps: Sleeps
) -> None:
    bot = opened(timeout=0.3)
    graph.answer_late(1.0)

    delivery = await bot.sender.send(create())

    assert delivery.state == "sent"
    assert len(graph.requests) == 2
    assert len(sleeps.waited) == 1
    [stored] = graph.calendar_of(KARI)  # Graph recognised the transactionId
    assert stored is graph.events[delivery.activity_id or ""]
    assert (await bot.row()).get("uncertain") is True  # the first may have landed: it had


async def test_a_cancel_that_times_out_is_not_repeated(
    graph: FakeGraph, opened: Callable[..., Instance]
) -> None:
    bot = opened(timeout=0.3)
    assert (await bot.sender.send(create())).state == "sent"
    graph.answer_late(1.0)

    delivery = await bot.sender.send(cancel())

    assert (delivery.state, delivery.attempts, delivery.error) == ("failed", 1, "TimeoutError")
    assert [r.method for r in graph.requests] == ["POST", "POST"]
    assert (await bot.row(cancel().key)).get("uncertain") is True


# --- moving and cancelling ----------------------------------------------------------------------


async def test_a_move_and_a_cancel_reach_the_event_the_create_made(
    graph: FakeGraph, bot: Instance
) -> None:
    made = await bot.sender.send(create())
    later = MONDAY_NINE + dt.timedelta(days=2, hours=1)
    move = CalendarChange(
        f"calendar_change:{SERIES}:1:False",
        "move",
        KARI,
        SERIES,
        start=later,
        end=later + dt.timedelta(hours=1),
    )

    moved = await bot.sender.send(move)
    cancelled = await bot.sender.send(cancel())

    assert moved.state == cancelled.state == "sent"
    patch, cancel_request = graph.requests[1:]
    assert (patch.method, patch.event_id) == ("PATCH", made.activity_id)
    assert patch.body["start"] == {
        "dateTime": "2025-03-12T10:00:00",
        "timeZone": "W. Europe Standard Time",
    }
    assert cancel_request.path.endswith("/cancel")
    stored = graph.events[made.activity_id or ""]
    assert stored.cancelled and stored.cancel_comment == "Avlyst."


async def test_a_move_of_a_meeting_without_an_event_asks_graph_nothing(
    graph: FakeGraph, bot: Instance
) -> None:
    delivery = await bot.sender.send(cancel())

    assert (delivery.state, delivery.attempts) == ("failed", 1)
    assert graph.requests == []


# --- stopping and dying ---------------------------------------------------------------------------


async def until_sending(bot: Instance, key: str) -> None:
    for _ in range(500):
        entry = await bot.repos.outbox.get(key)
        if entry is not None and entry.state == "sending":
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{key} never went on the wire")


async def test_sigterm_lets_the_create_on_the_wire_finish_and_starts_nothing_new(
    graph: FakeGraph, opened: Callable[..., Instance]
) -> None:
    bot = opened()
    graph.answer_late(0.5)
    on_the_wire = asyncio.create_task(bot.sender.send(create()))
    await until_sending(bot, create().key)

    await bot.sender.stop(timeout=5.0)  # what the service does on SIGTERM
    later = await bot.sender.send(cancel())

    assert (await on_the_wire).state == "sent"
    assert (await bot.row())["state"] == "sent"
    assert await bot.repos.graph_events.get(SERIES) is not None
    assert later.state == "deferred"
    restarted = opened()
    assert (await restarted.sender.send(create())).state == "skipped_duplicate"
    assert (await restarted.sender.send(cancel())).state == "sent"
    assert len(graph.calendar_of(KARI)) == 1
    assert [r.method for r in graph.requests] == ["POST", "POST"]  # create, cancel: no repeat


@pytest.mark.parametrize("backend", SHARED, ids=[b.name for b in SHARED])
async def test_killed_after_graph_accepted_the_create_it_is_sent_again_once_and_flagged(
    backend: Backend, graph: FakeGraph, opened: Callable[..., Instance]
) -> None:
    """SIGKILL between Graph's answer and the ledger: the row stays ``sending``; the next
    process takes the claim over, sends the create again with the same transactionId, and
    Graph gives back the event it made — one event, the row flagged ``uncertain``."""
    first = opened(backend)
    graph.answer_late(1.0)  # Graph has made the event; its answer is still on the way
    on_the_wire = asyncio.create_task(first.sender.send(create()))
    await until_sending(first, create().key)
    while not graph.events:
        await asyncio.sleep(0.01)
    on_the_wire.cancel()  # the process dies: nothing more it does reaches the store
    await asyncio.gather(on_the_wire, return_exceptions=True)
    await first.store.close()  # and its claim with it (lock file, advisory lock)

    second = opened(backend)
    delivery = await second.sender.send(create())

    assert delivery.state == "sent"
    [event_id] = graph.events
    assert delivery.activity_id == event_id
    assert len(graph.calendar_of(KARI)) == 1
    creates = [r for r in graph.requests if r.method == "POST"]
    assert len(creates) == 2
    assert creates[0].body["transactionId"] == creates[1].body["transactionId"]
    row = await second.row()
    assert (row["state"], row.get("uncertain"), row.get("claimed_by")) == ("sent", True, None)
    recorded = await second.repos.graph_events.get(SERIES)
    assert recorded is not None and (recorded.organizer, recorded.event_id) == (KARI, event_id)
    assert recorded.join_url and recorded.join_url.startswith("https://teams.microsoft.com/")
    assert (await second.sender.send(create())).state == "skipped_duplicate"


def test_a_calendar_change_needs_times_except_to_cancel() -> None:
    with pytest.raises(ValueError):
        CalendarChange("calendar_create:x", "create", KARI, SERIES)
    assert (cancel().kind, cancel().target) == ("calendar_cancel", "calendar")
    assert create().kind == "calendar_create"


def test_no_feature_calls_graph_itself() -> None:
    """Jobs and follow-ups hand the outbox calendar changes; only the carrier calls Graph."""
    features = Path(__file__).parent.parent / "bot" / "features"
    calling = []
    for path in sorted(features.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            calling += [
                f"{path.name}: {n}" for n in names if n in {"bot.graph", "bot.graph_delivery"}
            ]
    assert calling == []
