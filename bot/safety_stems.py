"""The danger check's prefix stems one typo from a word's start, found by two dict look-ups a
stem length instead of three OSA calls a stem of the word's initial.

A stem of L letters is one edit (a letter changed, dropped, added, or two swapped) from the
start of a word when the word's first L-1, L or L+1 letters are within OSA distance one of it
(bot/safety_match.py ``Atoms._typos``). Cut the stem after its first half, ``m = L // 2``
letters. The one edit either lies at or after ``m`` — then the word starts with the stem's
half — or before it — then everything from ``m + 1`` on is untouched, only shifted by the
letter dropped or added: the stem's rest is the word's letters ``m + 1 + shift`` to
``L + shift`` for a shift of -1, 0 or 1 (a swap of letters ``m - 1`` and ``m`` ends before
``m + 1`` too). So every such stem is under its half or under its rest in one of the two
tables, and each candidate found is confirmed with the very OSA test: the stems found are
exactly those the scan of every stem found.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA


def one_typo_from_start(word: str, stem: str) -> bool:
    """Whether ``stem`` is within one edit or swap of the word's first L-1, L or L+1 letters
    (L the stem's length; a word shorter than L-1 letters has no such start)."""
    length = len(stem)
    return len(word) >= length - 1 and (
        OSA.distance(word[:length], stem, score_cutoff=1) <= 1
        or OSA.distance(word[: length + 1], stem, score_cutoff=1) <= 1
        or OSA.distance(word[: length - 1], stem, score_cutoff=1) <= 1
    )


_Table = dict[str, list[str]]
"""Stems of one initial and length by their half, or by their rest."""


class StemIndex:
    """Stems by their first half and by their rest (see the module docstring)."""

    def __init__(self, stems: Iterable[str]) -> None:
        tables: dict[str, dict[int, tuple[_Table, _Table]]] = {}
        for stem in sorted(set(stems)):
            size, half = len(stem), len(stem) // 2
            halves, rests = tables.setdefault(stem[0], {}).setdefault(size, ({}, {}))
            halves.setdefault(stem[:half], []).append(stem)
            rests.setdefault(stem[half + 1 :], []).append(stem)
        self._tables = {
            initial: tuple((size, size // 2, *by_size[size]) for size in sorted(by_size))
            for initial, by_size in tables.items()
        }
        """Per initial and stem length (ascending): the half's length and the two tables."""

    def near(self, word: str) -> list[str]:
        """The stems of ``word``'s initial one edit or swap from its start, in sorted order."""
        candidates: set[str] = set()
        for size, half, halves, rests in self._tables.get(word[:1], ()):
            if len(word) < size - 1:
                break  # longer stems only from here
            candidates.update(halves.get(word[:half], ()))
            for shift in (-1, 0, 1):
                candidates.update(rests.get(word[half + 1 + shift : size + shift], ()))
        return sorted(stem for stem in candidates if one_typo_from_start(word, stem))


__all__ = ["StemIndex", "one_typo_from_start"]
