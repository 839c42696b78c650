"""«krisesenteret kommer og snakker om vold med 8. klasse – er det et SLT-tiltak?», «er
leirskolen en del av slt-planen?»: whether something is in the plan, when what the question
names is in no knowledge file. The tiltak the rest of the question finds are no yes; the
answer says first that the plan does not name it, in the writer's own spelling."""

from __future__ import annotations

import itertools

from bot.text import NAME_LETTERS, echoable
from bot.understanding import Understood
from bot.understanding.retrieval import KnowledgeSearch

ASKS_IF = frozenset(
    {("er", "det"), ("er", "dette"), ("har", "vi"), ("har", "dere"), ("finnes", "det")}
    | {("fins", "det"), ("star", "det"), ("stemmer", "det"), ("is", "it"), ("is", "this")}
)
"""«… – er det et SLT-tiltak?», «har vi noe sånt i planen?»: whether it is there."""
YES_NO = (("er",), ("star",), ("finnes",), ("fins",), ("is",))
"""«er krisesenterets besøk et SLT-tiltak?», «står mobbeombud i planen?»."""
IN_PLAN = frozenset({"tiltak", "tiltaket", "planen", "handlingsplanen", "sltplanen", "plan"})
WHO = frozenset({"hvem", "kven", "who"})
FROM = frozenset({"fra", "ifra", "from"})
"""«hvem er det som kommer fra krisesenteret og når?»: who comes from a service – the plan is
asked of it as surely as by «er det et SLT-tiltak?»."""


def not_in_plan(q: Understood, unknown: tuple[str, ...], text: str) -> str | None:
    """The first word the question asks the plan about that no knowledge holds, as written,
    when the question asks whether something is in the plan; else None – also for a word
    capitalised inside a sentence, which may be someone's name."""
    words = q.words
    asks = words[:1] in YES_NO or any(pair in ASKS_IF for pair in itertools.pairwise(words))
    named = [w for w in unknown if len(w) >= NAME_LETTERS]
    sent = [b for a, b in itertools.pairwise(words) if a in FROM and b in named]
    if sent and WHO.intersection(words):
        named = sent  # who comes from it: the one it names
    elif not (asks and named and IN_PLAN.intersection(words)):
        return None
    return echoable(text, named[0])  # never folded, never a possible name


def unheld(search: KnowledgeSearch, unknown: tuple[str, ...]) -> tuple[str, ...]:
    """The words no knowledge file spells that the kommune's plan does not hold either, as its
    search reads them: «sommertilbud» is no file's word, but Våler's plan holds it through its
    first part («Sommeruka», «sommeropplevelse»; bot/understanding/compounds.py), so the answer
    must not open with «Jeg finner ikke «sommertilbud» i handlingsplanen» before that tiltak."""
    kinds = {doc.kind for doc in search.docs}
    return tuple(w for w in unknown if not any(search.kind_holds(k, w) for k in kinds))


__all__ = ["not_in_plan", "unheld"]
