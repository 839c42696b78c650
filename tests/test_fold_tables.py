"""The folds' fast paths (bot/text.py, bot/safety_match.py) against their definitions.

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
