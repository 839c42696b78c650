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

ALL_GRADES = range(1, 14)
"""1. trinn to the last year of videregående (Vg3 is 13. trinn)."""
NO_GRADE = re.compile(r"(?!)")
"""Matches nothing: the grades of a language without grade words."""


@dataclass(frozen=True)
class GradeWords:
    """How a grade is named, compiled once per knowledge load: ``grades`` in
    understanding.yaml."""

    words: tuple[str, ...] = ()
    """After a number, a folded word starting so names a grade («8. trinn», «9. klasse»)."""
    no_topic: frozenset[str] = frozenset()
    """Words beside a grade that name no topic of their own."""
    in_text: re.Pattern[str] = NO_GRADE
    """A grade or a range of grades in a tiltak's text («8.–10. trinn»), matched casefolded;
    group 3 holds the grades listed before it («8., 9. og 10. trinn»: «8., 9. og »)."""
    whom: frozenset[str] = frozenset()
    """Words that say whom a tiltak is for («ungdom», «elever»), never what it is about."""
    stages: tuple[tuple[str, int, int], ...] = ()
    """A school stage's folded stem and the grades it spans («barneskol», 1, 7)."""

    @classmethod
    def of(cls, said: GradesFile) -> GradeWords:
        written = "|".join(dict.fromkeys(re.escape(w.casefold()) for w in said.words.split()))
        joiners = "".join(f"|{re.escape(w.casefold())}" for w in said.joiners.split())
        listed = rf"((?:\d{{1,2}}\.?\s*(?:,{joiners})\s*)+)?"
        stages = tuple(
            (stem, int(low), int(high))
            for stem, low, high in re.findall(r"([a-z]+):(\d+)-(\d+)", said.stages)
        )
        return cls(
            words=tuple(dict.fromkeys(fold(w) for w in said.words.split() if fold(w))),
            no_topic=frozenset(tokens(said.no_topic)),
            in_text=re.compile(
                listed + rf"(\d{{1,2}})\.?\s*(?:[-–]\s*(\d{{1,2}})\.?\s*)?(?:{written})"
            ),
            whom=frozenset(tokens(said.whom)),
            stages=stages,
        )


def asked_grade(words: tuple[str, ...], said: GradeWords) -> int | None:
    """The grade a question names: «8. trinn», «på 9. klasse» (folded words, «8» «trinn»)."""
    for word, after in itertools.pairwise(words):
        if word.isdigit() and after.startswith(said.words) and 1 <= int(word) <= 13:
            return int(word)
    return None


def names_grade(tiltak: Tiltak, grade: int, said: GradeWords) -> bool:
    """Whether the tiltak's text names the grade, alone or in a range."""
    return grade in grades_named(tiltak.tiltak, said)


def grades_named(text: str, said: GradeWords) -> set[int]:
    """Every grade a text names: alone, in a range («8.–10. trinn») or a list («8., 9. og 10.
    trinn»)."""
    named: set[int] = set()
    for match in said.in_text.finditer(text.casefold()):  # not fold: it drops the dots
        low = int(match.group(2))
        named.update(range(low, int(match.group(3) or low) + 1))
        named.update(int(n) for n in re.findall(r"\d{1,2}", match.group(1) or ""))
    return named


def covers(tiltak: Tiltak, grade: int, said: GradeWords) -> bool:
    """Whether the tiltak is for the grade: its text names it, or a school stage that spans it
    («på alle barneskolene» for 6. trinn)."""
    if names_grade(tiltak, grade, said):
        return True
    words = tokens(f"{tiltak.tiltak} {tiltak.mal or ''}")
    return any(
        low <= grade <= high and any(w.startswith(stem) for w in words)
        for stem, low, high in said.stages
    )


def grade_lacking(tiltak: Iterable[Tiltak], grade: int, said: GradeWords) -> bool:
    """The plan has no tiltak for the grade: its tiltak name grades or stages, and none of
    them is this one's. A plan that names no grade at all says nothing either way."""
    every = list(tiltak)
    speaks = any(covers(t, g, said) for t in every for g in ALL_GRADES)
    return speaks and not any(covers(t, grade, said) for t in every)


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
