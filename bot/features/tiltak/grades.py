"""«hvilke tiltak har vi for 8. trinn»: the tiltak whose own text names that grade (also in
a range, «8.–10. trinn»), before tiltak retrieval ranks for other reasons – a tiltak for 3.
or 4. trinn is no answer about 8. trinn, however near its words are."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.knowledge.action_plan import Tiltak
from bot.knowledge.vocabulary import GradeWords as GradesFile
from bot.text import fold, tokens

NO_GRADE = re.compile(r"(?!)")
"""Matches nothing: the grades of a language without grade words."""
GRADE = re.compile(r"(\d{1,2})\.?\s*(?:[-–]\s*(\d{1,2}))?")
"""One grade or range in a list of them."""


@dataclass(frozen=True)
class GradeWords:
    """How a grade is named, compiled once per knowledge load: ``grades`` in
    understanding.yaml."""

    words: tuple[str, ...] = ()
    """After a number, a folded word starting so names a grade («8. trinn», «9. klasse»)."""
    no_topic: frozenset[str] = frozenset()
    """Words beside a grade that name no topic of their own."""
    in_text: re.Pattern[str] = NO_GRADE
    """A grade, a range or a list of grades in a tiltak's text («8.–10. trinn», «8., 9. og 10.
    trinn»), matched casefolded; ``GRADE`` reads each grade or range in its first group."""

    @classmethod
    def of(cls, said: GradesFile) -> GradeWords:
        written = "|".join(dict.fromkeys(re.escape(w.casefold()) for w in said.words.split()))
        # between the grades of a range or a list: «8.–10.», «8., 9. og 10.»
        listed = "".join(f"|{re.escape(w.casefold())}\\b" for w in said.in_a_list.split())
        join = f"(?:,|[-–]{listed})"
        return cls(
            words=tuple(dict.fromkeys(fold(w) for w in said.words.split() if fold(w))),
            no_topic=frozenset(tokens(said.no_topic)),
            in_text=re.compile(
                rf"(?<!\d)((?:\d{{1,2}}\.?\s*{join}\s*)*\d{{1,2}})\.?\s*(?:{written})"
            ),
        )


def asked_grade(words: tuple[str, ...], said: GradeWords) -> int | None:
    """The grade a question names: «8. trinn», «på 9. klasse» (folded words, «8» «trinn»)."""
    for word, after in itertools.pairwise(words):
        if word.isdigit() and after.startswith(said.words) and 1 <= int(word) <= 13:
            return int(word)
    return None


def names_grade(tiltak: Tiltak, grade: int, said: GradeWords) -> bool:
    """Whether the tiltak's text names the grade, alone or in a range."""
    for match in said.in_text.finditer(tiltak.tiltak.casefold()):  # not fold: it drops the dots
        for one in GRADE.finditer(match.group(1)):
            low = int(one.group(1))
            if low <= grade <= int(one.group(2) or low):
                return True
    return False


def for_grade(
    ranked: Iterable[Tiltak],
    every: Iterable[Tiltak],
    grade: int,
    rest: tuple[str, ...],
    said: GradeWords,
) -> list[Tiltak]:
    """The tiltak naming the grade: retrieval's order first, then – when the grade is all the
    question names («tiltak for 8. trinn», not «vold på 8. trinn») – the rest of the plan's."""
    found = [t for t in ranked if names_grade(t, grade, said)]
    if any(w not in said.no_topic and not w.isdigit() for w in rest):
        return found
    return found + [t for t in every if t not in found and names_grade(t, grade, said)]
