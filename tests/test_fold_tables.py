"""Fast paths against their definitions: the folds (bot/text.py, bot/safety_match.py), the
privacy guard's age/class/school look and the two-question boundary's pre-check.

``fold`` and ``fold_words`` skip a regular expression where it cannot match and replace the
non-word runs of ASCII text by a translation table. These tests hold them to the plain
regular-expression form on every eval and probe text and on generated text: the same words
must come out, or the danger check and understanding would read a message differently.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.answer_snapshot import _probe_texts
from bot import safety_match, text
from bot.features.privacy import tokens
from bot.understanding import clauses
from tests.eval import load_items


def fold_by_expressions(value: str) -> str:
    lowered = value.lower().translate(text._FOLD)
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(c for c in decomposed if not unicodedata.combining(c))
    return text._NON_WORD.sub(" ", lowered.replace("aa", "a")).strip()


def fold_words_by_expressions(value: str) -> list[str]:
    m = safety_match
    lowered = value.lower().translate(m._FOLD)
    if not lowered.isascii():
        lowered = m._COMBINING.sub("", unicodedata.normalize("NFKD", m._LOOSE.sub("", lowered)))
    lowered = m._BREAK.sub(
        " . ", m._ORDINAL.sub("", m._NUMBERED.sub(" ", lowered.replace("aa", "a")))
    )
    return m._NON_WORD.sub(" ", lowered).split()


TRICKY = [
    "i 10. trinn",
    "7.klassinger",
    "Hei!Hva skjer?;ok\nja",
    "tab\there\x0bvt\x1cfs\x1fus",
    "line one\nline two",
    "«sitat» – ok… ✓",
    "Å Æ Ø é ü sl\u0308år",
    "aaa Aase",
    "<at>SLT-boten</at> hvem",
    "",
    " . ",
]


def test_every_eval_and_probe_text_folds_as_the_expressions_fold_it() -> None:
    texts = [item.text for item in load_items()] + _probe_texts() + TRICKY
    assert [text.fold(t) for t in texts] == [fold_by_expressions(t) for t in texts]
    assert [safety_match.fold_words(t) for t in texts] == [
        fold_words_by_expressions(t) for t in texts
    ]
    assert [text.strip_mentions(t) for t in texts] == [text._MENTION.sub(" ", t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF) | st.sampled_from(".!?;\n<>æøå")))
def test_generated_text_folds_as_the_expressions_fold_it(value: str) -> None:
    assert text.fold(value) == fold_by_expressions(value)
    assert safety_match.fold_words(value) == fold_words_by_expressions(value)
    assert tokens.age_class_or_school(value.lower()) == (
        tokens.AGE_CLASS_OR_SCHOOL.search(value.lower()) is not None
    )
    assert clauses.question_parts(value) == question_parts_by_expression(value)


MARKED = "«»–…’é\u0301\u0308\u20d7\ufe20\U0001d165\U000101fd\u2460ℌﬁ\U0001d400"
"""Combining marks inside the table (BMP) and past it, and letters NFKD makes ASCII or
capitals (ℌ → H, ﬁ → fi)."""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F) | st.sampled_from(MARKED + "æøå")))
def test_text_with_marks_folds_as_the_expressions_fold_it(value: str) -> None:
    """``fold`` deletes the Basic Multilingual Plane's combining marks by a table and calls
    Python only for a character past it."""
    assert text.fold(value) == fold_by_expressions(value)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x80, max_codepoint=0x1FFFF)))
def test_any_unicode_text_folds_as_the_expressions_fold_it(value: str) -> None:
    assert text.fold(value) == fold_by_expressions(value)


def test_the_pre_checks_skip_only_texts_the_expressions_would_not_match() -> None:
    """The privacy guard's age/class/school look and the two-question boundary are tried
    only where they can match; on every eval and probe text the answer is the same."""
    texts = [item.text for item in load_items()] + _probe_texts() + TRICKY
    texts += ["gutt (14)", "født 2011", "vg2", "9b", "oppvekstsenteret", "jus", "OG hva"]
    for value in texts:
        lower = value.lower()
        assert tokens.age_class_or_school(lower) == (
            tokens.AGE_CLASS_OR_SCHOOL.search(lower) is not None
        ), value
        assert clauses.question_parts(value) == question_parts_by_expression(value), value


def question_parts_by_expression(value: str) -> clauses.Parts | None:
    match = clauses._BOUNDARY.search(value)
    if match is None:
        return None
    first, second = value[: match.start()].strip(), value[match.end() :].strip()
    if len(first.split()) < clauses.MIN_WORDS or len(second.split()) < clauses.MIN_WORDS:
        return None
    if clauses._ASKS.search(first) is None:
        return None
    return clauses.Parts(first, second, restated=match.group().strip() == ",")
