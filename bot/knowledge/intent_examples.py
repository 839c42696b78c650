"""``knowledge/language/intent_examples.yaml``: labelled questions for the intent net.

The reader (bot/understanding/) decides a question's reading by rules and retrieval, tuned on
phrasings its writers have seen. The intent net (bot/intent_net.py) takes a second look at a
confident answer: when the nearest of these examples clearly agree on another reading, the bot
says honestly that it is not sure instead of answering. Each example is a made-up question
(the eval rounds' dev items; no real person's name) and its right reading:

- ``readings``: per reading (what a question asks: ``group_members``, ``tiltak_owner``,
  ``unknown`` …), the bot's reply intents that answer it rightly (space-separated; ``members``
  and ``role_groups`` both answer «er rektor med i fagteamet?»);
- ``examples``: per reading, its example questions. Grouped by reading, not one mapping per
  example: 2,500 small mappings cost megabytes the bot keeps for as long as it runs. An
  example is named by its reading and place (``tiltak_owner[3]``);
- ``keep``: per reading, questions that only keep an answer (hand-written ones nobody tuned
  the rules on): near a question, one of them counts as the nearest example an answer of its
  reading agrees with (the net's margin), but never votes for a doubt.

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


Example = Annotated[str, Field(min_length=1, max_length=600)]


class IntentExamplesFile(Strict):
    """``intent_examples.yaml``: a version, the readings and the examples by reading."""

    version: Text
    readings: dict[Reading, Text] = Field(
        description="per reading, the reply intents that answer it (space-separated)"
    )
    examples: dict[Reading, tuple[Example, ...]] = Field(min_length=1)
    keep: dict[Reading, tuple[Example, ...]] = Field(
        default_factory=dict, description="per reading, questions that only keep an answer"
    )

    def answered_by(self) -> dict[str, frozenset[str]]:
        """Per reading, the reply intents that answer it."""
        return {r: frozenset(intents.split()) for r, intents in self.readings.items()}

    def labelled(self) -> list[tuple[str, str]]:
        """Every example as (reading, text), reading by reading, in the file's order."""
        return [(reading, text) for reading, texts in self.examples.items() for text in texts]

    def kept(self) -> list[tuple[str, str]]:
        """Every question of ``keep`` as (reading, text), reading by reading."""
        return [(reading, text) for reading, texts in self.keep.items() for text in texts]


def check_intent_examples(examples: IntentExamplesFile, path: Path) -> list[Problem]:
    """Every text has words and is listed once (in ``examples`` and ``keep`` together); every
    reading of either is in ``readings``."""
    from bot.knowledge.loader import format_loc, line_in_file

    problems: list[tuple[tuple[int | str, ...], str]] = []
    seen: dict[str, str] = {}
    sections = (("examples", examples.examples), ("keep", examples.keep))
    for section, by_reading in sections:
        for reading, texts in by_reading.items():
            if reading not in examples.readings:
                message = f"unknown reading '{reading}' (not in readings)"
                problems.append(((section, reading), message))
            for index, text in enumerate(texts):
                folded = fold(text)
                if not folded:
                    problems.append(((section, reading, index), "the text has no words"))
                elif folded in seen:
                    message = f"the text is listed twice (also {seen[folded]})"
                    problems.append(((section, reading, index), message))
                else:
                    place = f"{reading}[{index}]"
                    seen[folded] = place if section == "examples" else f"keep: {place}"
    return [
        Problem(path, format_loc(loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


__all__ = ["IntentExamplesFile", "check_intent_examples"]
