"""«Is this an everyday word?» read from the head of wordfreq's list answers as wordfreq does.

The danger check and the understanding never read an everyday word as a typo of a danger
word. bot/safety_everyday.py reads only the everyday part of wordfreq's bokmål file instead of
loading all 300,000 words; these tests hold it to wordfreq's own answer, and to a fallback
when a newer wordfreq ships its file in another shape.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest
import wordfreq
from wordfreq import zipf_frequency

from bot import safety_everyday
from bot.safety_everyday import EVERYDAY_ZIPF, everyday_words, is_everyday_word
from bot.safety_match import fold_word

MADE_UP_AND_RARE = (
    "kveld",
    "skole",
    "fotball",
    "kvelt",
    "kvelertak",
    "bevisstlos",
    "overdose",
    "hasj",
    "testesen",
    "zqxvbn",
    "mp3",
    "tv2",
    "covid19",
    "rom123",
    "10a",
    "9b",
    "2025",
    "2019",
    "1999",
    "2045",
    "1",
    "3",
    "12",
    "20",
    "100",
    "559780",
    "1a",
    "2x",
    "00",
    "5000kr",
    "nrk1",
    "paracet",
    "ungdomsskolen",
    "helsesykepleier",
    "barnevernvakta",
    "politiradet",
)


def wordfreq_says(word: str) -> bool:
    return float(zipf_frequency(word, "nb")) >= EVERYDAY_ZIPF


def sample() -> Iterator[str]:
    """Words as the callers pass them: folded (æøå and accents flattened, lower case)."""
    words = sorted(everyday_words() or ())
    yield from (fold_word(w) for w in words[::97])  # every 97th everyday word
    yield from (w for w in words if any(c.isdigit() for c in w))  # and every one with digits
    yield from (fold_word(w) for w in MADE_UP_AND_RARE)


def test_the_everyday_words_are_wordfreqs() -> None:
    assert everyday_words() is not None and len(everyday_words() or ()) > 20_000
    disagree = [w for w in sample() if is_everyday_word(w) != wordfreq_says(w)]
    assert disagree == []


def test_a_word_with_digits_leaves_wordfreqs_whole_table_unloaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its table of all 300,000 words costs 35 MB of memory: the everyday bins answer."""

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("wordfreq's whole table loaded")

    monkeypatch.setattr(wordfreq, "get_frequency_dict", refuse)
    for word in ("2025", "tv2", "10a", "12", "559780", "covid19"):
        is_everyday_word(word)


@pytest.fixture
def unreadable_list(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError("not the file this reads")

    safety_everyday.everyday_bins.cache_clear()
    safety_everyday._digit_shapes.cache_clear()
    monkeypatch.setattr(gzip, "open", refuse)
    yield
    monkeypatch.undo()
    safety_everyday.everyday_bins.cache_clear()
    safety_everyday._digit_shapes.cache_clear()


def test_a_list_it_cannot_read_falls_back_to_wordfreq(unreadable_list: None) -> None:
    assert everyday_words() is None
    for word in ("kveld", "skole", "zqxvbn", "mp3", "covid19"):
        assert is_everyday_word(word) == wordfreq_says(word), word


def _digit_words() -> Iterator[str]:
    """Words of letters and digits as staff type them: numbers, years, classes, codes."""
    import random

    rng = random.Random(17)
    yield from (str(n) for n in range(0, 3000))
    yield from ("9b", "10a", "tv2", "nrk1", "covid19", "5000kr", "rom123", "mp3", "2x", "00")
    for _ in range(3000):
        pool = rng.choice(["0123456789", "0123456789abk", "abcdefghijklmnopqrstuvwxyz0123456789"])
        yield "".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))


def test_the_copied_number_steps_are_wordfreqs() -> None:
    """bot/safety_everyday.py copies wordfreq's number steps so that a word of letters and
    digits never imports wordfreq's tokenizer (langcodes, ftfy, regex: 5 MB)."""
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    for word in _digit_words():
        assert lossy_tokenize(word, "nb") == [word], word
        assert safety_everyday.smash_numbers(word) == smash_numbers(word), word
        assert safety_everyday.digit_freq(word) == digit_freq(word), word


def test_a_word_of_letters_and_digits_is_read_as_wordfreq_reads_it() -> None:
    bins = safety_everyday.everyday_bins()
    assert bins is not None
    words = [w for w in _digit_words() if any(c.isdigit() for c in w)]
    disagree = [w for w in words if is_everyday_word(w) != wordfreq_says(w)]
    assert disagree == []


def test_a_word_of_letters_and_digits_leaves_wordfreqs_tokenizer_unimported() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from bot.safety_everyday import is_everyday_word\n"
        "for w in ('2025', 'tv2', '10a', '12', '559780', 'covid19'):\n"
        "    is_everyday_word(w)\n"
        "print(sorted(m for m in ('wordfreq', 'ftfy', 'langcodes') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
