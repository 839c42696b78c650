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
VERSION = "2026-12-04.1"
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


def examples_file(examples: dict[str, list[str]]) -> dict[str, object]:
    """The file's body for ``examples``."""
    return {"version": VERSION, "readings": readings(), "examples": examples}


def render() -> str:
    """The file's text as the dev rounds make it now."""
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    body = examples_file(unique(rows(kb, load_items())))
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
