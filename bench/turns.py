"""Turn throughput and latency over HTTP: SLT-boten against Microsoft's echo sample.

A load driver posts Teams message activities to ``/api/messages`` at a fixed concurrency
(16), then — for SLT-boten — at a fixed offered load of 200 requests/s (open loop,
:mod:`bench.open_loop`). Their ``serviceUrl`` is a fake Bot Connector inside the driver,
and a request counts as done when the bot's reply has reached that connector (and the HTTP
answer has come).
Both bots run as their own processes on loopback, one after the other in one invocation:

- ``echo``: ``bench/echo_sample.py``, written like Microsoft's Python echo sample;
- ``ours``: ``python app.py serve`` with ``SLT_SCHEDULER=off`` and a temporary
  ``SLT_DATA_DIR``, answering real knowledge questions, each with its Adaptive Card;
- ``floor``: ``bench/floor.py``, aiohttp alone with the same reply (a lower bound);
- ``before`` (with ``--baseline DIR``): ours from another checkout (say ``git archive`` of
  the last release), so a change is measured against what it replaces in the same run.

Also measured on ours: seconds from spawn to a ready ``/healthz``, and RSS after the run
(warm-up + ``--requests`` turns, 10,000 by default). Every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from bench.connector import BenchConnector
from bench.open_loop import drive_open, turn_answered
from bench.stats import (
    cpu_seconds,
    free_port,
    machine_busy_seconds,
    milliseconds,
    percentile,
    print_columns,
    rss_mb,
)
from bot.config import REPO_ROOT

CONCURRENCY = 16
OFFERED_RATE = 200.0
"""Requests per second of the open-loop run (issue 15: p99 ≤ 25 ms at this load)."""
OPEN_SECONDS = 15.0
OPEN_P99_AIM = 0.025
"""Seconds: issue 15's p99 at the offered load."""
REPLY_TIMEOUT = 10.0
READY_TIMEOUT = 120.0
"""Seconds a bot may take from spawn to a ready health check (natively about 1 s)."""
TENANT_ID = "00000000-0000-0000-0000-0000000000be"

# Real questions for the default kommune (Våler); every answer comes with its card.
QUESTIONS = (
    "hvem sitter i politirådet?",
    "hvem er slt-koordinator",
    "hvem sitter i slt-nettverket?",
    "hvor ofte møtes politirådet",
    "hvem leder møtene i slt-nettverket",
    "hvilken gruppe sitter helsesøster i",
)

STAFF_MIX = (
    "hva gjør jeg ved rusbekymring",
    "en elev fortalte meg at stefaren slår henne",
    "hva er tiltak 9",
    "mine tiltak",
    "når er neste møte i politirådet",
    "hvilke tiltak har vi mot vold i nære relasjoner",
)
"""What staff send besides the look-ups above: a routine, a disclosure (the danger check
routes it), a tiltak by number, their own tiltak (the bench users hold the role «Helse» in
a people file of the run's own), a meeting, tiltak by topic. Its CPU per turn is its own row;
``QUESTIONS`` stays the main mix, comparable with earlier runs."""
MIX_REQUESTS = 2_000
MIX_WARMUP = 60
PEOPLE_ROLE = "Helse"
"""The role the bench users hold in Våler (7 tiltak in its plan) for «mine tiltak»."""

BOT_ENV_KEYS = ("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "DATABASE_URL")


@dataclass
class Target:
    """A bot to start as a process and load."""

    name: str
    argv: list[str]
    env: dict[str, str]
    port: int
    ready_path: str
    cwd: Path = REPO_ROOT
    ready_timeout: float = READY_TIMEOUT
    """Seconds to wait for it at start: longer under valgrind (``bench.server_instructions``)."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class TurnResult:
    """One bot's totals over all its rounds."""

    name: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    driver_cpu_seconds: float = 0.0
    """This process's CPU time (the load driver and its fake connector) in the rounds."""
    others_cpu_seconds: float = 0.0
    """CPU time the rest of the machine (neither bot nor driver) took during the rounds."""
    round_cpu_ms: list[float] = field(default_factory=list)
    """Bot CPU per turn of each round, in ms."""
    replies_with_card: int = 0
    ready_seconds: float = float("nan")
    rss_mb: float = float("nan")
    mix_requests: int = 0
    """Turns of ``STAFF_MIX`` done (ours only), and their errors and bot CPU time."""
    mix_errors: int = 0
    mix_cpu_seconds: float = 0.0
    latencies: list[float] = field(default_factory=list, repr=False)
    open_latencies: list[float] = field(default_factory=list, repr=False)
    open_errors: int = 0
    open_cpu_seconds: float = 0.0
    open_load: tuple[float, float] = (float("nan"), float("nan"))
    open_others_cores: float = float("nan")
    """Cores other programs (neither bot nor driver) kept busy during the open-loop run. At
    200/s ours and the driver need 200 × their CPU per turn (0.4–0.6 of a core here); when
    the others leave less than that, the tail measures a queue, not the bot."""
    """The machine's 1-minute load average before and after the open-loop run."""

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_turn(self) -> float:
        """The bot process's CPU time (user + system, all threads) per completed turn."""
        return 1000 * self.cpu_seconds / self.requests if self.requests else float("nan")

    @property
    def mix_cpu_ms_per_turn(self) -> float:
        """Bot CPU per turn of the staff mix (``STAFF_MIX``); nan when not run."""
        return (
            1000 * self.mix_cpu_seconds / self.mix_requests if self.mix_requests else float("nan")
        )

    @property
    def best_round_cpu_ms(self) -> float:
        """The least disturbed round's CPU per turn: a neighbour only ever adds cycles
        (cold caches, a loop woken more often), so the minimum is the truest figure."""
        return min(self.round_cpu_ms, default=float("nan"))

    @property
    def driver_cpu_ms_per_turn(self) -> float:
        return 1000 * self.driver_cpu_seconds / self.requests if self.requests else float("nan")

    @property
    def others_cores(self) -> float:
        """Cores the rest of the machine kept busy on average during this bot's rounds."""
        return self.others_cpu_seconds / self.seconds if self.seconds else float("nan")

    @property
    def latency(self) -> dict[str, float]:
        return milliseconds(self.latencies)

    @property
    def open_latency(self) -> dict[str, float]:
        """p50/p90/p99/p99.9/max at the fixed offered load (nan when not run)."""
        return milliseconds(self.open_latencies) | {
            "p90_ms": percentile(self.open_latencies, 0.9) * 1000,
            "p999_ms": percentile(self.open_latencies, 0.999) * 1000,
        }

    @property
    def open_cores_needed(self) -> float:
        """Cores the bot and the driver need at the offered load, by their CPU per turn in the
        closed-loop rounds. When it comes near what the others left (cores on the machine less
        ``open_others_cores``), the open loop's tail measures a queue on the machine."""
        per_turn = self.cpu_ms_per_turn + self.driver_cpu_ms_per_turn
        return OFFERED_RATE * per_turn / 1000

    @property
    def open_cores_left(self) -> float:
        """Cores the rest of the machine left the bot and the driver during the open loop."""
        return (os.cpu_count() or 1) - self.open_others_cores

    @property
    def open_over_aim(self) -> float:
        """Share of the open-loop turns slower than the p99 aim (25 ms)."""
        if not self.open_latencies:
            return float("nan")
        return sum(s > OPEN_P99_AIM for s in self.open_latencies) / len(self.open_latencies)

    def add(self, block: TurnResult) -> None:
        self.requests += block.requests
        self.errors += block.errors
        self.seconds += block.seconds
        self.cpu_seconds += block.cpu_seconds
        self.driver_cpu_seconds += block.driver_cpu_seconds
        self.others_cpu_seconds += block.others_cpu_seconds
        self.round_cpu_ms += block.round_cpu_ms
        self.replies_with_card += block.replies_with_card
        self.latencies += block.latencies


def echo_target(port: int) -> Target:
    return Target(
        "echo sample",
        [sys.executable, "-m", "bench.echo_sample", "--port", str(port)],
        _clean_env(),
        port,
        "/api/messages",  # no health route in the sample: any HTTP answer (405) means ready
    )


def floor_target(port: int) -> Target:
    return Target(
        "aiohttp floor",
        [sys.executable, "-m", "bench.floor", "--port", str(port)],
        _clean_env(),
        port,
        "/api/messages",
    )


def our_target(
    port: int,
    data_dir: Path,
    *,
    knowledge_dir: Path | None = None,
    root: Path = REPO_ROOT,
    name: str = "SLT-boten",
    people_dir: Path | None = None,
) -> Target:
    env = _clean_env() | {
        "PORT": str(port),
        "SLT_HOST": "127.0.0.1",
        "SLT_SCHEDULER": "off",
        "SLT_DATA_DIR": str(data_dir),
        "SLT_KOMMUNE": "valer",
    }
    if knowledge_dir is not None:
        env["SLT_KNOWLEDGE_DIR"] = str(knowledge_dir)
    if people_dir is not None:
        env["SLT_PEOPLE_DIR"] = str(people_dir)
    return Target(name, [sys.executable, "app.py", "serve"], env, port, "/healthz", root)


def _clean_env() -> dict[str, str]:
    """The driver's environment without Bot Framework credentials: auth is off on loopback."""
    return {k: v for k, v in os.environ.items() if k not in BOT_ENV_KEYS}


def write_people(directory: Path) -> Path:
    """A people file for Våler in which every bench user (``aad-0`` … one per driver worker,
    made-up ids) holds ``PEOPLE_ROLE``, so «mine tiltak» lists tiltak as it would for staff."""
    directory.mkdir(parents=True, exist_ok=True)
    people = [
        {"role": PEOPLE_ROLE, "aad_object_id": f"aad-{worker}"} for worker in range(CONCURRENCY)
    ]
    text = json.dumps({"kommune": "valer", "people": people})  # JSON is YAML
    (directory / "valer.yaml").write_text(text, encoding="utf-8")
    return directory


def teams_message(text: str, service_url: str, activity_id: str, worker: int) -> dict[str, Any]:
    """A personal-chat message as Teams sends it; one chat and one user per driver worker."""
    return {
        "type": "message",
        "id": activity_id,
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {
            "id": f"29:bench-user-{worker}",
            "name": "Bench Bruker",
            "aadObjectId": f"aad-{worker}",
        },
        "recipient": {"id": "28:slt-boten-bench", "name": "SLT-boten"},
        "conversation": {
            "id": f"a:bench-chat-{worker}",
            "conversationType": "personal",
            "tenantId": TENANT_ID,
        },
        "channelData": {"tenant": {"id": TENANT_ID}},
        "entities": [],
        "text": text,
        "locale": "nb-NO",
    }


# --- the bot process ----------------------------------------------------------------------


@contextlib.asynccontextmanager
async def running(
    target: Target, *, profile: Path | None = None
) -> AsyncIterator[tuple[asyncio.subprocess.Process, float]]:
    """Start the bot, wait until it answers, yield (process, seconds to ready); stop it."""
    argv = list(target.argv)
    if profile is not None:
        argv = [argv[0], "-m", "bench.profiled", str(profile), *argv[1:]]
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            *argv, cwd=target.cwd, env=target.env, stdout=log, stderr=log
        )
        try:
            ready = await _wait_until_ready(target, process) - started
            yield process, ready
        except BaseException:
            _show_log(target, log)
            raise
        finally:
            await _stop(process)


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGINT)  # graceful: the profile and the store get written
    try:
        await asyncio.wait_for(process.wait(), 15)
    except TimeoutError:
        process.kill()
        await process.wait()


def _show_log(target: Target, log: Any) -> None:
    log.seek(0)
    tail = log.read()[-3000:].decode(errors="replace")
    print(f"--- {target.name} output (tail) ---\n{tail}", file=sys.stderr)


async def _wait_until_ready(target: Target, process: asyncio.subprocess.Process) -> float:
    deadline = time.perf_counter() + target.ready_timeout
    async with aiohttp.ClientSession() as session:
        while time.perf_counter() < deadline:
            if process.returncode is not None:
                raise RuntimeError(f"{target.name} exited with {process.returncode} at start")
            try:
                async with session.get(target.url + target.ready_path) as response:
                    if target.ready_path != "/healthz" or response.status == 200:
                        return time.perf_counter()
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.005)
    raise RuntimeError(f"{target.name} was not ready after {target.ready_timeout:.0f} s")


# --- the load -----------------------------------------------------------------------------


async def drive(
    url: str,
    connector: BenchConnector,
    *,
    requests: int,
    concurrency: int = CONCURRENCY,
    time_limit: float = 60.0,
    first_id: int = 0,
    pid: int | None = None,
    questions: tuple[str, ...] = QUESTIONS,
) -> TurnResult:
    """Post up to ``requests`` messages at ``concurrency``; none start after ``time_limit`` s."""
    result = TurnResult(url)
    numbers = itertools.count(first_id)
    stop_at = time.perf_counter() + time_limit
    last = first_id + requests
    cards_before = connector.replies_with_card

    async def worker(session: aiohttp.ClientSession, index: int) -> None:
        while True:
            number = next(numbers)
            if number >= last or time.perf_counter() > stop_at:
                return
            activity_id = f"bench-{number}"
            text = questions[number % len(questions)]
            body = json.dumps(teams_message(text, connector.url, activity_id, index))
            arrived = connector.expect(activity_id)
            start = time.perf_counter()
            if await turn_answered(session, url, body, arrived):
                result.latencies.append(time.perf_counter() - start)
            else:
                result.errors += 1
                connector.forget(activity_id)

    limits = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=REPLY_TIMEOUT)
    async with aiohttp.ClientSession(connector=limits, timeout=timeout) as session:
        cpu_before = cpu_seconds(pid) if pid else 0.0
        driver_before, busy_before = _own_cpu_seconds(), machine_busy_seconds()
        started = time.perf_counter()
        await asyncio.gather(*(worker(session, i) for i in range(concurrency)))
        result.seconds = time.perf_counter() - started
        result.cpu_seconds = (cpu_seconds(pid) - cpu_before) if pid else 0.0
        result.driver_cpu_seconds = _own_cpu_seconds() - driver_before
        busy = machine_busy_seconds() - busy_before
        result.others_cpu_seconds = max(0.0, busy - result.cpu_seconds - result.driver_cpu_seconds)
    result.requests = len(result.latencies)
    if pid and result.requests:
        result.round_cpu_ms = [1000 * result.cpu_seconds / result.requests]
    result.replies_with_card = connector.replies_with_card - cards_before
    return result


async def run_async(
    requests: int = 10_000,
    *,
    warmup: int = 200,
    rounds: int = 5,
    time_limit: float = 60.0,
    which: tuple[str, ...] = ("echo", "ours", "floor"),
    profile: Path | None = None,
    baseline: Path | None = None,
    open_seconds: float = OPEN_SECONDS,
    mix_requests: int = MIX_REQUESTS,
) -> dict[str, TurnResult]:
    """Start the bots one by one (each alone, for its start-up time), then load them in
    alternating rounds, so a busy neighbour on the machine slows both alike."""
    connector = await BenchConnector().start()
    if baseline is not None and "before" not in which:
        which = (*which, "before")
    results = {name: TurnResult(name) for name in which}
    ids = itertools.count(0, 10**7)
    try:
        with tempfile.TemporaryDirectory(prefix="slt-bench-") as tmp:
            people = write_people(Path(tmp) / "people")
            targets = {
                "echo": echo_target(free_port()),
                "ours": our_target(free_port(), Path(tmp) / "data", people_dir=people),
                "floor": floor_target(free_port()),
            }
            if baseline is not None:
                targets["before"] = our_target(
                    free_port(),
                    Path(tmp) / "before",
                    root=baseline,
                    name="SLT-boten before",
                    people_dir=people,
                )
            async with contextlib.AsyncExitStack() as stack:
                pids = {}
                for name in which:
                    process, ready = await stack.enter_async_context(
                        running(targets[name], profile=profile if name == "ours" else None)
                    )
                    pids[name] = process.pid
                    results[name].name = targets[name].name
                    results[name].ready_seconds = ready
                    url = targets[name].url + "/api/messages"
                    await drive(url, connector, requests=warmup, first_id=next(ids))
                    if name in MIXED and mix_requests > 0:
                        await drive(
                            url,
                            connector,
                            requests=min(MIX_WARMUP, warmup),
                            first_id=next(ids),
                            questions=STAFF_MIX,
                        )
                per_round = max(1, requests // rounds)
                mix_round = mix_requests // rounds
                budget = time_limit / rounds
                for number in range(rounds):
                    size = per_round if number < rounds - 1 else requests - per_round * number
                    for name in which:
                        url = targets[name].url + "/api/messages"
                        block = await drive(
                            url,
                            connector,
                            requests=size,
                            time_limit=budget,
                            first_id=next(ids),
                            pid=pids[name],
                        )
                        results[name].add(block)
                        if name in MIXED and mix_round > 0:
                            mixed = await drive(
                                url,
                                connector,
                                requests=mix_round,
                                time_limit=budget,
                                first_id=next(ids),
                                pid=pids[name],
                                questions=STAFF_MIX,
                            )
                            results[name].mix_requests += mixed.requests
                            results[name].mix_errors += mixed.errors
                            results[name].mix_cpu_seconds += mixed.cpu_seconds
                for name in which:
                    if name in ("ours", "before") and open_seconds > 0:
                        url = targets[name].url + "/api/messages"
                        load_before = os.getloadavg()[0]
                        busy_before, driver_before = machine_busy_seconds(), _own_cpu_seconds()
                        started = time.perf_counter()
                        latencies, errors, cpu = await drive_open(
                            url,
                            connector,
                            rate=OFFERED_RATE,
                            seconds=open_seconds,
                            first_id=next(ids),
                            pid=pids[name],
                            questions=QUESTIONS,
                            message=teams_message,
                        )
                        result = results[name]
                        result.open_latencies, result.open_errors = latencies, errors
                        result.open_cpu_seconds = cpu
                        result.open_load = (load_before, os.getloadavg()[0])
                        others = (
                            machine_busy_seconds()
                            - busy_before
                            - cpu
                            - (_own_cpu_seconds() - driver_before)
                        )
                        result.open_others_cores = max(0.0, others) / (
                            time.perf_counter() - started
                        )
                for name in which:
                    results[name].rss_mb = rss_mb(pids[name])
    finally:
        await connector.close()
    return results


MIXED = ("ours", "before")
"""The bots that also answer ``STAFF_MIX`` (the echo sample and the floor answer alike)."""


def _own_cpu_seconds() -> float:
    """This process's CPU time, to the nanosecond (``os.times`` counts 10 ms ticks)."""
    return time.process_time()


def run(requests: int = 10_000, **options: Any) -> dict[str, TurnResult]:
    return asyncio.run(run_async(requests, **options))


def report(results: dict[str, TurnResult]) -> None:
    names = list(results)
    rows = [
        ("turns done", [f"{results[n].requests:,}" for n in names]),
        ("errors", [str(results[n].errors) for n in names]),
        ("replies with a card", [f"{results[n].replies_with_card:,}" for n in names]),
        ("requests/s", [f"{results[n].rps:,.0f}" for n in names]),
        ("bot CPU per turn", [f"{results[n].cpu_ms_per_turn:.2f} ms" for n in names]),
        ("— its best round", [f"{results[n].best_round_cpu_ms:.2f} ms" for n in names]),
        (
            "bot CPU per turn, staff mix",
            [_ms(results[n].mix_cpu_ms_per_turn, digits=2) for n in names],
        ),
        ("staff-mix turns / errors", [_mix_done(results[n]) for n in names]),
        ("driver CPU per turn", [f"{results[n].driver_cpu_ms_per_turn:.2f} ms" for n in names]),
        ("others' CPU meanwhile", [f"{results[n].others_cores:.2f} cores" for n in names]),
        ("p50", [f"{results[n].latency['p50_ms']:.1f} ms" for n in names]),
        ("p99", [f"{results[n].latency['p99_ms']:.1f} ms" for n in names]),
        ("max", [f"{results[n].latency['max_ms']:.1f} ms" for n in names]),
        *(
            (
                f"{label} at {OFFERED_RATE:.0f}/s offered",
                [_ms(results[n].open_latency[key]) for n in names],
            )
            for label, key in OPEN_PERCENTILES
        ),
        (
            f"over {OPEN_P99_AIM * 1000:.0f} ms at {OFFERED_RATE:.0f}/s",
            [_share(results[n].open_over_aim) for n in names],
        ),
        (
            f"load avg. during {OFFERED_RATE:.0f}/s",
            [_load(results[n].open_load) for n in names],
        ),
        (
            f"others' CPU during {OFFERED_RATE:.0f}/s",
            [_cores(results[n].open_others_cores) for n in names],
        ),
        (
            f"cores needed / left at {OFFERED_RATE:.0f}/s",
            [_needed(results[n]) for n in names],
        ),
        (f"errors at {OFFERED_RATE:.0f}/s", [str(results[n].open_errors) for n in names]),
        ("ready after", [f"{results[n].ready_seconds:.2f} s" for n in names]),
        ("RSS after the run", [f"{results[n].rss_mb:.0f} MB" for n in names]),
    ]
    print_columns(
        f"Turns over HTTP at concurrency {CONCURRENCY} (done = reply at the connector)",
        [results[n].name for n in names],
        rows,
    )
    ours = results.get("ours")
    echo = results.get("echo")
    floor = results.get("floor")
    if ours and echo and echo.rps and ours.requests:
        print(
            f"  ours/echo: {ours.rps / echo.rps:.2f}× the throughput (aim ≥ 8×), "
            f"{echo.cpu_ms_per_turn / ours.cpu_ms_per_turn:.2f}× less CPU per turn "
            f"(ours {ours.cpu_ms_per_turn:.2f} ms, aim ≤ 1.2 ms; staff mix "
            f"{ours.mix_cpu_ms_per_turn:.2f} ms); "
            f"our p99 at {OFFERED_RATE:.0f}/s offered {ours.open_latency['p99_ms']:.1f} ms "
            "(aim ≤ 25 ms)"
        )
    before = results.get("before")
    if ours and before and before.requests and ours.requests:
        print(
            f"  ours/before: {ours.rps / before.rps:.2f}× the throughput, CPU per turn "
            f"{before.cpu_ms_per_turn:.2f} → {ours.cpu_ms_per_turn:.2f} ms, p99 at "
            f"{OFFERED_RATE:.0f}/s {before.open_latency['p99_ms']:.1f} → "
            f"{ours.open_latency['p99_ms']:.1f} ms"
        )
    if ours and floor and floor.requests and ours.requests:
        print(
            f"  ours/floor: {ours.rps / floor.rps:.2f}× the floor's throughput, "
            f"{ours.cpu_ms_per_turn - floor.cpu_ms_per_turn:.2f} ms more CPU per turn"
        )


OPEN_PERCENTILES = (
    ("p50", "p50_ms"),
    ("p90", "p90_ms"),
    ("p99", "p99_ms"),
    ("p99.9", "p999_ms"),
    ("max", "max_ms"),
)
"""The open loop's distribution as printed: a tail is read from more than one number."""


def _ms(value: float, *, digits: int = 1) -> str:
    return "—" if value != value else f"{value:.{digits}f} ms"


def _mix_done(result: TurnResult) -> str:
    return f"{result.mix_requests:,} / {result.mix_errors}" if result.mix_requests else "—"


def _share(value: float) -> str:
    return "—" if value != value else f"{100 * value:.1f} %"


def _cores(value: float) -> str:
    return "—" if value != value else f"{value:.2f} cores"


def _needed(result: TurnResult) -> str:
    """Bot and driver cores the offered load needs, against the cores the others left."""
    left = result.open_cores_left
    return "—" if left != left else f"{result.open_cores_needed:.2f} / {left:.2f}"


def _load(loads: tuple[float, float]) -> str:
    before, after = loads
    return "—" if before != before else f"{before:.1f} → {after:.1f}"


def main(argv: list[str] | None = None) -> dict[str, TurnResult]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="alternating load rounds")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per bot, at most")
    parser.add_argument(
        "--bots", default="echo,ours,floor", help="which of echo, ours, floor (comma-separated)"
    )
    parser.add_argument("--profile", type=Path, help="cProfile our bot (CPU time) to this file")
    parser.add_argument(
        "--baseline", type=Path, help="also run SLT-boten from this checkout, as 'before'"
    )
    parser.add_argument(
        "--open-seconds", type=float, default=OPEN_SECONDS, help="open-loop run, 0 = none"
    )
    parser.add_argument(
        "--mix-requests", type=int, default=MIX_REQUESTS, help="staff-mix turns, 0 = none"
    )
    args = parser.parse_args(argv)
    print(f"load average at start: {_loads()}  (other work on the machine skews every figure)")
    results = run(
        args.requests,
        warmup=args.warmup,
        rounds=args.rounds,
        time_limit=args.time_limit,
        which=tuple(b.strip() for b in args.bots.split(",") if b.strip()),
        profile=args.profile,
        baseline=args.baseline,
        open_seconds=args.open_seconds,
        mix_requests=args.mix_requests,
    )
    report(results)
    print(f"load average at end: {_loads()}")
    return results


def _loads() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"


if __name__ == "__main__":
    main()
