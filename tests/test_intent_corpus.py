"""The hand-written staff questions for the intent net (scripts/intent_examples.py ``CORPORA``:
scripts/intent_corpus16b.yaml and intent_corpus17b.yaml).

Each corpus is what its header says (its size, odd ids dev and even ids test, the eval's
readings that are no danger, the three kommuner), every label changed after its writer is in
the corpus's relabel record (scripts/intent_corpus16b_relabels.yaml …) on a dev item only, and
no corpus's test half — nor any text an eval round holds out — is an example of the intent net;
both example scripts' ``--check`` passes.
"""

from __future__ import annotations

import sys
from collections import Counter
from types import ModuleType
from typing import Any

import pytest
import yaml

from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from scripts import danger_examples, intent_examples
from scripts.danger_examples import people_in_plans
from scripts.intent_examples import (
    CORPORA,
    CORPUS16B,
    CORPUS17B,
    Corpus,
    corpus_held_out,
    corpus_items,
    held_out_texts,
)
from tests.eval import ACCEPTS, load_items

KOMMUNER = {"valer", "jevnaker", "gjesdal"}
READINGS = set(ACCEPTS) - {"danger", "disclosure"}
SIZES = {CORPUS16B.name: 700, CORPUS17B.name: 840}
PREFIX = {CORPUS16B.name: "c16b", CORPUS17B.name: "c17b"}
BY_NAME = pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])


def _items(corpus: Corpus) -> list[dict[str, Any]]:
    data = yaml.safe_load(corpus.path.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _relabels(corpus: Corpus) -> Any:
    return corpus.path.with_name(f"{corpus.path.stem}_relabels.yaml")


def test_every_corpus_is_checked_here() -> None:
    assert set(SIZES) == {c.name for c in CORPORA}


@BY_NAME
def test_the_corpus_is_what_its_header_says(corpus: Corpus) -> None:
    items = _items(corpus)
    size, prefix = SIZES[corpus.name], PREFIX[corpus.name]
    assert [i["id"] for i in items] == [f"{prefix}-{n:03d}" for n in range(1, size + 1)]
    assert len({" ".join(i["text"].lower().split()) for i in items}) == size, "no text twice"
    for number, item in enumerate(items, start=1):
        assert set(item) == {"id", "half", "kommune", "intent", "about", "text"}, item["id"]
        assert item["half"] == ("dev" if number % 2 else "test"), item["id"]
        assert item["kommune"] in KOMMUNER, item["id"]
        assert item["intent"] in READINGS, item["id"]
        assert item["text"].strip() and item["about"].strip(), item["id"]
    assert set(Counter(i["intent"] for i in items)) == READINGS
    assert min(Counter(i["kommune"] for i in items).values()) >= 200


@BY_NAME
def test_each_relabel_is_a_dev_item_that_holds_it(corpus: Corpus) -> None:
    items = {i["id"]: i for i in _items(corpus)}
    path = _relabels(corpus)
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["relabels"]
    seen = set()
    for entry in entries:
        where = f"{path.name}: {entry.get('id')} {entry.get('field')}"
        assert set(entry) == {"id", "field", "old", "new", "reason"}, where
        assert entry["field"] == "intent", where
        assert (entry["id"], entry["field"]) not in seen, f"{where}: twice"
        seen.add((entry["id"], entry["field"]))
        item = items.get(entry["id"])
        assert item is not None, f"{where}: no such item"
        assert item["half"] == "dev", f"{where}: the test half stays as written"
        assert entry["old"] in READINGS and entry["new"] in READINGS, where
        assert entry["old"] != entry["new"] and item[entry["field"]] == entry["new"], where
        assert isinstance(entry["reason"], str) and len(entry["reason"]) > 40, where


@BY_NAME
def test_only_the_dev_half_is_read_as_items(corpus: Corpus) -> None:
    read = corpus_items(corpus)
    assert len(read) == SIZES[corpus.name] // 2
    assert {i.half for i in read} == {"dev"} and {i.file for i in read} == {corpus.name}
    held_out = {i["text"] for i in _items(corpus) if i["half"] == "test"}
    assert not held_out & {i.text for i in read}
    assert {i.text for i in corpus_held_out(corpus)} == held_out


def test_the_dev_halves_are_examples_and_no_held_out_text_is_one(kb: KnowledgeBase) -> None:
    """The shipped file holds the corpora's dev halves (voting, or in ``keep`` for a reading a
    corpus does not vote for), less a real person's name and a text any round or corpus holds
    out; no held-out text of a corpus is an example."""
    shipped = kb.language.intent_examples
    assert shipped is not None
    kept = {fold(text) for _, text in shipped.kept()}
    voting = {fold(text) for _, text in shipped.labelled()}
    dev = {fold(i.text) for c in CORPORA for i in corpus_items(c)}
    held = held_out_texts()
    assert kept <= dev and not held & kept
    corpus_held = {fold(i.text) for c in CORPORA for i in corpus_held_out(c)}
    assert not corpus_held & (kept | voting) - {
        fold(i.text) for i in load_items() if i.half == "dev"
    }, "a held-out corpus text is an example only as a round's own dev item"
    people = people_in_plans(kb)
    for corpus in CORPORA:
        for item in corpus_items(corpus):
            key = fold(item.text)
            named = any(f" {n} " in f" {key} " for n in people)
            if key not in held and item.intent not in corpus.votes and not named:
                assert key in kept | voting, item.id
    for text in dev - kept - voting - held:
        assert any(f" {n} " in f" {text} " for n in people), f"{text!r}: why is it left out?"


@pytest.mark.parametrize("script", [intent_examples, danger_examples])
def test_the_generated_examples_are_up_to_date(
    script: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--check`` of both example scripts: the shipped files are what the dev rounds, the
    corpora and the danger rules make now."""
    monkeypatch.setattr(sys, "argv", [script.__file__, "--check"])
    assert script.main() == 0, capsys.readouterr().out
    assert "up to date" in capsys.readouterr().out
