"""Text normalisation shared by everything that matches what staff type.

Staff write bokmål with or without æøå, in any case, with an @mention in front. Matching
happens on a folded form: lower case, æ→ae, ø→o, å→a (and the old ``aa`` spelling), other
accents removed, punctuation turned into spaces.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence


def translation(changes: dict[str, str]) -> dict[int, int | str]:
    """A ``str.translate`` table making ``changes`` and keeping every other ASCII character.

    ``translate`` looks each character up in its table, and one the table lacks costs a
    KeyError raised and caught in C: on a short text that is most of the call (a fold took
    10 µs with a table of the changes alone, 4 µs with this one)."""
    return {i: i for i in range(128)} | str.maketrans(changes)


NORWEGIAN_LETTERS = {"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u"}
_FOLD = translation(NORWEGIAN_LETTERS)
_LETTERS = tuple(NORWEGIAN_LETTERS.items())


def letters_folded(text: str) -> str:
    """``text.translate(_FOLD)``: each Norwegian letter in ``text`` replaced, one ``replace``
    per letter it holds. A text with a letter beyond ASCII took ``translate``'s slow path, a
    dict look-up per character (0.6 µs for «hva gjør jeg ved rusbekymring», 1.8 µs for 80
    characters; these scans 0.25–0.3 µs). The same text: each letter becomes ASCII, which no
    later replacement touches, and every other character is kept as ``translate`` keeps it."""
    for letter, folded in _LETTERS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


_NON_WORD = re.compile(r"[^a-z0-9]+")


def spacing_table(non_word: re.Pattern[str]) -> bytes:
    """A ``bytes.translate`` table turning each ASCII character ``non_word`` matches into a
    space and keeping every other byte: an ASCII text's non-word runs in one pass over its
    bytes. ``str.translate`` looked each character up in a dict (a Python int made and hashed
    per character): the larger part of a fold, and ~10,000 instructions a short text."""
    return bytes(32 if i < 128 and non_word.fullmatch(chr(i)) else i for i in range(256))


_ASCII_NON_WORD = spacing_table(_NON_WORD)
"""``_NON_WORD``'s ASCII characters, each to a space (``split`` then joins runs into one)."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)


def strip_mentions(text: str) -> str:
    """Remove Teams ``<at>Bot</at>`` mention markup."""
    return _MENTION.sub(" ", text) if "<" in text else text


TURN_TEXTS = 8
"""How many of the last texts a turn's repeated pure reads keep (:func:`fold`; the
reader's word pairs, bot/understanding/phrases.py ``starts_in``): a turn folds its message
four times (the answer, the intent net's vote, its tokens, the routine matcher), between
folds of single words."""


@functools.lru_cache(maxsize=TURN_TEXTS)
def fold(text: str) -> str:
    """Lower-case, fold Norwegian letters and accents, collapse non-word runs to spaces.

    The last ``TURN_TEXTS`` texts are kept, no more: a turn folds its message several times,
    and a larger cache would keep whole messages (names included) in memory, as the last
    message is kept by ``question_part``, the example nets' term reader and the safety net.
    """
    lowered = text.lower()
    if not lowered.isascii():  # an ASCII text has no letter to fold: not looked at
        lowered = letters_folded(lowered)
    if lowered.isascii():  # most messages, once æøå are folded: NFKD would change nothing
        ascii_only = lowered
    else:  # accents off (in C, by a table of the marks), «–» kept
        ascii_only = unicodedata.normalize("NFKD", lowered).translate(_marks())
        if not ascii_only.isascii() and max(ascii_only) > _LAST_TABLED:
            ascii_only = _NON_ASCII.sub(_unless_combining, ascii_only)  # a mark past the table
    ascii_only = ascii_only.replace("aa", "a")
    if ascii_only.isascii():  # the non-word runs by a table: the same text, one C pass
        return " ".join(ascii_only.encode().translate(_ASCII_NON_WORD).decode().split())
    return _NON_WORD.sub(" ", ascii_only).strip()


_LAST_TABLED = "\uffff"


@functools.cache
def _marks() -> dict[int, None]:
    """Every combining mark of the Basic Multilingual Plane, to delete with ``translate``: a
    regex calling Python for each non-ASCII character cost a tiltak's text 30 µs to fold."""
    return {c: None for c in range(ord(_LAST_TABLED) + 1) if unicodedata.combining(chr(c))}


def _unless_combining(match: re.Match[str]) -> str:
    """A non-ASCII character as it is, or nothing when it is a combining mark (an accent
    NFKD took off its letter): only these characters reach Python, not every letter."""
    char = match.group()
    return "" if unicodedata.combining(char) else char


SUFFIXES = ("ene", "en", "et", "er", "a", "e", "n")
"""Definite and plural endings, so «politikontakten» is the role «politikontakt»."""


def folded_words(words: str | Iterable[str]) -> frozenset[str]:
    """A word list from a knowledge file (a spaced string or words), each folded as a
    question's words are; words that fold to nothing are left out."""
    if isinstance(words, str):
        words = words.split()
    return frozenset(f for f in (fold(word) for word in words) if f)


def has_head(word: str, head: str) -> bool:
    """Whether the folded ``word`` is ``head`` or a compound ending in it, with or without an
    ending: «ungdomsskolene» and «skole» have the head «skole», «skolehelsetjenesten» has not
    (its head is «tjeneste»: the first part of a compound names no role of its own)."""
    return word.endswith(_head_endings(head))


@functools.lru_cache(maxsize=4096)
def _head_endings(head: str) -> tuple[str, ...]:
    """Every way a word may end when ``head`` is its head: the head's stems (the head without
    a definite or plural ending) with each ending. Worked out once per head: a role lookup
    asks it of every role word in the kommune (``str.endswith`` takes them all at once)."""
    stems = {
        head,
        *(head[: -len(e)] for e in SUFFIXES if head.endswith(e) and len(head) - len(e) >= 3),
    }
    return tuple(stem + e for stem in sorted(stems) for e in ("", *SUFFIXES))


@functools.lru_cache(maxsize=8192)
def fold_plan_text(text: str) -> str:
    """:func:`fold` for a string of the knowledge itself (a plan's member line, a meeting
    holder, a school's name), kept: an answer folded the same lines of its kommune at every
    turn. Never a message's text: :func:`fold` keeps nothing of what people write."""
    return fold(text)


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of ``text``."""
    return tuple(fold(text).split())


# Format and invisible characters: zero-width spaces and joiners, soft hyphen, word joiner,
# byte-order mark, bidirectional controls. Pasted text carries them, and they can split a
# word or a number ("010155\u200b12345") so that nothing matches.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def visible(text: str) -> str:
    """``text`` without invisible format characters, in NFKC form (full-width digits → 0–9).

    ASCII text is returned as it is, so the common case costs one ``isascii`` scan.
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))


def listed(items: Sequence[str]) -> str:
    """Items as Norwegian writes a list: «A», «A og B», «A, B og C» (no comma before «og»)."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} og {items[-1]}"


NAME_LETTERS = 6
"""An unknown word shorter than this is more likely a word of the question than the thing
(a service, a tiltak) asked about: only longer ones are repeated back (:func:`as_written`)."""


def as_written(text: str, folded: str) -> tuple[str, bool] | None:
    """The first word of ``text`` that folds to ``folded``, as the writer spelled it, and
    whether it is capitalised inside a sentence (then it may be someone's name, and an answer
    that repeats a word back must not); None when no word of ``text`` folds so."""
    tokens_: list[str] = re.findall(r"[\w.!?]+", text)
    starts = {0} | {i + 1 for i, t in enumerate(tokens_) if t[-1] in ".!?"}
    for i, token in enumerate(tokens_):
        word = token.strip(".!?")
        if fold(word) == folded:
            return word, word[:1].isupper() and i not in starts
    return None


def echoable(text: str, folded: str) -> str | None:
    """The word of ``text`` that folds to ``folded``, as typed, when an answer may repeat it
    back: never the folded form (not the writer's word) and never a word capitalised inside a
    sentence (it may be someone's name); None then."""
    found = as_written(text, folded)
    return found[0] if found is not None and not found[1] else None
