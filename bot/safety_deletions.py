"""The danger check's typo index: symmetric delete over vocabulary words, kept compact.

A message word with one typo (a letter missing, added, changed, or two swapped) shares a
one-letter deletion with the word it stands for. bot/safety_match.py indexes the danger
vocabulary's words by every such deletion and confirms each candidate with OSA distance.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz.distance import OSA


def deletions(word: str) -> set[str]:
    """The word and each of its one-letter deletions."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


class Deletions:
    """Every word and each of its one-letter deletions → the words, as the variants' hashes
    in one sorted array, each beside its word's number.

    A dict of the variants held 45,000 strings and a tuple each (6 MB of the service's RSS);
    the arrays hold 16 bytes a variant. Two variants with one hash only add a candidate,
    which the OSA check drops, so the words found are those the dict found."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(words))  # distinct: no word twice under a variant
        keyed = sorted(
            (hash(variant), number)
            for number, word in enumerate(self.words)
            for variant in deletions(word)
        )
        self._hashes = array("q", [key for key, _ in keyed])
        self._numbers = array("l", [number for _, number in keyed])

    def near(self, word: str) -> set[str]:
        """Indexed words within one edit or one swap of ``word`` (confirmed with OSA)."""
        hashes, numbers, words = self._hashes, self._numbers, self.words
        size = len(hashes)
        candidates: set[str] = set()
        for variant in deletions(word):
            key = hash(variant)
            at = bisect_left(hashes, key)
            while at < size and hashes[at] == key:
                candidates.add(words[numbers[at]])
                at += 1
        return {c for c in candidates if c != word and OSA.distance(word, c) <= 1}


__all__ = ["Deletions", "deletions"]
