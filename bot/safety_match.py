"""How a danger phrase matches words: atoms, typos, inflections, and the walk in order.

The danger check (bot/safety.py) compiles knowledge/language/danger.yaml into *atoms* — exact
words and prefixes, each with an id — and phrases of slots. This module is that machinery: a
message word maps to its atoms exactly, by prefix, with one typo (symmetric delete, confirmed
with OSA) or in its bokmål inflection (bot/safety_inflection.py), and a phrase matches when
its slots come in order within their gaps and one sentence. No regex is built per message and
nothing is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from bot.safety_deletions import Deletions
from bot.safety_everyday import is_everyday_word as is_everyday_word  # normalise.py reads it here
from bot.safety_stems import StemIndex
from bot.text import letters_folded, spacing_table

PREFIX_BUCKET = 3
"""Prefix stems are bucketed by their first letters: a word looks in one bucket only."""

HEAD_MIN = 6
"""A compound's head is read from a tail this long at least («treneren», «læreren»)."""

HEAD_MIN_FIRST = 3
"""… after a first part this long at least («fotball|treneren»)."""

FUZZY_MIN = 7
TWO_TYPOS_MIN = 10
TWO_TYPOS_SURE = 12
"""Vocabulary words (and prefix stems) this long tolerate one typo in any message word."""

SHORT_FUZZY_MIN = 5
"""Shorter vocabulary words, down to this length, tolerate one typo too («slåt», «kutet»)
– weakly, as they are one letter from everyday words («lurer» – «kurér»): in a message word
no knowledge file or dialect form knows, inside a phrase whose other words matched exactly."""

# --- folding ----------------------------------------------------------------------------------

_COMBINING = re.compile(r"[\u0300-\u036f]")
_LOOSE = re.compile(r"\s[\u0300-\u036f]")  # a stray «¨» (made a mark by NFKC): «sl¨år»
_NON_WORD = re.compile(r"[^a-z0-9.]+")
_BREAK = re.compile(r"[.!?;\n]+")
_ORDINAL = re.compile(r"(?<=\d)\.(?= [a-z])")
"""«en av jentene i 10. har kollapset»: a dot after a number is an ordinal («10.», «9. trinn»)
when the sentence goes on in lower case – no sentence break."""
_NUMBERED = re.compile(r"(?<=\d)\.(?=[a-z])")  # «7.klassinger» is «7 klassinger»: two words
_BREAK_MARKS = ".!?;\n"  # what _BREAK matches
_ASCII_NON_WORD = spacing_table(_NON_WORD)
"""_NON_WORD's ASCII characters, each to a space (split() then drops the runs)."""
BREAK = "."
"""The token standing for a sentence break: topical words before it do not count after it."""


def fold_words(text: str) -> list[str]:
    """``bot.text.fold(text).split()`` with sentence breaks kept as ``.`` tokens.

    The same letters come out (lower case, æ→ae, ø→o, å→a, accents dropped, «aa»→«a»),
    without ``fold``'s per-character Python loop: a 40 KB message folds in about a
    millisecond.
    """
    lowered = text.lower()
    if not lowered.isascii():  # an ASCII text has no letter to fold
        lowered = letters_folded(lowered)
    if not lowered.isascii():
        lowered = _COMBINING.sub("", unicodedata.normalize("NFKD", _LOOSE.sub("", lowered)))
    lowered = lowered.replace("aa", "a")
    # Each expression only where it can match (most messages have no dot, many no break),
    # and the non-word runs by a table when the text is ASCII: the same words, fewer scans.
    if "." in lowered:
        lowered = _ORDINAL.sub("", _NUMBERED.sub(" ", lowered))
    if any(mark in lowered for mark in _BREAK_MARKS):
        lowered = _BREAK.sub(" . ", lowered)
    if lowered.isascii():
        return lowered.encode().translate(_ASCII_NON_WORD).decode().split()
    return _NON_WORD.sub(" ", lowered).split()


def fold_word(word: str) -> str:
    return " ".join(w for w in fold_words(word) if w != BREAK)


Slot = frozenset[int]
"""One position of a phrase: the atom ids any of which may stand there."""
_NO_ATOMS: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Phrase:
    category: int
    slots: tuple[Slot, ...]
    gaps: tuple[int, ...]
    """Words allowed before each slot after the first (0 for ``word+word``)."""
    need: bool = False
    key: Slot = frozenset()
    """The slot least likely to be in an ordinary message: checked before walking."""
    """A phrase from the category's ``needs``: required alongside one of its phrases."""


_ONE: dict[int, frozenset[int]] = {}


def _one(atom: int) -> frozenset[int]:
    """``{atom}``, one object per atom id for every :class:`Atoms` (the danger check's and the
    signals' number their atoms alike)."""
    found = _ONE.get(atom)
    if found is None:
        found = _ONE[atom] = frozenset((atom,))
    return found


def pooled(found: frozenset[int], pool: dict[frozenset[int], frozenset[int]]) -> frozenset[int]:
    """``found``, or the equal set ``pool`` keeps already: a table of the vocabulary's atoms
    holds thousands of equal sets (most of them empty), kept once. A set of one atom is the
    one every table shares (:func:`_one`)."""
    if len(found) == 1:
        return _one(next(iter(found)))
    return pool.setdefault(found, found)


class Atoms:
    """Exact words and prefixes, each with an id, and how a folded word maps to them."""

    def __init__(
        self, known: frozenset[str] = frozenset(), written: frozenset[str] = frozenset()
    ) -> None:
        """``known``: the words whose atoms are looked up once (never a typo in a short word);
        ``written``: the language files' own words, never read as a typo at all."""
        self.known = known
        self.written = written
        self.ids: dict[str, int] = {}
        self.exact: dict[str, frozenset[int]] = {}
        self.prefix: dict[str, int] = {}
        self.lengths: dict[int, int] = {}

    def add(self, pattern: str) -> int:
        known = self.ids.get(pattern)
        if known is not None:  # phrase words recur: 19,400 adds, under 5,000 atoms
            return known
        atom = self.ids.setdefault(pattern, len(self.ids))
        self.lengths[atom] = len(pattern.rstrip("*"))
        if pattern.endswith("*"):
            self.prefix[pattern[:-1]] = atom
        else:
            held = self.exact.get(pattern)
            self.exact[pattern] = held | {atom} if held else _one(atom)
        return atom

    def freeze(self) -> None:
        self._exact_atoms = self.exact
        """``exact``, its frozensets handed out as they are by :meth:`plain`."""
        self._prefixes_by_start: dict[str, list[tuple[str, int]]] = {}
        for stem, atom in sorted(self.prefix.items()):
            self._prefixes_by_start.setdefault(stem[:PREFIX_BUCKET], []).append((stem, atom))
        self._typo_words = Deletions(w for w in self.exact if len(w) >= FUZZY_MIN)
        self._long_words: dict[tuple[str, int], list[str]] = {}
        """By first letter (a typo there is rare) and length: two edits reach no word more
        than two letters longer or shorter, so :meth:`two_typos` scans five lengths."""
        for w in sorted(w for w in self.exact if len(w) >= TWO_TYPOS_MIN - 1):
            self._long_words.setdefault((w[0], len(w)), []).append(w)
        self._short_typo_words = Deletions(
            w for w in self.exact if SHORT_FUZZY_MIN <= len(w) < FUZZY_MIN
        )
        self._stems_by_letter: dict[str, list[str]] = {}
        for stem in sorted(p for p in self.prefix if len(p) >= FUZZY_MIN):
            self._stems_by_letter.setdefault(stem[0], []).append(stem)
        self._typo_stems = StemIndex(p for p in self.prefix if len(p) >= FUZZY_MIN)

    def of(self, word: str) -> frozenset[int]:
        """The atoms a folded word stands for: exact, by prefix, or with one typo."""
        found = self.plain(word)
        if (
            not found
            and len(word) >= FUZZY_MIN - 1
            and word not in self.written
            and not is_everyday_word(word)
        ):
            # An everyday word, or a word the language files spell (danger.yaml's
            # ``ordinary``, the dialect's forms, the topics), is taken as written: «henvende»
            # is no typo of «hengende», «kvernet» none of «kvelte».
            return frozenset(self._typos(word))
        return found

    def plain(self, word: str) -> frozenset[int]:
        """The atoms a folded word stands for exactly or by prefix (no typo)."""
        exact = self._exact_atoms.get(word, _NO_ATOMS)
        by_prefix = [
            atom
            for stem, atom in self._prefixes_by_start.get(word[:PREFIX_BUCKET], ())
            if word.startswith(stem)
        ]
        return exact.union(by_prefix) if by_prefix else exact

    def kin(self, reading: tuple[str, frozenset[str]]) -> frozenset[int]:
        """A form's atoms by its lemma (bot/safety_lemmas.py ``Kin.reading``): the lemma's
        own where it is a vocabulary word, else those of every listed form of it."""
        lemma, words = reading
        if lemma in self.exact:
            return self.plain(lemma)
        found = _NO_ATOMS
        for word in words:
            found = found | self.plain(word)
        return found

    def head_of(self, word: str) -> frozenset[int]:
        """The atoms of a compound's head: «fotballtreneren» → «treneren», «kjæresteparet» → no.

        Norwegian writes compounds as one word with the head last; the longest tail of at
        least ``HEAD_MIN`` letters that is a vocabulary word (exactly or by prefix) counts.
        Exact and prefix look-ups only: no typo is read into a part of a word."""
        for cut in range(HEAD_MIN_FIRST, len(word) - HEAD_MIN + 1):
            tail = word[cut:]
            found: set[int] = set(self.exact.get(tail, ()))
            for stem, atom in self._prefixes_by_start.get(tail[:PREFIX_BUCKET], ()):
                if tail.startswith(stem) and len(stem) >= HEAD_MIN:
                    found.add(atom)
            if found:
                return frozenset(found)
        return frozenset()

    def two_typos(self, word: str) -> frozenset[int]:
        """A long word's atoms with two typos («slevmorstanker», «bevisløs»): for a word of
        ``TWO_TYPOS_MIN`` letters that matched nothing else and is no everyday word."""
        if len(word) < TWO_TYPOS_MIN or word in self.known or is_everyday_word(word):
            return _NO_ATOMS
        size, long_words = len(word), self._long_words
        words = [w for n in range(size - 2, size + 3) for w in long_words.get((word[0], n), ())]
        near = process.extract(word, words, scorer=OSA.distance, score_cutoff=2, limit=None)
        found = {
            a for candidate, _, _ in near if _two_ok(word, candidate) for a in self.exact[candidate]
        }
        for stem in self._stems_by_letter.get(word[0], ()):
            if len(stem) >= TWO_TYPOS_MIN - 2 and _two_ok(word[: len(stem)], stem):
                found.add(self.prefix[stem])
        return frozenset(found)

    def weak(self, word: str) -> frozenset[int]:
        """Atoms a word that matched nothing may stand for with one typo in a short word.

        Weak: a phrase may use at most one, and only beside words that matched for sure.
        """
        if len(word) < SHORT_FUZZY_MIN - 1 or word in self.known:
            return frozenset()
        found: set[int] = set()
        for candidate in self._short_typo_words.near(word):
            found.update(self.exact[candidate])
        if found and is_everyday_word(word):
            return frozenset()  # «kveld» is an evening, not a typo of «kvelt»
        return frozenset(found)

    def _typos(self, word: str) -> Iterable[int]:
        for candidate in self._typo_words.near(word):
            yield from self.exact[candidate]
        # A prefix stem with one typo: the word's start, allowing one letter more or less,
        # among the stems of its first letter (a typo there is rare).
        for stem in self._typo_stems.near(word):
            yield self.prefix[stem]


def _two_ok(word: str, known: str) -> bool:
    """Two typos are read in a word of ``TWO_TYPOS_SURE`` letters; in a shorter one only when
    one is two letters swapped («slevmors» for «selvmord»), never two letters replaced
    («drapsmyste» is no «drapsliste»)."""
    osa = OSA.distance(word, known, score_cutoff=2)
    return osa <= 2 and (len(known) >= TWO_TYPOS_SURE or Levenshtein.distance(word, known) > osa)


def word_orders(phrase: str) -> tuple[str, ...]:
    """A phrase and its subordinate-clause order: «vil ikke leve» is also «(sier han) ikke
    vil leve», «puster ikke» also «(som) ikke puster» – Norwegian moves «ikke» before the
    verb after «at», «som», «hvis», so one line in the file covers both."""
    words = phrase.split()
    if "ikke" not in words[1:]:
        return (phrase,)
    at = words.index("ikke", 1)
    verb = words[at - 1]
    if verb.startswith("@") or "+" in verb or verb in ("ikke",):
        return (phrase,)
    swapped = [*words[: at - 1], "ikke", verb, *words[at + 1 :]]
    return (phrase, " ".join(swapped))


def fold_pattern(word: str) -> str:
    """A vocabulary word folded like a message word; a trailing ``*`` is kept."""
    star = word.endswith("*")
    folded = fold_word(word.rstrip("*"))
    return folded + "*" if star and folded else folded


_Atomised = Sequence[frozenset[int]]


def last_slot(atoms: Sequence[frozenset[int]], phrase: Phrase, start: int) -> int:
    """Where a matched phrase's last word stands (its first occurrence after ``start``)."""
    last = phrase.slots[-1]
    return next((i for i in range(start + 1, len(atoms)) if atoms[i] & last), start)


def matches(
    atoms: _Atomised, weak: _Atomised, breaks: Sequence[bool], phrase: Phrase, start: int
) -> bool:
    """Whether ``phrase`` matches in order from ``start``, within its gaps and one sentence
    («… slått av faren sin. Hva gjør jeg nå?» is no «slått nå»), using at most one weak
    (short-typo) word and only when the phrase has other words."""
    if not atoms[start] & phrase.slots[0]:
        return False
    left = 1 if len(phrase.slots) > 1 else 0
    if weak[start]:
        if not left:
            return False
        left -= 1
    return _rest(atoms, weak, breaks, phrase, 1, start, left)


def _rest(
    atoms: _Atomised,
    weak: _Atomised,
    breaks: Sequence[bool],
    phrase: Phrase,
    index: int,
    previous: int,
    left: int,
) -> bool:
    if index == len(phrase.slots):
        return True
    end = min(len(atoms), previous + phrase.gaps[index] + 2)
    slot = phrase.slots[index]
    for position in range(previous + 1, end):
        if breaks[position]:
            return False
        if not atoms[position] & slot:
            continue
        is_weak = 1 if weak[position] else 0
        if is_weak > left:
            continue
        if _rest(atoms, weak, breaks, phrase, index + 1, position, left - is_weak):
            return True
    return False
