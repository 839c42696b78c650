"""National simulation: N synthetic kommuner, a year of the scheduler's work, three instances.

What runs is the product's own machinery, not a model of it:

- N synthetic kommuner written by :func:`bench.scale.generate` (the bundled kommune files in
  turn, new ids), each with one made-up person per role the plan names (the way
  ``tests/auxil/year.py`` seeds a year) and a chosen SLT channel, so every tiltak reminder,
  escalation, digest and meeting call has somewhere to go;
- three instances on one database, each a process of its own (bench/national_instance.py;
  ``--one-process``: three sets of objects in this process) with its own store (its own
  connection pool), its own real :class:`ProactiveSender` and adapter, and the real
  :class:`Leadership` campaigning for the real scheduler lease (an advisory lock on
  PostgreSQL); only the holder ticks;
- the real jobs (the tiltak job and the meeting jobs, on one :class:`JobQueue`) run on a
  controlled clock at 09:05 and 13:05 on every working day of the year (Europe/Oslo,
  Norwegian holidays), as ``tests/auxil/year.py`` does. The service ticks every five
  minutes; these two are the first ticks after what falls due at fixed times (reminders and
  calls at 09:00, meeting reminders at 12:00); a referat reminder (an hour after a meeting
  ends) waits for the next of them. The ticks between would send the same messages a little
  earlier, nothing more or less;
- every message through the real sender to ``bench/connector.py``'s connector, which answers
  429 with a Retry-After past Teams' limits;
- halfway through the year the leader is killed: as processes, SIGKILLed in the middle of
  the first batch of a week (bench/national_processes.py), and its successor ticks that
  moment again, as the service's catch-up does; in one process, between two ticks, its lease
  connection dropped without unlocking and its store closed. A standby takes the lease and
  the year goes on.

Pacing runs on warped time: the sender's limiters, its retry sleeps and the connector's limit
windows share one clock that runs ``WARP`` times faster than the wall clock (their ``clock``
and ``sleep`` are injectable, no product code changes). A year of Teams-paced sends would
otherwise take as long as it takes Teams (hours); the pacing logic and the 429 handling still
run, against limits that are ``WARP`` times looser in wall time. Wall and CPU times are real.

As processes, each instance reports its own peak RSS (VmHWM) and CPU; the CPU figure is the
three instances' and the driver's (PostgreSQL's own CPU shows in the wall time only). In one
process RSS is the process's, for all three.

Counted: messages planned (distinct keys the runners handed to the sender), sent (the ledger
says ``sent``), lost (planned and not delivered: must be 0), duplicated (posts the connector
received beyond one per sent key; each should be flagged ``uncertain`` in the ledger), the
connector's 429s, and the cost per kommune-year.

``python -m bench.national --kommuner 10,100,356`` runs each size in a fresh process.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import logging
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.connector import BenchConnector, SlidingLimits
from bench.scale import generate
from bench.stats import print_table, rss_mb
from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.features.meetings import MeetingDesk
from bot.features.meetings import jobs as meeting_jobs
from bot.features.tiltak import jobs as tiltak_jobs
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.model import COORDINATOR_ROLE
from bot.job_context import JobContext, Knowledge, Served
from bot.jobqueue import JobQueue
from bot.knowledge.index import KnowledgeBase
from bot.leadership import FileLease, Leadership, Lease
from bot.outbox.items import Item
from bot.people import PeopleMap, Person
from bot.retry import PACED_GLOBAL_WINDOWS, Limiter, RateLimiter, SharedRateLimiter
from bot.storage import Repositories
from bot.storage.pace import PaceWindows
from bot.storage.protocol import Store
from bot.storage.records import ConversationRef, KommuneChannel
from bot.storage.sqlite import SqliteStore
from bot.targets import Targets
from bot.teams.adapter import create_adapter
from bot.teams.connectors import close_connections
from bot.teams.resolve import AddressBook
from bot.teams.sender import ProactiveSender
from bot.text import fold
from bot.work_calendar import DEFAULT_CALENDAR

TENANT = "00000000-0000-0000-0000-0000000000ce"
TICK_TIMES = (dt.time(9, 5), dt.time(13, 5))
WARP = 200.0
INSTANCES = 3
LEADER_RETRY_SECONDS = 0.5


class Warp:
    """A clock running ``factor`` times faster than the wall clock, and a sleep to match."""

    def __init__(self, factor: float, epoch: tuple[float, float] | None = None) -> None:
        """``epoch``: (monotonic, wall) it starts from; processes that share one agree."""
        self.factor = factor
        self._mono0, self._wall0 = epoch or (time.monotonic(), time.time())

    @property
    def epoch(self) -> tuple[float, float]:
        return self._mono0, self._wall0

    def monotonic(self) -> float:
        return self._mono0 + (time.monotonic() - self._mono0) * self.factor

    def wall(self) -> float:
        return self._wall0 + (time.time() - self._wall0) * self.factor

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds / self.factor)


class CountingSender(ProactiveSender):
    """The real sender; remembers the keys it was handed (the messages planned)."""

    planned: set[str]

    async def send(self, outgoing: Item) -> Any:
        self.planned.add(outgoing.key)
        return await super().send(outgoing)


def people(kb: KnowledgeBase, kommune_id: str) -> PeopleMap:
    """One made-up person for every role the plan names (and the coordinator), as
    ``tests/auxil/year.py`` does, with ids unique across kommuner."""
    roles = {COORDINATOR_ROLE} | {
        r for t in kb.kommuner[kommune_id].kommune.tiltak for r in t.ansvar
    }
    return PeopleMap(
        kommune_id,
        {
            fold(role): (
                Person(
                    role=role,
                    name=f"{role} (prøve)",
                    aad_object_id=f"aad-{kommune_id}-{fold(role).replace(' ', '-')}",
                ),
            )
            for role in sorted(roles)
        },
    )


async def seed(store: Store, kb: KnowledgeBase, mapping: dict[str, PeopleMap], url: str) -> int:
    """The roster (who each made-up person is in Teams) and each kommune's SLT channel."""
    rows = 0
    for kommune_id, people_map in mapping.items():
        for persons in people_map.by_role.values():
            for p in persons:
                assert p.aad_object_id
                await store.put(
                    "roster",
                    p.aad_object_id,
                    {
                        "user_id": f"29:{p.aad_object_id}",
                        "name": p.name,
                        "tenant_id": TENANT,
                        "service_url": url,
                    },
                )
                rows += 1
        channel = f"19:slt-{kommune_id}@thread.tacv2"
        repos = Repositories.over(store)
        reference = {
            "conversation": {
                "id": channel,
                "isGroup": True,
                "conversationType": "channel",
                "tenantId": TENANT,
            },
            "serviceUrl": url,
            "channelId": "msteams",
            "bot": {"id": "28:bench-bot"},
        }
        await repos.conversations.save(
            ConversationRef("channel:" + channel, "channel", reference, kommune_id)
        )
        await repos.channels.choose_for_kommune(
            KommuneChannel(kommune_id, "channel:" + channel, None, "aad-bench-admin")
        )
    return rows


@dataclass
class Instance:
    """One service instance: its store, sender, job queue and its campaign for the lease."""

    name: str
    store: Store
    lease: Lease
    sender: CountingSender
    jobs: JobQueue[JobContext]
    adapter: Any
    leadership: Leadership | None = None
    alive: bool = True
    ticks: int = 0


@dataclass
class Result:
    kommuner: int
    database: str
    instances: int
    wall_s: float
    cpu_s: float
    tick_times: int
    ticks: int
    ticks_by_instance: dict[str, int]
    one_leader_every_tick: bool
    killed: str
    takeover_s: float
    planned: int
    sent: int
    lost: int
    duplicated: int
    uncertain: int
    failed: int
    throttled: int
    rss_mb: float
    by_kind: dict[str, int] = field(default_factory=dict)
    rss_by_instance: dict[str, float] = field(default_factory=dict)
    """Peak RSS each instance's process measured of itself (the killed one: read by the
    driver just before the kill); empty when the instances share one process."""
    cpu_by_instance: dict[str, float] = field(default_factory=dict)
    posts_before_kill: int = 0
    """Posts of the kill tick's batch the connector had when the leader was killed."""
    killed_mid_batch: bool = False
    processes: bool = False

    @property
    def cpu_per_kommune_year(self) -> float:
        return self.cpu_s / self.kommuner

    @property
    def wall_per_kommune_year(self) -> float:
        return self.wall_s / self.kommuner


class Database:
    """PostgreSQL from ``pgserver`` (as the tests start it), or SQLite files as a fallback."""

    def __init__(self, folder: Path, *, prefer_postgres: bool = True, url: str = "") -> None:
        """``url``: a PostgreSQL another process started (an instance of the process run)."""
        self.folder = folder
        self.url = url
        self._server: Any = None
        if prefer_postgres and not url:
            try:
                import pgserver

                self._server = pgserver.get_server(folder / "pg", cleanup_mode="stop")  # type: ignore[attr-defined]
                self.url = self._server.get_uri()
            except Exception as exc:  # reported; the run goes on on SQLite
                print(f"note: PostgreSQL unavailable ({type(exc).__name__}); using SQLite")
        self.kind = "PostgreSQL" if self.url else "SQLite"

    def open(self) -> Store:
        if self.url:
            from bot.storage.postgres import PostgresStore

            return PostgresStore(self.url)
        return SqliteStore.open(self.folder / "national.sqlite3")

    def lease(self) -> Lease:
        if self.url:
            from bot.storage.postgres import PostgresLease

            return PostgresLease(self.url)
        return FileLease(self.folder / "national.sqlite3.scheduler-lock")

    def limiter(self, store: Store, warp: Warp) -> Limiter:
        local = RateLimiter(overall=PACED_GLOBAL_WINDOWS, clock=warp.monotonic, sleep=warp.sleep)
        if self.url:
            return SharedRateLimiter(PaceWindows(store), local, clock=warp.wall, sleep=warp.sleep)
        return local

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()


def build_instance(
    name: str,
    database: Database,
    kb: KnowledgeBase,
    mapping: dict[str, PeopleMap],
    clock: FixedClock,
    warp: Warp,
    settings: Settings,
) -> Instance:
    store = database.open()
    repos = Repositories.over(store)
    desk = TiltakDesk(kb, repos, mapping)
    meeting_desk = MeetingDesk(kb, repos, desk.people, clock=clock)
    adapter = create_adapter(settings)
    sender = CountingSender(
        adapter,
        settings.app_id,
        repos.outbox,
        limiter=database.limiter(store, warp),
        sleep=warp.sleep,
        clock=clock,
        base_delay=0.5,
        addresses=AddressBook(repos),  # as bot/server.py builds it
    )
    sender.planned = set()
    knowledge = Knowledge(Served(kb, desk, meeting_desk, Targets(repos, desk)))
    jobs = JobQueue(JobContext(knowledge, repos, sender), sender, clock)
    meeting_jobs.register_jobs(jobs)  # as bot/server.py registers them
    tiltak_jobs.register_jobs(jobs)
    return Instance(name, store, database.lease(), sender, jobs, adapter)


async def kill(instance: Instance) -> None:
    """As when its process dies: the lease's connection drops without an unlock (the server
    frees the lock), the campaign stops, the store's connections close."""
    conn = getattr(instance.lease, "_conn", None)  # PostgresLease's own connection
    if conn is not None:
        await conn.close()
    assert instance.leadership is not None
    await instance.leadership.end()  # the lease is already gone; this stops the campaign
    await instance.store.close()
    instance.alive = False


async def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def tick_times(year: int, until: dt.date | None = None) -> list[dt.datetime]:
    times = []
    day = dt.date(year, 1, 1)
    while day.year == year and (until is None or day <= until):
        if DEFAULT_CALENDAR.is_working_day(day):
            times += [dt.datetime.combine(day, t, tzinfo=OSLO) for t in TICK_TIMES]
        day += dt.timedelta(days=1)
    return times


async def run_async(
    count: int,
    *,
    year: int = 2026,
    instances: int = INSTANCES,
    kill_leader: bool = True,
    prefer_postgres: bool = True,
    until: dt.date | None = None,
    warp: float = WARP,
    progress: bool = False,
    processes: bool = False,
) -> Result:
    quiet = [logging.getLogger(n) for n in ("bot.teams.sender", "bot.leadership", "bot.jobqueue")]
    for logger in quiet:  # every 429 retry and the takeover are warnings: counted, not printed
        logger.setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="slt-national-") as tmp:
        folder = Path(tmp)
        generate(folder / "knowledge", count)
        kb = KnowledgeBase.load(folder / "knowledge")
        mapping = {k: people(kb, k) for k in kb.kommuner}
        database = Database(folder, prefer_postgres=prefer_postgres)
        clock_warp = Warp(warp)
        connector = BenchConnector(enforce_limits=True)
        connector.limits = SlidingLimits(clock=clock_warp.monotonic)
        await connector.start()
        try:
            if processes:
                from bench.national_processes import year_in_processes

                return await year_in_processes(
                    count, kb, database, connector, clock_warp, folder,
                    year=year, kill_leader=kill_leader, until=until, progress=progress,
                )  # fmt: skip
            return await _year(
                count, kb, mapping, database, connector, clock_warp, folder,
                year=year, instances=instances, kill_leader=kill_leader, until=until,
                progress=progress,
            )  # fmt: skip
        finally:
            await connector.close()
            database.stop()


async def _year(
    count: int,
    kb: KnowledgeBase,
    mapping: dict[str, PeopleMap],
    database: Database,
    connector: BenchConnector,
    warp: Warp,
    folder: Path,
    *,
    year: int,
    instances: int,
    kill_leader: bool,
    until: dt.date | None,
    progress: bool,
) -> Result:
    settings = Settings(data_dir=folder, scheduler_enabled=False)
    seeding = database.open()
    await seed(seeding, kb, mapping, connector.url)
    await seeding.close()
    clock = FixedClock(dt.datetime(year, 1, 1, 8, tzinfo=OSLO))
    fleet = [
        build_instance(f"instance-{n + 1}", database, kb, mapping, clock, warp, settings)
        for n in range(instances)
    ]
    for instance in fleet:
        instance.leadership = Leadership(
            instance.lease, _noop, _noop, retry_seconds=LEADER_RETRY_SECONDS
        )
        await instance.leadership.begin()

    def leaders() -> list[Instance]:
        return [i for i in fleet if i.alive and i.leadership and i.leadership.state == "running"]

    times = tick_times(year, until)
    halfway = times[len(times) // 2] if times else None
    killed, takeover = "", 0.0
    one_leader = True
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for now in times:
        if kill_leader and not killed and now == halfway and len(fleet) > 1:
            victim = leaders()[0]
            await kill(victim)
            started = time.perf_counter()
            await wait_for(lambda: len(leaders()) == 1, 60.0)
            killed, takeover = victim.name, time.perf_counter() - started
        current = leaders()
        if len(current) != 1:
            one_leader = False
            if not await wait_for(lambda: len(leaders()) >= 1, 60.0):
                raise RuntimeError("no instance took the scheduler lease within 60 s")
            current = leaders()
        leader = current[0]
        if progress and now.month != clock.at.month:
            planned_so_far = len(set().union(*(i.sender.planned for i in fleet)))
            print(
                json.dumps(
                    {
                        "kommuner": count,
                        "before": now.date().isoformat(),
                        "wall_s": round(time.perf_counter() - wall0, 1),
                        "cpu_s": round(time.process_time() - cpu0, 1),
                        "planned": planned_so_far,
                        "posts": sum(connector.posted.values()),
                        "rss_mb": round(rss_mb()),
                    }
                ),
                file=sys.stderr,
                flush=True,
            )
        clock.at = now  # FixedClock: the controlled clock the ledger and desks read
        await leader.jobs.run(now)  # every registered job, as the queue's trigger runs them
        leader.ticks += 1
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    rss = rss_mb()
    for instance in fleet:
        if instance.alive:
            assert instance.leadership is not None
            await instance.leadership.end()
            await instance.sender.stop(timeout=5.0)
    planned: set[str] = set().union(*(i.sender.planned for i in fleet))
    reading = database.open()
    ledger = dict(await reading.scan("outbox"))
    await reading.close()
    for instance in fleet:
        if instance.alive:
            await instance.store.close()
        await close_connections(instance.adapter)
    sent = {k for k, v in ledger.items() if v.get("state") == "sent"}
    failed = {k for k, v in ledger.items() if v.get("state") == "failed"}
    uncertain = sum(1 for v in ledger.values() if v.get("uncertain"))
    posts = sum(connector.posted.values())
    kinds: dict[str, int] = {}
    for key in sent:
        kind = key.split(":", 1)[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    return Result(
        kommuner=count,
        database=database.kind,
        instances=instances,
        wall_s=wall,
        cpu_s=cpu,
        tick_times=len(times),
        ticks=sum(i.ticks for i in fleet),
        ticks_by_instance={i.name: i.ticks for i in fleet},
        one_leader_every_tick=one_leader,
        killed=killed,
        takeover_s=takeover,
        planned=len(planned),
        sent=len(sent & planned),
        lost=len(planned - sent - failed) + len(failed),
        duplicated=max(0, posts - len(sent)),
        uncertain=uncertain,
        failed=len(failed),
        throttled=connector.throttled,
        rss_mb=rss,
        by_kind=dict(sorted(kinds.items())),
    )


def _noop() -> None:
    """The scheduler's start/stop: the driver ticks the holder itself (on the year's clock)."""


def run(count: int, **options: Any) -> Result:
    return asyncio.run(run_async(count, **options))


def run_in_child(count: int, *, extra: list[str] | None = None) -> dict[str, Any]:
    """One size in a fresh process, so its RSS is its own."""
    command = [sys.executable, "-m", "bench.national", "--child", str(count), *(extra or [])]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:  # its stderr (progress, then any traceback) went to ours
        raise RuntimeError(f"N={count} failed")
    lines = done.stdout.strip().splitlines()
    notes = [line for line in lines[:-1] if line.startswith("note:")]
    for note in notes:
        print(note)
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def report(results: list[dict[str, Any]]) -> None:
    for r in results:
        print_table(
            f"National simulation: {r['kommuner']} kommuner, {r['tick_times']} tick times,"
            f" {r['instances']} instances on {r['database']}",
            [
                ("wall time", f"{r['wall_s']:.1f} s  (CPU {r['cpu_s']:.1f} s)"),
                (
                    "ticks",
                    f"{r['ticks']} of {r['tick_times']} tick times, "
                    + ", ".join(f"{k}: {v}" for k, v in r["ticks_by_instance"].items())
                    + ("" if r["one_leader_every_tick"] else "  (NOT one leader every tick)"),
                ),
                ("leader killed", _killed(r)),
                ("messages planned", f"{r['planned']:,}"),
                ("sent", f"{r['sent']:,}  " + json.dumps(r["by_kind"])),
                ("lost", f"{r['lost']}  (must be 0; failed for good: {r['failed']})"),
                ("duplicated", f"{r['duplicated']}  (flagged uncertain: {r['uncertain']})"),
                ("429s seen", f"{r['throttled']:,}"),
                ("RSS", _rss(r)),
                (
                    "per kommune-year",
                    f"{r['wall_s'] / r['kommuner']:.2f} s wall, "
                    f"{r['cpu_s'] / r['kommuner']:.2f} s CPU, "
                    f"{r['sent'] / r['kommuner']:.0f} messages",
                ),
            ],
        )
    if len(results) > 1:
        first = results[0]
        rows = []
        for r in results[1:]:
            scale = r["kommuner"] / first["kommuner"]
            rows.append(
                (
                    f"{first['kommuner']} → {r['kommuner']} kommuner (×{scale:.1f})",
                    f"wall ×{r['wall_s'] / first['wall_s']:.1f}, "
                    f"CPU ×{r['cpu_s'] / first['cpu_s']:.1f}, "
                    f"messages ×{r['sent'] / max(1, first['sent']):.1f}, "
                    f"RSS ×{r['rss_mb'] / first['rss_mb']:.2f}",
                )
            )
        print_table("How the cost grows", rows)


def _killed(r: dict[str, Any]) -> str:
    if not r["killed"]:
        return "no"
    where = (
        f"SIGKILL mid-batch, after {r['posts_before_kill']} posts of the tick"
        if r.get("killed_mid_batch")
        else "between two ticks"
    )
    return f"{r['killed']} halfway ({where}); takeover {r['takeover_s']:.2f} s"


def _rss(r: dict[str, Any]) -> str:
    if not r.get("rss_by_instance"):
        return f"{r['rss_mb']:.0f} MB  (one process, all instances)"
    return "peak, each process: " + ", ".join(
        f"{name} {mb:.0f} MB ({r['cpu_by_instance'][name]:.0f} s CPU)"
        for name, mb in r["rss_by_instance"].items()
    )


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--kommuner", default="10,100", help="sizes, comma-separated")
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument("--no-kill", action="store_true", help="keep the first leader all year")
    parser.add_argument(
        "--one-process", action="store_true", help="the three instances in one process"
    )
    parser.add_argument("--until", help="stop after this day (YYYY-MM-DD), e.g. one month")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    options: dict[str, Any] = {
        "prefer_postgres": not args.sqlite,
        "kill_leader": not args.no_kill,
        "processes": not (args.sqlite or args.one_process),
        "until": dt.date.fromisoformat(args.until) if args.until else None,
    }
    if args.child:
        # Stopped from outside: unwind, so the PostgreSQL server (a daemon) is stopped too.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        result = run(args.child, progress=True, **options)
        print(json.dumps(asdict(result)))
        return [asdict(result)]
    extra = (
        ["--sqlite"] * args.sqlite
        + ["--no-kill"] * args.no_kill
        + ["--one-process"] * args.one_process
        + (["--until", args.until] if args.until else [])
    )
    results = []
    for size in (int(s) for s in args.kommuner.split(",") if s.strip()):
        started = time.perf_counter()
        results.append(run_in_child(size, extra=extra))
        print(f"N={size}: done in {time.perf_counter() - started:.0f} s", flush=True)
        print(json.dumps(results[-1]), flush=True)  # each size's figures as soon as it is done
    report(results)
    return results


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
