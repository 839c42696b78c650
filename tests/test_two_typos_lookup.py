"""The danger check's two-typo look-up scans only the long words within two letters of the
word's length (two edits reach no other): the same atoms as scanning every long word of the
initial, on two-typo forms of the files' own words and on made-up words."""

from __future__ import annotations

import random

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from bot.safety_match import TWO_TYPOS_MIN, Atoms, _two_ok, is_everyday_word


def _every_long_word(atoms: Atoms, word: str) -> frozenset[int]:
    """:meth:`Atoms.two_typos` as it was: every long word of the initial scanned."""
    if len(word) < TWO_TYPOS_MIN or word in atoms.known or is_everyday_word(word):
        return frozenset()
    words = sorted(w for w in atoms.exact if len(w) >= TWO_TYPOS_MIN - 1 and w[0] == word[0])
    near = process.extract(word, words, scorer=OSA.distance, score_cutoff=2, limit=None)
    found = {a for c, _, _ in near if _two_ok(word, c) for a in atoms.exact[c]}
    for stem in sorted(p for p in atoms.prefix if len(p) >= 7 and p[0] == word[0]):
        if len(stem) >= TWO_TYPOS_MIN - 2 and _two_ok(word[: len(stem)], stem):
            found.add(atoms.prefix[stem])
    return frozenset(found)


def _typed(rng: random.Random, word: str) -> str:
    """``word`` with two edits past its first letter: a letter changed, dropped or added."""
    for _ in range(2):
        at = rng.randrange(1, len(word))
        edit = rng.choice("cda")
        letter = rng.choice("aeiklnorst")
        word = {
            "c": word[:at] + letter + word[at + 1 :],
            "d": word[:at] + word[at + 1 :],
            "a": word[:at] + letter + word[at:],
        }[edit]
    return word


def test_two_typos_find_what_scanning_every_long_word_found(kb: KnowledgeBase) -> None:
    atoms = Compiled.of(kb).safety._atoms
    rng = random.Random(32)
    long_words = sorted(w for w in atoms.exact if len(w) >= TWO_TYPOS_MIN)
    typed = [_typed(rng, w) for w in rng.sample(long_words, 150)]
    typed += [
        "".join(rng.choice("aeiklnorst") for _ in range(rng.randint(10, 18))) for _ in range(50)
    ]
    found = 0
    for word in typed:
        atoms_found = atoms.two_typos(word)
        assert atoms_found == _every_long_word(atoms, word), word
        found += bool(atoms_found)
    assert found > 50, "most two-typo forms of the files' words are found"
