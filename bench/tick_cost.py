"""What one scheduler tick costs per kommune, in CPU: the jobs' own planning work.

``python -m bench.tick_cost --kommuner 10 --until 2026-01-31 [--profile OUT.prof]``

N synthetic kommuner (:func:`bench.scale.generate`, one made-up person per role, a chosen SLT
channel, as ``bench.national`` seeds them), SQLite in memory, the real tiltak and meeting jobs
on the real :class:`JobQueue` at 09:05 and 13:05 on every working day, and a sender that
keeps a ledger in memory instead of posting (the sender's own cost is ``bench.national``'s).
Each tick's CPU (``time.process_time``) is divided by N: CPU per kommune-tick, split into
ticks where nothing new was sent (the usual case: most ticks of a day send nothing) and
ticks that sent something. ``--profile`` writes a cProfile (CPU time) of every tick after the
first week, for ``python -m pstats``.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench.national import TICK_TIMES, people, seed, tick_times
from bench.scale import generate
from bench.stats import print_table
from bot.clock import FixedClock
from bot.features.meetings import MeetingDesk
from bot.features.meetings import jobs as meeting_jobs
from bot.features.tiltak import jobs as tiltak_jobs
from bot.features.tiltak.desk import TiltakDesk
from bot.job_context import JobContext, Knowledge, Served
from bot.jobqueue import JobQueue
from bot.knowledge.index import KnowledgeBase
from bot.outbox.items import Delivery, Item
from bot.storage import Repositories
from bot.storage.outbox import OutboxEntry
from bot.storage.sqlite import SqliteStore
from bot.targets import Targets


@dataclass
class LedgerSender:
    """Marks each key sent the first time it is handed over, as the real ledger would."""

    keys: dict[str, OutboxEntry] = field(default_factory=dict)

    async def send_many(self, items: Iterable[Item]) -> list[Delivery]:
        for item in items:
            self.keys.setdefault(item.key, OutboxEntry(item.key, item.kind, "sent"))
        return []

    async def ledger(self, key: str) -> OutboxEntry | None:
        return self.keys.get(key)


async def measure(
    count: int, until: dt.date, profile: Path | None
) -> tuple[list[float], list[float], int]:
    """CPU seconds per kommune-tick: (ticks that sent nothing, ticks that sent), messages."""
    with tempfile.TemporaryDirectory(prefix="slt-tick-") as tmp:
        folder = Path(tmp)
        generate(folder / "knowledge", count)
        kb = KnowledgeBase.load(folder / "knowledge")
        mapping = {k: people(kb, k) for k in kb.kommuner}
        store = SqliteStore.open(":memory:")
        await seed(store, kb, mapping, "http://127.0.0.1:9/")
        times = tick_times(2026, until)
        clock = FixedClock(times[0])
        repos = Repositories.over(store)
        desk = TiltakDesk(kb, repos, mapping)
        meeting_desk = MeetingDesk(kb, repos, desk.people, clock=clock)
        sender = LedgerSender()
        served = Served(kb, desk, meeting_desk, Targets(repos, desk))
        queue = JobQueue(JobContext(Knowledge(served), repos, sender), sender, clock)
        meeting_jobs.register_jobs(queue)
        tiltak_jobs.register_jobs(queue)
        profiler = cProfile.Profile(time.process_time) if profile else None
        quiet: list[float] = []
        busy: list[float] = []
        warm = times[0] + dt.timedelta(days=7)
        for now in times:
            clock.at = now
            before = len(sender.keys)
            on = profiler is not None and now >= warm
            if on:
                assert profiler is not None
                profiler.enable()
            cpu = time.process_time()
            await queue.run(now)
            spent = (time.process_time() - cpu) / count
            if on:
                assert profiler is not None
                profiler.disable()
            (busy if len(sender.keys) > before else quiet).append(spent)
        await store.close()
        if profiler is not None and profile is not None:
            profiler.dump_stats(profile)
        return quiet, busy, len(sender.keys)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--kommuner", type=int, default=10)
    parser.add_argument("--until", default="2026-01-31", help="last day (YYYY-MM-DD)")
    parser.add_argument("--profile", type=Path, help="write a cProfile (CPU time) here")
    args = parser.parse_args(argv)
    until = dt.date.fromisoformat(args.until)
    quiet, busy, messages = asyncio.run(measure(args.kommuner, until, args.profile))
    ticks = quiet + busy
    months = (until - dt.date(2026, 1, 1)).days / 365.25 * 12
    per_month = sum(ticks) / months if months > 0 else float("nan")

    def ms(samples: list[float]) -> str:
        if not samples:
            return "—"
        ordered = sorted(samples)
        return (
            f"mean {sum(samples) / len(samples) * 1000:.2f} ms,"
            f" median {ordered[len(ordered) // 2] * 1000:.2f} ms ({len(samples)} ticks)"
        )

    print_table(
        f"Tick cost: {args.kommuner} kommuner to {until}, ticks at "
        + ", ".join(t.strftime("%H:%M") for t in TICK_TIMES),
        [
            ("CPU per kommune-tick, nothing new sent", ms(quiet)),
            ("CPU per kommune-tick, something sent", ms(busy)),
            ("CPU per kommune-month", f"{per_month:.3f} s"),
            ("messages", f"{messages:,}"),
        ],
    )


if __name__ == "__main__":
    main()
