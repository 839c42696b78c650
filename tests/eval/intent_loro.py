"""``python -m tests.eval.intent_loro [--failures] [--round NAME] [--corpus] [--without NAME]``:
the intent net, leave one round out.

The intent net's examples (knowledge/language/intent_examples.yaml) ARE the dev rounds' items,
so on plain ``make eval`` a dev item finds itself and the net looks perfect. This says what it
does on phrasings it never saw, with dev items only: for each round (one ``tests/eval/*.yaml``
file) the net is built from the examples of every OTHER round (scripts/intent_examples.py
without the round), and that round's dev items go through the whole bot twice — with that net
and with the net switched off. Summed over rounds:

- losses: items right without the net and not right with it (its fallback replaced a right
  answer);
- gains: items wrong without the net (a confident answer to another question) that it turns
  into the honest fallback, or right (an ``unknown`` item answered by the fallback);
- the right and wrong rates with the net and without it.

The bot's rules were tuned on every dev round, so its answers to dev items are mostly right:
this figure is honest for the net's losses, and its gains are the few wrong answers tuning
left. The second table asks the same net (built without the round) about the answers the bot
gave each round's dev items WHEN THE ROUND ARRIVED, before anyone tuned on it
(``history/intent_arrival.yaml``): what the net does to a round nobody has tuned on.

The dev halves of the corpora (scripts/intent_examples.py ``CORPORA``: hand-written staff
questions, voting examples or, for a reading a corpus does not vote for, the file's ``keep``)
are in every round's net; ``--without NAME`` (``corpus17b``, or ``all``) leaves a corpus out of
every net.
``--corpus`` also scores each corpus's dev half as one more round, with the net built without
that corpus: a round the net has never seen and the rules were never tuned on, so both its
losses and its gains are honest; and its held-out half the same way, as aggregates only.

``--whole NAME`` scores a corpus whole as a round, as it would have scored before it entered
the net: today's bot with the net built without the corpus, right, wrong and fallback per
reading for each half (aggregates), the failures listed for the dev half only.

The rescue of the fallback (bot/features/rescue/): of the fallbacks each round got (today, the
net built without it: ``today``; and when it arrived, rescued by that net over today's
knowledge: ``at arrival``) how many become right answers, how many wrong ones (a question the
plans cannot answer answered is wrong too), and how many a «Mente du …?» whose buttons hold the
item's reading (or not; a ``unknown`` item asked back loses its right fallback). And of the
answers doubted at arrival, how many become «Mente du …?» rather than the bare fallback.

``--failures`` lists the dev items lost and gained (never a test item: only ``half: dev``).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.compiled import Compiled
from bot.features.organisation.answers import honest_fallback
from bot.features.reply import Reply
from bot.features.rescue import offered, rescued
from bot.intent_net import Doubt, IntentNet, Reading, intent_net
from bot.knowledge.intent_examples import IntentExamplesFile
from bot.router import Turn
from bot.text import fold
from bot.understanding import Intent
from scripts.danger_examples import Row
from scripts.intent_examples import (
    CORPORA,
    Corpus,
    body_of,
    corpus_held_out,
    corpus_items,
    example_items,
    rows,
)
from tests.eval import ACCEPTS, EVAL_DIR, HONEST, Item, Outcome, Runner, load_items

ARRIVAL = EVAL_DIR / "history" / "intent_arrival.yaml"


@dataclass
class Rescue:
    """What the rescue does to the fallbacks of questions the plans answer: right answers,
    wrong answers, and «Mente du …?» with the item's reading among its buttons (or not)."""

    fallbacks: int = 0
    right: int = 0
    wrong: int = 0
    asked_right: int = 0
    asked_other: int = 0
    asked_unknown: int = 0
    """«Mente du …?» to a question the plans cannot answer (its fallback was right)."""
    wrong_items: list[Item] = field(default_factory=list)

    def add(self, item: Item, right: bool, wrong: bool, offered: Sequence[str] | None) -> None:
        """One fallback rescued: ``right``/``wrong`` the outcome after (an ``unknown`` item's
        fallback kept is right, and is no gain)."""
        self.fallbacks += 1
        self.right += right and item.intent != "unknown"
        self.wrong += wrong
        if wrong:
            self.wrong_items.append(item)
        if offered is not None and not right and not wrong:
            hit = item.intent in offered
            self.asked_right += hit
            self.asked_other += not hit
            self.asked_unknown += item.intent == "unknown"

    def merge(self, other: Rescue) -> None:
        for name in ("fallbacks", "right", "wrong", "asked_right", "asked_other", "asked_unknown"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong_items += other.wrong_items

    def line(self, name: str) -> str:
        ratio = f"{self.right / self.wrong:.1f}" if self.wrong else "inf"
        return (
            f"{name:<18} rescue of {self.fallbacks:>4} fallbacks: right {self.right:>3} wrong "
            f"{self.wrong:>3} (ratio {ratio}) | «Mente du» with its reading {self.asked_right:>3}"
            f", without {self.asked_other:>3} (of them unknown items {self.asked_unknown:>3})"
        )


@dataclass
class Tally:
    """One round's (or the total's) figures, with the net and without it."""

    name: str
    items: int = 0
    right_off: int = 0
    wrong_off: int = 0
    right_on: int = 0
    wrong_on: int = 0
    lost: list[Item] = field(default_factory=list)
    gained: list[Item] = field(default_factory=list)
    rescue: Rescue = field(default_factory=Rescue)

    def add(self, off: Outcome, on: Outcome, offered: Sequence[str] | None = None) -> None:
        self.items += 1
        self.right_off += off.right
        self.wrong_off += off.wrong_answer
        self.right_on += on.right
        self.wrong_on += on.wrong_answer
        if off.right and not on.right:
            self.lost.append(off.item)
        if off.wrong_answer and not on.wrong_answer:
            self.gained.append(off.item)
        if off.got == "unknown":
            self.rescue.add(off.item, on.right, on.wrong_answer, offered)

    def merge(self, other: Tally) -> None:
        self.rescue.merge(other.rescue)
        for name in ("items", "right_off", "wrong_off", "right_on", "wrong_on"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lost += other.lost
        self.gained += other.gained

    def line(self) -> str:
        n = max(self.items, 1)
        return (
            f"{self.name:<18} {self.items:>5} items | off: right {self.right_off / n:6.1%} "
            f"wrong {self.wrong_off / n:5.1%} | on: right {self.right_on / n:6.1%} wrong "
            f"{self.wrong_on / n:5.1%} | lost {len(self.lost):>3} gained {len(self.gained):>3}"
        )


def net_without(runner: Runner, labelled: Sequence[Row], left_out: str) -> IntentNet:
    """The net as scripts/intent_examples.py would build it had ``left_out`` no dev items."""
    body = body_of(r for r in labelled if r.file != left_out)
    examples = IntentExamplesFile.model_validate(body)
    language = runner.kb.language
    net = intent_net(
        examples,
        language.dialect.folded(),
        language.understanding.safety_net,
        language.lemma_forms,
        asks=language.understanding.intent_net,
    )
    assert net is not None  # examples were given
    return net


@contextmanager
def using(runner: Runner, net: IntentNet | None) -> Iterator[None]:
    """The bot's intent net reads by ``net``'s examples for the block; None: switched off."""
    shipped = Compiled.of(runner.kb).intents
    assert shipped is not None, "no knowledge/language/intent_examples.yaml"
    shipped.doubt = net.doubt if net is not None else _never  # type: ignore[method-assign]
    shipped.read = net.read if net is not None else _unread  # type: ignore[method-assign]
    try:
        yield
    finally:
        del shipped.doubt
        del shipped.read


def _never(text: str, answered: str) -> Doubt | None:
    return None


def _unread(text: str) -> Reading | None:
    return None


def offering(runner: Runner, item: Item) -> tuple[Outcome, list[str] | None]:
    """The item scored, and the readings of a rescue's «Mente du …?» buttons if it got one."""
    seen: list[Reply] = []
    replies = Runner.replies

    def recorded(item: Item) -> list[Reply]:
        seen[:] = replies(runner, item)
        return seen

    runner.replies = recorded  # type: ignore[method-assign]
    try:
        outcome = runner.score(item)
    finally:
        del runner.replies
    offered = next((r.facts["readings"] for r in seen if "readings" in r.facts), None)
    return outcome, offered


def loro(
    runner: Runner,
    items: Sequence[Item],
    only: Sequence[str] = (),
    examples: Sequence[Item] | None = None,
) -> list[Tally]:
    """Per round (file) of ``items``' dev half: scored with a net built without it, and off.
    ``examples``: the items the nets are built from (default ``items``), less the round's."""
    dev = [i for i in items if i.half == "dev"]
    labelled = rows(runner.kb, dev if examples is None else examples)
    rounds = sorted({i.file for i in dev if not only or i.file.removesuffix(".yaml") in only})
    tallies = []
    for name in rounds:
        tally = Tally(name.removesuffix(".yaml"))
        mine = [i for i in dev if i.file == name]
        with using(runner, None):
            off = [runner.score(item) for item in mine]
        with using(runner, net_without(runner, labelled, name)):
            on = [offering(runner, item) for item in mine]
        for before, (after, buttons) in zip(off, on, strict=True):
            tally.add(before, after, buttons)
        tallies.append(tally)
    return tallies


@dataclass
class Arrival:
    """The answers a round got when it arrived, and what the net without the round does."""

    name: str
    items: int = 0
    right: int = 0
    wrong: int = 0
    doubted_right: int = 0
    doubted_wrong: int = 0
    lost: list[Item] = field(default_factory=list)
    gained: list[Item] = field(default_factory=list)
    rescue: Rescue = field(default_factory=Rescue)
    offered: int = 0
    """Doubted answers that become «Mente du …?» (not the bare fallback)."""
    offered_right: int = 0
    """Of them, those whose buttons hold the item's reading."""

    def merge(self, other: Arrival) -> None:
        self.rescue.merge(other.rescue)
        self.offered += other.offered
        self.offered_right += other.offered_right
        for name in ("items", "right", "wrong", "doubted_right", "doubted_wrong"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lost += other.lost
        self.gained += other.gained

    def line(self) -> str:
        n = max(self.items, 1)
        right, wrong = self.right - self.doubted_right, self.wrong - self.doubted_wrong
        return (
            f"{self.name:<18} {self.items:>5} items | then: right {self.right / n:6.1%} "
            f"wrong {self.wrong / n:5.1%} | with the net: right {right / n:6.1%} wrong "
            f"{wrong / n:5.1%} | lost {self.doubted_right:>3} gained {self.doubted_wrong:>3}"
        )


def arrival(
    runner: Runner,
    items: Sequence[Item],
    only: Sequence[str] = (),
    path: Path = ARRIVAL,
    examples: Sequence[Item] | None = None,
) -> list[Arrival]:
    """Per recorded round: the net without the round asked about each answer it got then. A
    doubted answer becomes the fallback: a loss if it was right (an ``unknown`` item's
    fallback stays right), a gain if it was wrong."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    dev = [i for i in items if i.half == "dev"]
    by_id = {i.id: i for i in dev}
    labelled = rows(runner.kb, dev if examples is None else examples)
    out = []
    for name, answers in data.items():
        if only and name not in only:
            continue
        net = net_without(runner, labelled, f"{name}.yaml")
        tally = Arrival(str(name))
        for item_id, said in (answers or {}).items():
            item = by_id.get(str(item_id))
            if item is None:
                continue
            got, outcome = str(said).split()
            tally.items += 1
            tally.right += outcome == "right"
            tally.wrong += outcome == "wrong"
            if got == "unknown":
                tally.rescue.add(item, *rescue_then(runner, item, net))
            doubt = net.doubt(item.text, got)
            if doubt is None:
                continue
            if offer_then(runner, item, net, doubt.reading, got):
                tally.offered += 1
                tally.offered_right += doubt.reading == item.intent
            if outcome == "right" and item.intent != "unknown":
                tally.doubted_right += 1
                tally.lost.append(item)
            elif outcome == "wrong":
                tally.doubted_wrong += 1
                tally.gained.append(item)
        out.append(tally)
    return out


def _turn(runner: Runner, item: Item) -> Turn:
    understood = runner.bot.understand(item.text, item.kommune)
    understood = dataclasses.replace(understood, intent=Intent.UNKNOWN, options=())
    kommune = understood.kommune_id or item.kommune
    return Turn(
        bot=runner.bot, request=None, kommune_id=kommune, text=item.text, understood=understood
    )


def rescue_then(runner: Runner, item: Item, net: IntentNet) -> tuple[bool, bool, list[str] | None]:
    """The fallback an item got when it arrived, rescued by ``net`` over today's knowledge:
    right, wrong, and the readings of a «Mente du …?» it became."""
    turn = _turn(runner, item)
    reply = asyncio.run(rescued(turn, honest_fallback(turn), net))
    got = str(reply.intent)
    folded = fold(reply.text)
    right = (
        got in ACCEPTS.get(item.intent, frozenset())
        and all(fold(m) in folded for m in item.must)
        and not any(fold(m) and fold(m) in folded for m in item.must_not)
    )
    return right, not right and got not in HONEST, reply.facts.get("readings")


def offer_then(runner: Runner, item: Item, net: IntentNet, reading: str, got: str) -> bool:
    """Whether a doubted answer becomes «Mente du …?» (its reading finds its object today)."""
    turn = _turn(runner, item)
    answered = Reply("", intent=got)
    return asyncio.run(offered(turn, reading, answered, net)) is not None


def held_out(runner: Runner, corpus: Corpus, examples: Sequence[Item]) -> Tally:
    """The corpus's held-out half, with the net built without the corpus and off: aggregate
    figures only (the items lost and gained are never listed)."""
    labelled = rows(runner.kb, examples)
    tally = Tally(f"{corpus.name} test")
    mine = corpus_held_out(corpus)
    with using(runner, None):
        off = [runner.score(item) for item in mine]
    with using(runner, net_without(runner, labelled, corpus.name)):
        on = [runner.score(item) for item in mine]
    for before, after in zip(off, on, strict=True):
        tally.add(before, after)
    return tally  # its lost and gained items are counted in the line, never listed


def whole(runner: Runner, corpus: Corpus) -> int:
    """Today's bot on the corpus whole, its net built without the corpus: per reading right /
    wrong / fallback for each half, the failures of the dev half only."""
    failures: list[Outcome] = []
    net = net_without(runner, rows(runner.kb, example_items()), corpus.name)
    for half, items in (("dev", corpus_items(corpus)), ("test", corpus_held_out(corpus))):
        with using(runner, net):
            outcomes = [runner.score(item) for item in items]
        right = sum(o.right for o in outcomes)
        wrong = sum(o.wrong_answer for o in outcomes)
        n = max(len(outcomes), 1)
        print(
            f"{corpus.name} {half}: {len(outcomes)} items | right {right} ({right / n:.1%}) "
            f"wrong {wrong} ({wrong / n:.1%}) fallback {n - right - wrong} "
            f"({(n - right - wrong) / n:.1%})"
        )
        for reading in sorted({o.item.intent for o in outcomes}):
            mine = [o for o in outcomes if o.item.intent == reading]
            r, w = sum(o.right for o in mine), sum(o.wrong_answer for o in mine)
            print(
                f"    {reading:<18} {len(mine):>4} | right {r:>3} wrong {w:>3} "
                f"fallback {len(mine) - r - w:>3}"
            )
        if half == "dev":
            failures = [o for o in outcomes if not o.right]
    print(f"{corpus.name} dev failures (reading -> answer):")
    for o in failures:
        kind = "wrong" if o.wrong_answer else "fallback"
        print(f"    {o.item.id} [{o.item.intent} -> {o.got}, {kind}] {o.item.text!r}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.intent_loro", description=__doc__)
    parser.add_argument("--failures", action="store_true", help="list lost and gained dev items")
    parser.add_argument("--round", action="append", default=[], help="only this round (fresh9)")
    parser.add_argument(
        "--corpus", action="store_true", help="score each corpus's dev and held-out half too"
    )
    parser.add_argument(
        "--without", action="append", default=[], help="no round's net holds this corpus (all)"
    )
    parser.add_argument("--whole", help="today's bot on this corpus, both halves, per reading")
    args = parser.parse_args(argv)
    runner = Runner()
    if args.whole:
        return whole(runner, next(c for c in CORPORA if c.name == args.whole))
    items = load_items()
    kept = [c for c in CORPORA if c.name not in args.without and "all" not in args.without]
    examples = example_items(kept)
    scored = [*items, *(i for c in CORPORA for i in corpus_items(c))] if args.corpus else items
    only = [r.removesuffix(".yaml") for r in args.round]
    print("today's bot on each round's dev half, the net built without the round:")
    total = Tally("total")
    for tally in loro(runner, scored, only, examples):
        print(tally.line())
        total.merge(tally)
    print(total.line())
    if args.corpus:
        print("each corpus's held-out half, the net built without the corpus (aggregates):")
        for corpus in CORPORA:
            print(held_out(runner, corpus, examples).line())
    print("the answers each round got when it arrived, the net built without the round:")
    then = Arrival("total")
    for record in arrival(runner, items, only, examples=examples):
        print(record.line())
        then.merge(record)
    print(then.line())
    print(total.rescue.line("today"))
    print(then.rescue.line("at arrival"))
    print(
        f"at arrival, {then.doubted_right + then.doubted_wrong} doubted answers: {then.offered} "
        f"asked back «Mente du …?» (the rest the fallback), {then.offered_right} of them with "
        "the item's reading as a button"
    )
    if args.failures:
        for title, listed in (
            ("lost (today, dev)", total.lost),
            ("gained (today, dev)", total.gained),
            ("lost (at arrival, dev)", then.lost),
            ("gained (at arrival, dev)", then.gained),
            ("rescued wrong (today, dev)", total.rescue.wrong_items),
            ("rescued wrong (at arrival, dev)", then.rescue.wrong_items),
        ):
            print(f"{title}:")
            for item in listed:
                print(f"    {item.id} [{item.intent}] {item.text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
