"""Whom a named tiltak is for: the tiltak's own text, not the plan's målgruppe.

«hvilken aldersgruppe gjelder ungdomsgarantien for?» asks the age group of Ungdomsgarantien,
which Våler's tiltak 32 states («unge fra fylte 16 år og frem til 30 år»); read by its cue
(«aldersgruppe») alone it got the plan's own target group, which says nothing of it. The
thing asked about is what the question says besides the target-group words («aldersgruppe»,
«målgruppa», «gjelder», «for»): when those words alone find a tiltak first, holding all of
them, that tiltak answers; so does the one tiltak that alone holds a word of them (its name
among a scene's words: «skriver vedtak: …»). «hvilken aldersgruppe er slt for?» names
nothing beside the SLT work itself and keeps the plan's target group; «hvem er målgruppa for
ungdomskontakten?» finds a contact first and keeps its reading.
"""

from __future__ import annotations

from bot.understanding.intents import Intent
from bot.understanding.lexicon import Lexicon
from bot.understanding.options import MIN_SCORE
from bot.understanding.retrieval import Hit, KnowledgeSearch

OF_ITSELF = frozenset({"slt", "planen", "plan", "arbeidet", "sltarbeidet", "modellen"})
"""The SLT work itself: its target group is the plan's."""


def tiltak_target(
    intent: Intent,
    rest: tuple[str, ...],
    words: tuple[str, ...],
    lexicon: Lexicon,
    search: KnowledgeSearch | None,
) -> Hit | None:
    """The tiltak whose target group ``rest`` asks, or None. The target-group cues
    («aldersgruppe», «hvor gamle») and the words of applying («gjelder») ask nothing of it, nor
    does a number («gjelder det også de over 18?»). ``words``: the whole message's, where the
    SLT work itself named anywhere keeps the plan's own target group."""
    if intent is not Intent.TARGET_GROUP or search is None or not OF_ITSELF.isdisjoint(words):
        return None
    cues = lexicon.cues[Intent.TARGET_GROUP]
    target_words = {w for cue in cues for w in cue.split()} | lexicon.form.applies | {"for"}
    asked = tuple(w for w in rest if w not in target_words and not w.isdigit())
    if not asked:
        return None
    hits = search.search(asked)
    top = hits[0] if hits else None
    if top and top.doc.kind == "tiltak" and top.score >= MIN_SCORE and top.coverage >= 1.0:
        return top
    return next(filter(None, (_named_by(w, search) for w in asked)), None)


def _named_by(word: str, search: KnowledgeSearch) -> Hit | None:
    """The tiltak ``word`` names (its hit): the one object of the kommune holding it is that
    tiltak («ungdomsgarantien» beside «skriver vedtak» or «ungdommene», which many hold)."""
    hits = search.search((word,))
    if len(hits) != 1 or hits[0].doc.kind != "tiltak" or hits[0].score < MIN_SCORE:
        return None
    return hits[0]
