"""Bytecodes a turn runs, per stage and per function: ``python -m bench.turn_bytecodes``.

A shared machine moves CPU time by ±10–30 % between runs, and cachegrind's instruction count
takes minutes and moves with the start-up. The interpreter's own count of the bytecodes it
runs (``sys.settrace`` with ``f_trace_opcodes``) is exact and the same on every run, so a
change of a few hundred bytecodes a turn shows at once. It leaves out work done in C (numpy,
``re``, set operations, ``str`` methods): count instructions under cachegrind for those
(``bench.turn_instructions``), and time with ``bench.answer_tail``.

This answers the answer benchmark's ten questions (``bench.answers``) through
``SltBot.answer`` after the same warm-up, once each under the tracer, and prints the
bytecodes a turn of the whole answer and of each stage (inclusive: a stage's callees are
its own), then the functions with the most (``--top``), inclusive and own. ``--question N``
counts only the N-th question (the tail is the weather question, 7, and the routine
question, 9). Numbers only; no message text is kept beyond its turn.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from bench.answers import QUESTIONS
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore

STAGES = (
    ("answer", "bot/routing.py:SltBot.answer"),
    ("reader", "bot/understanding/reader.py:Understanding.understand"),
    ("danger check", "bot/safety.py:DangerCheck.read"),
    ("router", "bot/router.py:Router.dispatch"),
    ("second look", "bot/features/doubt.py:doubted"),
)
"""A stage is a function's inclusive count; ``answer`` is the whole turn."""

ROOT = str(Path(__file__).resolve().parent.parent) + "/"


class Counts:
    """Bytecodes per function, own and inclusive (a function counted once per opcode however
    deep it recurses)."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.inclusive: Counter[str] = Counter()
        self.total = 0
        self._names: dict[CodeType, str] = {}

    def name(self, code: CodeType) -> str:
        known = self._names.get(code)
        if known is None:
            path = code.co_filename.removeprefix(ROOT).split("site-packages/")[-1]
            known = self._names[code] = f"{path}:{code.co_qualname}"
        return known

    def tracer(self, frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            self.total += 1
            self.own[self.name(frame.f_code)] += 1
            seen: set[str] = set()
            outer: FrameType | None = frame
            while outer is not None:
                name = self.name(outer.f_code)
                if name not in seen:
                    seen.add(name)
                    self.inclusive[name] += 1
                outer = outer.f_back
        return self.tracer


def count(questions: list[tuple[str, str]]) -> Counts:
    """The bytecodes of one answer to each question, after the bench's warm-up."""
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    loop = asyncio.new_event_loop()
    for _ in range(2):
        for kommune, question in QUESTIONS:
            loop.run_until_complete(bot.answer(question, kommune))
    counts = Counts()
    for kommune, question in questions:
        sys.settrace(counts.tracer)
        try:
            loop.run_until_complete(bot.answer(question, kommune))
        finally:
            sys.settrace(None)
    return counts


def report(counts: Counts, turns: int, top: int) -> None:
    whole = counts.inclusive["bot/routing.py:SltBot.answer"] or 1
    print(f"bytecodes a turn ({turns} turns): {whole / turns:,.1f}")
    for stage, function in STAGES:
        spent = counts.inclusive[function]
        print(f"  {stage:<14}{spent / turns:>10,.1f}  {100 * spent / whole:5.1f} %")
    if top:
        print("inclusive, % of a turn:")
        for name, spent in counts.inclusive.most_common(top + 8):
            if spent <= whole:
                print(f"  {100 * spent / whole:6.2f}  {name}")
        print("own, % of a turn:")
        for name, spent in counts.own.most_common(top):
            print(f"  {100 * spent / whole:6.2f}  {name}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--question", type=int, help="only this one of the ten (0–9)")
    parser.add_argument("--top", type=int, default=40, help="functions listed (0: none)")
    args = parser.parse_args(argv)
    questions = QUESTIONS if args.question is None else [QUESTIONS[args.question]]
    report(count(questions), len(questions), args.top)


if __name__ == "__main__":
    main()
