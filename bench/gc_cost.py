"""The cyclic garbage collector's share of a turn with many turns in flight, in the real server.

``python -m bench.gc_cost --concurrency 128 --turns 3000`` starts ``python app.py serve``
(as ``bench.turns`` does) with a ``gc.callbacks`` hook, drives warm-up and then ``--turns``
turns at a fixed concurrency, and prints the collections of each generation in the measured
turns, their CPU time (of the loop's thread, so neighbours barely move it) per turn, and how
many objects each full collection walked. ``--root`` counts another checkout (say a
``git archive`` of main).

A turn leaves almost no cyclic garbage, so what a collection walks is the turns still in
flight: the more are queued, the more each collection walks and promotes into the old
generations — a queue makes every turn dearer (docs/performance.md, the ninth pass). With
one turn at a time (``bench.server_instructions``) the collector hardly runs, so this is the
figure that shows it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

from bench.connector import BenchConnector
from bench.gc_hook import OUT_ENV
from bench.stats import free_port
from bench.turns import drive, our_target, running
from bot.config import REPO_ROOT


async def measure(root: Path, concurrency: int, turns: int) -> tuple[int, list[int]]:
    """Print the figures; (turns done, collections per generation in them)."""
    connector = await BenchConnector().start()
    try:
        with tempfile.TemporaryDirectory(prefix="slt-gc-") as tmp:
            out = Path(tmp) / "collections.json"
            target = our_target(free_port(), Path(tmp) / "data", root=root)
            target.argv = [sys.executable, str(Path(__file__).with_name("gc_hook.py"))]
            target.env = target.env | {OUT_ENV: str(out)}
            async with running(target) as (process, _):
                url = target.url + "/api/messages"
                await drive(url, connector, requests=300, concurrency=concurrency, time_limit=600)
                begin = time.perf_counter()
                block = await drive(
                    url,
                    connector,
                    requests=turns,
                    concurrency=concurrency,
                    time_limit=900,
                    first_id=10**6,
                    pid=process.pid,
                )
                end = time.perf_counter()
            seen = [c for c in json.loads(out.read_text()) if begin <= c[0] <= end]
    finally:
        await connector.close()
    done = max(1, block.requests)
    per_generation = [sum(1 for c in seen if c[1] == g) for g in range(3)]
    cpu = sum(c[2] for c in seen)
    walked = [c[3] for c in seen if c[1] == 2]
    print(
        f"{target.name} ({root}), {concurrency} in flight, {block.requests} turns: "
        f"collections per generation {per_generation}, GC CPU {1e6 * cpu / done:.0f} µs per "
        f"turn (bot CPU {block.cpu_ms_per_turn:.2f} ms per turn); objects each full "
        f"collection walked: {walked or 'none ran'}"
    )
    return block.requests, per_generation


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=128)
    parser.add_argument("--turns", type=int, default=3000)
    parser.add_argument("--root", type=Path, help="SLT-boten from this checkout")
    args = parser.parse_args(argv)
    asyncio.run(measure((args.root or REPO_ROOT).resolve(), args.concurrency, args.turns))


if __name__ == "__main__":
    main()
