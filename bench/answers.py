"""Answer latency in process: p50/p99 over N questions (default 10,000).

Measures understanding + answer + card building, the per-question work of a turn,
without HTTP. Questions cycle through a realistic mix for the three bundled kommuner.

Each answer is timed twice: wall-clock, and CPU time of this thread (``time.thread_time``).
On a machine other work shares, the wall-clock tail is mostly time the process waited for a
core; the CPU figures are what a change to the code moves (compare them side by side with
a base checkout, median of several runs).
"""

from __future__ import annotations

import argparse
import asyncio
import time

from bench.stats import percentile, print_table
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore

QUESTIONS = [
    ("valer", "hvem sitter i slt-nettverket?"),
    ("jevnaker", "hvem leder møtene i koordineringsgruppa"),
    ("gjesdal", "hvem kaller inn til operativ slt-gruppe"),
    ("gjesdal", "hvor ofte er samarbeidsmøte politi og barnevern"),
    ("valer", "hvem siter i politiradet"),
    ("jevnaker", "hvilken gruppe sitter helsesykepleier i"),
    ("valer", "hvem er slt-koordinator"),
    ("valer", "hva er været i morgen"),
    ("gjesdal", "hva kan du hjelpe med"),
    ("jevnaker", "hva gjør jeg ved rusbekymring"),
]


def run(count: int) -> dict[str, float]:
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    loop = asyncio.new_event_loop()  # one loop, as the service has
    for kommune, question in QUESTIONS:  # warm caches once, as a running service would be
        loop.run_until_complete(bot.answer(question, kommune))
    samples = []
    cpu = []
    for i in range(count):
        kommune, question = QUESTIONS[i % len(QUESTIONS)]
        start, start_cpu = time.perf_counter(), time.thread_time()
        loop.run_until_complete(bot.answer(question, kommune))
        samples.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
    return {
        "count": count,
        "p50_ms": percentile(samples, 0.5) * 1000,
        "p99_ms": percentile(samples, 0.99) * 1000,
        "cpu_p50_ms": percentile(cpu, 0.5) * 1000,
        "cpu_p99_ms": percentile(cpu, 0.99) * 1000,
    }


def report(result: dict[str, float]) -> None:
    print_table(
        "Answer latency in process",
        [
            ("questions", f"{result['count']:,}"),
            ("p50", f"{result['p50_ms']:.3f} ms"),
            ("p99", f"{result['p99_ms']:.3f} ms  (aim: ≤ 1 ms)"),
            ("p50 CPU", f"{result['cpu_p50_ms']:.3f} ms"),
            ("p99 CPU", f"{result['cpu_p99_ms']:.3f} ms  (this thread's; no wait for a core)"),
        ],
    )


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    result = run(parser.parse_args(argv).count)
    report(result)
    return result


if __name__ == "__main__":
    main()
