"""Danger first: is a message about acute danger or a child being harmed?

Every message is checked here before anything else reads it. A finding sends the message
to the routine the language file names, with the line that says what to do now (113, 112,
barnevernvakten …) first – whatever else the message contains («jeg er helsesykepleier og
tror en jente blir slått hjemme, hva gjør jeg» is a disclosure, not a member lookup).

The vocabulary is data (``knowledge/language/danger.yaml`` and ``dialect.yaml``), compiled
once when knowledge is loaded into a few dictionaries: checking a message is one fold, one
dictionary look-up per distinct word (plus a deletion-neighbourhood look-up for long words,
which catches one typo) and a short walk over the phrases those words start. No regex is
built per message and nothing of the message is kept: a :class:`DangerFinding` holds only
category ids, the routine id, the numbers to call and the lead lines from the file, so it
is safe to log.

Why these rules:

* **Phrases, not words.** «vold», «overgrep som tema» and «rusbekymring» are topics staff ask
  about; «faren slår henne», «puster ikke», «vil ta livet sitt» are cases. A phrase's words
  must come in order with at most ``gap`` words between, so reported speech and third person
  («hun sier at faren hennes slår henne») match the same phrase.
* **Topics stay questions.** A match right after a topical word («tiltak mot …», «kurs om
  selvskading», «forebygging av vold hjemme») is not a finding.
* **Idioms are cancelled** («slått sammen», «slår av», «på do») before phrases are matched.
* **Dialect and typing.** Words are folded (case, æøå), nynorsk and dialect forms are read as
  bokmål (eg → jeg, ikkje → ikke, heime → hjemme), and words of seven letters or more
  tolerate one typo (edit or swap).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from bot.knowledge.language import DangerFile, DialectFile, Language, words_of
from bot.text import strip_mentions, visible

TOPICAL_WINDOW = 6
"""How many words before a match are looked at for a topical word («tiltak mot vold …»)."""

CLAUSE = frozenset(
    {
        "nar", "hvis", "dersom", "fordi", "mens", "sier", "sa", "forteller",
        "fortalte", "tror", "mistenker", "skriver", "skrev", "men",
    }
)  # fmt: skip
"""Words that start a new clause: a topical word before one of them does not reach past it."""

PREFIX_BUCKET = 3
"""Prefix stems are bucketed by their first letters: a word looks in one bucket only."""

FUZZY_MIN = 7
"""Vocabulary words (and prefix stems) this long tolerate one typo in any message word."""

SHORT_FUZZY_MIN = 5
"""Shorter vocabulary words, down to this length, tolerate one typo too («slåt», «kutet»,
«pister») – weakly: in a message word that is not a known word (every word the knowledge
files use, every dialect form), and only inside a phrase whose other words matched exactly.
Short Norwegian words are one letter from other everyday words («lurer» – «kurér»)."""


EVERYDAY_ZIPF = 3.0
"""A message word at least this common in written Norwegian (Zipf scale: once per million
words) is taken as written, never as a typo of a danger word. Without it «noen som blir med på
fotball i kveld?» read as «blir … kvelt»."""


@functools.lru_cache(maxsize=20_000)
def is_everyday_word(word: str) -> bool:
    """Whether ``word`` (folded) is an ordinary Norwegian word, by wordfreq's bokmål list."""
    return float(zipf_frequency(word, "nb")) >= EVERYDAY_ZIPF


class Kind(StrEnum):
    """Acute: someone is in danger now. Disclosure: a child is being harmed."""

    ACUTE = "acute"
    DISCLOSURE = "disclosure"


@dataclass(frozen=True)
class DangerFinding:
    """What the check found, without any of the text it found it in – safe to log."""

    kind: Kind
    routine: str
    """The routine the message goes to (an id in knowledge/national/routines.yaml)."""
    topic: str
    """What kind of harm, from the first matching category (``vold_nare``, ``trusler`` …)."""
    categories: tuple[str, ...]
    """Every matching category id, in the order of the language file."""
    calls: tuple[str, ...]
    """Numbers and services to call, acute ones first (``113``, ``112``, ``barnevernvakt``)."""
    leads: tuple[str, ...]
    """The lines shown before the routine: acute ones first, at most two."""

    def describe(self) -> str:
        return f"{self.kind.value}: {', '.join(self.categories)} -> {self.routine}"


# --- folding ----------------------------------------------------------------------------------

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u"})
_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_WORD = re.compile(r"[^a-z0-9.]+")
_BREAK = re.compile(r"[.!?;\n]+")
BREAK = "."
"""The token standing for a sentence break: topical words before it do not count after it."""


def fold_words(text: str) -> list[str]:
    """``bot.text.fold(text).split()`` with sentence breaks kept as ``.`` tokens.

    The same letters come out (lower case, æ→ae, ø→o, å→a, accents dropped, «aa»→«a»),
    without ``fold``'s per-character Python loop: a 40 KB message folds in about a
    millisecond.
    """
    lowered = text.lower().translate(_FOLD)
    if not lowered.isascii():
        lowered = _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))
    lowered = _BREAK.sub(" . ", lowered.replace("aa", "a"))
    return _NON_WORD.sub(" ", lowered).split()


def _fold_word(word: str) -> str:
    return " ".join(w for w in fold_words(word) if w != BREAK)


# --- the compiled vocabulary ------------------------------------------------------------------


@dataclass(frozen=True)
class _Category:
    id: str
    kind: Kind
    topic: str
    routine: str
    calls: tuple[str, ...]
    lead: str
    needs: bool


_Slot = frozenset[int]
"""One position of a phrase: the atom ids any of which may stand there."""


@dataclass(frozen=True)
class _Phrase:
    category: int
    slots: tuple[_Slot, ...]
    gaps: tuple[int, ...]
    """Words allowed before each slot after the first (0 for ``word+word``)."""
    need: bool = False
    key: _Slot = frozenset()
    """The slot least likely to be in an ordinary message: checked before walking."""
    """A phrase from the category's ``needs``: required alongside one of its phrases."""


class _Atoms:
    """Exact words and prefixes, each with an id, and how a folded word maps to them."""

    def __init__(self, known: frozenset[str] = frozenset()) -> None:
        self.known = known
        self.ids: dict[str, int] = {}
        self.exact: dict[str, set[int]] = {}
        self.prefix: dict[str, int] = {}
        self.lengths: dict[int, int] = {}

    def add(self, pattern: str) -> int:
        atom = self.ids.setdefault(pattern, len(self.ids))
        self.lengths[atom] = len(pattern.rstrip("*"))
        if pattern.endswith("*"):
            self.prefix[pattern[:-1]] = atom
        else:
            self.exact.setdefault(pattern, set()).add(atom)
        return atom

    def freeze(self) -> None:
        self._prefixes_by_start: dict[str, list[tuple[str, int]]] = {}
        for stem, atom in sorted(self.prefix.items()):
            self._prefixes_by_start.setdefault(stem[:PREFIX_BUCKET], []).append((stem, atom))
        self._typo_words = _deletion_index(w for w in self.exact if len(w) >= FUZZY_MIN)
        self._short_typo_words = _deletion_index(
            w for w in self.exact if SHORT_FUZZY_MIN <= len(w) < FUZZY_MIN
        )
        self._stems_by_letter: dict[str, list[str]] = {}
        for stem in sorted(p for p in self.prefix if len(p) >= FUZZY_MIN):
            self._stems_by_letter.setdefault(stem[0], []).append(stem)

    def of(self, word: str) -> frozenset[int]:
        """The atoms a folded word stands for: exact, by prefix, or with one typo."""
        found: set[int] = set(self.exact.get(word, ()))
        for stem, atom in self._prefixes_by_start.get(word[:PREFIX_BUCKET], ()):
            if word.startswith(stem):
                found.add(atom)
        if not found and len(word) >= FUZZY_MIN - 1:
            found.update(self._typos(word))
        return frozenset(found)

    def weak(self, word: str) -> frozenset[int]:
        """Atoms a word that matched nothing may stand for with one typo in a short word.

        Weak: a phrase may use at most one, and only beside words that matched for sure.
        """
        if len(word) < SHORT_FUZZY_MIN - 1 or word in self.known:
            return frozenset()
        found: set[int] = set()
        for candidate in _near(word, self._short_typo_words):
            found.update(self.exact[candidate])
        if found and is_everyday_word(word):
            return frozenset()  # «kveld» is an evening, not a typo of «kvelt»
        return frozenset(found)

    def _typos(self, word: str) -> Iterable[int]:
        for candidate in _near(word, self._typo_words):
            yield from self.exact[candidate]
        # A prefix stem with one typo: compare the word's start, allowing one letter more
        # or less. Stems are few per first letter (a typo in the first letter is rare).
        for stem in self._stems_by_letter.get(word[0], ()):
            length = len(stem)
            if len(word) < length - 1:
                continue
            if any(
                OSA.distance(word[:cut], stem, score_cutoff=1) <= 1
                for cut in (length, length + 1, length - 1)
            ):
                yield self.prefix[stem]


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _deletion_index(words: Iterable[str]) -> dict[str, set[str]]:
    """Every word and each of its one-letter deletions → the words (symmetric delete)."""
    index: dict[str, set[str]] = {}
    for word in words:
        for variant in _deletions(word):
            index.setdefault(variant, set()).add(word)
    return index


def _near(word: str, index: dict[str, set[str]]) -> set[str]:
    """Indexed words within one edit or one swap of ``word`` (confirmed with OSA)."""
    candidates: set[str] = set()
    for variant in _deletions(word):
        candidates |= index.get(variant, set())
    return {c for c in candidates if c != word and OSA.distance(word, c) <= 1}


class DangerCheck:
    """The compiled danger vocabulary; build once per knowledge load, call :meth:`check`."""

    def __init__(self, danger: DangerFile, dialect: DialectFile, known: Iterable[str] = ()) -> None:
        """``known``: folded words that are never typos (the words the knowledge uses)."""
        self.gap = danger.gap
        self._dialect = dialect.folded()
        self._topical = frozenset(_fold_word(w) for w in words_of(danger.topical))
        ordinary = (_fold_word(w) for w in words_of(danger.ordinary))
        known_words = {*known, *self._dialect, *self._dialect.values(), *self._topical, *ordinary}
        self._atoms = _Atoms(frozenset(known_words))
        is_everyday_word("kveld")  # load the word list now, not in the first message
        groups = {
            name: [self._atoms.add(f) for w in words_of(spec) for f in _forms(w)]
            for name, spec in danger.groups.items()
        }
        self._categories = [
            _Category(
                c.id,
                Kind(c.kind),
                c.topic,
                c.routine,
                c.call,
                " ".join(c.lead.split()),
                bool(c.needs),
            )
            for c in danger.categories
        ]
        self._phrases: list[_Phrase] = []
        for index, category in enumerate(danger.categories):
            for need, phrases in ((False, category.phrases), (True, category.needs)):
                for phrase in (v for p in phrases for v in _word_orders(p)):
                    slots, gaps = self._slots(phrase, groups)
                    if slots:
                        key = min(slots, key=lambda slot: (len(slot), -self._rarity(slot)))
                        self._phrases.append(_Phrase(index, slots, gaps, need, key))
        self._cancel = [s for s, _ in (self._slots(p, groups) for p in danger.cancel) if s]
        self._atoms.freeze()
        self._starts: dict[int, list[int]] = {}
        for number, compiled in enumerate(self._phrases):
            for atom in compiled.slots[0]:
                self._starts.setdefault(atom, []).append(number)
        self._cancel_starts: dict[int, list[int]] = {}
        for number, slots in enumerate(self._cancel):
            for atom in slots[0]:
                self._cancel_starts.setdefault(atom, []).append(number)
        self._cancel_starters = frozenset(self._cancel_starts)

    def _rarity(self, slot: _Slot) -> int:
        """Longer words are rarer in ordinary messages than «har», «vil» or «ikke»."""
        return min(self._atoms.lengths[atom] for atom in slot)

    @classmethod
    def from_language(cls, language: Language, known: Iterable[str] = ()) -> DangerCheck:
        return cls(language.danger, language.dialect, known)

    def _slots(
        self, phrase: str, groups: dict[str, list[int]]
    ) -> tuple[tuple[_Slot, ...], tuple[int, ...]]:
        """A phrase's slots, and how many words may come before each («tar+på»: none)."""
        slots: list[_Slot] = []
        gaps: list[int] = []
        for raw in phrase.split():
            for number, piece in enumerate(raw.split("+")):
                if piece.startswith("@"):
                    new = [frozenset(groups[piece[1:]])]
                elif piece.endswith(FAMILY):
                    new = [frozenset(self._atoms.add(f) for f in _forms(piece))]
                else:
                    parts = _fold_pattern(piece).split()  # "e-post" folds to two words
                    new = [frozenset({self._atoms.add(self._dialect.get(p, p))}) for p in parts]
                for index, slot in enumerate(new):
                    slots.append(slot)
                    gaps.append(0 if number or index else self.gap)
        return tuple(slots), tuple(gaps)

    # --- checking -----------------------------------------------------------------------------

    def check(self, text: str) -> DangerFinding | None:
        """The danger or disclosure ``text`` is about, or None. Keeps nothing of ``text``."""
        if "<" in text:
            text = strip_mentions(text)
        words = fold_words(visible(text))
        if not words or (len(words) == 1 and words[0] == BREAK):
            return None
        dialect = self._dialect
        words = [dialect.get(w, w) for w in words]
        atoms, weak = self._atoms_of(words)
        breaks = [word == BREAK for word in words]
        hot = [i for i, here in enumerate(atoms) if here]  # most words are in no phrase
        self._cancel_idioms(atoms, hot)
        present = frozenset().union(*(atoms[i] for i in hot))
        found: set[tuple[int, bool]] = set()
        for start in hot:
            for atom in atoms[start]:
                for number in self._starts.get(atom, ()):
                    phrase = self._phrases[number]
                    key = (phrase.category, phrase.need)
                    if key in found or present.isdisjoint(phrase.key):
                        continue
                    if not _matches(atoms, weak, breaks, phrase, start):
                        continue
                    if not self._topical_at(words, start):
                        found.add(key)
        matched = sorted(
            index
            for index, need in found
            if not need and (not self._categories[index].needs or (index, True) in found)
        )
        if not matched:
            return None
        return self._finding(matched)

    def _atoms_of(self, words: Sequence[str]) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
        """Atoms per position (sure and weak together), and the weak ones alone; each
        distinct word is looked up once (then forgotten)."""
        sure = {word: self._atoms.of(word) for word in set(words)}
        for word, found in sure.items():
            if not found:
                sure[word] = next((a for a in map(self._atoms.of, _bokmal_forms(word)) if a), found)
        weak = {word: self._atoms.weak(word) for word, found in sure.items() if not found}
        none: frozenset[int] = frozenset()
        return (
            [sure[word] or weak.get(word, none) for word in words],
            [weak.get(word, none) for word in words],
        )

    def _cancel_idioms(self, atoms: list[frozenset[int]], hot: Sequence[int]) -> None:
        """Blank out the words of idioms that only look dangerous («slått sammen»)."""
        starters = self._cancel_starters
        for start in hot:
            if atoms[start] & starters:
                length = self._idiom_at(atoms, start)
                if length:
                    atoms[start : start + length] = [frozenset()] * length

    def _idiom_at(self, atoms: Sequence[frozenset[int]], start: int) -> int:
        """The length of an idiom starting at ``start``, or 0."""
        for atom in atoms[start]:
            for number in self._cancel_starts.get(atom, ()):
                slots = self._cancel[number]
                if start + len(slots) <= len(atoms) and all(
                    atoms[start + k] & slot for k, slot in enumerate(slots)
                ):
                    return len(slots)
        return 0

    def _topical_at(self, words: Sequence[str], start: int) -> bool:
        """A topical word shortly before ``start``, in the same sentence and clause.

        «tiltak mot vold hjemme» is a topic; «hva sier rutinen når en elev forteller at faren
        slår henne» is a case: a clause word («når», «hvis», «forteller» …) between them ends the
        topic."""
        for word in reversed(words[max(0, start - TOPICAL_WINDOW) : start]):
            if word == BREAK or word in CLAUSE:
                return False
            if word in self._topical:
                return True
        return False

    def _finding(self, matched: list[int]) -> DangerFinding:
        categories = [self._categories[i] for i in matched]
        acute = [c for c in categories if c.kind is Kind.ACUTE]
        first = categories[0]
        leads = [c.lead for c in acute[:1]]
        if first not in acute[:1]:
            leads.append(first.lead)
        calls = [call for c in (*acute, first, *categories) for call in c.calls]
        return DangerFinding(
            kind=Kind.ACUTE if acute else Kind.DISCLOSURE,
            routine=first.routine,
            topic=first.topic,
            categories=tuple(c.id for c in categories),
            calls=tuple(dict.fromkeys(calls)),
            leads=tuple(leads),
        )


FAMILY = "~"
"""A vocabulary word ending in ``~`` is a stem standing for its whole inflection family."""

ENDINGS = ("", "e", "er", "et", "a", "te", "t", "es", "ar", "ast", "ande", "ende", "ing")
"""Bokmål and nynorsk verb endings (and the -ing noun): «deng~» is denge, denger, denget,
denga, dengte, dengt, denges, dengar … One stem in the file covers every form staff type."""


NYNORSK_ENDINGS = (("ar", "er"), ("ane", "ene"), ("ast", "es"), ("inga", "ingen"), ("de", "te"))
"""Nynorsk and dialect inflections read as bokmål when a word matches nothing as typed:
«ristar» → «rister», «armane» → «armene», «fortalde» → «fortalte»."""


def _bokmal_forms(word: str) -> Iterator[str]:
    for ending, bokmal in NYNORSK_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            yield word[: -len(ending)] + bokmal


def _forms(word: str) -> list[str]:
    """The folded patterns one vocabulary word stands for (its family for ``stem~``)."""
    if not word.endswith(FAMILY):
        return [_fold_pattern(word)]
    stem = _fold_word(word[: -len(FAMILY)])
    return [stem + ending for ending in ENDINGS]


def _word_orders(phrase: str) -> tuple[str, ...]:
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


def _fold_pattern(word: str) -> str:
    """A vocabulary word folded like a message word; a trailing ``*`` is kept."""
    star = word.endswith("*")
    folded = _fold_word(word.rstrip("*"))
    return folded + "*" if star and folded else folded


_Atomised = Sequence[frozenset[int]]


def _matches(
    atoms: _Atomised, weak: _Atomised, breaks: Sequence[bool], phrase: _Phrase, start: int
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
    phrase: _Phrase,
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


def check(text: str, vocabulary: DangerCheck) -> DangerFinding | None:
    """The pure function the router calls first: text in, finding (or None) out."""
    return vocabulary.check(text)


__all__ = ["DangerCheck", "DangerFinding", "Kind", "check", "fold_words"]
