"""``knowledge/language/lemma_forms.yaml``: inflections the danger vocabulary does not list.

Staff write «kvalte», «onklane», «kontaktane»; danger.yaml and signals.yaml list other forms
of each word («kvele», «onkel», «kontakt»). This file names, per lemma of the vocabulary, the
vocabulary words of that lemma (``words``) and the other forms of it (``forms``), all folded
like a message word, so the danger check reads a form no list spells as its dictionary word
(bot/safety_lemmas.py) with one look-up and no lexicon in the running bot.

Generated, not hand-written: ``scripts/lemma_forms.py`` makes it from simplemma's bokmål and
nynorsk full-form lexicons (a dev dependency) whenever the danger or signals vocabulary
changes, and tests/test_lemma_forms.py fails while it is out of date.

Checked at load, so ``app.py validate`` names file, field and line: a lemma that is no folded
word, an empty or malformed list, a form listed under two lemmas, a form that is also a
vocabulary word of its lemma.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field
from pydantic.dataclasses import dataclass

from bot.knowledge.errors import Problem
from bot.knowledge.provenance import RECORD, Strict, Text

FOLDED = r"[a-z]{4,40}"
"""A folded word (æ ø å folded away, as bot/safety_match.py folds a message word)."""
Lemma = Annotated[str, Field(pattern=rf"^{FOLDED}$")]
Folded = Annotated[
    str,
    Field(
        pattern=rf"^{FOLDED}( {FOLDED})*$",
        description="folded words of four letters or more, separated by single spaces",
    ),
]


@dataclass(frozen=True, slots=True, config=RECORD)
class LemmaEntry:
    """One lemma: the vocabulary words it is the lemma of, and its other forms (a slotted
    record: about 1,900 of them are kept)."""

    words: Folded
    forms: Folded


class LemmaFormsFile(Strict):
    """``lemma_forms.yaml``: a version (the vocabulary it was made for) and the lemmas."""

    version: Text
    lemmas: dict[Lemma, LemmaEntry]


def check_lemma_forms(forms: LemmaFormsFile, path: Path) -> list[Problem]:
    """No form is listed twice (under one lemma or two) or is also its lemma's word."""
    problems: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for lemma, entry in forms.lemmas.items():
        words = set(entry.words.split())
        for form in entry.forms.split():
            if form in words:
                problems.append((lemma, f"form '{form}' is also in words"))
            elif form in seen:
                problems.append((lemma, f"form '{form}' is listed twice (also {seen[form]})"))
            else:
                seen[form] = lemma
    return [
        Problem(path, f"lemmas.{lemma}.forms", message, _line(path, lemma))
        for lemma, message in problems
    ]


def _line(path: Path, lemma: str) -> int | None:
    from bot.knowledge.loader import line_in_file

    return line_in_file(path, ("lemmas", lemma, "forms"))


__all__ = ["LemmaEntry", "LemmaFormsFile", "check_lemma_forms"]
