"""``knowledge/language/intent_examples.yaml``: labelled questions for the intent net.

The reader (bot/understanding/) decides a question's reading by rules and retrieval, tuned on
phrasings its writers have seen. The intent net (bot/intent_net.py) takes a second look at a
confident answer: when the nearest of these examples clearly agree on another reading, the bot
says honestly that it is not sure instead of answering. Each example is a made-up question
(the eval rounds' dev items; no real person's name) and its right reading:

- ``intent``: one of ``readings``' keys (what the question asks: ``group_members``,
  ``tiltak_owner``, ``unknown`` …);
- ``readings``: per reading, the bot's reply intents that answer it rightly (space-separated;
  ``members`` and ``role_groups`` both answer «er rektor med i fagteamet?»).

Checked at load, so ``app.py validate`` names file, field and line: an empty text, a text
listed twice, a reading the ``readings`` do not list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field

from bot.knowledge.errors import Problem
from bot.knowledge.provenance import Strict, Text
from bot.text import fold

Reading = Annotated[str, Field(pattern=r"^[a-z0-9_]+$", min_length=1, max_length=64)]


class IntentExample(Strict):
    """One made-up question and its right reading."""

    text: Annotated[str, Field(min_length=1, max_length=600)]
    intent: Reading


class IntentExamplesFile(Strict):
    """``intent_examples.yaml``: a version, the readings and the examples."""

    version: Text
    readings: dict[Reading, Text] = Field(
        description="per reading, the reply intents that answer it (space-separated)"
    )
    examples: tuple[IntentExample, ...] = Field(min_length=1)

    def answered_by(self) -> dict[str, frozenset[str]]:
        """Per reading, the reply intents that answer it."""
        return {r: frozenset(intents.split()) for r, intents in self.readings.items()}


def check_intent_examples(examples: IntentExamplesFile, path: Path) -> list[Problem]:
    """Every text has words and is listed once; every example's reading is in ``readings``."""
    from bot.knowledge.loader import format_loc, line_in_file

    problems: list[tuple[tuple[int | str, ...], str]] = []
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
        if example.intent not in examples.readings:
            message = f"unknown reading '{example.intent}' (not in readings)"
            problems.append((("examples", index, "intent"), message))
    return [
        Problem(path, format_loc(loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


__all__ = ["IntentExample", "IntentExamplesFile", "check_intent_examples"]
