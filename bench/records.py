"""What reading and writing one stored record costs, without the database.

``python -m bench.records [--calls N]``. A turn reads its sender's roster record (the hot
path); a tick reads meeting overrides, tiltak answers and outbox rows. Each figure is the
best of seven rounds of ``N`` calls (CPU time of the thread, so the machine's other work
weighs little) through the record's repository over a dict held in
memory, so only turning JSON into a record (and back) is measured, not SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from bench.stats import print_table
from bot.storage import Repositories
from bot.storage.protocol import Json

ROWS = Path(__file__).with_name("records_rows.json")
"""Rows as a database holds them: namespace → key → JSON."""


class MemoryRows:
    """Just the two store calls a repository's ``get`` and ``put`` make."""

    def __init__(self, rows: dict[str, dict[str, Json]]) -> None:
        self.rows = {(ns, key): row for ns, keyed in rows.items() for key, row in keyed.items()}

    async def get(self, namespace: str, key: str) -> Json | None:
        return self.rows.get((namespace, key))

    async def put(self, namespace: str, key: str, value: Json) -> None:
        self.rows[(namespace, key)] = value


async def _best(calls: int, call: Callable[[], Awaitable[object]]) -> float:
    """CPU seconds per call, the best of seven rounds (the least disturbed by other work)."""
    rounds = []
    for _ in range(7):
        started = time.thread_time()
        for _ in range(calls):
            await call()
        rounds.append((time.thread_time() - started) / calls)
    return min(rounds)


async def measure(calls: int) -> list[tuple[str, str]]:
    memory: Any = MemoryRows(json.loads(ROWS.read_text(encoding="utf-8")))
    repos = Repositories.over(memory)
    member = await repos.roster.get("aad-bench")
    override = await repos.meeting_overrides.get("bench:slt:2026-06-15")
    record = await repos.tiltak_answers.get("bench:t1:2026-06-30")
    entry = await repos.outbox.get("k1")
    assert member and override and record and entry
    cases: Sequence[tuple[str, Callable[[], Awaitable[object]]]] = [
        ("roster member read (every turn)", lambda: repos.roster.get("aad-bench")),
        ("roster member write", lambda: repos.roster.put(member)),
        (
            "meeting override read",
            lambda: repos.meeting_overrides.get("bench:slt:2026-06-15"),
        ),
        ("meeting override write", lambda: repos.meeting_overrides.put(override)),
        ("tiltak record read", lambda: repos.tiltak_answers.get("bench:t1:2026-06-30")),
        ("tiltak record write", lambda: repos.tiltak_answers.put("bench:t1:x", record)),
        ("outbox row read", lambda: repos.outbox.get("k1")),
        ("outbox row write", lambda: repos.outbox.put(entry)),
    ]
    return [(name, f"{await _best(calls, call) * 1e6:6.2f} µs") for name, call in cases]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args(argv)
    print_table("Stored records: JSON to record and back", asyncio.run(measure(args.calls)))


if __name__ == "__main__":
    main()
