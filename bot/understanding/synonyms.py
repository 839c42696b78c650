"""Synonyms read into a question: what staff say, followed by what the knowledge calls it.

Compiled once from ``knowledge/language/synonyms.yaml`` (bot/knowledge/synonyms.py). A
``said`` phrase is found by the Snowball stems of its words, so «dropper ut», «droppe ut» and
«droppet ut» are one entry; the ``means`` words are added right after it (the question's own
words stay), so retrieval, the group and level names and the cues all see both.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.knowledge.synonyms import SynonymsFile
from bot.text import fold
from bot.understanding.normalise import stem


class Synonyms:
    """The said phrases by their first stem; :meth:`expand` is a dictionary look-up a word."""

    def __init__(self, file: SynonymsFile | None) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        said_words: set[str] = set()
        for entry in file.synonyms if file is not None else ():
            means = tuple(fold(entry.means).split())
            for said in entry.said:
                said_words.update(fold(said).split())
                stems = tuple(stem(fold(said).split()))
                if stems:
                    self._by_first.setdefault(stems[0], []).append((stems, means))
        for phrases in self._by_first.values():
            phrases.sort(key=lambda p: -len(p[0]))  # the longest said phrase first
        self._next: dict[str, frozenset[str] | None] = {
            first: None if any(len(s) == 1 for s, _ in said) else frozenset(s[1] for s, _ in said)
            for first, said in self._by_first.items()
        }
        """Per first stem, the stems its phrases go on with (None: one of them is that stem
        alone): a first stem the next one does not continue is passed («i» opens phrases,
        «i morgen» none)."""
        self.words = frozenset(said_words)
        """Every word of a said phrase: known words, never a typo or a strange word."""
        self.stems = frozenset(stem(sorted(said_words)))
        """Their stems: a question's word with one is said for something the plan says
        («droppe ut» for «frafall»; understanding/generic_match.py)."""

    def _may_open(self, stems: Sequence[str]) -> bool:
        """Whether a phrase may open at a stem: it opens one and the next goes on with one."""
        after = self._next
        return any(
            first in after and ((on := after[first]) is None or nxt in on)
            for first, nxt in zip(stems, (*stems[1:], ""), strict=True)
        )

    def expand(self, words: Sequence[str]) -> tuple[list[str], frozenset[int]]:
        """``words`` with each said phrase followed by what it means (when not there yet),
        and the positions of the words added: they are read and searched, never shown."""
        if not self._by_first:
            return list(words), frozenset()
        stems = stem(words)
        by_first = self._by_first
        if by_first.keys().isdisjoint(stems) or not self._may_open(stems):
            return list(words), frozenset()  # most messages: no phrase opens in them
        out: list[str] = []
        added: list[int] = []
        i = 0
        while i < len(words):
            found = None
            for said, means in by_first.get(stems[i], ()):  # most words start none
                if tuple(stems[i : i + len(said)]) == said:
                    found = len(said), means
                    break
            if found is None:
                out.append(words[i])
                i += 1
                continue
            length, means = found
            out += words[i : i + length]
            if not set(means) <= set(words):
                added += range(len(out), len(out) + len(means))
                out += means
            i += length
        return out, frozenset(added)
