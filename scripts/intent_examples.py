"""Write knowledge/language/intent_examples.yaml from the eval rounds' DEV halves.

    PYTHONPATH=. .venv/bin/python scripts/intent_examples.py [--check]

Only ``half: dev`` items are copied (never a test item): each item's text with its labelled
reading (``intent``), every reading the eval knows, danger and disclosure too (a question
whose nearest examples are danger is no question about the plan). ``readings`` says which of
the bot's reply intents answer each reading: the eval's own table (tests/eval ``ACCEPTS``),
and ``members`` for ``role_groups`` («er rektor med i fagteamet?» is answered by the group's
members opening «Ja – …», which the eval accepts too). An item naming a real person of the
plans is left out. The product never reads tests/; this script is run by hand when the dev
rounds change, and the file is reviewed like any knowledge edit.

scripts/intent_corpus16b.yaml holds 700 staff questions a writer who never read the code wrote
by hand and labelled with the same readings (reviewed; :func:`corpus_items` reads its dev
half). That half only keeps answers (``CORPUS_KEEPS`` says why): the file's ``keep``. ``python
-m tests.eval.intent_loro --corpus`` scores it as a round, with the net built without it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from scripts.danger_examples import Row, people_in_plans
from tests.eval import ACCEPTS, Item, load_items

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "knowledge" / "language" / "intent_examples.yaml"
CORPUS = ROOT / "scripts" / "intent_corpus16b.yaml"
CORPUS_FILE = "corpus16b"
"""A corpus item's ``Item.file``: no eval round has this name, so leave one round out keeps
the corpus in every round's net, and leaves it out only when it scores the corpus's own dev
half (``intent_loro --corpus``)."""
CORPUS_KEEPS = True
"""Whether the corpus's dev half is written into the file's ``keep``: questions that only keep
an answer (the nearest example an answer agrees with, for the margin) and never vote for a
doubt. Measured leave one round out (session 17, ``python -m tests.eval.intent_loro``): as
voting examples the corpus lost 15 right dev answers instead of 12 (gains 4 → 4) and, on the
answers rounds got when they arrived, turned 36 wrong ones honest instead of 41 (lost 2 → 3),
whatever the thresholds; as ``keep``, with ``DISAGREE`` 3 and ``MARGIN`` 1.3 (bot/intent_net.py),
see there."""
VERSION = "2026-12-04.2"
SEAT_TOO = {"role_groups": ("members",)}
"""Reply intents the eval accepts for a reading beyond ``ACCEPTS`` (its ``SEAT_CONFIRMED``)."""
HEADER = """\
# ============================================================================================
# INTENT EXAMPLES – labelled made-up questions for the intent net
#
# Written by scripts/intent_examples.py from the eval rounds' DEV halves only (never a test
# item). The intent net (bot/intent_net.py) takes a second look at a confident answer to a
# question about the plan: when the nearest examples clearly agree on a reading the answer
# is not, the bot gives the honest fallback (naming the coordinator) instead of answering.
#
# - `readings`: per reading, the bot's reply intents that answer it rightly.
# - `examples`: per reading, its example questions (an example is named `reading[place]`).
# - `keep`: per reading, questions that only keep an answer of it, never vote for a doubt: the
#   dev half of scripts/intent_corpus16b.yaml (hand-written staff questions).
# Checked at load (`app.py validate` names file, field and line).
# ============================================================================================
"""


def readings() -> dict[str, str]:
    """Per reading, the reply intents that answer it, space-separated, sorted."""
    return {
        reading: " ".join(sorted({*answers, *SEAT_TOO.get(reading, ())}))
        for reading, answers in sorted(ACCEPTS.items())
    }


def rows(kb: KnowledgeBase, items: Sequence[Item]) -> list[Row]:
    """Every dev item of ``items`` (no test item) with its reading (in ``Row.routine``), not
    yet deduplicated (:func:`unique`)."""
    people = people_in_plans(kb)
    out: list[Row] = []
    for item in items:
        key = fold(item.text)
        if item.half != "dev" or not key or item.intent not in ACCEPTS:
            continue
        if any(f" {n} " in f" {key} " for n in people):
            continue  # a real person named in the plans is never copied into an example
        out.append(Row(item.file, key, " ".join(item.text.split()), item.intent))
    return out


def corpus_items(path: Path = CORPUS) -> list[Item]:
    """The corpus's dev items (odd ids) as eval items of the round ``CORPUS_FILE``: nothing to
    must or must not hold (the writer gave a reading only). Its test half is never read."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Item(
            id=str(raw["id"]),
            kommune=str(raw["kommune"]),
            half="dev",
            text=str(raw["text"]),
            intent=str(raw["intent"]),
            file=CORPUS_FILE,
        )
        for raw in data
        if raw["half"] == "dev"
    ]


def example_items(with_corpus: bool = CORPUS_KEEPS) -> list[Item]:
    """The items the examples come from: every eval round's, then (``with_corpus``) the
    corpus's dev half. :func:`rows` keeps only dev items."""
    return [*load_items(), *(corpus_items() if with_corpus else [])]


def unique(found: Iterable[Row]) -> dict[str, list[str]]:
    """The rows as the file's examples, by reading (sorted), each in the rounds' order: each
    folded text once, the first one kept."""
    examples: dict[str, list[str]] = {}
    seen: set[str] = set()
    for row in found:
        if row.key not in seen:
            seen.add(row.key)
            examples.setdefault(row.routine, []).append(row.text)
    return {reading: examples[reading] for reading in sorted(examples)}


def examples_file(
    examples: dict[str, list[str]], keep: dict[str, list[str]] | None = None
) -> dict[str, object]:
    """The file's body for ``examples`` (and ``keep``, when there are any)."""
    body: dict[str, object] = {"version": VERSION, "readings": readings(), "examples": examples}
    return {**body, "keep": keep} if keep else body


def body_of(found: Iterable[Row]) -> dict[str, object]:
    """The file's body for ``found``: the rounds' rows as ``examples``, the corpus's as
    ``keep`` (a text already among the examples is not kept twice)."""
    found = list(found)
    examples = unique(r for r in found if r.file != CORPUS_FILE)
    voting = {fold(text) for texts in examples.values() for text in texts}
    keep = unique(r for r in found if r.file == CORPUS_FILE and r.key not in voting)
    return examples_file(examples, keep)


def render() -> str:
    """The file's text as the dev rounds make it now."""
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    body = body_of(rows(kb, example_items()))
    return HEADER + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)


def main() -> int:
    """Write the file, or with ``--check`` only say whether it is out of date (exit 1)."""
    text = render()
    if "--check" in sys.argv[1:]:
        stale = not OUT.is_file() or OUT.read_text(encoding="utf-8") != text
        state = "out of date: run scripts/intent_examples.py" if stale else "up to date"
        print(f"{OUT.name} is {state}")
        return 1 if stale else 0
    OUT.write_text(text, encoding="utf-8")
    count = sum(len(texts) for texts in yaml.safe_load(text)["examples"].values())
    print(f"{count} examples -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
