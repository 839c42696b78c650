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
* **Cheap to build.** The examples are read with each distinct token folded and each word
  stemmed once, and weighed in numpy (the same numbers bit for bit, tests/test_example_index.py):
  per posting in Python the two nets' build took 0.6 s of CPU and 26 MB of temporary objects
  at every start and reload (session 19: 0.2 s; the process keeps such a peak as RSS).

Nothing of a message is kept: :meth:`ExampleIndex.scores` returns numbers per example.
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from bot.bm25 import K1, B
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
            kept, special = self._token(token)
            words.extend(kept)
            typed.extend([special] * len(kept))
        read = (self._dialect.get(w, w) for w in words)
        found = self._found(stem(self._lemmas.get(w, w) for w in read), typed)
        self._last = (text, found)
        return found

    def read_all(self, texts: Iterable[str]) -> Iterator[tuple[str, ...]]:
        """Each text's terms as :meth:`terms` reads it, for building an index: each distinct
        token is folded and each distinct word stemmed once (the examples repeat most of
        theirs; folding every token of 8,000 examples was half an index's build), and one
        text's terms are made when the index asks for them (all of them at once were most
        of a build's peak memory). The tables hold the examples' words only."""
        tokens: dict[str, tuple[tuple[str, ...], bool]] = {}
        read: list[tuple[list[str], list[bool]]] = []
        for text in texts:
            words: list[str] = []
            typed: list[bool] = []
            for token in strip_mentions(text).lower().split():
                found = tokens.get(token)
                if found is None:
                    found = tokens[token] = self._token(token)
                words.extend(found[0])
                typed.extend([found[1]] * len(found[0]))
            read.append((words, typed))
        new = list({w: None for words, _ in read for w in words})
        lemmas = (self._lemmas.get(w, w) for w in (self._dialect.get(w, w) for w in new))
        stems = dict(zip(new, stem(lemmas), strict=True))
        for words, typed in read:
            yield self._found([stems[w] for w in words], typed)

    def _token(self, token: str) -> tuple[tuple[str, ...], bool]:
        """A lower-cased token's words the reader keeps, and whether it was typed with æøå.
        A token of ASCII letters and digits alone folds to itself less its «aa»: most of a
        message's tokens are read without :func:`fold` (half of the reader's time)."""
        # «laaret» is «låret»; æøå are not ASCII, so an ASCII token is looked at no further
        special = "aa" in token or (not token.isascii() and not NORWEGIAN.isdisjoint(token))
        reflexive = self.reflexive
        if token.isascii() and token.isalnum():  # [a-z0-9] only: fold would drop nothing
            word = token.replace("aa", "a") if special else token
            return ((word,) if len(word) > 1 and word not in reflexive else ()), special
        return tuple([w for w in fold(token).split() if len(w) > 1 and w not in reflexive]), special

    def _found(self, stems: list[str], typed: list[bool]) -> tuple[str, ...]:
        """The terms of a message's stems: each stem (marked ``FOLDED`` where ``folds`` says),
        then each pair of neighbouring ones."""
        if self.folds:
            stems = [
                f"{s}{FOLDED}" if special and s in self.folds else s
                for s, special in zip(stems, typed, strict=True)
            ]
        return (*stems, *(f"{a}{PAIR}{b}" for a, b in pairwise(stems)))


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
        self._texts = tuple(texts)
        """The examples' texts (the examples file's own strings, not copies): leave-one-out
        finds an item's own text among them."""
        read = reader.read_all(self._texts)
        corpus = ((d if pairs else [t for t in d if PAIR not in t]) or ("_",) for d in read)
        self._columns, self._starts, self._docs, self._weights = _flat(corpus, pair_examples)
        self._own: npt.NDArray[np.int64] | None = None
        self.count = len(self._texts)

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

    def scores(self, text: str) -> tuple[npt.NDArray[np.float64], Held, int]:
        """Per example, its BM25 score for ``text`` (its first ``MAX_CHARS``) and how many of
        the message's words (not word pairs) it holds; and how many words the message has.

        One ``bincount`` over the message's columns at once; each example's terms add up in
        the query's order, as one addition per term would. The words held are counted only
        for the examples a caller asks about (:class:`Held`): most turns ask of one or none,
        and a second ``bincount`` over every example was a fifth of the look-up."""
        columns, starts, docs, weights = self._columns, self._starts, self._docs, self._weights
        runs: list[npt.NDArray[np.signedinteger[Any]]] = []
        scored: list[npt.NDArray[np.float64]] = []
        of_words: list[npt.NDArray[np.signedinteger[Any]]] = []
        words = 0
        for term in dict.fromkeys(self.terms(text[:MAX_CHARS])):
            word = PAIR not in term
            words += word
            column = columns.get(term)
            if column is not None:  # one column per term: its documents are distinct
                start, end = starts[column], starts[column + 1]
                run = docs[start:end]
                runs.append(run)
                scored.append(weights[start:end])
                if word:
                    of_words.append(run)
        if not runs:
            return np.zeros(self.count), Held(of_words), words
        every = np.concatenate(runs)
        totals = np.bincount(every, np.concatenate(scored), minlength=self.count)  # doubles
        return cast("npt.NDArray[np.float64]", totals), Held(of_words), words

    def postings(self, term: str) -> tuple[list[int], list[float]]:
        """The examples holding ``term`` (ascending) and its weight in each, as :meth:`scores`
        adds it; none for a term the index does not keep."""
        column = self._columns.get(term)
        if column is None:
            return [], []
        start, end = self._starts[column], self._starts[column + 1]
        return self._docs[start:end].tolist(), self._weights[start:end].tolist()

    def leave_out(self, totals: npt.NDArray[np.float64], text: str) -> None:
        """For the eval's leave-one-out figures only: no example with ``text``'s own words
        counts (the examples are the dev rounds' items; an item would find itself)."""
        if self._own is None:  # the eval's alone: not built with the index
            self._own = np.array([hash(fold(t)) for t in self._texts], dtype=np.int64)
        totals[self._own == hash(fold(text[:MAX_CHARS]))] = 0.0


class Held:
    """How many of a message's words each example holds, counted for the examples asked
    about (``held[example]``): a caller asks of the nearest one or two, or of none when the
    scores already decide."""

    __slots__ = ("_every", "_words")

    def __init__(self, words: list[npt.NDArray[np.signedinteger[Any]]]):
        self._words = words
        """Each of the message's words' examples (distinct per word): views of the index."""
        self._every: npt.NDArray[np.signedinteger[Any]] | None = None

    def __getitem__(self, example: int) -> int:
        if self._every is None:
            self._every = np.concatenate(self._words) if self._words else np.zeros(0, np.int16)
        return int(np.count_nonzero(self._every == example))

    def all(self, count: int) -> npt.NDArray[np.int64]:
        """Every one of ``count`` examples' count at once (tests)."""
        every = np.concatenate(self._words) if self._words else np.zeros(0, np.int64)
        return np.bincount(every, minlength=count).astype(np.int64, copy=False)


def _flat(
    corpus: Iterable[Sequence[str]], pair_examples: int
) -> tuple[dict[str, int], array[int], npt.NDArray[np.signedinteger[Any]], npt.NDArray[np.float64]]:
    """The index's arrays: term → column, each column's start in the flat run (and the run's
    end last), the examples holding each term (ascending, 16-bit while there are fewer than
    32,768 examples) and its BM25 weight in each as a look-up adds it: bm25s's float32 as a
    double, a word pair's times ``BIGRAM_WEIGHT`` (stored weighed, a look-up converts and
    multiplies nothing); a pair fewer than ``pair_examples`` examples hold left out (memory).

    bot/bm25.py's numbers bit for bit (tests/test_example_index.py), worked in numpy rather
    than per posting in Python: its Python floats and tuples were most of the build's time
    and the bulk of its peak memory, which the process kept as RSS after the build."""
    ids: dict[str, int] = {}
    flat: list[int] = []
    lengths: list[int] = []
    for doc in corpus:  # one example's terms at a time: only their ids are kept
        flat.extend([ids.setdefault(term, len(ids)) for term in doc])
        lengths.append(len(doc))
    size = len(lengths)
    if not size:
        return {}, array("i", [0]), np.zeros(0, dtype=np.int16), np.zeros(0, dtype=np.float64)
    average = sum(lengths) / size  # as bm25.postings: an exact sum, one division
    norms = np.array([K1 * ((1 - B) + B * length / average) for length in lengths])
    doc_of = np.repeat(np.arange(size, dtype=np.int64), lengths)
    keys, counts = np.unique(np.asarray(flat, dtype=np.int64) * size + doc_of, return_counts=True)
    term_of, doc_of = np.divmod(keys, size)  # by term (first seen first), then example
    held = np.bincount(term_of, minlength=len(ids))
    idf = {n: math.log(1 + (size - n + 0.5) / (n + 0.5)) for n in set(held.tolist())}
    idfs = np.array([idf[n] for n in held.tolist()], dtype=np.float32).astype(np.float64)
    tf = counts.astype(np.float64)
    weights = (idfs[term_of] * (tf / (norms[doc_of] + tf))).astype(np.float32)
    terms = list(ids)
    pair = np.fromiter((PAIR in term for term in terms), dtype=bool, count=len(terms))
    kept = ~(pair & (held < pair_examples)) & np.fromiter(map(bool, terms), dtype=bool)
    posting_kept = kept[term_of]
    starts = array("i", [0])  # indexed a term at a time: Python ints, not numpy scalars
    starts.extend(np.cumsum(held[kept]).tolist())
    # Interned: the two nets read by one reader share most terms, and their keys once.
    kept_terms = (sys.intern(t) for t, k in zip(terms, kept.tolist(), strict=True) if k)
    columns = {t: c for c, t in enumerate(kept_terms)}
    examples = np.int16 if size < 2**15 else np.int32
    weighed = weights[posting_kept].astype(np.float64)  # bm25s's float32, exactly
    weighed[pair[term_of][posting_kept]] *= BIGRAM_WEIGHT
    return columns, starts, doc_of[posting_kept].astype(examples), weighed


def top(totals: npt.NDArray[np.float64], count: int) -> list[int]:
    """The ``count`` best-scoring examples above 0, best first, ties by file order — what a
    stable sort of every score gives, without sorting: ``argmax`` finds the first of the
    best, which is then set aside, ``count`` times over a copy. A partition of the examples
    above 0 took longer than the five passes (finding which examples share a word with the
    message, and partitioning a few thousand of them, cost ~20 µs; five passes ~8 µs).
    tests/test_safety_net.py holds it to the stable sort, ties and zeros included."""
    left = totals.copy()
    found: list[int] = []
    for _ in range(min(count, len(left))):
        best = int(left.argmax())
        if left[best] <= 0:
            break
        found.append(best)
        left[best] = -np.inf
    return found


__all__ = ["BIGRAM_WEIGHT", "MAX_CHARS", "PAIR", "ExampleIndex", "Held", "TermReader", "top"]
