"""How often a turn folds, tokenises and stems the message: calls per turn, and how many of
them see an input the same turn already handled.

``python -m bench.text_work`` sends the answer benchmark's questions through
``SltBot.answer`` with a counter around each text step — ``bot.text.fold`` and ``tokens``,
the danger check's ``fold_words``, ``normalise.stem``, ``Normaliser.correct`` and the example
nets' ``TermReader.terms`` — wherever a ``bot`` module holds it, and prints the counts. It
is what a redesign around one analysed message per turn would save, measured rather than
guessed: a repeated call is one a per-turn analysis could drop. Counts only (no timing), and
no message text is printed or kept beyond the turn being counted.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from bench.answers import QUESTIONS
from bench.stats import print_table
from bot import safety_match, text
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.example_index import TermReader
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.understanding import normalise

FUNCTIONS: dict[str, Callable[..., Any]] = {
    "fold": text.fold,
    "tokens": text.tokens,
    "fold_words (danger check)": safety_match.fold_words,
    "stem": normalise.stem,
}
METHODS: dict[str, tuple[type, str]] = {
    "Normaliser.correct (one word)": (normalise.Normaliser, "correct"),
    "TermReader.terms (example nets)": (TermReader, "terms"),
}


class Tally:
    """Calls and repeated calls per step over the turns counted; the inputs of the turn
    being counted only (``new_turn`` forgets them)."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.again: Counter[str] = Counter()
        self._seen: set[tuple[str, object]] = set()

    def new_turn(self) -> None:
        self._seen.clear()

    def note(self, name: str, argument: object) -> None:
        key = (name, tuple(argument) if isinstance(argument, list) else argument)
        self.calls[name] += 1
        if key in self._seen:
            self.again[name] += 1
        self._seen.add(key)


def _counted(name: str, function: Callable[..., Any], tally: Tally, method: bool) -> Any:
    def counted(*args: Any, **kwargs: Any) -> Any:
        argument = args[1] if method else args[0]
        if not isinstance(argument, (str, list, tuple)):  # a generator: read it once
            argument = list(argument)
            args = (*args[:1], argument, *args[2:]) if method else (argument, *args[1:])
        tally.note(name, argument)
        return function(*args, **kwargs)

    return counted


@contextmanager
def counting(tally: Tally) -> Iterator[None]:
    """Each step wrapped wherever a ``bot`` module holds it (``from bot.text import fold``
    binds it in the importer), and put back afterwards."""
    swapped: list[tuple[object, str, object]] = []
    by_id = {id(f): _counted(n, f, tally, method=False) for n, f in FUNCTIONS.items()}
    for module in [m for name, m in sys.modules.items() if name.startswith("bot")]:
        for attribute, value in list(vars(module).items()):
            if id(value) in by_id and value in FUNCTIONS.values():
                swapped.append((module, attribute, value))
                setattr(module, attribute, by_id[id(value)])
    for name, (cls, attribute) in METHODS.items():
        original = vars(cls)[attribute]
        swapped.append((cls, attribute, original))
        setattr(cls, attribute, _counted(name, original, tally, method=True))
    try:
        yield
    finally:
        for owner, attribute, original in reversed(swapped):
            setattr(owner, attribute, original)


def run(count: int) -> dict[str, tuple[float, float]]:
    """Per step: calls per turn, and calls per turn on an input the turn already handled."""
    bot = SltBot(
        KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR), SqliteStore.open(":memory:"), Settings()
    )
    loop = asyncio.new_event_loop()
    for kommune, question in QUESTIONS:  # warm, as bench.answers does
        loop.run_until_complete(bot.answer(question, kommune))
    tally = Tally()
    try:
        with counting(tally):
            for i in range(count):
                kommune, question = QUESTIONS[i % len(QUESTIONS)]
                tally.new_turn()
                loop.run_until_complete(bot.answer(question, kommune))
    finally:
        tally.new_turn()
        loop.close()
    names = [*FUNCTIONS, *METHODS]
    return {name: (tally.calls[name] / count, tally.again[name] / count) for name in names}


def report(result: dict[str, tuple[float, float]]) -> None:
    rows = [
        (name, f"{calls:5.1f} a turn, {again:4.1f} again")
        for name, (calls, again) in result.items()
    ]
    print_table("Text work per turn (the answer benchmark's questions)", rows)


def main(argv: list[str] | None = None) -> dict[str, tuple[float, float]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    result = run(parser.parse_args(argv).count)
    report(result)
    return result


if __name__ == "__main__":
    main()
