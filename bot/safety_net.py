"""The nearest-example safety net: a message the danger rules leave quiet, read by likeness.

The rule-based danger check (bot/safety.py) is exact and explainable, but tuned on phrasings
its writers have seen. This net compares a message it leaves quiet with labelled made-up
examples (knowledge/language/danger_examples.yaml): BM25 over Norwegian Snowball stems, built
once per knowledge load. When the nearest examples agree on danger and clearly beat the
nearest example that is no danger, the bot does not alarm — it asks back with the acute line
first and the routines as buttons (bot/features/routines/ask_back.py).

Why these rules:

* **Agreement, not one look-alike.** Of the ``NEIGHBOURS`` nearest examples at least
  ``AGREE`` must be danger, the nearest of all among them.
* **A clear margin.** The best danger example must score ``MARGIN`` times the best example
  that is no danger: a calm question about a routine («hva gjør vi ved mistanke om vold») has
  its own look-alikes among the examples and stays a question.
* **A calm side of everyday talk.** The examples that are no danger include hand-written
  statements of a child's ordinary day («han går hjem etter skolen»): without them such a
  message found only danger examples near it (tests/eval/calm_probe.py measures it).
* **Enough in common.** The best example must share ``MIN_COVERAGE`` of the message's words.
* **A word by its dictionary word, and words in order.** A word is read as its lemma where
  knowledge/language/lemma_forms.yaml has it («kvalte» as «kvele», «onklane» as «onkel»),
  then stemmed; each pair of neighbouring words is a term too («tatt livet», «ikke puste»),
  weighed ``BIGRAM_WEIGHT``: word order tells a case from a question with the same words.
  Measured leave one round out (``python -m tests.eval.loro``), never on the test half.

Nothing of the message is kept: a :class:`NetFinding` holds routine ids and numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from bot.bm25 import postings
from bot.knowledge.danger_examples import ACUTE, NONE, DangerExamplesFile
from bot.knowledge.lemma_forms import LemmaFormsFile
from bot.knowledge.vocabulary import SafetyNetWords
from bot.safety_lemmas import fold as fold_lemma
from bot.safety_lemmas import lemma_key
from bot.text import fold, strip_mentions, tokens
from bot.understanding.normalise import stem

NEIGHBOURS = 7
"""How many nearest examples vote."""
AGREE = 5
"""How many of them must be danger (acute or a routine)."""
MARGIN = 1.2
"""The best danger example's score over the best no-danger example's. 1.2 since the calm side
holds everyday talk (scripts/danger_examples_calm.txt): with it, 1.3 lost danger on dev
(leave-one-out, net alone) that 1.2 finds again with no dev or calm-probe ask-back."""
MIN_COVERAGE = 0.2
"""The share of the message's words (not word pairs) the best example must hold. 0.2 since
word pairs and lemmas (session 16): with them, 0.25 lost danger leave one round out that 0.2
finds with no more ask-backs on dev items or the calm probe."""
MIN_TERMS = 3
"""A message of fewer words says too little to be read by likeness («hjelp»)."""
BIGRAM_WEIGHT = 0.15
"""A word pair's BM25 score counts this much: pairs are rare, so at full weight one shared
pair («har tatt») outweighed the words; 0.3 and more asked back on everyday talk."""
PAIR = "+"
FOLDED = "^"
"""Marks a stem typed with æøå that folds onto an everyday word (understanding.yaml
``safety_net.folds``): «lår» is read apart from «lar»."""
NORWEGIAN = frozenset("æøå")
"""Joins a word pair into one term (no stem holds it)."""
SECOND = 2.0
"""A second routine is offered only when its neighbours weigh at least half the first's."""
MAX_CHARS = 600
"""Only this much of a message is read (the examples' own limit): a pasted referat holds words
of every example; the rules read all of it."""


@dataclass(frozen=True)
class NetFinding:
    """What the net found: routine ids (best first; none for the acute line alone) and how
    clearly — never the message's text."""

    routines: tuple[str, ...]
    margin: float
    agree: int

    def describe(self) -> str:
        routines = ", ".join(self.routines) or "the acute line"
        return f"safety net: {routines} ({self.agree}/{NEIGHBOURS} agree, x{self.margin:.2f})"


class SafetyNet:
    """BM25 over the labelled examples; build once per knowledge load, call :meth:`nearest`."""

    def __init__(
        self,
        examples: DangerExamplesFile,
        dialect: Mapping[str, str] | None,
        reflexive: frozenset[str],
        lemmas: Mapping[str, str] | None = None,
        folds: frozenset[str] = frozenset(),
    ):
        self.lead = examples.lead
        self._dialect = dict(dialect or {})
        self._lemmas = dict(lemmas or {})
        self.reflexive = reflexive
        """Folded words no example is read by: «seg selv» carries no harm, its verb does. As
        terms, they made «klarer han seg selv hjemme?» look like «skader seg selv» (issue 11);
        understanding.yaml ``safety_net.reflexive``."""
        self.folds = frozenset(stem(sorted(folds)))
        """Stems that folding makes two words (understanding.yaml ``safety_net.folds``)."""
        self._labels = tuple(e.routine for e in examples.examples)
        self._texts = tuple(e.text for e in examples.examples)
        corpus = [self._terms(text) or ["_"] for text in self._texts]
        # One flat run of documents and weights for all terms, each term's slice found by its
        # column: the word pairs make 16,000 terms, and an array per term cost megabytes of
        # headers. The sums stay numpy's: a Python loop over a common word's 900 examples
        # made a look-up four times slower.
        starts: list[int] = [0]
        docs: list[int] = []
        weights: list[float] = []
        self._columns: dict[str, int] = {}
        for term, (held, scores) in postings(corpus).items():
            self._columns[term] = len(self._columns)
            docs.extend(held)
            weights.extend([w * BIGRAM_WEIGHT for w in scores] if PAIR in term else scores)
            starts.append(len(docs))
        self._starts = np.asarray(starts, dtype=np.int64)
        self._docs = np.asarray(docs, dtype=np.int64)
        self._weights = np.asarray(weights, dtype=np.float64)
        self._calm = np.array([label == NONE for label in self._labels])
        self.leave_out_own = False
        """For the eval's leave-one-out figure only: skip examples with the message's own text
        (the examples are the dev rounds' items; an item would find itself)."""

    @functools.cached_property
    def _keys(self) -> tuple[str, ...]:
        """The examples' folded texts, for :attr:`leave_out_own` (the eval's) alone."""
        return tuple(fold(text) for text in self._texts)

    def _terms(self, text: str) -> list[str]:
        """The message's stemmed words (each read as its lemma where the table has it), then
        each pair of neighbouring ones. A word typed with æøå whose stem is one of ``folds``
        gets its own term (``FOLDED``): «låret» is not «lar» (lets)."""
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
        return stems + [f"{a}{PAIR}{b}" for a, b in pairwise(stems)]

    def nearest(self, text: str) -> NetFinding | None:
        """Danger by likeness, or None: the nearest examples disagree, are no danger, or do
        not clearly beat the nearest example that is no danger."""
        text = text[:MAX_CHARS]
        query = list(dict.fromkeys(self._terms(text)))
        words = sum(PAIR not in term for term in query)
        if words < MIN_TERMS:
            return None
        totals = np.zeros(len(self._labels))
        matched = np.zeros(len(self._labels), dtype=np.int64)
        for term in query:
            column = self._columns.get(term)
            if column is not None:  # one column per term: its documents are distinct
                start, end = self._starts[column], self._starts[column + 1]
                docs = self._docs[start:end]
                totals[docs] += self._weights[start:end]
                if PAIR not in term:
                    matched[docs] += 1
        if self.leave_out_own:
            own = fold(text)
            totals[[d for d, key in enumerate(self._keys) if key == own]] = 0.0
        top = _top(totals, NEIGHBOURS)
        if not top or self._labels[top[0]] == NONE:
            return None
        if matched[top[0]] / words < MIN_COVERAGE:
            return None
        danger = [d for d in top if self._labels[d] != NONE]
        if len(danger) < AGREE:
            return None
        calm = float(totals[self._calm].max(initial=0.0))
        margin = float(totals[top[0]]) / calm if calm > 0 else float("inf")
        if margin < MARGIN:
            return None
        weight: dict[str, float] = {}
        for d in danger:
            weight[self._labels[d]] = weight.get(self._labels[d], 0.0) + float(totals[d])
        ranked_routines = sorted(weight, key=lambda r: -weight[r])
        best = weight[ranked_routines[0]]
        routines = tuple(r for r in ranked_routines if r != ACUTE and weight[r] * SECOND >= best)
        return NetFinding(routines[:2], margin, len(danger))


def _top(totals: npt.NDArray[np.float64], count: int) -> list[int]:
    """The ``count`` best-scoring examples above 0, best first, ties by file order — what a
    stable sort of every score gives, without sorting all of them (a partition finds the
    cut, then only the examples at or above it are sorted)."""
    if len(totals) > count:
        cut = float(np.partition(totals, len(totals) - count)[len(totals) - count])
        candidates = np.flatnonzero(totals >= max(cut, np.nextafter(0.0, 1.0)))
    else:
        candidates = np.flatnonzero(totals > 0)
    ranked = sorted(candidates.tolist(), key=lambda d: (-totals[d], d))
    return ranked[:count]


def net_lemmas(lemma_forms: LemmaFormsFile | None) -> dict[str, str]:
    """Folded word → its folded lemma, for every word and form of lemma_forms.yaml; a form
    two lemmas share is left as written."""
    table: dict[str, str] = {}
    shared: set[str] = set()
    for lemma, entry in lemma_forms.lemmas.items() if lemma_forms else ():
        key = lemma_key(fold_lemma(lemma))
        for word in (*entry.words.split(), *entry.forms.split()):
            if table.setdefault(word, key) != key:
                shared.add(word)
    return {word: key for word, key in table.items() if word not in shared}


def safety_net(
    examples: DangerExamplesFile | None,
    dialect: Mapping[str, str],
    words: SafetyNetWords,
    lemma_forms: LemmaFormsFile | None = None,
) -> SafetyNet | None:
    """The net for a language folder's examples, reading past ``words`` (understanding.yaml
    ``safety_net``) and each word as its lemma; None when the folder has no examples."""
    if examples is None:
        return None
    return SafetyNet(
        examples,
        dialect,
        frozenset(tokens(words.reflexive)),
        net_lemmas(lemma_forms),
        frozenset(tokens(words.folds)),
    )


__all__ = ["NetFinding", "SafetyNet", "net_lemmas", "safety_net"]
