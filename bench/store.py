"""What one store call costs: the synchronous connection against the async store over it.

``python -m bench.store [--calls N]``. A file database in a temporary folder (WAL, as in
production); each figure is the mean wall time per call over ``N`` calls, and the event
loop's own time per async call (CPU the loop spends handing the call over and taking the
answer back — what a turn pays, since the SQLite work itself runs on the worker thread).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench.stats import print_table
from bot.storage import Repositories
from bot.storage.outbox import OutboxEntry
from bot.storage.sqlite import SqliteStore

RECORD = {"user_id": "29:bench", "upn": "person@bench.example", "teams": ["t1", "t2"]}


def _sync(calls: int, call: Callable[[int], object]) -> float:
    started = time.perf_counter()
    for n in range(calls):
        call(n)
    return (time.perf_counter() - started) / calls


async def _async(calls: int, call: Callable[[int], Awaitable[object]]) -> tuple[float, float]:
    """(wall seconds per call, loop-thread CPU seconds per call)."""
    started, cpu = time.perf_counter(), time.thread_time()
    for n in range(calls):
        await call(n)
    return (time.perf_counter() - started) / calls, (time.thread_time() - cpu) / calls


async def measure(calls: int) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="slt-store-") as tmp:
        store = SqliteStore.open(Path(tmp) / "bench.sqlite3")
        db, repos = store.database, Repositories.over(store)
        rows: list[tuple[str, str]] = []

        def us(seconds: float) -> str:
            return f"{seconds * 1e6:8.1f} µs"

        rows.append(
            ("sync put (connection)", us(_sync(calls, lambda n: db.put("b", str(n), RECORD))))
        )
        rows.append(("sync get (connection)", us(_sync(calls, lambda n: db.get("b", str(n))))))
        for name, call in (
            ("async put", lambda n: store.put("a", str(n), RECORD)),
            ("async get", lambda n: store.get("a", str(n))),
            ("team link read (per turn)", lambda n: repos.team_links.kommune_for("team:x")),
            ("roster get", lambda n: repos.roster.get("aad-nobody")),
            (
                "outbox claim (new row)",
                lambda n: repos.outbox.claim(OutboxEntry(f"k{n}", "reminder")),
            ),
        ):
            wall, loop_cpu = await _async(calls, call)
            rows.append((name, f"{us(wall)} wall, {us(loop_cpu)} on the loop"))
        await store.close()
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args(argv)
    print_table(f"Store calls (mean of {args.calls})", asyncio.run(measure(args.calls)))


if __name__ == "__main__":
    main()
