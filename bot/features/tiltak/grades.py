"""«hvilke tiltak har vi for 8. trinn»: the tiltak whose own text names that grade (also in
a range, «8.–10. trinn»), before tiltak retrieval ranks for other reasons – a tiltak for 3.
or 4. trinn is no answer about 8. trinn, however near its words are."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.knowledge.action_plan import Tiltak

GRADE_WORDS = ("trinn", "klasse")
GRADE_ONLY = frozenset({"trinn", "trinnet", "klasse", "klassen", "klasser", "skolen", "elever"})
"""Words beside a grade that name no topic of their own."""
GRADES = re.compile(r"(\d{1,2})\.?\s*(?:[-–]\s*(\d{1,2})\.?\s*)?(?:trinn|klasse)")


def asked_grade(words: tuple[str, ...]) -> int | None:
    """The grade a question names: «8. trinn», «på 9. klasse» (folded words, «8» «trinn»)."""
    for word, after in itertools.pairwise(words):
        if word.isdigit() and after.startswith(GRADE_WORDS) and 1 <= int(word) <= 13:
            return int(word)
    return None


def names_grade(tiltak: Tiltak, grade: int) -> bool:
    """Whether the tiltak's text names the grade, alone or in a range."""
    for match in GRADES.finditer(tiltak.tiltak.casefold()):  # not fold: it drops the dots
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if low <= grade <= high:
            return True
    return False


def for_grade(
    ranked: Iterable[Tiltak], every: Iterable[Tiltak], grade: int, rest: tuple[str, ...]
) -> list[Tiltak]:
    """The tiltak naming the grade: retrieval's order first, then – when the grade is all the
    question names («tiltak for 8. trinn», not «vold på 8. trinn») – the rest of the plan's."""
    found = [t for t in ranked if names_grade(t, grade)]
    if any(w not in GRADE_ONLY and not w.isdigit() for w in rest):
        return found
    return found + [t for t in every if t not in found and names_grade(t, grade)]
