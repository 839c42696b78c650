"""A plan note or fact, not the reading a cue gave, is what a question asks.

«hvilke kommuner i mosseregionen bruker slt-modellen» names no group and a plan note holds
every word asked; «hvor ofte rapporterer koordineringsgruppa til ledergruppa» asks the cadence
of something other than a meeting, which a plan fact states.
"""

from __future__ import annotations

from itertools import pairwise

from bot.understanding.intents import Intent
from bot.understanding.retrieval import GENERIC, Hit
from bot.understanding.rules import MEETING_WORDS

GATHER_WORDS = MEETING_WORDS | {"samles", "treffes", "ses", "moter", "motene", "samling"}
"""Words of meeting: «hvor ofte samles politirådet» asks the group's cadence."""


def _done_after(cue: str, words: tuple[str, ...]) -> str:
    """The word right after the cue («hvor ofte rapporterer …» → «rapporterer»)."""
    size = len(cue.split())
    spots = (i + size for i in range(len(words)) if " ".join(words[i : i + size]) == cue)
    at = next(spots, len(words))
    return words[at] if at < len(words) else ""


def plan_fact_asked(
    intent: Intent,
    words: tuple[str, ...],
    hits: list[Hit],
    unnamed: bool,
    score: float,
    coverage: float,
    cue: str = "",
) -> bool:
    """A plan note or fact, not the reading a cue gave, is what is asked: «hvilke kommuner
    i mosseregionen bruker slt-modellen» (no group named, the note holds every word asked)
    or «hvor ofte rapporterer koordineringsgruppa til ledergruppa» (a cadence of something
    other than a meeting, which a plan fact states); «hvilke kommuner …»
    (:func:`kommuner_asked`)."""
    if kommuner_asked(words, hits):
        return True
    top = hits[0] if hits else None
    if top is None or top.doc.kind not in ("note", "planfact"):
        return False
    if intent in (Intent.LEVELS, Intent.DUTIES) and unnamed:
        return top.score >= score and top.coverage >= coverage
    if intent is not Intent.FREQUENCY or not GATHER_WORDS.isdisjoint(words):
        return False
    if "ofte" not in cue.split():  # «hvor ofte …», not «hver måned eller annenhver»
        return False
    done = _done_after(cue, words)  # what is done so often: «rapporterer», not «er det»
    return len(done) >= 4 and done not in GATHER_WORDS | GENERIC and top.coverage >= 0.5


WHICH = frozenset({"hvilke", "hvilken", "hvilket", "which", "what"})
KOMMUNER = frozenset({"kommuner", "kommunene", "kommunar", "kommunane", "municipalities"})
"""«hvilke kommuner …»: the kommuner a group or the model is shared with are asked, which only
the plan's notes and facts state (a group's member list names roles, not kommuner)."""
PLAN_OWN = frozenset({"note", "planfact"})
NEAR = 3
NOTE_FLOOR = 1.0
"""A plan note or fact ranked this well, among the first :data:`NEAR`, says it."""


def kommuner_asked(words: tuple[str, ...], hits: list[Hit]) -> bool:
    """«hvilke kommuner er med i politirådet», «hvilke kommuner i mosseregionen bruker
    slt-modellen sammen med oss»: which kommuner, and a plan note or fact among the first
    readings retrieval found says it."""
    asked = any(a in WHICH and b in KOMMUNER for a, b in pairwise(words))
    return asked and any(h.doc.kind in PLAN_OWN and h.score >= NOTE_FLOOR for h in hits[:NEAR])


__all__ = ["kommuner_asked", "plan_fact_asked"]
