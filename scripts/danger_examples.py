"""Write knowledge/language/danger_examples.yaml from the eval rounds' DEV halves and corpus16.

    PYTHONPATH=. .venv/bin/python scripts/danger_examples.py [--check]

Only ``half: dev`` items are copied (never a test item): each danger or disclosure item with
the routine the rule-based danger check sends it to (``acute`` when it names none), every
other item as ``none``. Then every line of scripts/danger_examples_calm.txt, hand-written
everyday talk (a child's ordinary day, practical chat), as ``none``: the dev rounds' calm items
are mostly questions to the bot, and an ordinary statement about a child found only danger
examples near it. Then every item of scripts/danger_corpus16.yaml (900 messages a writer who
never read the code wrote for the net, reviewed: :func:`corpus_rows`), so the net's examples
are not only phrasings the rules were tuned on; then the DEV half (``half: dev``, odd ids) of
each later corpus (:data:`CORPORA`: scripts/danger_corpus17c.yaml …), whose test half is held
out (tests/eval/corpus.py scores it as aggregates). From round ``NEEDED_FROM`` on, a round's
danger item joins only when the net does not already read it (:func:`needed`). The product
never reads tests/ or scripts/; this script is run by hand when the dev rounds, the corpus or
a danger rule change, and the file is reviewed like any knowledge edit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.compiled import Compiled
from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.danger_examples import DangerExamplesFile
from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_net import safety_net
from bot.text import fold
from tests.eval import DANGER_INTENTS, ROUTINES, Item, load_items

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "knowledge" / "language" / "danger_examples.yaml"
CALM = ROOT / "scripts" / "danger_examples_calm.txt"


@dataclass(frozen=True)
class Corpus:
    """A hand-written corpus in scripts/: its name is its rows' ``Row.file`` (no eval round has
    it, so leave-one-round-out keeps the corpus in every round's net; ``python -m
    tests.eval.loro --without-corpus`` leaves corpora out) and its items' ``Item.file``."""

    name: str
    path: Path
    dev_only: bool
    """Only its ``half: dev`` items are examples; the test half is held out (never read,
    relabelled or tuned on: tests/eval/corpus.py scores it as aggregates)."""
    kinds: frozenset[str] = frozenset({"danger", "disclosure", "calm"})
    """The kinds whose items are examples (an empty set: the corpus is scored and tuned on,
    but the net does not take it)."""


CORPORA = (
    Corpus("corpus16", ROOT / "scripts" / "danger_corpus16.yaml", dev_only=False),
    Corpus("corpus17c", ROOT / "scripts" / "danger_corpus17c.yaml", dev_only=True),
    Corpus("corpus17a", ROOT / "scripts" / "danger_corpus17a.yaml", dev_only=True),
    Corpus("corpus18", ROOT / "scripts" / "danger_corpus18.yaml", dev_only=True, kinds=frozenset()),
)
"""corpus16 is in the net whole (it came before halves); every later corpus by its dev half –
corpus18 by none of it: registered so it is scored and its test half held out, but its examples
wait (joining them cost the held-out halves: tests/eval/README.md «Session 26 (safety64)»)."""
CORPUS = CORPORA[0].path
CORPUS_FILE = CORPORA[0].name
CHOSEN = {"seksuelle_overgrep": "vold-naere-relasjoner"}
"""The routine id for a writer's label the eval accepts two routines for (tests/eval ROUTINES:
sexual abuse is vold-naere-relasjoner's or bildedeling's): the routine for abuse; an image
case the rules send to bildedeling keeps it (:func:`corpus_label`)."""
VERSION = "2026-12-05.1"
LEAD = "Er noen i fare nå? Ring 112 (politi) eller 113 (ambulanse)."
HEADER = """\
# ============================================================================================
# DANGER EXAMPLES – labelled made-up messages for the nearest-example safety net
#
# Written by scripts/danger_examples.py from the eval rounds' DEV halves only (never a test
# item). The safety net (bot/safety_net.py) runs only when the rule-based danger check finds
# nothing: when a message's nearest examples clearly agree on danger, the bot asks back with
# `lead` first and the routine(s) as buttons; it never alarms on them alone.
#
# - `routine`: the routine id the danger check sends the example to; `acute` (the acute line
#   alone); `none` (no danger: everyday questions and calm questions about routines).
# After the dev items: scripts/danger_examples_calm.txt (hand-written everyday talk, `none`),
# then scripts/danger_corpus16.yaml (900 hand-written messages by a writer who never read the
# code: danger, disclosure and calm; labelled as the rules route them, else by the writer) and
# the dev halves (odd ids) of the later corpora (scripts/danger_corpus17c.yaml …), labelled alike.
# Checked at load (`app.py validate` names file, field and line).
# ============================================================================================
"""


def _people(data: object) -> set[str]:
    """Every person's name the kommune files hold (``name: Fornavn Etternavn``), folded."""
    if isinstance(data, dict):
        found = {fold(v) for k, v in data.items() if k == "name" and isinstance(v, str)}
        return {n for n in found if len(n.split()) >= 2} | {
            n for v in data.values() for n in _people(v)
        }
    if isinstance(data, list):
        return {n for v in data for n in _people(v)}
    return set()


def people_in_plans(kb: KnowledgeBase) -> set[str]:
    """Every real person the kommune files name (first name and last), folded: an item naming
    one is never copied into an example."""
    first = {fold(n) for n in kb.language.names.first_names.split()}
    return {
        n
        for path in sorted((DEFAULT_KNOWLEDGE_DIR / "kommuner").glob("*.yaml"))
        for n in _people(yaml.safe_load(path.read_text(encoding="utf-8")))
        if n.split()[0] in first
    }


@dataclass(frozen=True)
class Row:
    """One example before deduplication: the round it comes from (``""`` for the calm file)."""

    file: str
    key: str
    text: str
    routine: str


def rows(kb: KnowledgeBase, items: Sequence[Item]) -> list[Row]:
    """Every dev item of ``items`` (no test item), labelled with the routine the rules send it
    to, then every line of the calm file; not yet deduplicated (:func:`unique`)."""
    check = Compiled.of(kb).safety
    people = people_in_plans(kb)
    out: list[Row] = []
    named = _named(people)
    for item in items:
        if item.half != "dev":
            continue
        key = fold(item.text)
        if not key or named(key):
            continue  # a real person named in the plans is never copied into an example
        if item.intent in DANGER_INTENTS:
            found = check.check(item.text) or check.check(item.text, hint=True)
            if found is None:
                continue  # not routed by the rules: no label to copy
            routine = found.routine or "acute"
        else:
            routine = "none"
        out.append(Row(item.file, key, " ".join(item.text.split()), routine))
    for line in CALM.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(Row("", fold(line), " ".join(line.split()), "none"))
    return needed(kb, out + corpus_rows(check, named))


NEEDED_FROM = 24
"""From this round on (fresh24, fresh25 …), a round's dev danger or disclosure item is an
example only when the net without it does not already read it as danger: one it reads anyway
adds no phrasing the net lacks, only more danger examples for everyday talk to land near
(tests/eval/calm_probe.py's held half asked back on 3 messages before fresh24 joined, 7 after
fresh27). Session 26 (safety66): held 7 → 5, the dev rounds' danger read by the net alone
(each item's own text left out) 1,730 → 1,726 of 1,862; tests/eval/README.md."""


def needed(kb: KnowledgeBase, found: list[Row]) -> list[Row]:
    """``found`` without the danger rows of a round from ``NEEDED_FROM`` on that the net of
    all of ``found`` reads as danger with the row's own text left out."""
    body = examples_file(unique(found))
    language = kb.language
    net = safety_net(
        DangerExamplesFile.model_validate(body),
        language.dialect.folded(),
        language.understanding.safety_net,
        language.lemma_forms,
    )
    assert net is not None  # examples were given
    net.leave_out_own = True
    read = {
        r.key
        for r in found
        if r.routine != "none" and _round(r.file) >= NEEDED_FROM and net.nearest(r.text)
    }
    return [r for r in found if r.key not in read]


def _round(file: str) -> int:
    """The number of an eval round's file (``fresh24.yaml``: 24); 0 for any other source."""
    digits = file.removeprefix("fresh").removesuffix(".yaml")
    return int(digits) if file.startswith("fresh") and digits.isdigit() else 0


def _named(people: set[str]) -> Callable[[str], bool]:
    """Whether a folded text names one of ``people`` (a real person in the plans)."""
    return lambda key: any(f" {n} " in f" {key} " for n in people)


def corpus_label(check: DangerCheck, text: str, kind: str, routine: str) -> str:
    """A corpus message's label: ``none`` for calm; else the routine the rules send it to when
    the writer's routine accepts it (the eval's ROUTINES: a routine it does not list accepts
    any), else the writer's routine as a routine id, else ``acute`` (no routine fits: a
    threat, a body in trouble, radicalisation, exploitation)."""
    if kind == "calm":
        return "none"
    accepted = ROUTINES.get(routine)
    found = check.check(text) or check.check(text, hint=True)
    if found is not None and found.routine and (accepted is None or found.routine in accepted):
        return found.routine
    if accepted is None:
        return "acute"
    return CHOSEN.get(routine) or min(accepted)


def corpus(path: Path = CORPUS, *, keep_dropped: bool = False) -> list[dict[str, str]]:
    """The corpus's items that are kept (an item with ``dropped:`` says why it is not), or
    with ``keep_dropped`` every item (tests/eval/corpus.py scores them all as messages)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [item for item in data if keep_dropped or "dropped" not in item]


def examples_of(source: Corpus) -> list[dict[str, str]]:
    """The corpus's items that become examples: the kept ones of its example kinds, of the dev
    half only when the corpus has a held-out half."""
    kept = [i for i in corpus(source.path) if i["kind"] in source.kinds]
    return [i for i in kept if not source.dev_only or i.get("half") == "dev"]


def corpus_rows(check: DangerCheck, named: Callable[[str], bool]) -> list[Row]:
    """Every example item of every corpus (:func:`examples_of`), labelled by
    :func:`corpus_label`."""
    out = []
    for source in CORPORA:
        for item in examples_of(source):
            text = " ".join(str(item["text"]).split())
            key = fold(text)
            if key and not named(key):
                label = corpus_label(check, text, item["kind"], item["routine"])
                out.append(Row(source.name, key, text, label))
    return out


def unique(found: Iterable[Row]) -> list[dict[str, str]]:
    """The rows as the file's examples: each folded text once, the first one kept."""
    examples: list[dict[str, str]] = []
    seen: set[str] = set()
    for row in found:
        if row.key and row.key not in seen:
            seen.add(row.key)
            examples.append({"text": row.text, "routine": row.routine})
    return examples


def examples_file(examples: list[dict[str, str]]) -> dict[str, object]:
    """The file's body for ``examples``."""
    return {"version": VERSION, "lead": LEAD, "examples": examples}


def render() -> str:
    """The file's text as the dev rounds and the rules make it now."""
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    body = examples_file(unique(rows(kb, load_items())))
    return HEADER + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)


def main() -> int:
    """Write the file, or with ``--check`` only say whether it is out of date (exit 1)."""
    text = render()
    if "--check" in sys.argv[1:]:
        stale = OUT.read_text(encoding="utf-8") != text
        state = "out of date: run scripts/danger_examples.py" if stale else "up to date"
        print(f"{OUT.name} is {state}")
        return 1 if stale else 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count('- text:')} examples -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
