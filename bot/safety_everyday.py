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
    the digits only make it rarer) is then not everyday either."""
    from wordfreq.numbers import digit_freq, smash_numbers  # its tokenizer, not its table
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, "nb")
    if not tokens:
        return False
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        centibels = bins.get(smashed)
        if centibels is None:
            return False
        freq = 10 ** (-centibels / 100)  # wordfreq's cB_to_freq(-bin)
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    freq = 1.0 / one_over
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq's 3 significant digits
    return round(math.log(freq, 10) + 9, 2) >= EVERYDAY_ZIPF


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
