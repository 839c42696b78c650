"""The danger check's typo index: symmetric delete over vocabulary words, kept compact.

A message word with one typo (a letter missing, added, changed, or two swapped) shares a
one-letter deletion with the word it stands for. bot/safety_match.py indexes the danger
vocabulary's words by every such deletion and confirms each candidate with OSA distance.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence

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


class FirstHolder:
    """Variants → the first word in priority order that holds each (a word holds itself and,
    if it is ``long``, each of its one-letter deletions), as ``dict.setdefault`` over the
    words in that order gives it; the safety net's typo table (bot/safety_net.py).

    A dict of the variants held 21,000 strings (2.2 MB of the service's RSS); this holds each
    variant's hash and word number in arrays, found by an open-addressing table of entry
    numbers (linear probing, at most half full): a few array reads a variant, as cheap as
    the dict nearly. Variants with one start slot stand in the order they were added, so
    the first entry holding the variant asked is the first word in priority order; an entry
    whose hash is shared by another variant is passed over (its word does not hold it)."""

    def __init__(self, words: Iterable[tuple[str, bool]]) -> None:
        """``words``: each word, in priority order, and whether it is ``long``."""
        ordered = list(dict.fromkeys(words))
        self.words = tuple(word for word, _ in ordered)
        self._long = bytes(long for _, long in ordered)
        self._hashes = array("q")
        self._numbers = array("i")
        for number, (word, long) in enumerate(ordered):
            variants = deletions(word) if long else (word,)
            self._hashes.extend(hash(variant) for variant in variants)
            self._numbers.extend([number] * len(variants))
        size = 1 << (2 * len(self._hashes)).bit_length()
        self._mask = size - 1
        self._slots = array("i", bytes(4 * size))  # entry + 1; 0 is an empty slot
        for entry, key in enumerate(self._hashes):
            at = key & self._mask
            while self._slots[at]:
                at = (at + 1) & self._mask
            self._slots[at] = entry + 1

    def __len__(self) -> int:
        return len(self.words)

    def get(self, variant: str) -> str | None:
        """The first word holding ``variant``, or None."""
        return self.first((variant,))

    def first(self, variants: Iterable[str]) -> str | None:
        """The first word holding the first of ``variants`` any word holds, or None: as
        :meth:`get` of each in turn (one call, the table's arrays looked up once)."""
        slots, mask, hashes, numbers = self._slots, self._mask, self._hashes, self._numbers
        for variant in variants:
            key = hash(variant)
            at = key & mask
            while entry := slots[at]:
                if hashes[entry - 1] == key:
                    number = numbers[entry - 1]
                    word = self.words[number]
                    if word == variant or (self._long[number] and _deleted(variant, word)):
                        return word
                at = (at + 1) & mask
        return None


def _deleted(variant: str, word: str) -> bool:
    """Whether ``variant`` is ``word`` with one letter left out."""
    return len(word) == len(variant) + 1 and any(
        word[:i] + word[i + 1 :] == variant for i in range(len(word))
    )


def typo_table(
    columns: Mapping[str, int], starts: Sequence[int], length: int, pair: str
) -> FirstHolder:
    """Each word term (no ``pair`` in it) of ``length`` letters or more, and each form of it
    with one letter left out, to the word term most examples hold (terms one letter shorter
    stand for themselves): a query word no example holds is read as the known word it is one
    letter from («selvmor», «kvlte»)."""
    held = {t: int(starts[c + 1] - starts[c]) for t, c in columns.items() if pair not in t}
    ordered = sorted(held, key=lambda t: (-held[t], t))
    return FirstHolder((t, len(t) >= length) for t in ordered if len(t) >= length - 1)


__all__ = ["Deletions", "FirstHolder", "deletions", "typo_table"]
