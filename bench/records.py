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
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bench.stats import print_table
from bot.storage import Repositories
from bot.storage.outbox import OutboxEntry
from bot.storage.protocol import Json
from bot.storage.records import MeetingOverride, RosterMember, TiltakAnswerEntry, TiltakRecord

AT = "2026-06-15T09:00:00+02:00"
MEMBER = RosterMember(
    "aad-bench",
    user_id="29:bench",
    upn="person@bench.example",
    email="person@bench.example",
    name="Bench Person",
    tenant_id="tenant",
    service_url="https://smba.example/",
    team="t2",
    teams=("t1", "t2"),
)
OVERRIDE = MeetingOverride(
    "bench:slt:2026-06-15",
    "bench",
    "slt",
    "moved",
    start="2026-06-16T10:00:00+02:00",
    end="2026-06-16T11:00:00+02:00",
    source="moved",
    place="Rådhuset",
    origin="bench:slt:2026-06-15",
    moved_from="2026-06-15",
    moved_to="2026-06-16",
    sequence=1,
    by="aad-koordinator",
    at=AT,
)
ANSWER = TiltakAnswerEntry("Bench Person", AT, "done")
RECORD = TiltakRecord("done", "Gjennomført", None, (ANSWER,) * 3, "Bench Person", AT)
ENTRY = OutboxEntry("k1", "reminder", "sent", 1, "user", AT, AT, None, "act-1")


class MemoryRows:
    """Just the two store calls a repository's ``get`` and ``put`` make."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Json] = {}

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
    memory: Any = MemoryRows()
    repos = Repositories.over(memory)
    await repos.roster.put(MEMBER)
    await repos.meeting_overrides.put(OVERRIDE)
    await repos.tiltak_answers.put("bench:t1:2026-06-30", RECORD)
    await repos.outbox.put(ENTRY)
    cases: Sequence[tuple[str, Callable[[], Awaitable[object]]]] = [
        ("roster member read (every turn)", lambda: repos.roster.get("aad-bench")),
        ("roster member write", lambda: repos.roster.put(MEMBER)),
        (
            "meeting override read",
            lambda: repos.meeting_overrides.get("bench:slt:2026-06-15"),
        ),
        ("meeting override write", lambda: repos.meeting_overrides.put(OVERRIDE)),
        ("tiltak record read", lambda: repos.tiltak_answers.get("bench:t1:2026-06-30")),
        ("tiltak record write", lambda: repos.tiltak_answers.put("bench:t1:x", RECORD)),
        ("outbox row read", lambda: repos.outbox.get("k1")),
        ("outbox row write", lambda: repos.outbox.put(ENTRY)),
    ]
    return [(name, f"{await _best(calls, call) * 1e6:6.2f} µs") for name, call in cases]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args(argv)
    print_table("Stored records: JSON to record and back", asyncio.run(measure(args.calls)))


if __name__ == "__main__":
    main()
