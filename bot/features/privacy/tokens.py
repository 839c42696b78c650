"""Cutting a message into the tokens the name detectors read: words, numbers, classes, ages.

One regular expression (code-like structure, not a word list) finds classes («9b», «10.
trinn», «VG2»), ages («(14)», «14 år», «14-åring»), numbers, words and sentence breaks; a
short pass afterwards fixes what needs the next token («14 år siden» is a time, «niende
klasse» a class, «født 2010» an age).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.text import NORWEGIAN_LETTERS, fold, translation

if TYPE_CHECKING:
    from bot.features.privacy.words import GuardWords

_FOLD_FAST = translation(NORWEGIAN_LETTERS | {"-": " ", "'": " ", "’": " "})


def fold_word(word: str) -> str:
    """``bot.text.fold`` for one word, with a fast path.

    The full fold costs ~2 µs a word; this gives the same result for words of plain letters
    and æøå and hands anything else to the real thing.
    """
    low = word.lower().translate(_FOLD_FAST)
    if low.isascii():
        return low.replace("aa", "a")
    return fold(word)


WORD, NUM, CLASS, AGE, AGEWORD, BREAK, PUNCT = range(7)

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
_ORDINALS = frozenset(
    fold(w)
    for w in ["fjerde", "femte", "sjette", "sjuende", "syvende", "åttende", "niende", "tiende"]
)
"""Ordinals before «klasse»/«trinn»; AGE_CLASS_OR_SCHOOL below spells the same words."""

_KIND = {
    "cls": CLASS,
    "age": AGE,
    "ageword": AGEWORD,
    "num": NUM,
    "word": WORD,
    "brk": BREAK,
    "punct": PUNCT,
}

# Eleven digits, optionally "DDMMYY NNNNN" / "DDMMYY.NNNNN" / "DD.MM.YY NNNNN".
NUMBER_CANDIDATE = re.compile(r"(?<![\d.])(\d{6}|\d\d\.\d\d\.\d\d)[ .-]?(\d{5})(?![\d])")
ELEVEN_DIGITS = re.compile(r"\d(?:[ .-]?\d){10}")
TAG = re.compile(r"<[^<>]{0,300}>")
HOUSE_NUMBER = re.compile(r"\d{1,3}\s?[a-hA-H]?$")
UPPER = re.compile(r"[^\W\d_a-zæøåäöü]")  # any upper-case letter
LETTERS = re.compile(r"[^\W\d_]+")
# Anything that could be an age, a class or a school, found on the lower-cased text.
AGE_CLASS_OR_SCHOOL = re.compile(
    r"\(\s*\d{1,2}\s*(?:år\s*)?[),]"
    r"|\d\s?-?\s?år"
    r"|(?<!\w)(?:1[0-3]|[1-9])[a-g](?!\w)"
    r"|\d\.?\s?(?:klasse|trinn)"
    r"|(?:fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende)\s(?:klasse|trinn)"
    r"|vg\s?[1-3]"
    r"|(?<!\w)f(?:ødt|odt|ødd|odd|\.)\s*\d"
    r"|skole|skule|vgs|videreg|oppvekstsenter|(?<!\w)jus(?!\w)"
)
_DIGIT = re.compile(r"\d")
_AGE_CLASS_OR_SCHOOL_WORDS = (
    "klasse",
    "trinn",
    "skole",
    "skule",
    "vgs",
    "videreg",
    "oppvekstsenter",
    "jus",
)
"""Every branch of AGE_CLASS_OR_SCHOOL needs a digit or one of these words."""


def age_class_or_school(lower: str) -> bool:
    """``AGE_CLASS_OR_SCHOOL.search(lower) is not None``, without trying its twelve branches
    at every position of a text that has no digit and none of the words they need."""
    if _DIGIT.search(lower) is None and not any(w in lower for w in _AGE_CLASS_OR_SCHOOL_WORDS):
        return False
    return AGE_CLASS_OR_SCHOOL.search(lower) is not None


class Tok:
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
class Span:
    """A run of name tokens [start, end]."""

    start: int
    end: int
    weak: bool  # one unknown word at the start of a sentence
    lower: bool  # a known name typed in lower case
    vocative: bool  # "Per, kan du …" / "…, Kari?"


def tokenize(text: str, words: GuardWords, name_word: Callable[[Tok], int]) -> list[Tok]:
    toks: list[Tok] = []
    sent = 0
    at_start = True
    for match in _TOKEN.finditer(text):
        kind = _KIND[match.lastgroup or "punct"]
        if kind == BREAK:
            if toks and toks[-1].kind != BREAK:
                sent += 1
                toks.append(Tok(BREAK, "", sent, False))
            at_start = True
            continue
        tok = Tok(kind, match.group(), sent, at_start and kind == WORD)
        if kind == WORD:
            tok.low = fold_word(tok.raw)
            tok.last = tok.low.rpartition(" ")[2]
            tok.name = name_word(tok)
        elif kind == AGE:
            tok.age = int(match.group("agenum"))
        elif kind in (CLASS, AGEWORD) and _just_a_number(
            kind,
            toks[-1] if toks else None,
            text[max(0, match.start() - 3) : match.start()],
            words,
        ):
            tok.kind = NUM
        if kind != PUNCT:
            at_start = False
        toks.append(tok)
    # "14 år siden" is a time, not an age; "niende klasse" is a class.
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.kind == AGEWORD and nxt.low in ("siden", "tilbake"):
            tok.kind = NUM
        elif tok.low in _ORDINALS and nxt.low in ("klasse", "trinn"):
            tok.kind = CLASS
            tok.name = 0
        elif tok.low in ("fodt", "fodd", "f") and nxt.kind == NUM and _BIRTH.match(nxt.raw):
            tok.kind = AGEWORD  # "født 2010", "f. 01.01.2010"
            tok.name = 0
    return toks


def _just_a_number(kind: int, prev: Tok | None, just_before: str, words: GuardWords) -> bool:
    """Not a class: "tiltak 2b", "§ 4a". Not an age: "i 14 år", "over 18 år"."""
    if kind == CLASS:
        return "§" in just_before or (prev is not None and prev.last in words.numbered)
    return prev is not None and prev.last in words.duration
