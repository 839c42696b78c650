"""The privacy guard: notice personal data about an identifiable person in a message.

A Teams channel is not a case system. Staff in an SLT room are bound by taushetsplikt, so a
fødselsnummer, a child's name with age or class, or health and police details tied to a
name must not be posted there (shared/domain/README.md §6). The guard runs on every message
the bot receives and answers with a short, friendly warning (:func:`warning_text`).

Design, and why:

* **Fødselsnummer / D-nummer**: 11-digit candidates (also ``010203 12345`` and
  ``010203.12345``) are validated by python-stdnum, which checks both check digits and the
  birth date. A first digit of 4–7 marks a D-nummer. Phone numbers (8 digits),
  organisasjonsnummer (9), dates and times never have 11 digits in a row, and a random
  11-digit number fails the check digits 99 times in 100.
* **Names** have no NER model behind them. A name is a capitalised word (or a run of them:
  first + last name) that is not a known non-name (weekdays, months, services, programmes,
  roles, tools, common sentence openers – knowledge/language/privacy.yaml – and each
  kommune's own places and schools, ``places:`` in its knowledge file). Norwegian does
  not capitalise common nouns, so inside a sentence a capital letter means a proper noun;
  at the start of a sentence it means nothing, so there an unknown word counts only with a
  strong signal right after it, and words that look like inflected nouns ("Eleven",
  "Ungdommen", "Elevene") are never names. A compact list of common first names supports
  this (sentence starts, and ``ola (14) i 9b`` typed in lower case) but is never required.
* **A name alone is not personal data worth a warning** ("Hei Kari", "Takk, Per!"). It
  counts with a signal: an age ("(14)", "14 år", "14-åring"), a class ("9b", "9. klasse",
  "10. trinn", "VG2") or "går på <X> skole" within a few glue words ("Kari i 9b",
  "Jonas, 15 år,"), or a health / police term within a few words ("Kari ble tatt med hasj",
  "Ola har fått diagnosen ADHD"; also "... Tiril? Hun kutter seg" across one sentence when
  the next one starts with han/hun).
* **Staff are not the subject**: a name after a role ("helsesykepleier Kari",
  "SLT-koordinator Per"), before a role or a service ("Kari (helsesykepleier)", "Per i
  politiet"), after a greeting or sign-off ("Hei Kari", "Mvh Per") or in the vocative
  ("Per, kan du sende rutinen for selvskading?") is not tied to the signal. A name with a
  school counts only with a pupil's verb ("går på", "elev ved"), so "Kari jobber på Våler
  ungdomsskole" passes.
* **Topics are not cases**: words that name a topic as often as a diagnosis (ADHD,
  selvskading, hasj, BUP, psykolog …) count only after a personal link word ("har",
  "sliter med", "går til", "henvist til", "røyker" …); no health term counts right after
  "om", "kurs", "rutinen", "mot" … or before "som tema" ("Kari har kurs om selvskading"),
  and a "som" clause between name and term ties the term to someone else ("Tone om gutten
  som ble pågrepet").
* **Speed**: a cheap look (one regex for ages/classes/schools, set lookups for terms)
  decides whether a message can name anyone at all; only then is it tokenised. Ordinary
  messages cost ~5–15 µs, messages with a signal ~30–70 µs.

Accepted misses (the name detectors lean quiet): a name that is also a common word or a
month (Hans, Mai; in lower case also Per, Liv, Tor …); an unknown name typed in lower
case; an unknown name opening a sentence with only a class after it ("Zyrox i 9b") or
ending like an inflected noun ("Stephen (14) har …"); a single long unknown word ending in
-en/-et mid-sentence, read as a place ("Rudskogen (12)"); pronouns beyond the next
sentence; "Ola er en av dem som ble pågrepet"; "Kan vi melde Mathias til barnevernet?".

Accepted false alarms: a colleague named next to a class without a role or a verb ("møte
med Kari i 9b", "spør kari i 9b"); a count in parentheses after an unknown proper noun
("Haugen (8)"); a colleague's own health ("Kari er gravid"); an 11-digit account or KID
number that happens to pass the fødselsnummer checks (about 1 in 100 random numbers); and
a teaching example such as «Ola (14) i 9b». A warning costs the sender one kind sentence;
a missed fødselsnummer costs more, so the number detector is strict.

The guard never keeps or returns any part of the message: :class:`PrivacyFinding` holds
only which detectors fired, so it is safe to log.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING

from stdnum.no import fodselsnummer

from bot.knowledge.language import NamesFile, PrivacyFile, bundled_language
from bot.text import fold, strip_mentions, visible

if TYPE_CHECKING:
    from bot.knowledge.index import KnowledgeBase

log = logging.getLogger(__name__)


class Detector(StrEnum):
    """Which kind of personal data was seen. The value is what may be logged."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMMER = "d_nummer"
    NAME_WITH_AGE_OR_CLASS = "name_with_age_or_class"
    NAME_WITH_HEALTH_OR_POLICE = "name_with_health_or_police"
    ADDRESS_WITH_DETAILS = "address_with_details"


_DETECTOR_ORDER = {detector: rank for rank, detector in enumerate(Detector)}


@dataclass(frozen=True)
class PrivacyFinding:
    """What the guard saw, without any of the text it saw it in — safe to log."""

    detectors: tuple[Detector, ...]

    def __post_init__(self) -> None:
        if not self.detectors:
            raise ValueError("a PrivacyFinding needs at least one detector")
        for detector in self.detectors:
            if not isinstance(detector, Detector):
                raise TypeError(f"not a Detector: {type(detector).__name__}")

    def describe(self) -> str:
        """The detector names, e.g. ``personopplysninger: fodselsnummer``."""
        return "personopplysninger: " + ", ".join(d.value for d in self.detectors)

    def __str__(self) -> str:
        return self.describe()


def warning_text(kontakt: str) -> str:
    """The reply to a message with personal data: kind, short, and pointing somewhere better.

    ``kontakt`` is the kommune's SLT-koordinator, e.g. ``"SLT-koordinator Kari Nordmann"``
    or just the name; an empty value falls back to the role.
    """
    kontakt = " ".join(kontakt.split())
    if not kontakt:
        who = "SLT-koordinatoren"
    elif "koordinator" in kontakt.lower():
        who = kontakt
    else:
        who = f"SLT-koordinatoren ({kontakt})"
    return (
        "Denne meldingen ser ut til å inneholde personopplysninger om en person som kan "
        "kjennes igjen. Vi har taushetsplikt, og Teams er ikke stedet for enkeltsaker – "
        f"kan du slette meldingen? Ta saken videre med {who} og i kommunens sikre system; "
        "i teamet drøfter vi den først når samtykke er på plass."
    )


class FreeTextRefused(ValueError):
    """A free-text field looked like personal data; nothing was stored or shown.

    The message is the Norwegian refusal for the sender (no part of their text).
    """


def free_text_refusal(what: str, kontakt: str = "") -> str:
    """The refusal for a card field: the usual privacy warning, saying nothing was saved."""
    who = " ".join(kontakt.split()) or "SLT-koordinatoren"
    return (
        f"{what} ble ikke lagret: den ser ut til å inneholde personopplysninger om en person "
        "som kan kjennes igjen (navn med alder, klasse, helse- eller politiopplysninger, eller "
        "et fødselsnummer). Vi har taushetsplikt, og Teams er ikke stedet for enkeltsaker. "
        f"Skriv den uten slike opplysninger, og ta enkeltsaken videre med {who} og i "
        "kommunens sikre system."
    )


def screen_free_text(guard: PrivacyGuard, text: str, field: str, refusal: str) -> str:
    """The one check every free-text field passes before it is stored or shown.

    Returns the text; raises :class:`FreeTextRefused` with ``refusal`` when the guard sees
    personal data. Logs only the field and the detector names, never the text.
    """
    finding = guard.check(text)
    if finding is not None:
        log.warning("privacy guard refused a %s: %s", field, finding.describe())
        raise FreeTextRefused(refusal)
    return text


# --- word lists ----------------------------------------------------------------------
# The guard's words are knowledge: knowledge/language/privacy.yaml and names.yaml (validated
# at load), plus each kommune's place and school names (``places:`` in its file). They are
# folded once (bot.text.fold) when the guard is built.

# Endings of inflected nouns, participles and adjectives: a sentence-initial word that ends
# like this ("Eleven", "Ungdommene", "Bekymret") is not taken for an unknown name.
_NOUN_ENDINGS = (
    "ene", "ane", "ere", "en", "et", "er", "ing", "inger", "sjon", "het", "else", "skap",
    "ige", "ig", "lig", "isk", "ert",
)  # fmt: skip


_FOLD_FAST = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u", "-": " ", "'": " ", "’": " "}
)


def _fold_word(word: str) -> str:
    """``bot.text.fold`` for one word, with a fast path.

    The full fold costs ~2 µs a word; this gives the same result for words of plain letters
    and æøå and hands anything else to the real thing.
    """
    low = word.lower().translate(_FOLD_FAST)
    if low.isascii():
        return low.replace("aa", "a")
    return fold(word)


def _folded_set(words: str | Iterable[str]) -> frozenset[str]:
    if isinstance(words, str):
        words = words.split()
    return frozenset(f for f in (fold(word) for word in words) if f)


def _folded_phrases(spec: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in spec:
        words = tuple("*" if w == "*" else fold(w) for w in phrase.split())
        if words:
            phrases.setdefault(words[0], []).append(words[1:])
    return {first: tuple(rests) for first, rests in phrases.items()}


# --- tokens --------------------------------------------------------------------------

_WORD, _NUM, _CLASS, _AGE, _AGEWORD, _BREAK, _PUNCT = range(7)

_TOKEN = re.compile(
    r"""
      (?P<cls>(?:
            (?:1[0-3]|[1-9])(?:\.?\s?(?i:klassetrinn|klasse|trinn)|[a-gA-G])
          | [Vv][Gg]\s?[1-3]
        )(?!\w))
    | (?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)
    | (?P<ageword>(?<![\d.,:])\d{1,2}\s?-?\s?(?i:år)(?:ing\w*)?(?!\w)(?:\s+gam(?:mel|le)(?!\w))?)
    | (?P<num>\d+(?:[.:/-]\d+)*)
    | (?P<age>\(\s*(?P<agenum>\d{1,2})(?:\s*(?i:år))?\s*(?=[),]))
    | (?P<brk>[.!?…:;]+(?=\s*$|\s+[^\s\da-zæøå])|\r?\n|•)
    | (?P<punct>[,()–-])
    """,
    re.VERBOSE,
)
_BIRTH = re.compile(r"(?:19|20)\d\d$|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d$")
_ORDINALS = _folded_set("fjerde femte sjette sjuende syvende åttende niende tiende")

_KIND = {
    "cls": _CLASS,
    "age": _AGE,
    "ageword": _AGEWORD,
    "num": _NUM,
    "word": _WORD,
    "brk": _BREAK,
    "punct": _PUNCT,
}

# Eleven digits, optionally "DDMMYY NNNNN" / "DDMMYY.NNNNN" / "DD.MM.YY NNNNN".
_NUMBER_CANDIDATE = re.compile(r"(?<![\d.])(\d{6}|\d\d\.\d\d\.\d\d)[ .-]?(\d{5})(?![\d])")
_ELEVEN_DIGITS = re.compile(r"\d(?:[ .-]?\d){10}")
_TAG = re.compile(r"<[^<>]{0,300}>")
_HOUSE_NUMBER = re.compile(r"\d{1,3}\s?[a-hA-H]?$")
# After «på 15» these make it an amount, not an age («på 15 minutter»).
# fmt: off
_UNITS = frozenset({
    "min", "minutt", "minutter", "timer", "time", "t", "sek", "sekunder", "kr", "kroner",
    "prosent", "pst", "stk", "km", "m", "meter", "elever", "personer", "deltakere",
    "stykker", "ganger", "dager", "uker",
})
# fmt: on
_UPPER = re.compile(r"[^\W\d_a-zæøåäöü]")  # any upper-case letter
_LETTERS = re.compile(r"[^\W\d_]+")
# Anything that could be an age, a class or a school, found on the lower-cased text.
_AGE_CLASS_OR_SCHOOL = re.compile(
    r"\(\s*\d{1,2}\s*(?:år\s*)?[),]"
    r"|\d\s?-?\s?år"
    r"|(?<!\w)(?:1[0-3]|[1-9])[a-g](?!\w)"
    r"|\d\.?\s?(?:klasse|trinn)"
    r"|(?:fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende)\s(?:klasse|trinn)"
    r"|vg\s?[1-3]"
    r"|(?<!\w)f(?:ødt|odt|ødd|odd|\.)\s*\d"
    r"|skole|skule|vgs|videreg|oppvekstsenter|(?<!\w)jus(?!\w)"
)


class _Tok:
    """One token. ``low`` is the folded form of a word; ``last`` its last hyphen part."""

    __slots__ = ("age", "initial", "kind", "last", "low", "name", "raw", "sent")

    def __init__(self, kind: int, raw: str, sent: int, initial: bool) -> None:
        self.kind = kind
        self.raw = raw
        self.sent = sent
        self.initial = initial
        self.low = ""
        self.last = ""
        self.age = -1
        self.name = 0  # see PrivacyGuard._name_word


@dataclass(frozen=True)
class _Span:
    """A run of name tokens [start, end]."""

    start: int
    end: int
    weak: bool  # one unknown word at the start of a sentence
    lower: bool  # a known name typed in lower case
    vocative: bool  # "Per, kan du …" / "…, Kari?"


class PrivacyGuard:
    """Build once per knowledge load (:meth:`from_knowledge`), then :meth:`check` every message.

    Without arguments the guard uses the word lists shipped in knowledge/language and no
    kommune's own place names.
    """

    def __init__(
        self,
        words: PrivacyFile | None = None,
        names: NamesFile | None = None,
        places: Iterable[str] = (),
        schools: Iterable[str] = (),
    ) -> None:
        if words is None or names is None:
            bundled = bundled_language()
            words, names = words or bundled.privacy, names or bundled.names
        school_parts = [school.split() for school in schools]
        self._non_names = (
            _folded_set(
                " ".join(
                    (
                        words.calendar,
                        words.places,
                        words.services,
                        words.programmes,
                        words.tools,
                        words.roles,
                        words.sentence_words,
                    )
                )
            )
            | _folded_set(word for place in places for word in place.split())
            | _folded_set(word for parts in school_parts for word in parts)
        )
        self._roles = _folded_set(words.roles)
        self._staff_orgs = _folded_set(words.staff_orgs)
        self._institution_nouns = _folded_set(words.institution_nouns)
        self._school_nouns = _folded_set(words.school_nouns)
        self._school_names = _folded_set(words.school_names) | _folded_set(
            parts[0] for parts in school_parts if len(parts) == 1
        )
        self._street_nouns = tuple(sorted(_folded_set(words.street_nouns)))
        self._family_nouns = _folded_set(words.family_nouns)
        self._glue = _folded_set(words.glue)
        self._student_words = _folded_set(words.student_words)
        self._locatives = _folded_set(words.locatives)
        self._greetings = _folded_set(words.greetings)
        self._pronouns = _folded_set(words.pronouns)
        self._numbered = _folded_set(words.numbered)
        self._duration = _folded_set(words.duration_words)
        self._strong = _folded_set(words.strong_terms)
        self._topic = _folded_set(words.topic_terms)
        self._links = _folded_set(words.link_words)
        self._topical = _folded_set(words.topical_markers)
        self._phrases = _folded_phrases(words.strong_phrases)
        self._term_heads = self._strong | self._topic | frozenset(self._phrases)
        self._known = _folded_set(names.first_names)
        self._known_lower = self._known - _folded_set(names.also_words) - self._non_names
        self._noun_endings = tuple(sorted(set(_NOUN_ENDINGS)))
        # The quick look before tokenising: words as typed (lower case) and folded.
        self._lower_name_spellings = frozenset(
            spelling
            for word in names.first_names.lower().split()
            if _fold_word(word) in self._known_lower
            for spelling in (word, _fold_word(word))
        )
        self._term_spellings = frozenset(
            spelling
            for word in f"{words.strong_terms} {words.topic_terms}".lower().split()
            for spelling in (word, _fold_word(word))
        )
        pairs = [p.lower().split()[:2] for p in words.strong_phrases if len(p.split()) > 1]
        self._phrase_pairs = frozenset(
            (a, b)
            for first, second in pairs
            for a in (first, _fold_word(first))
            for b in (second, _fold_word(second))
        )
        self._phrase_heads = frozenset(a for a, _ in self._phrase_pairs)

    @classmethod
    def from_knowledge(cls, kb: KnowledgeBase) -> PrivacyGuard:
        """The guard for a knowledge base: its language files and every kommune's places."""
        places: list[str] = []
        schools: list[str] = []
        for index in kb.kommuner.values():
            kommune = index.kommune
            places += [kommune.name, kommune.short_name, *kommune.aliases, *kommune.places.names]
            schools += kommune.places.schools
        return cls(kb.language.privacy, kb.language.names, places, schools)

    # -- public ------------------------------------------------------------------------

    def check(self, text: str) -> PrivacyFinding | None:
        """The detectors that fire on ``text``, or None. Keeps nothing of ``text``."""
        text = visible(text)  # a zero-width space must not split a number or a name
        if "<" in text:
            text = _TAG.sub(" ", strip_mentions(text))
        found: set[Detector] = set()
        found.update(self._numbers(text))
        if self._may_name_someone(text):
            found.update(self._names(text))
        if not found:
            return None
        return PrivacyFinding(tuple(sorted(found, key=_DETECTOR_ORDER.__getitem__)))

    def _may_name_someone(self, text: str) -> bool:
        """A cheap look for a signal and a name, so most messages skip the tokenizer."""
        lower = text.lower()
        words = _LETTERS.findall(lower)
        has_signal = (
            _AGE_CLASS_OR_SCHOOL.search(lower) is not None
            or not self._term_spellings.isdisjoint(words)
            or (
                not self._phrase_heads.isdisjoint(words)
                and not self._phrase_pairs.isdisjoint(pairwise(words))
            )
        )
        if not has_signal:
            return False
        return _UPPER.search(text) is not None or not self._lower_name_spellings.isdisjoint(words)

    # -- fødselsnummer / D-nummer ------------------------------------------------------

    def _numbers(self, text: str) -> Iterable[Detector]:
        if not _ELEVEN_DIGITS.search(text):
            return
        for match in _NUMBER_CANDIDATE.finditer(text):
            number = match.group(1).replace(".", "") + match.group(2)
            if fodselsnummer.is_valid(number):
                yield Detector.D_NUMMER if number[0] >= "4" else Detector.FODSELSNUMMER

    # -- names -------------------------------------------------------------------------

    def _names(self, text: str) -> set[Detector]:
        toks = self._tokenize(text)
        spans = self._spans(toks)
        addresses = self._addresses(toks)
        found: set[Detector] = set()
        if not spans and not addresses:
            return found
        terms: list[int] | None = None
        for span in spans:
            if Detector.NAME_WITH_AGE_OR_CLASS not in found and self._has_age_or_class(toks, span):
                found.add(Detector.NAME_WITH_AGE_OR_CLASS)
            if span.vocative or Detector.NAME_WITH_HEALTH_OR_POLICE in found:
                continue
            if terms is None:
                terms = self._terms(toks)
            near = [j for j in terms if self._is_strong(toks[j])] if span.lower else terms
            if near and self._near_term(toks, span, near):
                found.add(Detector.NAME_WITH_HEALTH_OR_POLICE)
        for span in addresses:
            if terms is None:
                terms = self._terms(toks)
            if terms and self._near_term(toks, span, terms):
                found.add(Detector.ADDRESS_WITH_DETAILS)
                break
        return found

    def _is_strong(self, tok: _Tok) -> bool:
        """A term that is never just a topic («innlagt», «blir slått»): enough for a name
        typed in lower case."""
        if tok.last in self._strong:
            return True
        return tok.low in self._phrases and tok.last not in self._topic

    def _addresses(self, toks: list[_Tok]) -> list[_Span]:
        """Street addresses («Bjørnevegen 3», «Storgata 12b»): identifying like a name."""
        found: list[_Span] = []
        for i in range(len(toks) - 1):
            tok, nxt = toks[i], toks[i + 1]
            if (
                tok.kind == _WORD
                and tok.raw[:1].isupper()
                and nxt.kind in (_NUM, _CLASS)
                and _HOUSE_NUMBER.match(nxt.raw)
                and any(
                    tok.last.endswith(noun) and (len(tok.last) > len(noun) or i > 0)
                    for noun in self._street_nouns
                )
            ):
                found.append(_Span(i, i + 1, weak=False, lower=False, vocative=False))
        return found

    def _tokenize(self, text: str) -> list[_Tok]:
        toks: list[_Tok] = []
        sent = 0
        at_start = True
        for match in _TOKEN.finditer(text):
            kind = _KIND[match.lastgroup or "punct"]
            if kind == _BREAK:
                if toks and toks[-1].kind != _BREAK:
                    sent += 1
                    toks.append(_Tok(_BREAK, "", sent, False))
                at_start = True
                continue
            tok = _Tok(kind, match.group(), sent, at_start and kind == _WORD)
            if kind == _WORD:
                tok.low = _fold_word(tok.raw)
                tok.last = tok.low.rpartition(" ")[2]
                tok.name = self._name_word(tok)
            elif kind == _AGE:
                tok.age = int(match.group("agenum"))
            elif kind in (_CLASS, _AGEWORD) and self._just_a_number(
                kind, toks[-1] if toks else None, text[max(0, match.start() - 3) : match.start()]
            ):
                tok.kind = _NUM
            if kind != _PUNCT:
                at_start = False
            toks.append(tok)
        # "14 år siden" is a time, not an age; "niende klasse" is a class.
        for i in range(len(toks) - 1):
            tok, nxt = toks[i], toks[i + 1]
            if tok.kind == _AGEWORD and nxt.low in ("siden", "tilbake"):
                tok.kind = _NUM
            elif tok.low in _ORDINALS and nxt.low in ("klasse", "trinn"):
                tok.kind = _CLASS
                tok.name = 0
            elif tok.low in ("fodt", "fodd", "f") and nxt.kind == _NUM and _BIRTH.match(nxt.raw):
                tok.kind = _AGEWORD  # "født 2010", "f. 01.01.2010"
                tok.name = 0
        return toks

    def _age_after_pa(self, toks: list[_Tok], k: int) -> bool:
        """«på 15» right after a name is an age, unless a unit follows («på 15 minutter»)."""
        tok = toks[k]
        if k == 0 or toks[k - 1].low != "pa" or not tok.raw.isdigit() or len(tok.raw) > 2:
            return False
        if not 6 <= int(tok.raw) <= 25:
            return False
        after = toks[k + 1] if k + 1 < len(toks) else None
        return after is None or after.low not in _UNITS

    def _just_a_number(self, kind: int, prev: _Tok | None, just_before: str) -> bool:
        """Not a class: "tiltak 2b", "§ 4a". Not an age: "i 14 år", "over 18 år"."""
        if kind == _CLASS:
            return "§" in just_before or (prev is not None and prev.last in self._numbered)
        return prev is not None and prev.last in self._duration

    def _is_school(self, toks: list[_Tok], i: int) -> bool:
        tok = toks[i]
        if tok.kind != _WORD:
            return False
        if tok.low in self._school_names:
            return True
        if not tok.raw[:1].isupper():
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and nxt.kind == _WORD and nxt.last in self._school_nouns

    def _name_word(self, tok: _Tok) -> int:
        """0: not a name; 1: a name; 2: weak (unknown, sentence-initial); 3: lower case."""
        if tok.kind != _WORD:
            return 0
        raw, low = tok.raw, tok.low
        if len(low) < 2 or low in self._non_names:
            return 0
        parts = low.split(" ")
        if not raw[:1].isupper():
            return 3 if low in self._known_lower else 0
        if len(raw) > 1 and raw.isupper():
            return 0  # an acronym: NAV, ADHD, JUS
        if len(parts) > 1:  # "Lars-Erik" is a name, "Teams-møtet" is not
            pieces = re.split(r"['’-]", raw)
            if parts[-1] in self._family_nouns and parts[0] not in self._non_names:
                return 1  # "Hansen-familien", "Hansen-gutten"
            if not all(p[:1].isupper() for p in pieces):
                return 0
            if any(p in self._non_names for p in parts):
                return 0
        if not tok.initial or parts[0] in self._known:
            return 1
        if len(low) < 3 or low.endswith(self._noun_endings):
            return 0
        return 2

    def _spans(self, toks: list[_Tok]) -> list[_Span]:
        spans: list[_Span] = []
        i, n = 0, len(toks)
        first_word = next((k for k, t in enumerate(toks) if t.kind == _WORD), -1)
        while i < n:
            kind = toks[i].name
            if not kind:
                i += 1
                continue
            start = i
            kinds = [kind]
            while i + 1 < n and toks[i + 1].sent == toks[start].sent:
                nxt = toks[i + 1].name
                if nxt not in (1, 2) or kinds[-1] == 3:
                    break
                kinds.append(1)
                i += 1
            end = i
            i += 1
            if len(kinds) > 1 and kinds[0] == 2:
                kinds[0] = 1  # two capitalised words in a row: first + last name
            span = _Span(
                start,
                end,
                weak=kinds == [2],
                lower=kinds[0] == 3,
                vocative=self._is_vocative(toks, start, end, first_word),
            )
            if len(kinds) == 1 and self._looks_like_a_place(toks[start]):
                continue
            if self._is_someone_else(toks, span):
                continue
            spans.append(span)
        return spans

    def _looks_like_a_place(self, tok: _Tok) -> bool:
        """A long definite noun used as a name is a place: "Rudskogen (8)", "Solsikken (12)"."""
        low = tok.low
        return (
            tok.last not in self._family_nouns
            and len(low) >= 8
            and low.endswith(("en", "et", "ene"))
            and not low.endswith("sen")  # Johansen, Kristiansen
            and low not in self._known
        )

    def _is_vocative(self, toks: list[_Tok], start: int, end: int, first_word: int) -> bool:
        after = toks[end + 1] if end + 1 < len(toks) else None
        before = toks[start - 1] if start > 0 else None
        if start == first_word and after is not None and after.raw == ",":
            nxt = toks[end + 2] if end + 2 < len(toks) else None
            # "Per, kan du …" is spoken to; "Ola, 16, …" and "Ola, som …" are spoken about.
            return nxt is None or (nxt.kind not in (_NUM, _AGE, _AGEWORD) and nxt.low != "som")
        return before is not None and before.raw == "," and (after is None or after.kind == _BREAK)

    def _is_someone_else(self, toks: list[_Tok], span: _Span) -> bool:
        """A place, a school, a colleague with a role, or someone greeted."""
        n = len(toks)
        before = toks[span.start - 1] if span.start > 0 else None
        after = toks[span.end + 1] if span.end + 1 < n else None
        age_follows = after is not None and after.kind == _AGE
        if after is not None and after.kind == _WORD and after.last in self._institution_nouns:
            return True
        if (
            before is not None
            and before.kind == _WORD
            and before.low in self._locatives
            and not age_follows
        ):
            return True
        # A role before: "helsesykepleier Kari", "SLT-koordinator, Per".
        k = span.start - 1
        if k >= 0 and toks[k].raw == ",":
            k -= 1
        if k >= 0 and toks[k].kind == _WORD and toks[k].last in self._roles:
            return True
        # A role or a service after: "Kari (helsesykepleier)", "Per fra barnevernet".
        if not age_follows:
            k = span.end + 1
            while k < n and toks[k].raw in (",", "(", "-", "–"):
                k += 1
            if k < n and toks[k].kind == _WORD:
                if toks[k].last in self._roles:
                    return True
                if (
                    toks[k].low in ("fra", "i", "hos", "på")
                    and k + 1 < n
                    and toks[k + 1].kind == _WORD
                    and toks[k + 1].last in self._staff_orgs
                ):
                    return True
        # A greeting or sign-off before: "Hei Kari", "Takk, Per", "Hei Kari og Per".
        k = span.start - 1
        steps = 0
        while not age_follows and k >= 0 and steps < 5 and toks[k].sent == toks[span.start].sent:
            tok = toks[k]
            if tok.kind == _WORD and tok.low in self._greetings:
                return True
            if tok.raw in (",", "&") or tok.low == "og" or tok.name in (1, 2):
                k -= 1
                steps += 1
                continue
            break
        return False

    # -- age / class -------------------------------------------------------------------

    def _has_age_or_class(self, toks: list[_Tok], span: _Span) -> bool:
        n = len(toks)
        # Forwards: "Ola (14) i 9b", "Jonas, 15 år", "Aksel går på Kirkebygden skole".
        k, glued, student = span.end + 1, 0, False
        while k < n and glued <= 4:
            tok = toks[k]
            if tok.kind == _AGE:
                return not span.weak or 10 <= tok.age <= 25
            if tok.kind == _AGEWORD:
                return True
            if tok.kind == _CLASS:
                return not (span.weak or span.vocative)  # not "Kari, 9b har prøve"
            if tok.kind == _NUM and self._age_after_pa(toks, k):
                return True  # "jonas på 15 i 9b"
            if student and self._is_school(toks, k):
                return True
            if tok.kind == _PUNCT:
                pass
            elif (
                span.lower
                and k == span.end + 1
                and tok.kind == _WORD
                and len(tok.low) >= 3
                and tok.low not in self._non_names
                and tok.low not in self._glue
            ):
                pass  # a surname after a first name typed in lower case: "sofie berg i 10c"
            elif tok.kind == _WORD and tok.low in self._glue:
                student = student or tok.low in self._student_words
            elif tok.low == "og" and k + 1 < n and toks[k + 1].low in self._student_words:
                pass  # "Amir og går i 8c"
            else:
                break
            k += 1
            glued += 1
        if span.weak:
            return False
        # Backwards: "14 år gamle Filip", "9b-eleven Ola", "14-åringen Sara".
        k, glued = span.start - 1, 0
        while k >= 0 and glued <= 3:
            tok = toks[k]
            if tok.kind in (_AGE, _AGEWORD, _CLASS):
                return True
            if tok.kind == _PUNCT or (tok.kind == _WORD and tok.low in ("eleven", "elev")):
                k -= 1
                glued += 1
                continue
            break
        return False

    # -- health / police ---------------------------------------------------------------

    def _terms(self, toks: list[_Tok]) -> list[int]:
        """Indices of tokens that start a health or police term tied to a person."""
        words = [i for i, t in enumerate(toks) if t.kind == _WORD]
        found: list[int] = []
        heads = self._term_heads
        for pos, i in enumerate(words):
            tok = toks[i]
            if tok.last not in heads and tok.low not in heads:
                continue
            prev = [toks[j] for j in words[max(0, pos - 2) : pos] if toks[j].sent == tok.sent]
            hit = tok.last in self._strong or self._phrase_at(toks, words, pos)
            if not hit and tok.last in self._topic:
                hit = any(p.low in self._links for p in prev)
            if (
                hit
                and not any(p.low in self._topical for p in prev)
                and not self._as_a_theme(toks, words, pos)
            ):
                found.append(i)
        return found

    def _as_a_theme(self, toks: list[_Tok], words: list[int], pos: int) -> bool:
        """The term is what a meeting is about: "selvskading som tema", "hasj tema"."""
        after = [toks[j].low for j in words[pos + 1 : pos + 3]]
        return after[:1] == ["tema"] or after == ["som", "tema"] or after == ["som", "temaet"]

    def _phrase_at(self, toks: list[_Tok], words: list[int], pos: int) -> bool:
        rests = self._phrases.get(toks[words[pos]].low)
        if not rests:
            return False
        for rest in rests:
            following = words[pos + 1 : pos + 1 + len(rest)]
            if len(following) == len(rest) and all(
                (want == "*" and toks[j].low != "seg") or toks[j].low == want
                for want, j in zip(rest, following, strict=True)
            ):
                return True
        return False

    def _about_someone_else(self, toks: list[_Tok], span: _Span, j: int) -> bool:
        """A "som" clause between ties the term elsewhere: "Tone om gutten som ble pågrepet"."""
        for k in range(span.end + 2, j):
            if toks[k].low == "som" and toks[k - 1].kind in (_WORD, _NUM):
                return True
        return False

    def _near_term(self, toks: list[_Tok], span: _Span, terms: list[int]) -> bool:
        sent = toks[span.start].sent
        for j in terms:
            if toks[j].sent == sent:
                if span.weak:
                    if span.end < j <= span.end + 3:
                        return True
                elif span.start - 4 <= j <= span.end + 12 and not self._about_someone_else(
                    toks, span, j
                ):
                    return True
            elif toks[j].sent == sent + 1 and not span.weak:
                # "… Tiril? Hun kutter seg igjen."
                opener = next((t for t in toks if t.sent == sent + 1 and t.kind == _WORD), None)
                if opener is not None and opener.low in self._pronouns:
                    return True
        return False
