"""Step one of understanding: what staff typed, as words the bot can match.

Folding (lower case, æøå → ae/o/a, punctuation out), then dialect and nynorsk forms read as
bokmål («kva» → «hva», «ikkje» → «ikke», from ``knowledge/language/dialect.yaml``), then
typos corrected against the vocabulary the knowledge actually uses (rapidfuzz), and finally
a Norwegian Snowball stem per word (PyStemmer) for ranked retrieval, so «rutinene», «rutiner»
and «rutine» are one word to the index.

Nothing is cached per message: a cache would keep what people wrote (names included).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

import Stemmer
from rapidfuzz import fuzz, process

from bot.safety_match import is_everyday_word
from bot.text import fold, strip_mentions

_STEMMER = Stemmer.Stemmer("norwegian", 0)
"""No cache (PyStemmer keeps the last 10,000 words stemmed by default): it would hold a
message's words after its turn, 2 MB of them; a stem costs 0.1 µs more without it."""
EVERYDAY_MIN = 6
"""Words this long that are common written Norwegian are never «corrected»; shorter ones
often are a typo that happens to be a word («moter» for «møter»)."""
CUT_MIN = 8
"""A word this long that no vocabulary word is, but begins one, was cut short as staff
abbreviate («koordineringsgr.» is «koordineringsgruppe», not the nearer «koordinering»);
everyday words are kept as typed before this is asked."""
LONGEST_KEPT = 64
"""Typed words up to this long keep the vocabulary words near their length, per initial and
length (:meth:`Normaliser._near`); a longer one is looked up without keeping them."""
_TYPED_MENTION = re.compile(r"(?<!\S)@\S+")
"""«@SLT-boten hva er …» typed as plain text: who is addressed, never what is asked."""


def stem(words: Iterable[str]) -> list[str]:
    """Snowball's Norwegian stems of folded words («tiltakene» → «tiltak»)."""
    return cast(list[str], _STEMMER.stemWords(list(words)))  # PyStemmer has no stubs


class Normaliser:
    """Folds, reads dialect forms as bokmål and corrects typos. Build once per knowledge."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        dialect: Mapping[str, str] | None = None,
        phrases: Mapping[tuple[str, ...], str] | None = None,
        kept: Iterable[str] = (),
        finite: Finite | None = None,
    ):
        self.vocabulary = frozenset(vocabulary)
        self.kept = frozenset(kept)
        """Words a word list of the knowledge holds as written: never «corrected» into another
        word («våre» is not «være»), nor offered as a correction themselves."""
        self.dialect = dict(dialect or {})
        self.finite = finite or Finite()
        """dialect.yaml's ``finite``: «hvem ha ansvar» read as «hvem har ansvar»."""
        self.phrases = dict(phrases or {})
        """dialect.yaml's ``phrases``: words read as bokmål → the one word they are read as."""
        self._phrases_at: dict[str, tuple[tuple[str, ...], ...]] = {}
        """``phrases`` by their first word, in file order: a word that opens none is passed
        at once (each word tried every phrase: 15 slices a word, every message)."""
        for phrase in self.phrases:
            if phrase:
                self._phrases_at[phrase[0]] = (*self._phrases_at.get(phrase[0], ()), phrase)
        by_initial: dict[str, list[str]] = {}
        for word in sorted(self.vocabulary):
            if word:
                by_initial.setdefault(word[0], []).append(word)
        # Typos rarely hit the first letter; requiring it keeps corrections conservative.
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._near_by: dict[tuple[str, int], tuple[str, ...]] = {}
        """:meth:`_near` kept per initial and length: vocabulary words only, never a typed
        word (its initial and length are the key)."""

    def words(self, text: str) -> tuple[str, ...]:
        """The message as folded bokmål words with typos corrected."""
        folded = fold(_TYPED_MENTION.sub(" ", strip_mentions(text))).split()
        return tuple(self.correct(w) for w in self.read(folded, typed_ours=typed_ours(text)))

    def read(self, folded: list[str], *, typed_ours: bool = False) -> list[str]:
        """Folded words as bokmål: dialect.yaml word by word, then its phrases.

        ``typed_ours``: the message spelled bokmål «vårt» with its «å» (:func:`typed_ours`);
        its folded «vart» is then never nynorsk «ble» (see :func:`possessive`)."""
        dialect = self.dialect
        return self.bokmal(
            self.finite.read(
                [
                    w
                    if w == POSSESSIVE and (typed_ours or possessive(folded, i))
                    else dialect.get(w, w)
                    for i, w in enumerate(folded)
                ]
            )
        )

    def bokmal(self, words: list[str]) -> list[str]:
        """Words read as bokmål one by one, with each phrase of dialect.yaml's ``phrases`` read
        as its one word («hva tid er …» → «når er …»)."""
        if not self.phrases:
            return words
        opening = self._phrases_at
        if opening.keys().isdisjoint(words):
            return list(words)  # most messages: no word opens a phrase
        out: list[str] = []
        i = 0
        while i < len(words):
            candidates = opening.get(words[i], ())
            found = next((p for p in candidates if tuple(words[i : i + len(p)]) == p), None)
            if found is None:
                out.append(words[i])
                i += 1
            else:
                out.append(self.phrases[found])
                i += len(found)
        return out

    def correct(self, word: str) -> str:
        """The vocabulary word a typo most likely meant, or the word itself."""
        if word in self.vocabulary or word in self.kept or len(word) < 4 or word.isdigit():
            return word
        if len(word) >= EVERYDAY_MIN and is_everyday_word(word):
            return word  # «arbeidstid» is a word as typed, not a typo of «arbeidsliv»
        candidates = self._by_initial.get(word[0], ())
        if len(word) >= CUT_MIN:  # «koordineringsgr.», «ungdomssk.»: a word cut short
            # the words that begin with it stand together in the sorted candidates
            first = bisect_left(candidates, word)
            last = bisect_left(candidates, word + "\U0010ffff", first)
            completed = [c for c in candidates[first:last] if c not in self.kept]
            if completed:
                return min(completed, key=lambda c: (len(c), c))
        cutoff = cutoff_for(len(word))
        near = self._near(word[0], len(word), candidates)
        best = process.extractOne(word, near, scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else word

    def _near(self, initial: str, length: int, candidates: tuple[str, ...]) -> tuple[str, ...]:
        """The ``candidates`` (in their order) whose length lets ``fuzz.ratio`` reach the
        cutoff for a word this long: the ratio is 200 × common letters / both lengths, at
        most 200 × the shorter / both, so a word of 5 letters meets none under 4 letters or
        over 6. ``extractOne`` scored every word of the initial (300 for «s») for each typo;
        it finds the same best (the first of the highest score) among these."""
        key = (initial, length)
        near = self._near_by.get(key)
        if near is None:
            low, high = _lengths_reaching(length, cutoff_for(length))
            near = tuple(c for c in candidates if low <= len(c) <= high)
            if length <= LONGEST_KEPT and initial in self._by_initial:
                self._near_by[key] = near
        return near


@dataclass(frozen=True)
class Finite:
    """An infinitive where Norwegian has its present tense, as staff who learnt Norwegian as a
    second language write it: «hvem ha ansvar for …», «hvem som sitte i …», «jeg jobbe i
    skole». Read after a question word or «som» (``after``), or after a pronoun that opens the
    message (``first``: not «kan jeg ringe», where the infinitive is right), as the present
    (``verbs``): the cues are written with it («hvem har ansvar»). Only verbs no noun shares
    («møte» is a meeting). Built at load; a message costs a look-up per word."""

    verbs: Mapping[str, str] = field(default_factory=dict)
    after: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()

    def read(self, words: list[str]) -> list[str]:
        """``words`` with each such infinitive read as its present tense."""
        verbs = self.verbs
        if not verbs or verbs.keys().isdisjoint(words):
            return words
        return [
            verbs[w]
            if w in verbs
            and i > 0
            and (words[i - 1] in self.after or (i == 1 and words[0] in self.first))
            else w
            for i, w in enumerate(words)
        ]


POSSESSIVE = "vart"
"""Bokmål «vårt» (our) folds to nynorsk «vart» (became), which dialect.yaml reads as «ble»:
«kan politiet komme på foreldremøtet vårt?» lost its «our» and asked something past."""
_TYPED_OURS = re.compile(r"(?<!\w)v(?:å|aa)rt(?!\w)", re.IGNORECASE)
_TYPED_VART = re.compile(r"(?<!\w)vart(?!\w)", re.IGNORECASE)
OURS_BEFORE = frozenset({"pa", "i", "til", "med", "for", "om", "fra", "ved", "av", "hos", "mot"})
"""«på vårt foreldremøte»: a preposition before it is never followed by nynorsk «vart»."""
OURS_AFTER = frozenset(
    {
        "og",
        "eller",
        "i",
        "pa",
        "med",
        "om",
        "til",
        "for",
        "fra",
        "ved",
        "som",
        "er",
        "har",
        "kan",
        "skal",
        "ma",
        "na",
        "neste",
        "denne",
        "dette",
        "her",
    }
)
"""What follows «foreldremøtet vårt»: the sentence goes on, where nynorsk «barnet vart» is
followed by what became of it («slått», «borte»)."""
NOT_NOUNS = frozenset({"det", "eit", "noet", "hvert", "kvart", "mykje", "litt", "slett", "eget"})


def typed_ours(text: str) -> bool:
    """Whether ``text`` spells «vårt» with «å» (or «aa») and has no «vart» as typed: then
    every folded «vart» of it is bokmål «our»."""
    return bool(_TYPED_OURS.search(text)) and not _TYPED_VART.search(text)


def possessive(folded: list[str], i: int) -> bool:
    """Whether the folded «vart» at ``i`` reads as bokmål «vårt» (typed without «å»): after a
    definite neuter noun («foreldremøtet vart», at the end or before the sentence goes on) or
    after a preposition and before its noun («på vart foreldremote»). Nynorsk past stays:
    «det vart bråk», «ho vart slått», «barnet vart skada»."""
    before = folded[i - 1] if i > 0 else ""
    after = folded[i + 1] if i + 1 < len(folded) else ""
    if before in OURS_BEFORE:
        return bool(after)
    noun = len(before) >= 4 and before.endswith("et") and before not in NOT_NOUNS
    return noun and (not after or after in OURS_AFTER)


def cutoff_for(length: int) -> int:
    """The ``fuzz.ratio`` a correction of a word this long needs: looser for a longer word."""
    return 80 if length >= 6 else 85


def _lengths_reaching(length: int, cutoff: int) -> tuple[int, int]:
    """The shortest and longest word whose ``fuzz.ratio`` with a word of ``length`` letters may
    reach ``cutoff`` (in whole numbers: a length just outside stands a point or more below)."""
    low = -(-cutoff * length // (200 - cutoff))  # 200 × low / (length + low) ≥ cutoff
    high = length * (200 - cutoff) // cutoff  # 200 × length / (length + high) ≥ cutoff
    return low, high
