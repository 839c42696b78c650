"""The hand-written staff questions for the intent net (scripts/intent_corpus16b.yaml).

The corpus is what its header says (700 items, odd ids dev and even ids test, the eval's
readings that are no danger, the three kommuner), every label changed after its writer is in
the relabel record (scripts/intent_corpus16b_relabels.yaml) on a dev item only, and the corpus's
test half is never an example of the intent net; both example scripts' ``--check`` passes.
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
from scripts.intent_examples import CORPUS, CORPUS_FILE, corpus_items
from tests.eval import ACCEPTS

RELABELS = CORPUS.with_name("intent_corpus16b_relabels.yaml")
KOMMUNER = {"valer", "jevnaker", "gjesdal"}
READINGS = set(ACCEPTS) - {"danger", "disclosure"}


def _items() -> list[dict[str, Any]]:
    data = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_the_corpus_is_what_its_header_says() -> None:
    items = _items()
    assert [i["id"] for i in items] == [f"c16b-{n:03d}" for n in range(1, 701)]
    assert len({" ".join(i["text"].lower().split()) for i in items}) == 700, "no text twice"
    for number, item in enumerate(items, start=1):
        assert set(item) == {"id", "half", "kommune", "intent", "about", "text"}, item["id"]
        assert item["half"] == ("dev" if number % 2 else "test"), item["id"]
        assert item["kommune"] in KOMMUNER, item["id"]
        assert item["intent"] in READINGS, item["id"]
        assert item["text"].strip() and item["about"].strip(), item["id"]
    assert set(Counter(i["intent"] for i in items)) == READINGS
    assert min(Counter(i["kommune"] for i in items).values()) >= 200


def test_each_relabel_is_a_dev_item_that_holds_it() -> None:
    items = {i["id"]: i for i in _items()}
    entries = yaml.safe_load(RELABELS.read_text(encoding="utf-8"))["relabels"]
    seen = set()
    for entry in entries:
        where = f"{RELABELS.name}: {entry.get('id')} {entry.get('field')}"
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


def test_only_the_dev_half_is_read_as_items() -> None:
    read = corpus_items()
    assert len(read) == 350
    assert {i.half for i in read} == {"dev"} and {i.file for i in read} == {CORPUS_FILE}
    held_out = {i["text"] for i in _items() if i["half"] == "test"}
    assert not held_out & {i.text for i in read}


def test_the_dev_half_only_keeps_answers_and_the_test_half_is_nowhere(kb: KnowledgeBase) -> None:
    """The shipped file's ``keep`` is the corpus's dev half (less a real person's name and a
    text the rounds already hold); no test item is a kept question."""
    shipped = kb.language.intent_examples
    assert shipped is not None
    kept = {fold(text) for _, text in shipped.kept()}
    voting = {fold(text) for _, text in shipped.labelled()}
    dev = {fold(i.text) for i in corpus_items()}
    assert kept <= dev and len(kept) >= 300
    assert len(dev - kept - voting) == 2, "only the two naming the plan's coordinator"
    held_out = {fold(i["text"]) for i in _items() if i["half"] == "test"}
    assert not held_out & kept  # (a common question may also be a round's own dev item)


@pytest.mark.parametrize("script", [intent_examples, danger_examples])
def test_the_generated_examples_are_up_to_date(
    script: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--check`` of both example scripts: the shipped files are what the dev rounds, the
    corpora and the danger rules make now."""
    monkeypatch.setattr(sys, "argv", [script.__file__, "--check"])
    assert script.main() == 0, capsys.readouterr().out
    assert "up to date" in capsys.readouterr().out
