"""``knowledge/language/synonyms.yaml``: how staff say what the knowledge files call otherwise.

Retrieval finds a tiltak or a group by the words its knowledge file uses; staff write «dropper
ut» where the plan says «falle utenfor», «ledergruppa» where it says «styrende nivå». Each
entry names what the knowledge says (``means``) and how it is said (``said``); the reader
adds ``means`` after a ``said`` phrase it finds (bot/understanding/synonyms.py). Only general
Norwegian synonyms (``kind: general``) and the SLT model's own vocabulary (``kind: slt``, the
domain notes), never a phrasing taken from the evaluation set.

Checked at load, so ``app.py validate`` names file, field and line: a phrase with no words, a
``said`` that is its own ``means``, a ``said`` listed twice (in one entry or two).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from bot.knowledge.errors import Problem
from bot.knowledge.provenance import Strict, Text
from bot.text import fold

Phrase = Annotated[str, Field(min_length=1, max_length=80)]


class Synonym(Strict):
    """One meaning and the ways staff say it."""

    kind: Literal["general", "slt"] = Field(
        description="general Norwegian, or the SLT model's vocabulary (domain notes)"
    )
    means: Phrase = Field(description="the words the knowledge files use")
    said: tuple[Phrase, ...] = Field(min_length=1, description="how staff say it")


class SynonymsFile(Strict):
    """``synonyms.yaml``: a version and the entries."""

    version: Text
    synonyms: tuple[Synonym, ...] = Field(min_length=1)


def check_synonyms(words: SynonymsFile, path: Path) -> list[Problem]:
    """Every phrase has words; no ``said`` is its own meaning or listed twice."""
    from bot.knowledge.loader import format_loc, line_in_file

    problems: list[tuple[tuple[int | str, ...], str]] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(words.synonyms):
        means = " ".join(fold(entry.means).split())
        if not means:
            problems.append((("synonyms", index, "means"), f"'{entry.means}' has no words"))
        for position, said in enumerate(entry.said):
            loc = ("synonyms", index, "said", position)
            folded = " ".join(fold(said).split())
            if not folded:
                problems.append((loc, f"'{said}' has no words"))
            elif folded == means:
                problems.append((loc, f"'{said}' is the meaning itself"))
            elif folded in seen:
                also = f"synonyms[{seen[folded]}]"
                problems.append((loc, f"'{said}' is listed twice (also in {also})"))
            else:
                seen[folded] = index
    return [
        Problem(path, format_loc(loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


__all__ = ["Synonym", "SynonymsFile", "check_synonyms"]
