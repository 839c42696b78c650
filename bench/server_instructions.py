"""Instructions per turn of the whole bot process, through the real server, under callgrind.

``bench.turns`` measures the bot's CPU time per turn, and on a shared 2-vCPU VM that figure
moves with the neighbours by a factor of two (the same code, the floor included: cold caches,
and a loop that sleeps and wakes between turns when the driver gets less CPU). CPU time
tells what a turn costs here and now; it cannot tell whether a code change made a turn
cheaper. An instruction count can, and ``bench.turn_instructions`` gives one for the Teams
endpoint in process; this one covers what it leaves out — aiohttp's server reading the
request and writing the 201, the transport's aiohttp client posting the reply, the event
loop and the SQLite thread — by counting the real ``python app.py serve`` process::

    python -m bench.server_instructions --turns 300          # about two minutes
    python -m bench.server_instructions --turns 300 --annotate /tmp/turn.callgrind
    python -m bench.server_instructions --turns 300 --root <git archive of main>   # before

The bot runs under ``valgrind --tool=callgrind --instr-atstart=no``: start-up and the
warm-up run uninstrumented (a few times slower than native, not fifty); then
``callgrind_control`` zeroes the counters and switches instrumentation on, ``--turns``
turns are driven one at a time (concurrency 1: every turn pays its own wake-up, no batching
with other turns, so the count does not depend on how the loop happened to be scheduled),
and the counters are dumped. Only user-space instructions are counted: the kernel's share
(sockets, ``epoll``) is not in the figure. ``--annotate`` keeps the dump for
``callgrind_annotate`` — a profile of the turn through the real server, aiohttp included.

``--bot floor`` counts ``bench/floor.py`` the same way: the figure every bot pays for HTTP.
(Not the echo sample: instrumented, its turn outlasts the driver's 10 s reply timeout.)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.connector import BenchConnector
from bench.stats import free_port
from bench.turns import Target, drive, floor_target, our_target, running
from bot.config import REPO_ROOT

WARMUP = 200
READY_TIMEOUT = 1800.0
"""Seconds the bot may take to start under callgrind: 20–60 s on a quiet machine, and on a
loaded one (two cores shared, load averages of 10–35) past ``bench.turns``' two minutes."""


def count_instructions(
    target: Target, *, turns: int, warmup: int = WARMUP, keep: Path | None = None
) -> float:
    """Instructions (Ir) per turn of ``target`` over ``turns`` turns after ``warmup``."""
    return asyncio.run(_count(target, turns=turns, warmup=warmup, keep=keep))


async def _count(target: Target, *, turns: int, warmup: int, keep: Path | None) -> float:
    connector = await BenchConnector().start()
    try:
        with tempfile.TemporaryDirectory(prefix="slt-callgrind-") as tmp:
            out = Path(tmp) / "callgrind.out"
            target.argv = [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                *target.argv,
            ]
            target.env = target.env | {"PYTHONHASHSEED": "0"}
            target.ready_timeout = max(target.ready_timeout, READY_TIMEOUT)
            async with running(target) as (process, _):
                url = target.url + "/api/messages"
                done = await drive(url, connector, requests=warmup, concurrency=1, time_limit=600)
                if done.errors:
                    raise RuntimeError(f"{done.errors} warm-up turns failed")
                await _control(process.pid, "--zero")
                await _control(process.pid, "--instr=on")
                block = await drive(
                    url, connector, requests=turns, concurrency=1, time_limit=1800, first_id=10**6
                )
                await _control(process.pid, "--instr=off")
                await _control(process.pid, "--dump")
                if block.errors or block.requests != turns:
                    raise RuntimeError(f"{block.errors} of {turns} counted turns failed")
                dumps = sorted(Path(tmp).glob("callgrind.out*"), key=os.path.getmtime)
                counted = next(p for p in reversed(dumps) if _instructions(p) is not None)
                instructions = _instructions(counted)
                assert instructions is not None
                if keep is not None:
                    shutil.copyfile(counted, keep)
                return instructions / turns
    finally:
        await connector.close()


async def _control(pid: int, option: str) -> None:
    """``callgrind_control`` in a thread: it waits for the process to answer, and the
    process may be waiting for this loop (the fake connector lives here)."""
    await asyncio.to_thread(
        subprocess.run,
        ["callgrind_control", option, str(pid)],
        check=True,
        capture_output=True,
        timeout=300,
    )


def _instructions(dump: Path) -> int | None:
    """The ``totals:`` line of a callgrind dump (Ir with the default events); a dump made
    with ``--instr-atstart=no`` says ``summary: 0`` in its header whatever it holds."""
    text = dump.read_text(errors="replace")
    found = re.findall(r"^(?:summary|totals):\s*(\d+)", text, re.MULTILINE)
    total = max((int(n) for n in found), default=0)
    return total or None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=WARMUP)
    parser.add_argument("--bot", choices=("ours", "floor"), default="ours")
    parser.add_argument("--annotate", type=Path, help="keep the callgrind dump here")
    parser.add_argument(
        "--root", type=Path, help="count SLT-boten from this checkout (say a git archive of main)"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("needs valgrind (callgrind and callgrind_control)")
    with tempfile.TemporaryDirectory(prefix="slt-bench-") as tmp:
        port = free_port()
        if args.bot == "floor":
            target = floor_target(port)
        else:
            target = our_target(port, Path(tmp), root=(args.root or REPO_ROOT).resolve())
        per_turn = count_instructions(
            target, turns=args.turns, warmup=args.warmup, keep=args.annotate
        )
    print(f"{target.name}: {per_turn / 1e6:.3f} M instructions per turn through the server")


if __name__ == "__main__":
    main()
