"""``python -m tests.eval.loro [--failures] [--round NAME] [--without-corpus [NAME ...]]``:
leave one round out.

The dev figure of ``make eval`` is saturated (every dev danger message routed) and the safety
net's examples are the dev rounds' own items, so neither says how the danger detection meets a
message nobody has tuned on. This does, with dev items only: for each round (one
``tests/eval/*.yaml`` file) the net is built from the examples of every OTHER round (and the
calm file, scripts/danger_examples_calm.txt, and the hand-written corpora,
scripts/danger_examples.py ``CORPORA``: corpus16 whole, the later ones' dev halves, unless
``--without-corpus`` names them or names none), and that round's dev items go
through the real decision — the bot as Teams runs it: the danger rules first, then the net's
question back. The rules themselves were tuned on every dev round, so the figure is honest for
the net and an upper bound for the rules; a rule change is judged by what it adds on the rounds
where the net alone missed, and by the test half's aggregate at the end.

Per round and in total:

- routed: danger/disclosure items with the right routine, acute line first (eval scoring);
- acute first: routed, or the net's question back (acute line first, routines as buttons);
- missed: danger/disclosure items with neither (the safety failures);
- alarms: items that are no danger, disclosure or routine answered with a danger routine;
- asks: such items that got the net's question back.

``--failures`` lists the missed dev items and the dev items asked back that are no danger.
Never a test item: only ``half: dev`` items are read.
"""

from __future__ import annotations

import argparse
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.compiled import Compiled
from bot.knowledge.danger_examples import DangerExamplesFile
from bot.safety_net import SafetyNet, safety_net
from bot.safety_reading import NOTHING, DangerReading
from scripts.danger_examples import CORPORA, Row, examples_file, rows, unique
from tests.eval import DANGER_INTENTS, EVAL_DIR, ROUTED, Item, Outcome, Runner, load_items

MISSED = EVAL_DIR / "history" / "loro_missed.yaml"


@dataclass
class Tally:
    """One round's (or the total's) figures."""

    name: str
    danger: int = 0
    routed: int = 0
    acute: int = 0
    calm: int = 0
    alarms: int = 0
    asks: int = 0
    missed: list[Item] = field(default_factory=list)
    asked: list[Item] = field(default_factory=list)
    backstop: int = 0
    """Danger/disclosure items with the rules silenced: the net's question back (or a routine
    the router itself answers) puts the acute line first."""
    backstop_routed: int = 0
    """... of them, those routed with the right routine (the net's clear reading routed,
    bot/features/routines/ask_back.py ``routes``, or the router's own routine)."""
    then: int = 0
    """Items the rules missed when the round arrived (``history/loro_missed.yaml``) ..."""
    then_acute: int = 0
    """... of them, those the net (without the round) answers acute line first."""
    lost: list[Item] = field(default_factory=list)
    """Missed-then items the net misses too."""

    def add_silenced(self, outcome: Outcome, then: bool) -> None:
        """A danger/disclosure item scored with the rules silenced."""
        reached = outcome.right or (outcome.acute and outcome.got == "clarify")
        self.backstop += reached
        self.backstop_routed += outcome.right
        if then:
            self.then += 1
            self.then_acute += reached
            if not reached:
                self.lost.append(outcome.item)

    def add(self, outcome: Outcome) -> None:
        item = outcome.item
        asked_back = outcome.acute and outcome.got == "clarify"
        if item.intent in DANGER_INTENTS:
            self.danger += 1
            self.routed += outcome.right
            self.acute += outcome.right or asked_back
            if not (outcome.right or asked_back):
                self.missed.append(item)
        elif item.intent not in ROUTED:
            self.calm += 1
            self.alarms += outcome.got in DANGER_INTENTS
            if asked_back:
                self.asks += 1
                self.asked.append(item)

    def merge(self, other: Tally) -> None:
        for name in (
            "danger",
            "routed",
            "acute",
            "calm",
            "alarms",
            "asks",
            "backstop",
            "backstop_routed",
            "then",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.then_acute += other.then_acute
        self.missed += other.missed
        self.asked += other.asked
        self.lost += other.lost

    def line(self) -> str:
        return (
            f"{self.name:<24} routed {self.routed:>4}/{self.danger:<4} acute first "
            f"{self.acute:>4}/{self.danger:<4} missed {self.danger - self.acute:>3}  "
            f"alarms {self.alarms:>2}/{self.calm:<4} asks {self.asks:>2} | net alone "
            f"{self.backstop:>3}/{self.danger:<3} (routed {self.backstop_routed:>3}) "
            f"missed-then {self.then_acute:>2}/{self.then:<2}"
        )


def net_without(
    runner: Runner,
    labelled: Sequence[Row],
    left_out: str | None,
    *,
    without: Collection[str] = (),
) -> SafetyNet:
    """The net as scripts/danger_examples.py would build it had the round ``left_out`` no dev
    items (None: every round's), and without the hand-written corpora named in ``without``."""
    gone = {left_out, *without} - {None}
    kept = (r for r in labelled if r.file not in gone)
    body = examples_file(unique(kept))
    examples = DangerExamplesFile.model_validate(body)
    language = runner.kb.language
    net = safety_net(
        examples,
        language.dialect.folded(),
        language.understanding.safety_net,
        language.lemma_forms,
    )
    assert net is not None  # examples were given
    return net


@contextmanager
def using(runner: Runner, net: SafetyNet) -> Iterator[None]:
    """The bot's net reads by ``net``'s examples for the block (the rules are unchanged), both
    where the rules are quiet (``nearest``) and where they found a case (``calm``)."""
    shipped = Compiled.of(runner.kb).net
    assert shipped is not None, "no knowledge/language/danger_examples.yaml"
    shipped.nearest = net.nearest  # type: ignore[method-assign]
    shipped.calm = net.calm  # type: ignore[method-assign]
    try:
        yield
    finally:
        del shipped.nearest
        del shipped.calm


@contextmanager
def silenced(runner: Runner) -> Iterator[None]:
    """The danger rules find nothing for the block: what the net does where they miss."""
    check = Compiled.of(runner.kb).safety
    check.check = _nothing  # type: ignore[method-assign]
    check.read = _nothing_read  # type: ignore[method-assign]
    try:
        yield
    finally:
        del check.check
        del check.read


def _nothing(text: str, *, hint: bool = False) -> None:
    return None


def _nothing_read(text: str) -> DangerReading:
    """The turn's reading (``SltBot.answer`` reads once with ``read``, not ``check``): before
    net84 only ``check`` was silenced, so «net alone» counted the rules' own routes."""
    return NOTHING


def missed_then(path: Path = MISSED) -> dict[str, frozenset[str]]:
    """Per round, the dev ids its rules missed when it arrived."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(r): frozenset(str(i) for i in ids or ()) for r, ids in data.items()}


def loro(
    runner: Runner, items: Sequence[Item], only: Sequence[str] = (), without: Collection[str] = ()
) -> list[Tally]:
    """Per round (file) of ``items``' dev half: its items scored with a net built without it
    (and without the hand-written corpora named in ``without``)."""
    dev = [i for i in items if i.half == "dev"]
    labelled = rows(runner.kb, dev)
    rounds = sorted({i.file for i in dev if not only or i.file.removesuffix(".yaml") in only})
    then = missed_then()
    tallies = []
    for name in rounds:
        tally = Tally(name.removesuffix(".yaml"))
        mine = [i for i in dev if i.file == name]
        with using(runner, net_without(runner, labelled, name, without=without)):
            for item in mine:
                tally.add(runner.score(item))
            with silenced(runner):
                for item in mine:
                    if item.intent in DANGER_INTENTS:
                        was = item.id in then.get(tally.name, ())
                        tally.add_silenced(runner.score(item), was)
        tallies.append(tally)
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.loro", description=__doc__)
    parser.add_argument("--failures", action="store_true", help="list missed and asked dev items")
    parser.add_argument("--round", action="append", default=[], help="only this round (fresh9)")
    parser.add_argument(
        "--without-corpus",
        nargs="*",
        choices=[c.name for c in CORPORA],
        help="the net without these hand-written corpora (none named: without every one)",
    )
    args = parser.parse_args(argv)
    only = [r.removesuffix(".yaml") for r in args.round]
    named = args.without_corpus
    without = () if named is None else named or [c.name for c in CORPORA]
    tallies = loro(Runner(), load_items(), only, without)
    total = Tally("total")
    for tally in tallies:
        print(tally.line())
        total.merge(tally)
    print(total.line())
    if args.failures:
        print("missed (dev, rules and the net without the round):")
        for item in total.missed:
            print(f"    {item.id} [{item.intent}/{item.routine}] {item.text!r}")
        print("missed when the round arrived, and missed by the net without the round (dev):")
        for item in total.lost:
            print(f"    {item.id} [{item.intent}/{item.routine}] {item.text!r}")
        print("asked back, no danger (dev):")
        for item in total.asked:
            print(f"    {item.id} [{item.intent}] {item.text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
