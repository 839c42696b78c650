"""bot/text.py: the folded form every matcher reads, and its fast path for ASCII."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.text import fold

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u"})


def fold_reference(text: str) -> str:
    """fold() as it was before the ASCII fast path: NFKD and the combining filter always."""
    lowered = text.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", ascii_only.replace("aa", "a")).strip()


def test_norwegian_letters_accents_case_and_punctuation_fold_as_documented() -> None:
    assert fold("Hvem sitter i Politirådet?") == "hvem sitter i politiradet"
    assert fold("Helsesøster, SLT-koordinator") == "helsesoster slt koordinator"
    assert fold("Ærlig café Aasen") == "aerlig cafe asen"


@given(st.text())
def test_the_fast_path_folds_any_text_exactly_as_the_full_normalisation(text: str) -> None:
    assert fold(text) == fold_reference(text)


@given(st.text(alphabet="abcåæøéüAÅÆØÉ -?.,İßﬁ²\u0301\u00a0"))
def test_letters_that_change_under_lower_or_nfkd_fold_as_before(text: str) -> None:
    assert fold(text) == fold_reference(text)
