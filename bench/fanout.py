"""Proactive fan-out: N reminders to N people through a connector that enforces Teams' limits.

Each reminder goes to its own person the way reminders do (``UserTarget``): the sender
creates (or gets back) the 1:1 chat, then posts — two operations per reminder. The fake
connector (``bench/connector.py``) keeps Teams' documented per-bot limits, the constants in
``bot/teams/sender.py``, and answers 429 with a Retry-After past them. The sender is the real
one: its rate limiter, retries, ledger (SQLite in a temp dir) and the real adapter.

The allowed rate is the tightest window that binds, the global one (30 operations per
second): each person's thread sees only two operations. Reported: the achieved operation
rate as a fraction of that, and what arrived — delivered, duplicated, lost.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.connector import BenchConnector
from bench.stats import print_table
from bot.config import Settings
from bot.features.reply import Reply
from bot.storage.outbox import Outbox
from bot.storage.sqlite import SqliteStore
from bot.store import Store
from bot.teams.adapter import create_adapter
from bot.teams.connectors import close_connections
from bot.teams.sender import GLOBAL_WINDOWS, Outgoing, ProactiveSender, UserTarget

TENANT_ID = "00000000-0000-0000-0000-0000000000be"
ALLOWED_PER_SECOND = min(limit / period for period, limit in GLOBAL_WINDOWS)


@dataclass
class FanoutResult:
    reminders: int
    seconds: float
    operations: int  # accepted by the connector: 1:1 chats created + messages posted
    throttled: int  # 429s the connector answered
    delivered: int
    duplicated: int
    lost: int
    failed: int  # deliveries the sender itself reports as failed
    timed_out: bool

    @property
    def rate(self) -> float:
        return self.operations / self.seconds if self.seconds else 0.0

    @property
    def fraction_of_allowed(self) -> float:
        return self.rate / ALLOWED_PER_SECOND


def reminders(count: int, service_url: str) -> list[Outgoing]:
    return [
        Outgoing(
            key=f"reminder:bench:{number}:2026-06-15:3",
            reply=Reply(text=f"Påminnelse {number}: tiltak {number} har frist 15.06.2026."),
            kind="reminder",
            user=UserTarget(
                f"29:bench-person-{number}", TENANT_ID, service_url, f"Person {number}"
            ),
        )
        for number in range(count)
    ]


async def run_async(count: int = 1000, *, time_limit: float = 240.0) -> FanoutResult:
    connector = await BenchConnector(enforce_limits=True).start()
    quiet = logging.getLogger("bot.teams.sender")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # every 429 retry is a warning: counted below, not printed
    try:
        with tempfile.TemporaryDirectory(prefix="slt-fanout-") as tmp:
            settings = Settings(data_dir=Path(tmp), scheduler_enabled=False)
            adapter = create_adapter(settings)
            store = Store(Path(tmp) / "fanout.sqlite3")
            sender = ProactiveSender(adapter, settings.app_id, Outbox(SqliteStore(store)))
            outgoing = reminders(count, connector.url)
            started = time.perf_counter()
            timed_out = False
            try:
                deliveries = await asyncio.wait_for(sender.send_many(outgoing), time_limit)
            except TimeoutError:
                deliveries, timed_out = [], True
            seconds = time.perf_counter() - started
            await close_connections(adapter)
            store.close()
    finally:
        quiet.setLevel(level)
        await connector.close()
    texts = {o.reply.text for o in outgoing}
    arrived = {text: times for (_, text), times in connector.posted.items() if text in texts}
    return FanoutResult(
        reminders=count,
        seconds=seconds,
        operations=len(connector.accepted_times),
        throttled=connector.throttled,
        delivered=len(arrived),
        duplicated=sum(times - 1 for times in arrived.values()),
        lost=count - len(arrived),
        failed=sum(1 for d in deliveries if not d.delivered),
        timed_out=timed_out,
    )


def run(count: int = 1000, **options: float) -> FanoutResult:
    return asyncio.run(run_async(count, **options))


def report(result: FanoutResult) -> None:
    print_table(
        f"Proactive fan-out: {result.reminders:,} reminders to {result.reminders:,} people "
        "(1:1 chat + post each) against Teams' limits",
        [
            (
                "took",
                f"{result.seconds:.1f} s" + ("  (stopped at the time limit)" * result.timed_out),
            ),
            ("operations accepted", f"{result.operations:,} (429s: {result.throttled})"),
            (
                "achieved rate",
                f"{result.rate:.1f}/s = {result.fraction_of_allowed:.0%} of the allowed "
                f"{ALLOWED_PER_SECOND:.0f}/s  (aim ≥ 90 %)",
            ),
            ("delivered", f"{result.delivered:,}"),
            ("duplicated", f"{result.duplicated}  (aim 0)"),
            ("lost", f"{result.lost}  (aim 0; the sender reports {result.failed} failed)"),
        ],
    )


def main(argv: list[str] | None = None) -> FanoutResult:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reminders", type=int, default=1000)
    parser.add_argument("--time-limit", type=float, default=240.0)
    args = parser.parse_args(argv)
    result = run(args.reminders, time_limit=args.time_limit)
    report(result)
    return result


if __name__ == "__main__":
    main()
