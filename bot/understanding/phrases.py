"""Phrases found as whole words in a spaced message (« hvem er slt koordinator »).

The reader looks for several lists of phrases — 546 cues, the coordinator's and the «where»
cues, the routines' phrases — with ``f" {phrase} " in joined``. A phrase can only be there
where its first two words stand side by side, so each list is indexed by its phrases' first
two words (the first alone for one-word phrases) and a message tries only the phrases its
own words and word pairs start. What is found, and in which order, is what trying every
phrase would find: each candidate is still confirmed with ``in``.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import pairwise

from bot.text import TURN_TEXTS


@lru_cache(maxsize=TURN_TEXTS)
def starts_in(joined: str) -> frozenset[str]:
    """The words of a spaced message and each pair of neighbouring words («hvem er»).

    A turn asks this of the same spaced message up to seven times (the reader, then each
    phrase list's ``found``/``any_in`` without ``starts``): the last few are kept (bot/
    text.py ``TURN_TEXTS``), frozen, so a caller cannot change what the next one is given."""
    tokens = joined.split(" ")
    return frozenset((*tokens, *map(" ".join, pairwise(tokens))))


class SpacedPhrases:
    """A list of phrases, looked for in messages joined as ``f" {' '.join(words)} "``."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(phrases)
        self.spaced = tuple(f" {phrase} " for phrase in self.phrases)
        by_start: dict[str, list[int]] = {}
        for position, phrase in enumerate(self.phrases):
            by_start.setdefault(" ".join(phrase.split(" ")[:2]), []).append(position)
        self._by_start = {start: tuple(positions) for start, positions in by_start.items()}

    def found(self, joined: str, starts: AbstractSet[str] | None = None) -> list[int]:
        """The positions of the phrases ``joined`` holds, in list order (``starts``:
        :func:`starts_in` of ``joined``, when the caller has it)."""
        by_start = self._by_start
        words = starts_in(joined) if starts is None else starts
        shared = by_start.keys() & words  # a set operation in C, not a test per word
        if not shared:
            return []
        if len(shared) == 1:
            candidates: Iterable[int] = by_start[shared.pop()]  # in list order already
        else:
            candidates = sorted(p for w in shared for p in by_start[w])
        spaced = self.spaced
        return [p for p in candidates if spaced[p] in joined]

    def longest(self, joined: str, starts: AbstractSet[str] | None = None) -> int | None:
        """The position of the longest phrase ``joined`` holds (of equally long, the first)."""
        best: int | None = None
        for position in self.found(joined, starts):
            if best is None or len(self.phrases[position]) > len(self.phrases[best]):
                best = position
        return best

    def any_in(self, joined: str, starts: AbstractSet[str] | None = None) -> bool:
        """Whether ``joined`` holds any of the phrases."""
        by_start = self._by_start
        words = starts_in(joined) if starts is None else starts
        spaced = self.spaced
        return any(spaced[p] in joined for w in by_start.keys() & words for p in by_start[w])


@lru_cache(maxsize=256)
def spaced_phrases(phrases: tuple[str, ...] | frozenset[str]) -> SpacedPhrases:
    """The indexed :class:`SpacedPhrases` of a list the lexicon holds (a set: in sorted
    order), built once: the callers that tried every phrase with ``f" {phrase} " in joined``
    built each spaced phrase again at every message (143 contact cues on the way to the
    fallback). Keyed by the phrases themselves (a frozenset keeps its hash)."""
    return SpacedPhrases(sorted(phrases) if isinstance(phrases, frozenset) else phrases)


__all__ = ["SpacedPhrases", "spaced_phrases", "starts_in"]
