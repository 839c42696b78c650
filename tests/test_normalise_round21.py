"""Session 21 (norm48): the question reader's normalisation keeps what the word lists hold.

A short word a word list of understanding.yaml holds as written is a word, never a typo of
another («våre» folds to «vare», which `tiltak.we` holds: it is not «være»). Nynorsk «kvar»
before a time word is «hver» (every), not «hvor» (where) — the one rule the danger check reads
it by (bot/safety_words.dialect_mapped), not a copy. Every message is made up for this file.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.understanding.reader import Understanding


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


@pytest.mark.parametrize(
    "text",
    ["ungdomsklubben her, hvilke tiltak er våre?", "er disse tiltakene våre eller kommunens?"],
)
def test_a_short_list_word_is_kept_as_typed(understanding: Understanding, text: str) -> None:
    words = understanding.normalise(text)
    assert "vare" in words and "vaere" not in words
    assert understanding.normaliser.words(text) == words  # both readings agree


def test_a_word_no_list_holds_is_still_corrected(understanding: Understanding) -> None:
    assert understanding.normalise("hvem siter i fagteamet") == ("hvem", "sitter", "i", "fagteamet")
