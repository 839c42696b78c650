"""Norwegian morphology for the danger check: a message word read as its dictionary word.

Staff write «kvalte», «onklane», «kontaktane», «julingene»; the danger vocabulary lists
other forms of each word («kvele», «onkel», «kontakt», «juling»). Word lists and ending rules
never catch every form, so the check also asks a full-form dictionary: simplemma's bokmål
and nynorsk lexicons (shipped inside the package, nothing downloaded), which give each of
about 780,000 forms its lemma.

Built once per vocabulary (bot/safety.py, at knowledge load) into :class:`Kin`, a table
from a folded form to the vocabulary words that share its lemma. A message word that
matched nothing as typed (exactly or by prefix: the files decide what a form they spell
means, «knivstukk*» stabbed and «knivstikke» a threat) is read as those words, before any
typo is read into it (bot/safety_words.py,
bot/safety_signals.py): one dictionary look-up, no lemmatiser at message time.

Kept conservative, since a false alarm is a cost too (each rule has a test):

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

import functools
import logging
from collections.abc import Iterable, Iterator, Mapping
from itertools import product

from bot.safety_everyday import is_everyday_word

log = logging.getLogger(__name__)

LANGUAGES = ("nb", "nn")
"""Bokmål and nynorsk: staff write both, and dialect forms are often nynorsk ones."""

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


def kin(vocabulary: Iterable[str]) -> Kin:
    """The kin table for folded vocabulary words (cached: the same files, the same table)."""
    return _kin(frozenset(w for w in vocabulary if w.isalpha() and len(w) >= FORM_MIN))


@functools.lru_cache(maxsize=4)
def _kin(vocabulary: frozenset[str]) -> Kin:
    lexicons = _lexicons()
    if not lexicons:
        return Kin({})
    by_lemma: dict[str, set[str]] = {}
    for word in vocabulary:
        lemma = _lemma(word, lexicons)
        if lemma is not None:
            by_lemma.setdefault(lemma, set()).add(word)
    listed = {lemma: frozenset(words) for lemma, words in by_lemma.items()}
    table: dict[str, tuple[str, frozenset[str]]] = {}
    for lexicon in lexicons:
        keys: dict[str, str] = {}  # per lexicon lemma, folded once
        for form, raw in lexicon.items():  # decoded one by one (the lexicon stays bytes)
            lemma = keys.get(raw)
            if lemma is None:
                lemma = keys[raw] = lemma_key(fold(raw))
            words = listed.get(lemma)
            if words is None:
                continue  # most lemmas are no vocabulary word's
            folded = fold(form)
            if len(folded) < FORM_MIN or folded in vocabulary or not folded.isalpha():
                continue
            if folded in table or is_everyday_word(folded):
                continue  # «dette» (this) is no «dettet» (fell), «gangen» no «gang» (time)
            if _lemma(folded, lexicons) == lemma:
                table[folded] = (lemma, words)  # not «for»: it is also «før»
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


def _lemma(folded: str, lexicons: tuple[Mapping[str, str], ...]) -> str | None:
    """The one lemma key every spelling ``folded`` may stand for has in both lexicons, or
    None: unknown, ambiguous («dør»: door or dies; «for», «før»), or too short to join forms."""
    found = {
        lemma_key(fold(lemma))
        for spelling in unfold(folded)
        for lexicon in lexicons
        if (lemma := lexicon.get(spelling)) is not None
    }
    if len(found) == 2:
        short, long = sorted(found, key=len)
        if long == short + "e":  # «hoppet»: the jump (nynorsk) or jumped (bokmål): one act
            found = {long}
    if len(found) != 1:
        return None
    (lemma,) = found
    return lemma if len(lemma) >= LEMMA_MIN else None


def _lexicons() -> tuple[Mapping[str, str], ...]:
    """simplemma's bokmål and nynorsk full-form lexicons (form → lemma), or none when
    simplemma is missing or changed shape: then the check reads words as before. Not kept
    (150 MB): read once per vocabulary, by :func:`kin`, which keeps its small table."""
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        factory = DefaultDictionaryFactory(cache_max_size=0)
        return tuple(factory.get_dictionary(lang) for lang in LANGUAGES)
    except (ImportError, ValueError, OSError) as error:  # pragma: no cover - install problem
        log.warning("simplemma's lexicons not read (%s): no lemma look-up", error)
        return ()


__all__ = ["Kin", "fold", "kin", "unfold"]
