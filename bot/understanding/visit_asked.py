"""A visit asked of someone: «kan politiet komme på foreldremøtet vårt og snakke om rus?».

Whether a service comes to a gathering is what a tiltak says when one names both: Gjesdal's
«Politiet til stede på skolene … Politiet kan delta på foreldremøter etter avtale». Read by
all its words, the topic of the talk («rus») found the plan's other tiltak on rus and the
rus routine as rivals, and the question got «Mente du …?» or nothing. The visit is asked by
the words before the talk («snakke om …») that begins after the coming, the gathering's day
left out («skal ha foreldremøte på torsdag, kan politiet komme …»): when those, without the
verb of coming, find a tiltak first that holds every one of them, that tiltak answers. «kan
helsesykepleier komme på foreldremøtet?» finds no tiltak naming both and keeps its reading.
"""

from __future__ import annotations

from bot.dates import MONTHS, WEEKDAYS
from bot.text import fold
from bot.understanding.intents import Intent
from bot.understanding.lexicon import Lexicon
from bot.understanding.options import MIN_SCORE
from bot.understanding.retrieval import Hit, KnowledgeSearch

VISIT_VERBS = frozenset(
    {"komme", "kommer", "delta", "deltar", "besoke", "besoker", "stille", "stiller", "kom"}
)
"""Coming to a gathering (folded)."""
TALK_VERBS = frozenset(
    {"snakke", "snakker", "prate", "prater", "fortelle", "forteller", "informere", "undervise",
     "holde", "ha"}
)  # fmt: skip
"""Where the talk begins («… og snakke om rus»): what is said there is no part of the visit."""
MIN_VISIT = 2
"""The visit names someone and somewhere, at least."""
WHEN = frozenset(
    {*(fold(day) for day in (*WEEKDAYS, *MONTHS)), "morgen", "kveld", "uke", "neste", "dag"}
)
"""When the gathering is («på torsdag», «i morgen», «neste uke», «i januar»): no tiltak says
it, so it is no part of the visit searched."""


def visit_asked(
    intent: Intent, words: tuple[str, ...], lexicon: Lexicon, search: KnowledgeSearch | None
) -> Hit | None:
    """The tiltak that says whether the visit ``words`` ask happens, or None."""
    if intent is not Intent.UNKNOWN or search is None or VISIT_VERBS.isdisjoint(words):
        return None
    # the talk begins after the coming: «skal ha foreldremøte …, kan politiet komme og snakke»
    come = next(i for i, w in enumerate(words) if w in VISIT_VERBS)
    end = next((i for i, w in enumerate(words) if w in TALK_VERBS and i > come), len(words))
    part = words[:end]
    asked = tuple(
        w
        for w in lexicon.searched(part, [False] * len(part), ())
        if w not in VISIT_VERBS and w not in WHEN
    )
    if len(asked) < MIN_VISIT:
        return None
    hits = search.search(asked)
    top = hits[0] if hits else None
    if top is None or top.doc.kind != "tiltak" or top.score < MIN_SCORE or top.coverage < 1.0:
        return None
    return top
