"""Scale: every kommune in Norway (356) loaded at once — load time, RSS and answer p99.

The 356 kommuner are synthetic: copies of the bundled kommune files (Våler, Jevnaker,
Gjesdal in turn) written to a temporary knowledge directory with new ids and names, plus
the national routines. The text stays as people wrote it, so parsing costs what real files
cost. They are loaded in a fresh process (a clean RSS), the way ``app.py serve`` loads
them: the knowledge base, then the bot over it. Answers are asked across all kommuner.

Two starts, as a service has them: the first with an empty parsed-file cache (the YAML read
and validated, and the cache written: a first start, or one after every file changed), the
second with the cache the first left (bot/knowledge/parsed_cache.py); answers are measured in
the second. The kommuner's search indexes are built after ready, as the service builds them
in the background (bot/server.py), and the questions come after that. CPU seconds
(``time.process_time``) beside wall: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.stats import milliseconds, print_table, rss_mb
from bot.config import DEFAULT_KNOWLEDGE_DIR, REPO_ROOT

KOMMUNER_IN_NORWAY = 356
QUESTIONS = (
    "hvem sitter i politirådet?",
    "hvem er slt-koordinator",
    "hvor ofte møtes politirådet",
    "hvem kaller inn til koordineringsgruppa",
    "hva gjør jeg ved rusbekymring",
    "hvilken gruppe sitter helsesykepleier i",
    "hva kan du hjelpe med",
)
_HEADER_END = re.compile(r"^region:", re.MULTILINE)


def generate(directory: Path, count: int = KOMMUNER_IN_NORWAY) -> list[str]:
    """Write ``count`` synthetic kommune files (and the national routines) into ``directory``."""
    templates = sorted((DEFAULT_KNOWLEDGE_DIR / "kommuner").glob("*.yaml"))
    (directory / "kommuner").mkdir(parents=True, exist_ok=True)
    (directory / "national").mkdir(parents=True, exist_ok=True)
    shutil.copy(
        DEFAULT_KNOWLEDGE_DIR / "national" / "routines.yaml",
        directory / "national" / "routines.yaml",
    )
    bodies = []
    for template in templates:
        text = template.read_text(encoding="utf-8")
        match = _HEADER_END.search(text)
        if match is None:
            raise ValueError(f"{template.name}: no 'region:' line to cut the header at")
        bodies.append(text[match.start() :])
    ids = []
    for number in range(1, count + 1):
        kommune_id = f"prove{number:03d}"
        header = (
            f"id: {kommune_id}\n"
            f"name: Prøvekommune {number:03d}\n"
            f"short_name: Prøve {number:03d}\n"
            f"aliases: [prøvekommune {number:03d}]\n"
        )
        body = bodies[(number - 1) % len(bodies)]
        (directory / "kommuner" / f"{kommune_id}.yaml").write_text(header + body, "utf-8")
        ids.append(kommune_id)
    return ids


def child(directory: Path, questions: int, cache: Path | None = None) -> dict[str, Any]:
    """Runs in the fresh process: load, then answer; reports numbers as a dict."""
    from bot.config import Settings
    from bot.knowledge.index import KnowledgeBase
    from bot.routing import SltBot
    from bot.storage.sqlite import SqliteStore
    from bot.understanding.retrieval import build_pending

    before = rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    kb = KnowledgeBase.load(directory, cache)
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    settings = Settings(knowledge_dir=directory, people_dir=directory / "people")
    bot = SltBot(kb, SqliteStore.open(":memory:"), settings)
    loop = asyncio.new_event_loop()  # one loop, as the service has
    ready, cpu_ready = time.perf_counter(), time.process_time()
    figures = {
        "kommuner": len(kb.kommuner),
        "load_s": loaded - started,
        "ready_s": ready - started,
        "load_cpu_s": cpu_loaded - cpu_started,
        "ready_cpu_s": cpu_ready - cpu_started,
        "rss_before_mb": before,
    }
    if not questions:
        return figures
    # What the service does once it is ready (bot/server.py): the search indexes not built
    # yet, in the background. Questions come after, as on a service up for a few seconds.
    loop.run_until_complete(build_pending(bot.understanding.search.values()))
    figures["indexes_cpu_s"] = time.process_time() - cpu_ready
    kommuner = sorted(kb.kommuner)
    rng = random.Random(356)
    asked = [(rng.choice(kommuner), QUESTIONS[i % len(QUESTIONS)]) for i in range(questions)]
    for kommune, question in asked[:50]:  # warm caches once, as a running service would be
        loop.run_until_complete(bot.answer(question, kommune))
    samples = []
    for kommune, question in asked:
        start = time.perf_counter()
        loop.run_until_complete(bot.answer(question, kommune))
        samples.append(time.perf_counter() - start)
    return {
        **figures,
        "rss_mb": rss_mb(),
        "questions": questions,
        **milliseconds(samples),
    }


def run(count: int = KOMMUNER_IN_NORWAY, questions: int = 10_000) -> dict[str, Any]:
    """Two fresh processes: a start with an empty cache, then one with the cache it left."""
    with tempfile.TemporaryDirectory(prefix="slt-kommuner-") as tmp:
        directory = Path(tmp) / "knowledge"
        generate(directory, count)
        cache = Path(tmp) / "data" / "knowledge-cache"
        cold = _child(directory, cache, 0)
        figures = _child(directory, cache, questions)
    figures.update({f"cold_{key}": cold[key] for key in _STARTS})
    return figures


_STARTS = ("load_s", "ready_s", "load_cpu_s", "ready_cpu_s")


def _child(directory: Path, cache: Path, questions: int) -> dict[str, Any]:
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.scale",
            "--child",
            str(directory),
            "--cache",
            str(cache),
            "--questions",
            str(questions),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    figures: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return figures


def report(result: dict[str, Any]) -> None:
    print_table(
        f"Scale: {result['kommuner']} kommuner loaded at once (synthetic, in a fresh process)",
        [
            (
                "first start (no cache): loaded / ready",
                f"{result['cold_load_s']:.2f} / {result['cold_ready_s']:.2f} s wall, "
                f"{result['cold_load_cpu_s']:.2f} / {result['cold_ready_cpu_s']:.2f} s CPU",
            ),
            ("knowledge loaded in", f"{result['load_s']:.2f} s ({result['load_cpu_s']:.2f} s CPU)"),
            (
                "bot ready in",
                f"{result['ready_s']:.2f} s ({result['ready_cpu_s']:.2f} s CPU)  (aim ≤ 3 s)",
            ),
            ("search indexes, after ready", f"{result['indexes_cpu_s']:.2f} s CPU"),
            ("RSS", f"{result['rss_mb']:.0f} MB ({result['rss_before_mb']:.0f} MB before loading)"),
            ("answer p50", f"{result['p50_ms']:.3f} ms over {result['questions']:,} questions"),
            ("answer p99", f"{result['p99_ms']:.3f} ms  (aim ≤ 1 ms)"),
        ],
    )


def main(argv: list[str] | None = None) -> dict[str, Any] | None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kommuner", type=int, default=KOMMUNER_IN_NORWAY)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.questions, args.cache)))
        return None
    result = run(args.kommuner, args.questions)
    report(result)
    return result


if __name__ == "__main__":
    main()
