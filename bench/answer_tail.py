"""Which of the answer benchmark's questions make its p99, and on what: ``python -m
bench.answer_tail``.

``bench.answers`` cycles ten questions, so its p99 is the slowest question's own upper tail.
This drives the same path (``SltBot.answer`` on one event loop, warmed once) and prints the
mix's p50/p99 as that benchmark reports them, then per question its CPU p50 and p90 and the
CPU of the turn's stages (each stage timed where it runs, in this thread's CPU time:
``--stages``). A stage's cost inside a turn is often twice its cost alone — the turn's other
work has pushed its data out of the caches — so compare stages in a turn, not in a loop of
their own. ``--tail`` also says which questions the slowest 1 % of turns (by CPU) were and
how many of those turns ran a collection of the cyclic collector: whether the p99 is one slow
path, the collector, or every question's own spread. Numbers only; no message text is kept
beyond its turn.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from bench.answers import QUESTIONS
from bench.stats import percentile
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore

Spent = defaultdict[tuple[int, str], float]
CALLS = " calls"
"""A stage's calls are counted under its name with this after it (a stage may run twice a turn,
or inside another: a reading of a message's own question part is inside the reading)."""


def _timed(call: Callable[..., Any], name: str, spent: Spent, asked: list[int]) -> Any:
    """``call`` with its CPU time added to ``spent`` under the question being asked."""
    if asyncio.iscoroutinefunction(call):

        @functools.wraps(call)
        async def timed_async(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return await call(*args, **kwargs)
            finally:
                spent[(asked[0], name)] += time.thread_time() - start
                spent[(asked[0], name + CALLS)] += 1

        return timed_async

    @functools.wraps(call)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return call(*args, **kwargs)
        finally:
            spent[(asked[0], name)] += time.thread_time() - start
            spent[(asked[0], name + CALLS)] += 1

    return timed


def _stages(bot: SltBot, spent: Spent, asked: list[int]) -> None:
    """Time the turn's stages on this bot (its own objects' attributes, nothing shared)."""
    for name, owner, attribute in (
        ("danger check", bot.safety, "read"),
        ("reading", bot.understanding, "understand"),
        ("routing", bot.router, "dispatch"),
    ):
        setattr(owner, attribute, _timed(getattr(owner, attribute), name, spent, asked))


def _tail(cpu: list[float], asked: list[int], collected: list[bool]) -> None:
    """Which questions the slowest 1 % of turns (by CPU) asked, and how many ran a collection."""
    slow = sorted(range(len(cpu)), key=cpu.__getitem__)[-max(1, len(cpu) // 100) :]
    by_question = Counter(asked[i] for i in slow).most_common()
    print(
        f"slowest 1 % ({len(slow)} turns, CPU ≥ {cpu[slow[0]] * 1000:.3f} ms): by question "
        + ", ".join(f"{number}×{turns}" for number, turns in by_question)
        + f"; a collection ran in {sum(collected[i] for i in slow)} of them"
        + f" (in {sum(collected)} of all {len(cpu):,} turns)"
    )


def run(count: int, stages: bool, tail: bool = False) -> None:
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    spent: Spent = defaultdict(float)
    asked = [0]
    if stages:
        _stages(bot, spent, asked)
    loop = asyncio.new_event_loop()
    for kommune, question in QUESTIONS:  # warm, as bench.answers does
        loop.run_until_complete(bot.answer(question, kommune))
    spent.clear()
    wall: list[float] = []
    cpu: list[float] = []
    per: dict[int, list[float]] = defaultdict(list)
    collections = [0]  # collections of any generation started so far

    def counted(phase: str, info: dict[str, int]) -> None:
        collections[0] += phase == "start"

    gc.callbacks.append(counted)
    asked_of: list[int] = []
    collected: list[bool] = []
    for i in range(count):
        asked[0] = i % len(QUESTIONS)
        kommune, question = QUESTIONS[asked[0]]
        before = collections[0]
        start, start_cpu = time.perf_counter(), time.thread_time()
        loop.run_until_complete(bot.answer(question, kommune))
        wall.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
        per[asked[0]].append(cpu[-1])
        asked_of.append(asked[0])
        collected.append(collections[0] != before)
    gc.callbacks.remove(counted)
    ms = 1000
    print(
        f"{count:,} answers: p50 {percentile(wall, 0.5) * ms:.3f} ms, p99 "
        f"{percentile(wall, 0.99) * ms:.3f} ms; CPU p50 {percentile(cpu, 0.5) * ms:.3f} ms, "
        f"p99 {percentile(cpu, 0.99) * ms:.3f} ms"
    )
    if tail:
        _tail(cpu, asked_of, collected)
    names = sorted({name for _, name in spent if not name.endswith(CALLS)})
    print("CPU ms   p50    p90  " + "".join(f"{n:>20}" for n in names) + "  question")
    for number, (kommune, question) in enumerate(QUESTIONS):
        times = per[number]
        turns = len(times)
        each = [
            f"{spent[(number, n)] / turns * ms:.3f} ×{spent[(number, n + CALLS)] / turns:.1f}"
            for n in names
        ]
        print(
            f"{'':6}{percentile(times, 0.5) * ms:6.3f} {percentile(times, 0.9) * ms:6.3f}  "
            + "".join(f"{t:>20}" for t in each)
            + f"  {kommune}: {question}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5_000)
    parser.add_argument("--stages", action="store_true", help="also the stages' CPU per turn")
    parser.add_argument("--tail", action="store_true", help="which questions make the slowest 1 %%")
    args = parser.parse_args(argv)
    run(args.count, args.stages, args.tail)


if __name__ == "__main__":
    main()
