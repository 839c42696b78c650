"""The national simulation's three instances as three processes (``bench/national.py``'s
default): each measures its own peak RSS and CPU, and the leader is SIGKILLed mid-batch.

The driver (this module, in the benchmark's process) starts PostgreSQL and the fake
connector, seeds the kommuner, and starts ``bench.national_instance`` three times on one
warped clock (one epoch for all, so the send windows they keep in the database agree). For
every tick time it asks the instance holding the lease to tick. At the kill tick — the first
tick of a week (the digests and the day's reminders: the biggest batch) at or after
halfway — it lets the leader send about a third of the kommuner's messages, reads the
leader's peak RSS and CPU from /proc, and SIGKILLs it mid-batch. A standby takes the lease
(its campaign retries every ``LEADER_RETRY_SECONDS``) and is told to tick at the same moment
again, as the service's catch-up on taking the lease over does; the ledger sends only what
is still due, and a post that was on the wire is flagged ``uncertain``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.connector import BenchConnector
from bench.national import INSTANCES, Database, Result, Warp, people, seed, tick_times
from bot.knowledge.index import KnowledgeBase
from bot.teams.sender import OUTBOX

TAKEOVER_LIMIT = 60.0
"""Seconds a standby has to take the lease (the issue's promise)."""


@dataclass
class Worker:
    name: str
    process: asyncio.subprocess.Process
    alive: bool = True
    ticks: int = 0
    figures: dict[str, Any] = field(default_factory=dict)

    async def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()

    async def answer(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = await self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name} ended without an answer")
        found: dict[str, Any] = json.loads(line)
        return found

    async def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        await self.send(command)
        return await self.answer()

    def measured(self) -> dict[str, Any]:
        """Peak RSS and CPU from /proc, as the process stands (for one about to be killed)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text(encoding="ascii")
        hwm = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        stat = Path(f"/proc/{self.process.pid}/stat").read_text(encoding="ascii")
        utime, stime = (int(v) for v in stat.rsplit(")", 1)[1].split()[11:13])
        return {
            "rss_mb": int(hwm.split()[1]) / 1024,
            "cpu_s": (utime + stime) / os.sysconf("SC_CLK_TCK"),
            "ticks": self.ticks,
        }


async def start_workers(database: Database, folder: Path, warp: Warp) -> list[Worker]:
    mono0, wall0 = warp.epoch
    workers = []
    for n in range(INSTANCES):
        name = f"instance-{n + 1}"
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.national_instance",
            name,
            database.url,
            str(folder),
            str(warp.factor),
            repr(mono0),
            repr(wall0),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        workers.append(Worker(name, process))
    return workers


async def leaders(workers: list[Worker]) -> list[Worker]:
    alive = [w for w in workers if w.alive]
    states = [await w.ask({"state": True}) for w in alive]
    return [w for w, s in zip(alive, states, strict=True) if s["state"] == "running"]


async def one_leader(workers: list[Worker], within: float) -> Worker | None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = await leaders(workers)
        if len(found) == 1:
            return found[0]
        await asyncio.sleep(0.05)
    return None


def posts(connector: BenchConnector) -> int:
    return sum(connector.posted.values())


async def kill_mid_batch(
    leader: Worker, now: dt.datetime, connector: BenchConnector, kommuner: int
) -> tuple[int, bool]:
    """Tick the leader and SIGKILL it once a third of ``kommuner`` messages went out in the
    tick; the posts before the kill, and whether the batch was still going."""
    before = posts(connector)
    await leader.send({"tick": now.isoformat()})
    reply = asyncio.ensure_future(leader.answer())
    while not reply.done() and posts(connector) - before < max(1, kommuner // 3):
        await asyncio.sleep(0.005)
    mid_batch = not reply.done()
    leader.figures = leader.measured()
    leader.process.kill()
    await leader.process.wait()
    leader.alive = False
    reply.cancel()
    return posts(connector) - before, mid_batch


async def year_in_processes(
    count: int,
    kb: KnowledgeBase,
    database: Database,
    connector: BenchConnector,
    warp: Warp,
    folder: Path,
    *,
    year: int,
    kill_leader: bool,
    until: dt.date | None,
    progress: bool,
) -> Result:
    if not database.url:
        raise RuntimeError("the instances as processes need PostgreSQL")
    seeding = database.open()
    await seed(seeding, kb, {k: people(kb, k) for k in kb.kommuner}, connector.url)
    await seeding.close()
    workers = await start_workers(database, folder, warp)
    times = tick_times(year, until)
    kill_at = next((t for t in times[len(times) // 2 :] if t.weekday() == 0 and t.hour < 12), None)
    killed, takeover, killed_posts, mid_batch = "", 0.0, 0, False
    single_leader = True
    leader = await one_leader(workers, TAKEOVER_LIMIT)
    if leader is None:
        raise RuntimeError("no instance took the scheduler lease")
    wall0, cpu0 = time.perf_counter(), time.process_time()
    month = 0
    for now in times:
        if progress and now.month != month:
            month = now.month
            print(
                json.dumps(
                    {
                        "kommuner": count,
                        "before": now.date().isoformat(),
                        "wall_s": round(time.perf_counter() - wall0, 1),
                        "posts": posts(connector),
                    }
                ),
                file=sys.stderr,
                flush=True,
            )
        current = await leaders(workers)
        if len(current) != 1:
            single_leader = False
            found = await one_leader(workers, TAKEOVER_LIMIT)
            if found is None:
                raise RuntimeError("no instance took the scheduler lease within 60 s")
            current = [found]
        leader = current[0]
        if kill_leader and not killed and now == kill_at:
            killed_posts, mid_batch = await kill_mid_batch(leader, now, connector, count)
            leader.ticks += 1
            lost_at = time.perf_counter()
            successor = await one_leader(workers, TAKEOVER_LIMIT)
            if successor is None:
                raise RuntimeError("no standby took the scheduler lease within 60 s")
            killed, takeover = leader.name, time.perf_counter() - lost_at
            leader = successor  # its catch-up: the same moment again
        reply = await leader.ask({"tick": now.isoformat()})
        if not reply["ran"]:
            single_leader = False
        leader.ticks += 1
    wall = time.perf_counter() - wall0
    for worker in workers:
        if worker.alive:
            worker.figures = await worker.ask({"stop": True})
            await worker.process.wait()
    cpu = time.process_time() - cpu0 + sum(w.figures["cpu_s"] for w in workers)
    promised: set[str] = set()
    for worker in workers:
        path = folder / f"promised-{worker.name}.txt"
        if path.exists():
            promised |= set(path.read_text(encoding="utf-8").split())
    reading = database.open()
    ledger = dict(await reading.scan(OUTBOX))
    await reading.close()
    sent = {k for k, v in ledger.items() if v.get("state") == "sent"}
    failed = {k for k, v in ledger.items() if v.get("state") == "failed"}
    kinds: dict[str, int] = {}
    for key in sent:
        kinds[key.split(":", 1)[0]] = kinds.get(key.split(":", 1)[0], 0) + 1
    return Result(
        kommuner=count,
        database=database.kind,
        instances=len(workers),
        wall_s=wall,
        cpu_s=cpu,
        tick_times=len(times),
        ticks=len(times),
        ticks_by_instance={w.name: w.ticks for w in workers},
        one_leader_every_tick=single_leader,
        killed=killed,
        takeover_s=takeover,
        planned=len(promised),
        sent=len(sent & promised),
        lost=len(promised - sent),
        duplicated=max(0, posts(connector) - len(sent)),
        uncertain=sum(1 for v in ledger.values() if v.get("uncertain")),
        failed=len(failed),
        throttled=connector.throttled,
        rss_mb=max(w.figures["rss_mb"] for w in workers),
        by_kind=dict(sorted(kinds.items())),
        rss_by_instance={w.name: round(w.figures["rss_mb"], 1) for w in workers},
        cpu_by_instance={w.name: round(w.figures["cpu_s"], 1) for w in workers},
        posts_before_kill=killed_posts,
        killed_mid_batch=mid_batch,
        processes=True,
    )
