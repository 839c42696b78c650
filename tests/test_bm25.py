"""bot/bm25.py gives bm25s's weights bit for bit: on the bundled knowledge's indexes, on the
safety net's examples and on random corpora. bm25s is a dev dependency for this check only."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from bot.bm25 import Postings, postings
from bot.knowledge.index import KnowledgeBase
from bot.understanding.retrieval import _documents, _with_heads, _with_topics, terms

bm25s = pytest.importorskip("bm25s")


def _bm25s(corpus: Sequence[Sequence[str]]) -> Postings:
    retriever = bm25s.BM25()
    retriever.index([list(doc) for doc in corpus], show_progress=False)
    scores = retriever.scores
    indptr = scores["indptr"].tolist()
    docs, data = scores["indices"].tolist(), scores["data"].tolist()
    found: Postings = {}
    for term, column in retriever.vocab_dict.items():
        if not term or column + 1 >= len(indptr):
            continue  # bm25s keeps an empty token without a column
        start, end = indptr[column], indptr[column + 1]
        found[term] = (tuple(docs[start:end]), tuple(data[start:end]))
    return found


def test_random_corpora_weigh_as_bm25s() -> None:
    rng = random.Random(25)
    for _ in range(200):
        words = [f"w{i}" for i in range(rng.randint(1, 60))]
        corpus = [
            [rng.choice(words) for _ in range(rng.randint(1, 40))]
            for _ in range(rng.randint(1, 80))
        ]
        assert postings(corpus) == _bm25s(corpus)


def test_the_knowledge_search_weighs_as_bm25s(kb: KnowledgeBase) -> None:
    for index in kb.kommuner.values():
        docs = _documents(index, kb.national)
        corpus = _with_heads([terms(words) or ["_"] for _, words in docs])
        corpus = _with_topics(tuple(d for d, _ in docs), corpus)
        assert postings(corpus) == _bm25s(corpus)


def test_the_safety_net_weighs_as_bm25s(kb: KnowledgeBase) -> None:
    from bot.compiled import Compiled

    net = Compiled.of(kb).net
    examples = kb.language.danger_examples
    assert net is not None and examples is not None
    corpus = [net._terms(e.text) or ["_"] for e in examples.examples]
    assert postings(corpus) == _bm25s(corpus)


def test_an_empty_corpus_has_no_postings() -> None:
    assert postings([]) == {}
