"""The nearest-example safety net (bot/safety_net.py): what it adds to a message.

It runs only on messages the danger rules leave quiet and the router does not answer with a
routine; measured here on every such kind of message (ordinary questions, danger messages,
a 40 KB pasted referat), so the figure is its worst case per message.

    PYTHONPATH=. .venv/bin/python -m bench.net
"""

from __future__ import annotations

import argparse

from bench.guard import MESSAGES, _time, long_message
from bench.stats import percentile, print_table
from bot.compiled import Compiled
from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.index import KnowledgeBase


def run(count: int = 10_000, long_count: int = 50) -> dict[str, float]:
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    net = Compiled.of(kb).net
    assert net is not None, "no knowledge/language/danger_examples.yaml"
    big = long_message()
    _time(net.nearest, MESSAGES, len(MESSAGES))  # warm up once
    short = _time(net.nearest, MESSAGES, count)
    long = _time(net.nearest, [big], long_count)
    return {
        "p50_us": percentile(short, 0.5) * 1e6,
        "p99_us": percentile(short, 0.99) * 1e6,
        "long_p50_ms": percentile(long, 0.5) * 1000,
        "long_max_ms": max(long) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    r = run(args.count)
    rows = [
        (
            "safety net",
            f"p50 {r['p50_us']:.1f} µs, p99 {r['p99_us']:.1f} µs; "
            f"40 KB: p50 {r['long_p50_ms']:.2f} ms, max {r['long_max_ms']:.2f} ms",
        )
    ]
    print_table("Nearest-example safety net, per message", rows)


if __name__ == "__main__":
    main()
