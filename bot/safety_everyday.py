"""Everyday Norwegian words: never read as a typo of a danger word («kveld» is not «kvelt»).

The danger check (bot/safety_match.py) tolerates typos; a message word common in written
Norwegian is taken as written. The list is wordfreq's bokmål list, read from the head of its
data file only (see :func:`everyday_words`).
"""

from __future__ import annotations

import functools
import gzip
import logging
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
    a plain word is looked up in the everyday words only; a word wordfreq would tokenise
    (digits) asks wordfreq itself. No cache of message words: the look-up is a set's."""
    everyday = everyday_words()
    if everyday is None:  # wordfreq's file changed shape: ask wordfreq for every word
        return _zipf_everyday(word)
    if word.isascii() and word.isalpha() and word.islower():
        return word in everyday
    if _DIGIT.sub("#", word) not in _digit_shapes():
        return False  # «covid19»: wordfreq reads its digits as zeroes, and no such word is common
    return _zipf_everyday(word)


def _zipf_everyday(word: str) -> bool:
    from wordfreq import zipf_frequency  # loads the whole list (30 MB): «mp3», «tv2» only

    return float(zipf_frequency(word, "nb")) >= EVERYDAY_ZIPF


_DIGIT = re.compile(r"[0-9]")


@functools.cache
def _digit_shapes() -> frozenset[str]:
    """The everyday words with digits, each digit as ``#`` («tv#», «##»): a word of another
    shape is not everyday, as wordfreq only ever turns a word's digits into zeroes."""
    return frozenset(_DIGIT.sub("#", w) for w in everyday_words() or () if _DIGIT.search(w))


@functools.cache
def everyday_words() -> frozenset[str] | None:
    """The words of wordfreq's bokmål list at ``EVERYDAY_ZIPF`` or more (about 26,000), or
    None when its data file is not the format this reads (a newer wordfreq): then every word
    goes through wordfreq's own look-up, slower to load but the same answers.

    Read from the head of its cBpack file (a gzipped msgpack list: a header, then one list
    of words per centibel) and no further: 0.1 s and 3 MB, where wordfreq's own look-up
    imports 0.3 s of modules and keeps all 300,000 words with their frequencies (30 MB)."""
    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise RuntimeError("wordfreq is not installed")
    path = Path(spec.origin).parent / "data" / "large_nb.msgpack.gz"
    words: set[str] = set()
    try:
        with gzip.open(path, "rb") as packed:
            unpacker = msgpack.Unpacker(packed, raw=False)
            bins = unpacker.read_array_header() - 1
            header = unpacker.unpack()
            if header != {"format": "cB", "version": 1}:
                raise ValueError(f"unexpected header {header!r}")
            for _ in range(min(bins, EVERYDAY_BINS + 1)):
                words.update(unpacker.unpack())
    except (OSError, ValueError, msgpack.UnpackException) as error:
        log.warning("wordfreq's bokmål list not read directly (%s): using wordfreq", error)
        return None
    return frozenset(words)


__all__ = ["EVERYDAY_BINS", "EVERYDAY_ZIPF", "everyday_words", "is_everyday_word"]
