"""«krisesenteret kommer og snakker om vold med 8. klasse – er det et SLT-tiltak?», «er
leirskolen en del av slt-planen?»: whether something is in the plan, when what the question
names is in no knowledge file. The tiltak the rest of the question finds are no yes; the
answer says first that the plan does not name it, in the writer's own spelling."""

from __future__ import annotations

import itertools
import re

from bot.text import fold
from bot.understanding import Understood

ASKS_IF = frozenset(
    {("er", "det"), ("er", "dette"), ("har", "vi"), ("har", "dere"), ("finnes", "det")}
    | {("fins", "det"), ("star", "det"), ("stemmer", "det"), ("is", "it"), ("is", "this")}
)
"""«… – er det et SLT-tiltak?», «har vi noe sånt i planen?»: whether it is there."""
YES_NO = (("er",), ("star",), ("finnes",), ("fins",), ("is",))
"""«er krisesenterets besøk et SLT-tiltak?», «står mobbeombud i planen?»."""
IN_PLAN = frozenset({"tiltak", "tiltaket", "planen", "handlingsplanen", "sltplanen", "plan"})
NAME_LETTERS = 6
"""A shorter unknown word is more likely a word of the question than the thing asked about."""


def not_in_plan(q: Understood, unknown: tuple[str, ...], text: str) -> str | None:
    """The first word the question asks the plan about that no knowledge holds, as written,
    when the question asks whether something is in the plan; else None – also for a word
    capitalised inside a sentence, which may be someone's name."""
    words = q.words
    asks = words[:1] in YES_NO or any(pair in ASKS_IF for pair in itertools.pairwise(words))
    named = [w for w in unknown if len(w) >= NAME_LETTERS]
    if not (asks and named and IN_PLAN.intersection(words)):
        return None
    tokens: list[str] = re.findall(r"[\w.!?]+", text)
    starts = {0} | {i + 1 for i, t in enumerate(tokens) if t[-1] in ".!?"}
    written: dict[str, tuple[int, str]] = {
        fold(t.strip(".!?")): (i, t.strip(".!?")) for i, t in enumerate(tokens)
    }
    at, word = written.get(named[0], (0, named[0]))
    if word[:1].isupper() and at not in starts:
        return None  # a capitalised word inside a sentence may be a person's name: not echoed
    return word


__all__ = ["not_in_plan"]
