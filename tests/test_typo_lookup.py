"""The typo correction looks among the vocabulary words whose length can reach the cutoff, and
finds a cut word's completions by bisection: the same correction as scoring every word of
the initial (the first of the best score; the shortest completion), on made-up vocabularies
dense with near words and ties."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from bot.safety_match import is_everyday_word
from bot.understanding.normalise import CUT_MIN, EVERYDAY_MIN, Normaliser, cutoff_for


def _every_word(normaliser: Normaliser, word: str) -> str:
    """The correction as it was made: every word of the initial scored."""
    if word in normaliser.vocabulary or word in normaliser.kept or len(word) < 4:
        return word
    if len(word) >= EVERYDAY_MIN and is_everyday_word(word):
        return word
    candidates = tuple(sorted(w for w in normaliser.vocabulary if w[:1] == word[0]))
    if len(word) >= CUT_MIN:
        completed = [c for c in candidates if c.startswith(word) and c not in normaliser.kept]
        if completed:
            return min(completed, key=lambda c: (len(c), c))
    cutoff = cutoff_for(len(word))
    best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else word


def _word(rng: random.Random, shortest: int, longest: int) -> str:
    return "".join(rng.choice("aeiklnorst") for _ in range(rng.randint(shortest, longest)))


def test_a_typo_is_corrected_as_by_scoring_every_word_of_its_initial() -> None:
    rng = random.Random(32)
    for _ in range(60):
        vocabulary = {_word(rng, 2, 16) for _ in range(rng.randint(5, 300))}
        kept = set(rng.sample(sorted(vocabulary), k=min(3, len(vocabulary))))
        normaliser = Normaliser(vocabulary, kept=kept)
        typed = [_word(rng, 4, 20) for _ in range(40)]
        typed += [w[:-1] + "x" for w in sorted(vocabulary)[:40] if len(w) >= 5]  # one letter off
        typed += [w[: CUT_MIN + 1] for w in sorted(vocabulary) if len(w) > CUT_MIN + 2]  # cut
        for word in typed:
            assert normaliser.correct(word) == _every_word(normaliser, word), word


def test_a_made_up_typo_finds_its_word_and_a_far_word_stays() -> None:
    normaliser = Normaliser(["sitter", "sitte", "samling", "koordineringsgruppa", "kafe"])
    assert normaliser.correct("siter") == "sitter"
    assert normaliser.correct("koordineringsgr") == "koordineringsgruppa"
    assert normaliser.correct("sxqzwv") == "sxqzwv"
    assert normaliser.correct("s" + "a" * 100) == "s" + "a" * 100  # too long to keep its look-up
