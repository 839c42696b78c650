"""BM25 over labelled example messages: the machinery the two nearest-example nets share.

The safety net (bot/safety_net.py) reads a message the danger rules leave quiet by its nearest
danger examples; the intent net (bot/intent_net.py) takes a second look at a confident answer
by the nearest examples of the questions staff ask. Both read a message the same way, built
once per knowledge load:

* **A word by its dictionary word, and words in order.** A word is read as its lemma where
  knowledge/language/lemma_forms.yaml has it («kvalte» as «kvele»), then stemmed; each pair of
  neighbouring words is a term too («tatt livet», «hvem kaller»), weighed ``BIGRAM_WEIGHT``.
* **Reflexive words and æøå.** Words no example is read by (understanding.yaml
  ``safety_net.reflexive``) are skipped; a stem typed with æøå that folds onto an everyday word
  (``safety_net.folds``) gets its own term (``FOLDED``).
* **Compact.** BM25 weights (bot/bm25.py, bm25s's numbers without bm25s) are kept as three
  flat arrays, one slice per term, not two small arrays per term: the word pairs make many
  terms, and per-term arrays cost megabytes.

Nothing of a message is kept: :meth:`ExampleIndex.scores` returns numbers per example.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from bot.bm25 import postings
from bot.text import fold, strip_mentions
from bot.understanding.normalise import stem

BIGRAM_WEIGHT = 0.15
"""A word pair's BM25 score counts this much: pairs are rare, so at full weight one shared
pair («har tatt») outweighed the words; 0.3 and more asked back on everyday talk."""
PAIR = "+"
"""Joins a word pair into one term (no stem holds it)."""
FOLDED = "^"
"""Marks a stem typed with æøå that folds onto an everyday word (understanding.yaml
``safety_net.folds``): «lår» is read apart from «lar»."""
NORWEGIAN = frozenset("æøå")
MAX_CHARS = 600
"""Only this much of a message is read (the examples' own limit): a pasted referat holds words
of every example."""


class TermReader:
    """How every example net reads a message into terms (module docstring). One reader may
    serve several nets on one knowledge load: the lemma table is kept once, and the last
    message's terms are remembered, so the safety net and the intent net read a turn once."""

    def __init__(
        self,
        dialect: Mapping[str, str] | None,
        reflexive: frozenset[str],
        lemmas: Mapping[str, str] | None = None,
        folds: frozenset[str] = frozenset(),
    ):
        self._dialect: Mapping[str, str] = dialect if dialect is not None else {}
        self._lemmas: Mapping[str, str] = lemmas if lemmas is not None else {}
        """Both read, never changed: a table the nets share is kept once."""
        self.reflexive = reflexive
        """Folded words no example is read by: «seg selv» carries no harm, its verb does. As
        terms, they made «klarer han seg selv hjemme?» look like «skader seg selv» (issue 11);
        understanding.yaml ``safety_net.reflexive``."""
        self.folds = frozenset(stem(sorted(folds)))
        """Stems that folding makes two words (understanding.yaml ``safety_net.folds``)."""
        self._last: tuple[str, tuple[str, ...]] = ("", ())
        """The last message read and its terms (never logged; replaced by the next one)."""

    def words(self, text: str) -> list[str]:
        """The message's words as :meth:`terms` reads them, before lemma and stem (folded,
        dialect read): what an everyday idiom the danger rules read is matched against."""
        return [
            self._dialect.get(word, word)
            for token in strip_mentions(text).lower().split()
            for word in fold(token).split()
            if len(word) > 1 and word not in self.reflexive
        ]

    def terms(self, text: str) -> tuple[str, ...]:
        """The message's stemmed words (each read as its lemma where the table has it), then
        each pair of neighbouring ones. A word typed with æøå whose stem is one of ``folds``
        gets its own term (``FOLDED``): «låret» is not «lar» (lets)."""
        last, read_then = self._last
        if text == last and text:
            return read_then
        words: list[str] = []
        typed: list[bool] = []
        for token in strip_mentions(text).lower().split():
            special = "aa" in token or any(c in NORWEGIAN for c in token)  # «laaret» is «låret»
            for word in fold(token).split():
                if len(word) > 1 and word not in self.reflexive:
                    words.append(word)
                    typed.append(special)
        read = (self._dialect.get(w, w) for w in words)
        stems = stem(self._lemmas.get(w, w) for w in read)
        if self.folds:
            stems = [
                f"{s}{FOLDED}" if special and s in self.folds else s
                for s, special in zip(stems, typed, strict=True)
            ]
        found = (*stems, *(f"{a}{PAIR}{b}" for a, b in pairwise(stems)))
        self._last = (text, found)
        return found


class ExampleIndex:
    """BM25 over example texts, read as :meth:`terms` reads them; build once per load."""

    def __init__(
        self,
        texts: Iterable[str],
        reader: TermReader,
        *,
        pairs: bool = True,
        pair_examples: int = 1,
    ):
        self.reader = reader
        self.pairs = pairs
        """Whether each pair of neighbouring words is a term too."""
        texts = list(texts)
        self._own = np.array([hash(fold(t)) for t in texts], dtype=np.int64)
        """A hash of each example's folded text: leave-one-out finds an item's own text by
        it (a hash, not the text: the eval's figure needs no copy of every example)."""
        corpus = [[sys.intern(term) for term in self.terms(t)] or ["_"] for t in texts]
        # One flat run of documents and weights for all terms, each term's slice found by its
        # column: the word pairs make many terms, and an array per term cost megabytes of
        # headers. The sums stay numpy's: a Python loop over a common word's 900 examples
        # made a look-up four times slower.
        starts: list[int] = [0]
        docs: list[int] = []
        weights: list[float] = []
        self._columns: dict[str, int] = {}
        for term, (held, scores) in postings(corpus).items():
            if PAIR in term and len(held) < pair_examples:
                continue  # a pair only this many examples hold is not kept (memory)
            self._columns[term] = len(self._columns)
            docs.extend(held)
            weights.extend([w * BIGRAM_WEIGHT for w in scores] if PAIR in term else scores)
            starts.append(len(docs))
        self._starts = np.asarray(starts, dtype=np.int64)
        self._docs = np.asarray(docs, dtype=np.int32)
        self._weights = np.asarray(weights, dtype=np.float64)
        self.count = len(texts)

    @property
    def reflexive(self) -> frozenset[str]:
        return self.reader.reflexive

    @property
    def folds(self) -> frozenset[str]:
        return self.reader.folds

    def terms(self, text: str) -> list[str]:
        """The message's terms as :class:`TermReader` reads them (word pairs if ``pairs``)."""
        found = self.reader.terms(text)
        return list(found) if self.pairs else [t for t in found if PAIR not in t]

    def scores(self, text: str) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64], int]:
        """Per example, its BM25 score for ``text`` (its first ``MAX_CHARS``) and how many of
        the message's words (not word pairs) it holds; and how many words the message has."""
        query = list(dict.fromkeys(self.terms(text[:MAX_CHARS])))
        words = sum(PAIR not in term for term in query)
        docs: list[npt.NDArray[np.int32]] = []
        weights: list[npt.NDArray[np.float64]] = []
        held: list[npt.NDArray[np.int32]] = []
        for term in query:
            column = self._columns.get(term)
            if column is not None:  # one column per term: its documents are distinct
                start, end = self._starts[column], self._starts[column + 1]
                docs.append(self._docs[start:end])
                weights.append(self._weights[start:end])
                if PAIR not in term:
                    held.append(self._docs[start:end])
        if not docs:
            return np.zeros(self.count), np.zeros(self.count, dtype=np.int64), words
        # One sum over every column at once; each example's terms add up in the query's order,
        # as one addition per term would.
        every = np.concatenate(docs)
        totals = np.bincount(every, np.concatenate(weights), minlength=self.count)
        matched = np.zeros(self.count, dtype=np.int64)
        if held:
            matched += np.bincount(np.concatenate(held), minlength=self.count)
        return totals.astype(np.float64, copy=False), matched, words

    def leave_out(self, totals: npt.NDArray[np.float64], text: str) -> None:
        """For the eval's leave-one-out figures only: no example with ``text``'s own words
        counts (the examples are the dev rounds' items; an item would find itself)."""
        totals[self._own == hash(fold(text[:MAX_CHARS]))] = 0.0


def top(totals: npt.NDArray[np.float64], count: int) -> list[int]:
    """The ``count`` best-scoring examples above 0, best first, ties by file order — what a
    stable sort of every score gives, without sorting all of them (a partition finds the
    cut, then only the examples at or above it are sorted). Only the examples that share a
    word with the message are partitioned: for a short message a few hundred of thousands."""
    candidates = np.flatnonzero(totals > 0)
    if len(candidates) > count:
        scored = totals[candidates]
        cut = float(np.partition(scored, len(scored) - count)[len(scored) - count])
        candidates = candidates[scored >= cut]
    ranked = sorted(candidates.tolist(), key=lambda d: (-totals[d], d))
    return ranked[:count]


__all__ = ["BIGRAM_WEIGHT", "MAX_CHARS", "PAIR", "ExampleIndex", "TermReader", "top"]
