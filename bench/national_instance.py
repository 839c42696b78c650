"""One instance of the national simulation as a process of its own (``bench/national.py
--processes``, the default): its own store and pool, sender, job queue and campaign for the
real scheduler lease on the shared PostgreSQL.

    python -m bench.national_instance NAME URL FOLDER WARP EPOCH_MONO EPOCH_WALL

The driver says what to do, one JSON object a line on stdin, and gets one line back on
stdout per command:

- ``{"tick": ISO}``: if this instance holds the lease, run every job at that moment (the
  year's clock) and send what is due — ``{"ran": true, "deliveries": n}``; else
  ``{"ran": false}``;
- ``{"state": true}``: ``{"state": "running" | "standby" | …}``;
- ``{"stop": true}``: stop campaigning and sending, and report what this process measured
  of itself: ``{"rss_mb": peak RSS (VmHWM), "cpu_s": …, "ticks": …}``; then exit.

Before each batch goes to the sender, its keys are appended to ``FOLDER/promised-NAME.txt``
(what was promised, independent of the ledger, as tests/auxil/reminder_process.py does), so
a batch cut short by SIGKILL is still counted.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import resource
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.national import (
    LEADER_RETRY_SECONDS,
    CountingSender,
    Database,
    Warp,
    _noop,
    build_instance,
    people,
)
from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.leadership import Leadership
from bot.outbox.items import Delivery, Item
from bot.teams.connectors import close_connections


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def record_promises(sender: CountingSender, promised: Path) -> None:
    """Append every batch's keys to ``promised`` (flushed) before the sender gets it."""
    send_many = sender.send_many

    async def recorded(items: Iterable[Item]) -> list[Delivery]:
        items = list(items)
        with promised.open("a", encoding="utf-8") as out:
            out.write("".join(f"{item.key}\n" for item in items))
        return await send_many(items)

    sender.send_many = recorded  # type: ignore[method-assign]


async def serve(name: str, url: str, folder: Path, warp: Warp) -> None:
    for logger in ("bot.teams.sender", "bot.leadership", "bot.jobqueue"):
        logging.getLogger(logger).setLevel(logging.ERROR)
    cpu0 = time.process_time()
    kb = KnowledgeBase.load(folder / "knowledge")
    mapping = {k: people(kb, k) for k in kb.kommuner}
    database = Database(folder, url=url)
    clock = FixedClock(dt.datetime(2026, 1, 1, 8, tzinfo=OSLO))
    settings = Settings(data_dir=folder / name, scheduler_enabled=False)
    instance = build_instance(name, database, kb, mapping, clock, warp, settings)
    record_promises(instance.sender, folder / f"promised-{name}.txt")
    leadership = Leadership(instance.lease, _noop, _noop, retry_seconds=LEADER_RETRY_SECONDS)
    await leadership.begin()
    ticks = 0
    while True:
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line:
            break
        command: dict[str, Any] = json.loads(line)
        answer: dict[str, Any]
        if "tick" in command:
            if leadership.state == "running":
                now = dt.datetime.fromisoformat(command["tick"])
                clock.at = now
                deliveries = await instance.jobs.run(now)
                ticks += 1
                answer = {"ran": True, "deliveries": len(deliveries)}
            else:
                answer = {"ran": False}
        elif "state" in command:
            answer = {"state": leadership.state}
        else:
            await leadership.end()
            await instance.sender.stop(timeout=5.0)
            await instance.store.close()
            await close_connections(instance.adapter)
            answer = {
                "rss_mb": peak_rss_mb(),
                "cpu_s": time.process_time() - cpu0,
                "ticks": ticks,
            }
        print(json.dumps(answer), flush=True)
        if "stop" in command:
            break


def main() -> None:
    name, url, folder, factor, mono0, wall0 = sys.argv[1:7]
    warp = Warp(float(factor), (float(mono0), float(wall0)))
    asyncio.run(serve(name, url, Path(folder), warp))


if __name__ == "__main__":
    main()
