"""The danger check meets only the rules a message's words can start (bot/safety.py).

Phrases are indexed by the atoms of their first slot, compose rules by the atoms of their
smallest slot, and danger.yaml's «general», «resolved» and «closed» phrases by their first
word, all when the check is built: a rule added to danger.yaml costs a message nothing unless
the message holds one of its words. These tests keep every rule inside those indexes and the
indexed look-up equal to reading every phrase at every word.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_frames import DENIED, IF, IF_REACH, NOW, TOLD, General
from bot.safety_match import fold_word, fold_words


def test_every_rule_is_reached_through_the_atom_index(vocabulary: DangerCheck) -> None:
    """A compose rule without slots would be asked of every message (``_unindexed_rules``)."""
    assert not vocabulary._unindexed_rules
    indexed = {n for numbers in vocabulary._rule_starts.values() for n in numbers}
    assert indexed == set(range(len(vocabulary._rules)))
    phrases = {n for numbers in vocabulary._starts.values() for n in numbers}
    assert phrases == set(range(len(vocabulary._phrases)))


def _every_phrase_at_every_word(phrases: list[tuple[str, ...]], words: list[str]) -> bool:
    """``General.asked`` as it read before its index (session 21): each phrase at each word."""
    if not NOW.isdisjoint(words) or any(
        w in TOLD and IF.isdisjoint(words[max(0, i - IF_REACH) : i]) for i, w in enumerate(words)
    ):
        return False
    for at in range(len(words)):
        for phrase in phrases:
            if tuple(words[at : at + len(phrase)]) == phrase:
                return DENIED.isdisjoint(words[max(0, at - 2) : at])
    return False


@pytest.mark.parametrize(
    "text",
    [
        "jeg spør generelt, ingen konkret elev: hva gjør vi ved vold i hjemmet",
        "dette er ikke et generelt spørsmål, en elev blir slått hjemme",
        "just asking in general, what do we do about self-harm",
        "spør bare generelt nå, eleven sitter her",
        "hvem sitter i politirådet?",
    ],
)
def test_general_by_first_word_reads_as_every_phrase(kb: KnowledgeBase, text: str) -> None:
    phrases = [t for t in (tuple(fold_word(p).split()) for p in kb.language.danger.general) if t]
    words = fold_words(text)
    assert General(kb.language.danger.general).asked(words) == _every_phrase_at_every_word(
        phrases, words
    )
