"""English service words are read as the Norwegian word they name, never «corrected» into a
Norwegian word that only looks like them: «contract» is no «contact», «programme» no
«programmet» (knowledge/language/dialect.yaml). Every message is made up for this file."""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.understanding.reader import Understanding


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


@pytest.mark.parametrize(
    "text",
    [
        "who is in charge of the drug contract?",
        "do you have drug contracts for young people?",
        "Is there some drug contract programme here?",
    ],
)
def test_a_drug_contract_reads_as_ruskontrakt(understanding: Understanding, text: str) -> None:
    words = understanding.normalise(text)
    assert any(w.startswith("ruskontrakt") for w in words), words
    assert "contact" not in words


def test_a_contract_alone_is_no_contact(understanding: Understanding) -> None:
    words = understanding.normalise("we signed a contract with the youth club programme")
    assert "kontrakt" in words and "contact" not in words
    assert "program" in words and "programmet" not in words
