"""``knowledge/language/danger_examples.yaml``: labelled example messages for the safety net.

The rule-based danger check (bot/safety.py) is tuned on phrasings its writers have seen; a new
phrasing of the same case may slip past it. The safety net (bot/safety_net.py) compares a
message the rules leave quiet with these examples and, when its nearest examples clearly agree
on danger, asks back with the acute line first. Each example is a made-up message (no real
person's name) and what it is:

- ``routine``: the routine id the danger check sends it to (knowledge/national/routines.yaml);
- ``acute``: acute danger with no routine (a body in trouble: the acute line alone);
- ``none``: no danger — an everyday question or remark, or a calm question about a routine.

``lead`` is the line the question back starts with; every number in it must be a number the
national knowledge has (a contact's phone or a routine's acute line), as for danger.yaml.

Checked at load, so ``app.py validate`` names file, field and line: an empty text, a text
listed twice, an unknown routine, a number in the lead that knowledge does not have.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field
from pydantic.dataclasses import dataclass

from bot.knowledge.danger_numbers import phone_numbers
from bot.knowledge.errors import Problem
from bot.knowledge.models import NationalDefaults
from bot.knowledge.provenance import RECORD, Strict, Text
from bot.text import fold

NONE = "none"
ACUTE = "acute"
Label = Annotated[str, Field(pattern=r"^[a-z0-9-]+$", min_length=1, max_length=64)]


@dataclass(frozen=True, slots=True, config=RECORD)
class DangerExample:
    """One made-up message and what it is (a slotted record: 5,000 of them are kept)."""

    text: Annotated[str, Field(min_length=1, max_length=600)]
    routine: Label = Field(description="a routine id, 'acute' (the acute line alone) or 'none'")


class DangerExamplesFile(Strict):
    """``danger_examples.yaml``: a version, the ask-back's lead line and the examples."""

    version: Text
    lead: Text = Field(description="the acute line the question back starts with")
    examples: tuple[DangerExample, ...] = Field(min_length=1)


def check_examples(
    examples: DangerExamplesFile, national: NationalDefaults | None, path: Path
) -> list[Problem]:
    """Every text has words and is listed once; every routine is known; the lead's numbers are
    numbers the national knowledge has."""
    from bot.knowledge.loader import format_loc, line_in_file

    problems: list[tuple[tuple[int | str, ...], str]] = []
    routines = {r.id: r for r in national.routines} if national is not None else None
    seen: dict[str, int] = {}
    for index, example in enumerate(examples.examples):
        folded = fold(example.text)
        if not folded:
            problems.append((("examples", index, "text"), "the text has no words"))
        elif folded in seen:
            also = f"examples[{seen[folded]}]"
            problems.append(
                (("examples", index, "text"), f"the text is listed twice (also {also})")
            )
        else:
            seen[folded] = index
        known = routines is None or example.routine in routines
        if example.routine not in (NONE, ACUTE) and not known:
            message = f"unknown routine '{example.routine}' (or 'acute', 'none')"
            problems.append((("examples", index, "routine"), message))
    if national is not None:
        phones = " | ".join(c.phone or "" for c in national.contacts.values())
        acute = " | ".join(r.acute for r in national.routines)
        allowed = set(phone_numbers(phones)) | set(phone_numbers(acute))
        for number in phone_numbers(examples.lead):
            if number not in allowed:
                message = f"number {number} is neither a national contact's nor in an acute line"
                problems.append((("lead",), message))
    return [
        Problem(path, format_loc(loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


__all__ = ["ACUTE", "NONE", "DangerExample", "DangerExamplesFile", "check_examples"]
