"""What building the bot costs: the first ``create_app`` on a knowledge base, a second on the
same one, and one on a freshly loaded knowledge base (what a reload pays).

``python -m bench.startup`` prints the times of one process. The knowledge is compiled once
per loaded knowledge base (bot/compiled.py): a second app on the same knowledge — every test
server on the session's knowledge, a second instance in one process — reuses it, while a
new load compiles again. Wall times; other work on the machine skews them.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.server import create_app


def _seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apps", type=int, default=3, help="apps on the same knowledge")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:

        def app(kb: KnowledgeBase, number: int) -> Callable[[], object]:
            data = Path(tmp) / f"data-{number}"
            settings = Settings(data_dir=data, default_kommune="valer", scheduler_enabled=False)
            return lambda: create_app(settings, kb=kb)

        loaded: list[KnowledgeBase] = []
        rows = [("load the knowledge", _seconds(lambda: loaded.append(_load())))]
        kb = loaded[0]
        rows += [
            (f"create_app #{n + 1}, same knowledge", _seconds(app(kb, n))) for n in range(args.apps)
        ]
        fresh = _load()
        rows.append(("create_app on a new load (a reload)", _seconds(app(fresh, args.apps))))
    width = max(len(label) for label, _ in rows)
    for label, seconds in rows:
        print(f"{label:<{width}}  {seconds:6.3f} s")


def _load() -> KnowledgeBase:
    return KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)


if __name__ == "__main__":
    main()
