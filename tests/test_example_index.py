"""bot/example_index.py's storage gives the numbers the plain reading of it gives, bit for bit:
the flat arrays hold bot/bm25.py's weights (a word pair's weighed, the rare pairs left out), a
build reads each example as a message is read, and a message's scores are the sum, term by term
in the message's order, of those weights. The nets decide on these numbers alone, so a faster
index that passes here changes no decision (session 19 made the build numpy's and the look-up
one gather; python -m tests.eval and every corpus message gave the same replies and findings)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import numpy.typing as npt
import pytest

from bot.bm25 import postings
from bot.compiled import Compiled
from bot.example_index import BIGRAM_WEIGHT, PAIR, ExampleIndex, TermReader, _flat
from bot.knowledge.index import KnowledgeBase
from bot.text import fold


def _reference(
    corpus: Sequence[Sequence[str]], pair_examples: int
) -> dict[str, tuple[list[int], list[float]]]:
    """Each kept term's examples and weights, from bot/bm25.py a posting at a time."""
    kept: dict[str, tuple[list[int], list[float]]] = {}
    for term, (held, weights) in postings(corpus).items():
        if PAIR in term and len(held) < pair_examples:
            continue
        scale = BIGRAM_WEIGHT if PAIR in term else 1.0
        kept[term] = (list(held), [w * scale if PAIR in term else w for w in weights])
    return kept


def _stored(index: ExampleIndex) -> dict[str, tuple[list[int], list[float]]]:
    return {term: index.postings(term) for term in index._columns}


def _flat_as_dict(
    corpus: Sequence[Sequence[str]], pair_examples: int
) -> dict[str, tuple[list[int], list[float]]]:
    columns, starts, docs, weights = _flat(corpus, pair_examples)
    assert list(columns.values()) == list(range(len(columns)))  # columns in term order
    assert len(starts) == len(columns) + 1 and starts[-1] == len(docs) == len(weights)
    return {
        term: (
            docs[starts[c] : starts[c + 1]].tolist(),
            weights[starts[c] : starts[c + 1]].tolist(),
        )
        for term, c in columns.items()
    }


def test_random_corpora_are_stored_with_bm25s_weights() -> None:
    rng = random.Random(19)
    for _ in range(200):
        words = [f"w{i}" for i in range(rng.randint(1, 40))]
        words += [f"{a}{PAIR}{b}" for a, b in pairwise(words)][:20]
        corpus = [
            [rng.choice(words) for _ in range(rng.randint(1, 30))]
            for _ in range(rng.randint(1, 60))
        ]
        for pair_examples in (1, 2, 3):
            assert _flat_as_dict(corpus, pair_examples) == _reference(corpus, pair_examples)


def test_an_empty_corpus_has_no_terms() -> None:
    assert _flat_as_dict([], 1) == {}


@pytest.fixture(scope="module")
def nets(kb: KnowledgeBase) -> list[ExampleIndex]:
    compiled = Compiled.of(kb)
    assert compiled.net is not None and compiled.intents is not None
    return [compiled.net, compiled.intents]


def test_the_nets_store_bm25s_weights_for_their_examples(nets: list[ExampleIndex]) -> None:
    for index, pair_examples in zip(nets, (1, 2), strict=True):
        corpus = [index.terms(text) or ["_"] for text in index._texts]
        assert _stored(index) == _reference(corpus, pair_examples)


def test_a_build_reads_each_example_as_a_message_is_read(nets: list[ExampleIndex]) -> None:
    reader = nets[0].reader
    texts = [
        *nets[0]._texts[:400],
        *nets[1]._texts[:400],
        "Låret er blått, LAARET også – seg selv",
        "<at>SLT-boten</at> hvem kaller inn?",
        "",
        "a b",
    ]
    fresh = TermReader(reader._dialect, reader.reflexive, reader._lemmas)
    fresh.folds = reader.folds
    assert list(fresh.read_all(texts)) == [reader.terms(t) for t in texts]


def _folded_token(reader: TermReader, token: str) -> tuple[tuple[str, ...], bool]:
    """A token's words as the reader kept them before its ASCII shortcut: always folded."""
    special = "aa" in token or (not token.isascii() and not set("æøå").isdisjoint(token))
    kept = tuple(w for w in fold(token).split() if len(w) > 1 and w not in reader.reflexive)
    return kept, special


def test_a_token_of_ascii_letters_and_digits_reads_as_folded(nets: list[ExampleIndex]) -> None:
    """``TermReader._token`` reads a token of [a-z0-9] without :func:`fold`: the same words
    and the same æøå mark as folding it, on every token of the nets' examples and on made-up
    ones (the old spelling's «aa», reflexive words, one letter, digits, signs, æøå)."""
    reader = nets[0].reader
    made_up = [
        "laaret", "aaa", "aaaa", "baade", "seg", "selv", "a", "b2", "12", "1", "x",
        "slt-gruppa?", "hvem,", "mo", "møte", "blåse", "café", "naïv", "ok!", "tre.",
        "", "aa", "baa", "«hei»", "2024", "10a", "kl.12",
    ]  # fmt: skip
    rng = random.Random(76)
    alphabet = "abcdeæøåaa019-.,?!é "
    made_up += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(3000)
    ]
    tokens = {t for index in nets for text in index._texts for t in text.lower().split()}
    for token in sorted(tokens) + [t.lower() for t in made_up if " " not in t.lower()]:
        assert reader._token(token) == _folded_token(reader, token), token


def _reference_scores(
    index: ExampleIndex, text: str
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64], int]:
    """Per example, its weights added term by term in the message's order (the sum the nets
    always made), and how many of the message's words it holds."""
    stored = _stored(index)
    query = list(dict.fromkeys(index.terms(text[:600])))
    totals = np.zeros(index.count)
    matched = np.zeros(index.count, dtype=np.int64)
    for term in query:
        for doc, weight in zip(*stored.get(term, ([], [])), strict=True):
            totals[doc] += weight
            matched[doc] += PAIR not in term
    return totals, matched, sum(PAIR not in term for term in query)


@pytest.mark.parametrize(
    "text",
    [
        "jeg er helsesykepleier og tror en jente blir slått hjemme, hva gjør jeg",
        "hvem sitter i politirådet?",
        "hvem kaller inn til koordineringsgruppa",
        "han har tatt livet av seg sier de",
        "Fotballtrener her: en gutt på laget sier stefaren slår ham",
        "ok",
        "xyzzy plugh",
        "",
    ],
)
def test_a_messages_scores_are_its_terms_weights_added_in_order(
    text: str, nets: list[ExampleIndex]
) -> None:
    for index in nets:
        totals, matched, words = index.scores(text)
        expected, held, count = _reference_scores(index, text)
        assert totals.dtype == np.float64 and len(totals) == index.count
        assert totals.tobytes() == expected.tobytes()
        assert matched.all(index.count).tolist() == held.tolist() and words == count
        for example in {int(np.argmax(totals)), *np.flatnonzero(held)[:50].tolist(), 0}:
            assert matched[example] == held[example]


def test_terms_in_any_order_are_added_in_that_order(
    nets: list[ExampleIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader gives a message's words before its word pairs, and a look-up counts on it;
    a reader that did not would still be scored term by term in its order."""
    index = nets[0]
    text = "han har tatt livet av seg sier de"
    terms = index.reader.terms(text)
    pairs_first = (*[t for t in terms if PAIR in t], *[t for t in terms if PAIR not in t])
    monkeypatch.setattr(index.reader, "terms", lambda _: pairs_first)
    totals, matched, words = index.scores(text)
    expected, held, count = _reference_scores(index, text)
    assert totals.tobytes() == expected.tobytes()
    assert matched.all(index.count).tolist() == held.tolist() and words == count


@pytest.mark.parametrize(
    "token",
    ["låret", "laaret", "lar", "café", "kåfé", "ÆRLIG", "naïve", "ørn-å", "xyz", "", "über"],
)
def test_a_token_is_marked_typed_with_aeoeaa_as_a_letter_by_letter_look_says(
    token: str, nets: list[ExampleIndex]
) -> None:
    """An ASCII token is passed without looking at its letters: the mark is the same."""
    reader = nets[0].reader
    kept, special = reader._token(token.lower())
    lowered = token.lower()
    assert special == ("aa" in lowered or any(c in "æøå" for c in lowered))
    assert kept == tuple(
        w for w in fold(lowered).split() if len(w) > 1 and w not in reader.reflexive
    )
