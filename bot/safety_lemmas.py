"""Norwegian morphology for the danger check: a message word read as its dictionary word.

Staff write «kvalte», «onklane», «kontaktane», «julingene»; the danger vocabulary lists
other forms of each word («kvele», «onkel», «kontakt», «juling»). Word lists and ending rules
never catch every form, so the check also reads knowledge/language/lemma_forms.yaml: per
lemma of the vocabulary, its other forms, taken from simplemma's bokmål and nynorsk
full-form lexicons (about 780,000 forms) by scripts/lemma_forms.py – offline, when the
vocabulary changes, so the running bot never loads a lexicon (it cost 1.8 s and 180 MB at
every start).

Read once per vocabulary (bot/safety.py, at knowledge load) into :class:`Kin`, a table
from a folded form to the vocabulary words that share its lemma. A message word that
matched nothing as typed (exactly or by prefix: the files decide what a form they spell
means, «knivstukk*» stabbed and «knivstikke» a threat) is read as those words, before any
typo is read into it (bot/safety_words.py,
bot/safety_signals.py): one dictionary look-up, no lemmatiser at message time.

Kept conservative, since a false alarm is a cost too (scripts/lemma_forms.py applies the
rules, each with a test):

* an everyday word (bot/safety_everyday.py) is taken as written, never as its lemma: its
  homographs are too common («dette» is this, not fell; «gangen» the corridor, not a time);
* a vocabulary word whose lemma is not one word in both written standards is left out
  («dør» is «dø» in nynorsk and the noun door in bokmål: «døra» must not die);
* a folded form that could be another word (folding drops æ, ø, å: «for» is also «før»),
  or that either lexicon gives another lemma, is left out;
* a form is read as its lemma alone where the files list the lemma («hingo» → «henge»), not
  as every listed form: the files keep some forms for phrases of their own («hengte seg»);
* short lemmas (three letters or fewer: «slå», «ta», «dø») are left out – their forms are
  everyday words («tar», «tok») whose meaning the phrases decide, and they list them.

Privacy: the table is made from the files' vocabulary and the lexicons only; nothing of a
message is added to it or kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import product

from bot.knowledge.lemma_forms import LemmaFormsFile

LEMMA_MIN = 4
"""A lemma this long at least joins forms: «slå», «ta», «gå» are left to the phrases."""

FORM_MIN = 4
"""A message form this long at least is read by its lemma («slo» is left to the phrases)."""

UNFOLD_MAX = 64
"""Spellings tried per folded word (each «o» may be «ø», each «a» «å», each «ae» «æ»)."""

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u", "é": "e"})


def fold(word: str) -> str:
    """A lexicon word folded like a message word (bot/safety_match.py fold_words)."""
    return word.lower().translate(_FOLD).replace("aa", "a")


_UNFOLD = {"o": ("o", "ø"), "a": ("a", "å")}


def unfold(word: str) -> Iterator[str]:
    """The spellings a folded word may stand for: «sla» → «sla», «slå»; at most
    ``UNFOLD_MAX`` of them (a long word with many vowels keeps its first ones)."""
    pieces: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        if word.startswith("ae", i):
            pieces.append(("ae", "æ"))
            i += 2
            continue
        pieces.append(_UNFOLD.get(word[i], (word[i],)))
        i += 1
    for count, spelling in enumerate(product(*pieces)):
        if count >= UNFOLD_MAX:
            return
        yield "".join(spelling)


class Kin:
    """Folded forms → their lemma and the vocabulary words (folded) that share it."""

    def __init__(self, table: Mapping[str, tuple[str, frozenset[str]]]) -> None:
        self._table = table

    def of(self, word: str) -> frozenset[str]:
        """The vocabulary words ``word`` is a form of (empty for most words)."""
        return self._table.get(word, _NOTHING)[1]

    def reading(self, word: str) -> tuple[str, frozenset[str]]:
        """``word``'s lemma (folded; empty when it has none here) and :meth:`of`. A reader
        takes the lemma itself where its files list it («hingo» is «henge», not «hengte»,
        which the files keep for «hengte seg»), else every listed form of it."""
        return self._table.get(word, _NOTHING)

    def __len__(self) -> int:
        return len(self._table)


_NOTHING: tuple[str, frozenset[str]] = ("", frozenset())


def kin(vocabulary: Iterable[str], lemma_forms: LemmaFormsFile | None) -> Kin:
    """The kin table of ``lemma_forms`` for folded vocabulary words. Made for this vocabulary
    (tests/test_lemma_forms.py keeps it so); a word the files no longer list is dropped from
    it, and a form they now list is read as they spell it."""
    if lemma_forms is None:
        return Kin({})
    words = frozenset(w for w in vocabulary if w.isalpha() and len(w) >= FORM_MIN)
    cached = _CACHE.get(words)
    if cached is None or cached[0] is not lemma_forms:
        if len(_CACHE) >= CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        cached = _CACHE[words] = (lemma_forms, _kin(words, lemma_forms))
    return cached[1]


CACHE_MAX = 4
_CACHE: dict[frozenset[str], tuple[LemmaFormsFile, Kin]] = {}
"""The same files, the same table: one per vocabulary, kept with the file it was read from."""


def _kin(vocabulary: frozenset[str], lemma_forms: LemmaFormsFile) -> Kin:
    table: dict[str, tuple[str, frozenset[str]]] = {}
    for lemma, entry in lemma_forms.lemmas.items():
        kin = vocabulary.intersection(entry.words.split())
        if not kin:
            continue  # the files no longer list a word of this lemma
        reading = (lemma, kin)  # one per lemma, shared by its forms
        for form in entry.forms.split():
            if form not in vocabulary:  # a form the files spell is read as they spell it
                table[form] = reading
    return Kin(table)


NYNORSK_LEMMAS = (("kje", "ke"), ("gje", "ge"), ("a", "e"))
"""Nynorsk dictionary words as bokmål ones: «stikka» is «stikke», «tenkje» «tenke», «låsa»
«låse» – the two lexicons' lemmas of one verb meet (a lemma's key, never shown)."""


def lemma_key(lemma: str) -> str:
    """A folded lemma in one spelling for both standards (see ``NYNORSK_LEMMAS``)."""
    for nynorsk, bokmal in NYNORSK_LEMMAS:
        if lemma.endswith(nynorsk) and len(lemma) > len(nynorsk) + 2:
            return lemma[: -len(nynorsk)] + bokmal
    return lemma


__all__ = ["FORM_MIN", "LEMMA_MIN", "Kin", "fold", "kin", "lemma_key", "unfold"]
