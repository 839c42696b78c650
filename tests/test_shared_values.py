"""Repeated values of validated knowledge kept once (bot/knowledge/shared_values.py), and the
danger check's atom sets pooled (bot/safety_match.py ``pooled``): equal values, shared objects,
the models as they were."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict
from pydantic.dataclasses import dataclass

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.lemma_forms import LemmaFormsFile
from bot.knowledge.loader import validate_file
from bot.knowledge.provenance import RECORD
from bot.knowledge.shared_values import share_repeats, sharing
from bot.safety_match import pooled


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    label: str = "none"
    words: tuple[str, ...] = ()


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    examples: tuple[_Example, ...]
    by_name: dict[str, _Example] = {}


def _new(text: str) -> str:
    """An equal string that is a new object, as the YAML reader gives each scalar."""
    return "".join(list(text))


def _file(*texts: str) -> _File:
    data = {
        "examples": [
            {"text": _new(t), "label": _new("routine"), "words": [_new("Kari"), _new(t)]}
            for t in texts
        ],
        "by_name": {"Ola Nordmann": {"text": _new(texts[0])}},
    }
    return _File.model_validate(data)


def test_a_file_keeps_its_values_and_shares_their_repeats() -> None:
    before = _file("hei på deg", "hva gjør jeg nå")
    dumped = before.model_dump()
    after = share_repeats(before)
    assert after is before and after.model_dump() == dumped
    first, second = after.examples
    assert first.label is second.label
    assert first.words[0] is second.words[0]
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert after.by_name["Ola Nordmann"].text is first.text


def test_strings_are_shared_across_files_only_in_one_load() -> None:
    with sharing():
        one, two = share_repeats(_file("en tekst")), share_repeats(_file("en tekst"))
    assert one.examples[0].text is two.examples[0].text
    three, four = share_repeats(_file("en tekst")), share_repeats(_file("en tekst"))
    assert three.examples[0].text == four.examples[0].text
    assert three.examples[0].text is not four.examples[0].text  # no pool outside a load


def test_a_copy_with_changes_leaves_the_shared_fields_set_alone() -> None:
    first, second = share_repeats(_file("a", "b")).examples
    shared = set(first.__pydantic_fields_set__)
    changed = first.model_copy(update={"label": "acute"})
    assert changed.label == "acute" and first.label == "routine"
    assert first.__pydantic_fields_set__ == shared == second.__pydantic_fields_set__
    assert second.__pydantic_fields_set__ is first.__pydantic_fields_set__


def test_the_bundled_knowledge_shares_the_models_fields_sets() -> None:
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    assert kb.national is not None
    fields_sets = {id(r.__pydantic_fields_set__) for r in kb.national.routines}
    assert len(fields_sets) < len(kb.national.routines)  # 8 routines, 3 sets
    assert kb.language.danger_examples is not None
    examples = kb.language.danger_examples.examples
    assert not hasattr(examples[0], "__dict__")  # slotted records, no model's dict and set
    labels = {e.routine: e.routine for e in examples}
    assert all(e.routine is labels[e.routine] for e in examples)


@dataclass(frozen=True, slots=True, config=RECORD)
class _Record:
    text: str
    label: str = "none"


def test_a_records_strings_are_shared_and_it_stays_frozen() -> None:
    with sharing():
        one, two = share_repeats((_Record("Kari skrev"), _Record("Kari skrev", "acute")))
    assert one.text is two.text and one == _Record("Kari skrev")
    with pytest.raises(FrozenInstanceError):
        one.text = "endret"  # type: ignore[misc]


def test_a_pooled_atom_set_is_the_one_equal_set() -> None:
    pool: dict[frozenset[int], frozenset[int]] = {}
    assert pooled(frozenset({7001}), pool) is pooled(frozenset({7001}), {})
    pair = pooled(frozenset({1, 2}), pool)
    assert pooled(frozenset({2, 1}), pool) is pair
    assert pooled(frozenset(), pool) == frozenset()


def test_a_warm_cache_start_keeps_them_shared(tmp_path: Path) -> None:
    KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR, cache_dir=tmp_path)  # parses and keeps the files
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR, cache_dir=tmp_path)  # from the cache
    assert kb.language.danger_examples is not None
    examples = kb.language.danger_examples.examples
    labels = {e.routine: e.routine for e in examples}
    assert all(e.routine is labels[e.routine] for e in examples)
    assert kb.national is not None
    routines = kb.national.routines
    assert len({id(r.__pydantic_fields_set__) for r in routines}) < len(routines)


def test_an_unknown_key_in_a_record_is_named_as_in_a_model(tmp_path: Path) -> None:
    path = tmp_path / "lemma_forms.yaml"
    path.write_text("version: '1'\nlemmas:\n  kvele:\n    words: kvele\n    formz: kvalte\n")
    with pytest.raises(KnowledgeError) as error:
        validate_file(LemmaFormsFile, path)
    assert "lemma_forms.yaml:5: lemmas.kvele.formz: unknown field" in str(error.value)
