"""Test items that are not held out: their text is a dev item's, so what was tuned on it
(the nets' examples, a rule written for the dev twin) has seen it.

A test item counts as *seen in dev* when its folded text (``bot.text.fold``: case, spacing,
punctuation and æøå, the form the intent and safety nets compare examples by) is the text of
an item that is tuned on: a dev item of any round in ``tests/eval``, or an item the nets take
as an example from a corpus (scripts/danger_examples.py and scripts/intent_examples.py
``CORPORA``: their dev halves; corpus16, which came before halves, whole). Two writers
asking «hvem er slt-koordinator?» is common, and the second one's test item then only
measures the first one's dev item again.

The items stay in their files (a later fold or a relabel may part them); the test half's
figures leave them out and say how many they left out (tests/eval/README.md «Seen in dev»).
Only the count is ever printed, never an item.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from bot.text import fold
from tests.eval import EVAL_DIR, Item, load_items


def tuned_texts(directory: Path = EVAL_DIR, *, corpora: bool = True) -> frozenset[str]:
    """Every folded text tuned on: the rounds' dev halves, and (``corpora``) the corpora's
    examples."""
    texts = {fold(i.text) for i in load_items(directory) if i.half == "dev"}
    if corpora:
        # imported here: both scripts import tests.eval
        from scripts import danger_examples, intent_examples

        for source in danger_examples.CORPORA:
            for raw in danger_examples.corpus(source.path, keep_dropped=True):
                if int(str(raw["id"]).rsplit("-", 1)[1]) % 2:  # a dev item: odd id
                    texts.add(fold(str(raw["text"])))
            if not source.dev_only:  # in the net whole: its kept items are examples
                texts.update(fold(str(r["text"])) for r in danger_examples.corpus(source.path))
        for corpus in intent_examples.CORPORA:
            texts.update(fold(i.text) for i in intent_examples.corpus_items(corpus))
    texts.discard("")
    return frozenset(texts)


def seen_in_dev(items: Iterable[Item], tuned: frozenset[str] | None = None) -> frozenset[str]:
    """The ids of the test items of ``items`` whose text is tuned on (``tuned``: by default
    every round's in tests/eval and the corpora's, whatever folder ``items`` came from)."""
    tuned = tuned_texts() if tuned is None else tuned
    return frozenset(i.id for i in items if i.half == "test" and fold(i.text) in tuned)


DANGER = frozenset({"danger", "disclosure"})


def labelled() -> list[tuple[Item, str]]:
    """Every item of the rounds and the corpora, both halves, with its label: a round's or an
    intent corpus's intent, a danger corpus's kind (``danger``, ``disclosure``, ``calm``)."""
    from scripts import danger_examples, intent_examples

    out = [(i, i.intent) for i in load_items()]
    for corpus in intent_examples.CORPORA:
        both = (*intent_examples.corpus_items(corpus), *intent_examples.corpus_held_out(corpus))
        out += [(i, i.intent) for i in both]
    for source in danger_examples.CORPORA:
        for raw in danger_examples.corpus(source.path, keep_dropped=True):
            number = int(str(raw["id"]).rsplit("-", 1)[1])
            half = "dev" if number % 2 else "test"
            text, kind = str(raw["text"]), str(raw["kind"])
            item = Item(str(raw["id"]), "valer", half, text, kind, file=source.name)
            out.append((item, f"{source.name}:{kind}"))
    return out


def clash(a: str, b: str) -> bool:
    """Whether two labels of one text disagree. A danger corpus's kind (``corpus16:calm``)
    is compared by what it says: ``calm`` is any reading but danger or disclosure."""
    a_kind, b_kind = a.rpartition(":")[2], b.rpartition(":")[2]
    if (":" in a) == (":" in b):
        return a_kind != b_kind
    kind, reading = (a_kind, b_kind) if ":" in a else (b_kind, a_kind)
    return reading in DANGER if kind == "calm" else reading != kind


def clashes() -> tuple[list[list[str]], int]:
    """Texts labelled two ways: the ids of each group of tuned-on (dev) items that disagree,
    and how many texts only held-out items label two ways (a count: never an item). A test
    item that disagrees with a dev twin is seen in dev and counts in no figure."""
    by_text: dict[str, list[tuple[Item, str]]] = defaultdict(list)
    for item, label in labelled():
        by_text[fold(item.text)].append((item, label))
    tuned: list[list[str]] = []
    held = 0
    for group in by_text.values():
        dev = [(i, label) for i, label in group if i.half == "dev"]
        if any(_disagree(x, y) for x in dev for y in dev):
            tuned.append(sorted(i.id for i, _ in dev))
        elif not dev and any(_disagree(x, y) for x in group for y in group):
            held += 1
    return tuned, held


def _disagree(x: tuple[Item, str], y: tuple[Item, str]) -> bool:
    """Whether two labelled items of one text disagree. ``unknown`` beside a reading in
    another kommune is no clash: one plan states what the other does not («når ble planen
    vedtatt» is Våler's plan fact, 000:393-394, and unknown in Jevnaker, whose plans do not say)."""
    (i, a), (j, b) = x, y
    if "unknown" in (a, b) and i.kommune != j.kommune:
        return False
    return clash(a, b)


__all__ = ["clash", "clashes", "labelled", "seen_in_dev", "tuned_texts"]
