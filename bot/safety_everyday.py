"""Everyday Norwegian words: never read as a typo of a danger word («kveld» is not «kvelt»).

The danger check (bot/safety_match.py) tolerates typos; a message word common in written
Norwegian is taken as written. The list is wordfreq's bokmål list, read from the head of its
data file only (see :func:`everyday_words`).
"""

from __future__ import annotations

import functools
import gzip
import logging
import math
import re
from importlib.util import find_spec
from pathlib import Path

import msgpack

log = logging.getLogger(__name__)

EVERYDAY_ZIPF = 3.0
"""A message word at least this common in written Norwegian (Zipf scale: once per million
words) is taken as written, never as a typo of a danger word. Without it «noen som blir med på
fotball i kveld?» read as «blir … kvelt»."""


EVERYDAY_BINS = round((9 - EVERYDAY_ZIPF) * 100)
"""wordfreq files its words in bins of one centibel, most frequent first: bin ``i`` holds
words of frequency 10**(-i/100), Zipf 9 - i/100. Zipf 3.0 and more are bins 0–600."""


def is_everyday_word(word: str) -> bool:
    """Whether ``word`` (folded) is an ordinary Norwegian word, by wordfreq's bokmål list.

    The same answer as ``zipf_frequency(word, "nb") >= EVERYDAY_ZIPF`` (tests/test_everyday_
    words.py checks a sample against wordfreq itself), without wordfreq's table of every word:
    a plain word is looked up in the everyday words only; a word with digits is worked out as
    wordfreq does, from the everyday words' bins. No cache of message words: the look-up is a
    dict's."""
    bins = everyday_bins()
    if bins is None:  # wordfreq's file changed shape: ask wordfreq for every word
        return _zipf_everyday(word)
    if word.isascii() and word.isalpha() and word.islower():
        return word in bins
    if _DIGIT.sub("#", word) not in _digit_shapes():
        return False  # «covid19»: wordfreq reads its digits as zeroes, and no such word is common
    return _digit_word_everyday(word, bins)


def _zipf_everyday(word: str) -> bool:
    from wordfreq import zipf_frequency  # loads the whole list (30 MB): only when unreadable

    return float(zipf_frequency(word, "nb")) >= EVERYDAY_ZIPF


def _digit_word_everyday(word: str, bins: dict[str, int]) -> bool:
    """wordfreq's ``zipf_frequency(word, "nb") >= EVERYDAY_ZIPF`` for a word with digits
    («2025», «tv2», «10a»), its steps with the everyday bins in place of its table of all
    300,000 words (which ``zipf_frequency`` would load, 35 MB, for the first number a
    message or the knowledge holds). A token not among the everyday words is either not in
    the list or rarer than Zipf 3.0, and the word (never more common than its rarest token,
    the digits only make it rarer) is then not everyday either.

    A word of letters and digits alone is one token to wordfreq (Unicode's word rules join
    them), and its number steps are copied below: importing wordfreq's tokenizer loads
    langcodes, ftfy and regex (5 MB of the service's RSS, 0.2 s of its start). Any other
    word («1.5») goes through wordfreq's own tokenizer."""
    if _ALPHANUMERIC.fullmatch(word):
        tokens, smash, digits = [word], smash_numbers, digit_freq
    else:
        from wordfreq.numbers import digit_freq as digits  # its tokenizer, not its table
        from wordfreq.numbers import smash_numbers as smash
        from wordfreq.tokens import lossy_tokenize

        tokens = lossy_tokenize(word, "nb")
    if not tokens:
        return False
    one_over = 0.0
    for token in tokens:
        smashed = smash(token)
        centibels = bins.get(smashed)
        if centibels is None:
            return False
        freq = 10 ** (-centibels / 100)  # wordfreq's cB_to_freq(-bin)
        if smashed != token:
            freq *= digits(token)
        one_over += 1.0 / freq
    freq = 1.0 / one_over
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq's 3 significant digits
    return round(math.log(freq, 10) + 9, 2) >= EVERYDAY_ZIPF


_ALPHANUMERIC = re.compile(r"[a-z0-9]+")

# wordfreq.numbers' estimates for digits (its words, for ASCII digits; tests/test_everyday_
# words.py holds them to wordfreq's): Benford's law for a number, a curve for a year.
_DIGIT_FREQS = [0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045]
_YEAR_LOG_PEAK = -1.9185
_NOT_YEAR_PROB = 0.1
_REFERENCE_YEAR = 2019
_PLATEAU_WIDTH = 20
_MULTI_DIGIT = re.compile(r"[0-9][0-9.,]+")
_PURE_DIGIT = re.compile(r"[0-9]+")


def _benford_freq(text: str) -> float:
    power: int = 10 ** (len(text) - 1)  # an int, as in wordfreq: the same division
    return _DIGIT_FREQS[int(text[0])] / power


def _year_freq(text: str) -> float:
    year = int(text)
    if year <= _REFERENCE_YEAR:
        year_log_freq = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif _REFERENCE_YEAR < year <= _REFERENCE_YEAR + _PLATEAU_WIDTH:
        year_log_freq = _YEAR_LOG_PEAK
    else:
        year_log_freq = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU_WIDTH))
    year_prob: float = 10.0**year_log_freq
    not_year_prob = _NOT_YEAR_PROB * _benford_freq(text)
    return year_prob + not_year_prob


def digit_freq(text: str) -> float:
    """wordfreq's ``digit_freq``: how often a token's digit runs are, by their estimates."""
    freq = 1.0
    for match in _MULTI_DIGIT.findall(text):
        for submatch in _PURE_DIGIT.findall(match):
            freq *= _year_freq(submatch) if len(submatch) == 4 else _benford_freq(submatch)
    return freq


def smash_numbers(text: str) -> str:
    """wordfreq's ``smash_numbers``: each run of two digits or more as zeroes."""
    return _MULTI_DIGIT.sub(lambda match: _DIGIT.sub("0", match.group(0)), text)


_DIGIT = re.compile(r"[0-9]")


@functools.cache
def _digit_shapes() -> frozenset[str]:
    """The everyday words with digits, each digit as ``#`` («tv#», «##»): a word of another
    shape is not everyday, as wordfreq only ever turns a word's digits into zeroes."""
    return frozenset(_DIGIT.sub("#", w) for w in everyday_bins() or () if _DIGIT.search(w))


def everyday_words() -> frozenset[str] | None:
    """The words of wordfreq's bokmål list at ``EVERYDAY_ZIPF`` or more (about 26,000), or
    None when its data file is not the format this reads (see :func:`everyday_bins`)."""
    bins = everyday_bins()
    return None if bins is None else frozenset(bins)


@functools.cache
def everyday_bins() -> dict[str, int] | None:
    """Each word of wordfreq's bokmål list at ``EVERYDAY_ZIPF`` or more (about 26,000) with
    its bin (centibels below a frequency of 1), or None when its data file is not the format
    this reads (a newer wordfreq): then every word goes through wordfreq's own look-up,
    slower to load but the same answers.

    Read from the head of its cBpack file (a gzipped msgpack list: a header, then one list
    of words per centibel) and no further: 0.1 s and 3 MB, where wordfreq's own look-up
    imports 0.3 s of modules and keeps all 300,000 words with their frequencies (35 MB)."""
    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise RuntimeError("wordfreq is not installed")
    path = Path(spec.origin).parent / "data" / "large_nb.msgpack.gz"
    bins: dict[str, int] = {}
    try:
        with gzip.open(path, "rb") as packed:
            unpacker = msgpack.Unpacker(packed, raw=False)
            count = unpacker.read_array_header() - 1
            header = unpacker.unpack()
            if header != {"format": "cB", "version": 1}:
                raise ValueError(f"unexpected header {header!r}")
            for centibels in range(min(count, EVERYDAY_BINS + 1)):
                bins.update(dict.fromkeys(unpacker.unpack(), centibels))
    except (OSError, ValueError, msgpack.UnpackException) as error:
        log.warning("wordfreq's bokmål list not read directly (%s): using wordfreq", error)
        return None
    return bins


__all__ = [
    "EVERYDAY_BINS",
    "EVERYDAY_ZIPF",
    "everyday_bins",
    "everyday_words",
    "is_everyday_word",
]
