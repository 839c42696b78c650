"""A text's non-word runs found by a bytes table, its Norwegian letters by one ``replace`` each
and none looked for in an ASCII text (perf78): ``fold`` and the danger check's ``fold_words``
give what they gave with ``str.translate``'s dict tables — on every eval dev text, on made-up
messages and on random strings of ASCII, Norwegian letters, accents, dashes and marks."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

import bot.text
from bot import safety_match
from bot.safety_match import fold_words
from bot.text import NORWEGIAN_LETTERS, fold, letters_folded, translation
from tests.eval import load_items

_FOLD = translation(NORWEGIAN_LETTERS)
_NON_WORD = re.compile(r"[^a-z0-9]+")
_OLD_NON_WORD = translation({c: " " for c in map(chr, range(128)) if _NON_WORD.fullmatch(c)})
_SAFETY_NON_WORD = re.compile(r"[^a-z0-9.]+")
_OLD_SAFETY_NON_WORD = translation(
    {c: " " for c in map(chr, range(128)) if _SAFETY_NON_WORD.fullmatch(c)}
)


def _old_fold(text: str) -> str:
    """``fold`` as it was, with the dict tables."""
    lowered = text.lower().translate(_FOLD)
    if lowered.isascii():
        ascii_only = lowered
    else:
        ascii_only = unicodedata.normalize("NFKD", lowered).translate(bot.text._marks())
        if not ascii_only.isascii() and max(ascii_only) > bot.text._LAST_TABLED:
            ascii_only = bot.text._NON_ASCII.sub(bot.text._unless_combining, ascii_only)
    ascii_only = ascii_only.replace("aa", "a")
    if ascii_only.isascii():
        return " ".join(ascii_only.translate(_OLD_NON_WORD).split())
    return _NON_WORD.sub(" ", ascii_only).strip()


def _old_fold_words(text: str) -> list[str]:
    lowered = text.lower().translate(_FOLD)
    if not lowered.isascii():
        lowered = safety_match._COMBINING.sub(
            "", unicodedata.normalize("NFKD", safety_match._LOOSE.sub("", lowered))
        )
    lowered = lowered.replace("aa", "a")
    if "." in lowered:
        lowered = safety_match._ORDINAL.sub("", safety_match._NUMBERED.sub(" ", lowered))
    if any(mark in lowered for mark in safety_match._BREAK_MARKS):
        lowered = safety_match._BREAK.sub(" . ", lowered)
    if lowered.isascii():
        return lowered.translate(_OLD_SAFETY_NON_WORD).split()
    return _SAFETY_NON_WORD.sub(" ", lowered).split()


MADE_UP = (
    "Hvem sitter i SLT-nettverket?",
    "hva er været i morgen!!",
    "Kan du sende meg referatet (pdf) fra 12.03?",
    "ÆØÅ æøå Ää Öö Üü – café naïve",
    "Gutten (14) sa: «jeg vil ikke leve» ... hva nå?",
    "Møtet kl. 10:30; rom 2.14 / 3b",
    "aaa Aarhus baad",
    "tab\there\nnewline\r\n and\x0bvt",
    "",
    "   ",
    "#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "7.klassinger og 10. trinn",
)
ALPHABET = [chr(i) for i in range(128)] + list("æøåÆØÅäöüé–—«»\u200b\u0301")


def _random_texts(count: int) -> list[str]:
    rng = random.Random(78)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, 40))) for _ in range(count)]


def test_the_letters_fold_as_by_the_table() -> None:
    for text in (*MADE_UP, *_random_texts(2000), "æøåäöüÆØÅ", "aæbøcådäeöfü"):
        assert letters_folded(text) == text.translate(_FOLD)
        assert letters_folded(text.lower()) == text.lower().translate(_FOLD)


@pytest.mark.parametrize("text", MADE_UP)
def test_made_up_texts_fold_as_before(text: str) -> None:
    assert fold(text) == _old_fold(text)
    assert fold_words(text) == _old_fold_words(text)


def test_every_ascii_character_folds_as_before() -> None:
    for i in range(128):
        text = f"a{chr(i)}b {chr(i)}"
        assert fold(text) == _old_fold(text)
        assert fold_words(text) == _old_fold_words(text)


def test_random_texts_fold_as_before() -> None:
    for text in _random_texts(3000):
        assert fold(text) == _old_fold(text)
        assert fold_words(text) == _old_fold_words(text)


def test_every_dev_text_folds_as_before() -> None:
    texts = {item.text for item in load_items() if item.half == "dev"}
    assert not [t for t in texts if fold(t) != _old_fold(t)]
    assert not [t for t in texts if fold_words(t) != _old_fold_words(t)]
