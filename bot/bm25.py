"""BM25 weights as bm25s computes them, in plain Python: no numpy in the service.

The knowledge search (bot/understanding/retrieval.py) and the safety net (bot/safety_net.py)
read each term's weight per document once, when knowledge is loaded, and score a message by
adding weights. bm25s did that sum's groundwork, but importing it (and numpy with it) cost
the service 19 MB of RSS and building one index per kommune 4 ms. This module gives the same
numbers bit for bit — bm25s's defaults: Lucene's idf, ``k1`` 1.5, ``b`` 0.75, weights stored
as float32 — which tests/test_bm25.py checks against bm25s itself on the bundled knowledge.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

K1 = 1.5
B = 0.75

Postings = dict[str, tuple[tuple[int, ...], tuple[float, ...]]]
"""Term → the documents holding it (ascending) and its weight in each."""


def postings(corpus: Sequence[Sequence[str]]) -> Postings:
    """Each term's documents and BM25 weights over ``corpus`` (one list of terms a document).

    bm25s's arithmetic, step by step: the idf is a double rounded to float32; the term
    frequency part is worked in doubles (its length norm is a numpy double, which makes
    numpy work the whole expression in doubles); their product is rounded to float32. The
    empty term gets no postings (bm25s keeps it for empty queries), as the callers skipped it.
    """
    if not corpus:
        return {}
    average = sum(map(len, corpus)) / len(corpus)  # numpy's mean of ints: exact sum, one division
    norms = [K1 * ((1 - B) + B * len(doc) / average) for doc in corpus]
    held: dict[str, list[int]] = {}  # term → its documents, ascending
    counts: dict[str, list[int]] = {}  # … and how often each holds it
    for number, doc in enumerate(corpus):
        for term, tf in Counter(doc).items():
            if term in held:
                held[term].append(number)
                counts[term].append(tf)
            else:
                held[term], counts[term] = [number], [tf]
    size = len(corpus)
    idfs = _float32([math.log(1 + (size - len(d) + 0.5) / (len(d) + 0.5)) for d in held.values()])
    raw = [
        idf * (tf / (norms[number] + tf))
        for idf, docs, tfs in zip(idfs, held.values(), counts.values(), strict=True)
        for number, tf in zip(docs, tfs, strict=True)
    ]
    weights = _float32(raw)  # all terms' at once: one array, not one a term
    found: Postings = {}
    at = 0
    for term, docs in held.items():
        if term:
            found[term] = (tuple(docs), tuple(weights[at : at + len(docs)]))
        at += len(docs)
    return found


def _float32(values: Iterable[float]) -> list[float]:
    """Each double rounded to the nearest float32 (as numpy stores it), back as a double."""
    return array("f", values).tolist()


__all__ = ["K1", "B", "Postings", "postings"]
