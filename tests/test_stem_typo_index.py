"""The danger check's prefix stems one typo from a word's start are found by their half or
their rest (bot/safety_stems.py): exactly the stems the scan of every stem of the initial
finds, on made-up stems dense with shared halves and rests and on every kind of typo at every
place (a rest read one shift too few, or from the wrong letter, fails it)."""

from __future__ import annotations

import random

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from bot.safety_match import FUZZY_MIN
from bot.safety_stems import StemIndex, one_typo_from_start

LETTERS = "abekr"


def _scan(stems: list[str], word: str) -> list[str]:
    """The look-up as it was: every stem of the word's initial, three OSA calls each."""
    return sorted(s for s in set(stems) if s[0] == word[:1] and one_typo_from_start(word, s))


def _edited(rng: random.Random, stem: str, at: int) -> str:
    """``stem`` with one edit at ``at`` (changed, dropped, added or swapped), and a tail."""
    edit = rng.choice("cdas")
    letter = rng.choice(LETTERS)
    typed = {
        "c": stem[:at] + letter + stem[at + 1 :],
        "d": stem[:at] + stem[at + 1 :],
        "a": stem[:at] + letter + stem[at:],
        "s": stem[:at] + stem[at + 1 : at + 2] + stem[at : at + 1] + stem[at + 2 :],
    }[edit]
    return typed + "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 3)))


def test_the_index_finds_what_the_scan_of_every_stem_found() -> None:
    rng = random.Random(33)
    stems = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(7, 14))) for _ in range(400)]
    index = StemIndex(stems)
    words = [_edited(rng, stem, at) for stem in stems[:150] for at in range(1, len(stem))]
    words += ["".join(rng.choice(LETTERS) for _ in range(rng.randint(6, 16))) for _ in range(500)]
    found = 0
    for word in words:
        near = index.near(word)
        assert near == _scan(stems, word), word
        found += bool(near)
    assert found > len(words) // 2, "most edited stems are found"


def test_the_danger_check_reads_its_stems_typed_as_before(kb: KnowledgeBase) -> None:
    atoms = Compiled.of(kb).safety._atoms
    stems = sorted(p for p in atoms.prefix if len(p) >= FUZZY_MIN)
    rng = random.Random(32)
    index = StemIndex(stems)
    for stem in rng.sample(stems, 120):
        for at in range(1, len(stem)):
            word = _edited(rng, stem, at)
            assert index.near(word) == _scan(stems, word), word
