"""Per-word work done once for the known vocabulary answers as the work it replaces.

The danger check, its signal scorer and the routine matcher look up each word the knowledge
and language files use once, at build, instead of in every message (bot/safety_words.py).
Whatever a message holds, the reading must be the same as without those tables: every
message of the danger, signal and routine stories and of the evaluation lists is read both
ways here. A table built from message words would be a privacy bug; these are built from the
files only, which the last test pins.
"""

from __future__ import annotations

import pytest

from bot.features.routines.matcher import RoutineMatcher
from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_words import WordAtoms
from bot.understanding import Understanding
from tests.eval import load_items
from tests.test_routines import NOT_ROUTINES
from tests.test_safety import DANGER, FAMILIES, ORDINARY
from tests.test_safety_signals import LOOK_ALIKES, SCENES


@pytest.fixture(scope="module")
def messages() -> list[str]:
    stories = [m for m, *_ in (*DANGER, *FAMILIES, *SCENES)]
    stories += [*ORDINARY, *LOOK_ALIKES, *NOT_ROUTINES]
    return [*stories, *(item.text for item in load_items())]


@pytest.fixture(scope="module")
def known(kb: KnowledgeBase) -> frozenset[str]:
    return Understanding(kb).vocabulary


def test_the_danger_check_reads_every_message_as_without_its_tables(
    kb: KnowledgeBase, known: frozenset[str], messages: list[str]
) -> None:
    with_tables = DangerCheck.from_language(kb.language, known)
    without = DangerCheck.from_language(kb.language, known)
    without._words = WordAtoms(without._atoms, (), without._words._kin)
    assert without._signals is not None
    without._signals._plain_of = {}
    assert len(with_tables._words._table) >= len(known)  # the tables are really used
    for text in messages:
        for hint in (False, True):
            assert with_tables.check(text, hint=hint) == without.check(text, hint=hint), text
        assert with_tables.look_alike(text) == without.look_alike(text), text


def test_the_routine_matcher_reads_every_message_as_without_its_table(
    kb: KnowledgeBase, known: frozenset[str], messages: list[str]
) -> None:
    assert kb.national is not None
    kommuner = [index.kommune for index in kb.kommuner.values()]
    with_table = RoutineMatcher.from_knowledge(kb.national, kommuner, known)
    without = RoutineMatcher.from_knowledge(kb.national, kommuner)
    without._hits_of = {}
    for text in messages:
        assert with_table.match(text) == without.match(text), text


def test_the_tables_hold_the_files_words_and_no_message_word(
    kb: KnowledgeBase, known: frozenset[str]
) -> None:
    check = DangerCheck.from_language(kb.language, known)
    before = set(check._words._table)
    check.check("Kari Nordmann-Testesen sier at stefaren slår henne")
    assert set(check._words._table) == before
    assert "testesen" not in before and known <= before
