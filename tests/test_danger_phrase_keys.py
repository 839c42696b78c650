"""The danger check walks only the phrases whose key meets the message (perf77,
``keyed_by_atom``/``keyed`` in bot/safety_compile.py): the phrases it finds are those the old
walk let through its ``present.isdisjoint(phrase.key)`` test, on the atoms of every eval dev
text, of made-up messages and of made-up atom sets."""

from __future__ import annotations

import random

import pytest

from bot.safety import DangerCheck, fold_words
from bot.safety_compile import keyed, keyed_by_atom
from bot.safety_idioms import untitled
from bot.safety_match import Phrase
from bot.safety_words import dialect_mapped
from bot.text import visible
from tests.eval import load_items

MADE_UP = (
    "hvem sitter i koordineringsgruppa",
    "gutten på 13 har tatt noen piller han fant hjemme",
    "jenta i 7b blir dytta ned trappa hver dag",
    "han truet med å skyte noen på skolen i morgen",
    "kan du minne meg på fagdagen",
    "",
)


def _present(check: DangerCheck, text: str) -> frozenset[int]:
    """A message's atoms, as ``DangerCheck.read`` reads them before its phrases."""
    words = dialect_mapped(fold_words(visible(untitled(text))), check._dialect)
    atoms, _ = check._words.of(words)
    return frozenset().union(*atoms)


def _walked(phrases: list[Phrase], present: frozenset[int]) -> set[int]:
    """The phrases the old walk's key test let through."""
    return {n for n, phrase in enumerate(phrases) if not present.isdisjoint(phrase.key)}


def test_made_up_atom_sets() -> None:
    rng = random.Random(77)
    phrases = [
        Phrase(0, (), (), key=frozenset(rng.sample(range(40), rng.randint(0, 4))))
        for _ in range(300)
    ]
    by_atom = keyed_by_atom(phrases)
    for _ in range(500):
        present = frozenset(rng.sample(range(50), rng.randint(0, 8)))
        assert keyed(by_atom, present) == _walked(phrases, present)


@pytest.mark.parametrize("text", MADE_UP)
def test_made_up_messages(vocabulary: DangerCheck, text: str) -> None:
    present = _present(vocabulary, text)
    assert keyed(vocabulary._keyed, present) == _walked(vocabulary._phrases, present)


@pytest.mark.slow
def test_every_dev_text(vocabulary: DangerCheck) -> None:
    texts = sorted({item.text for item in load_items() if item.half == "dev"})
    live = 0
    for text in texts:
        present = _present(vocabulary, text)
        found = keyed(vocabulary._keyed, present)
        assert found == _walked(vocabulary._phrases, present), text
        live += bool(found)
    assert 0 < live < len(texts)  # not vacuous either way
