"""A plan fact asked by the one word of it the question holds: «hvordan følges SLT-arbeidet
opp, rapporteres det til noen?».

Jevnaker's fact on reporting («Rapportere til kommunedirektørens ledergruppe en gang i
halvåret …») is asked as «rapporteres»; the question's other words («følges opp», «SLT-
arbeidet») are said of many objects, which then stood as rivals, and the question was asked
back with a routine and a tiltak that follow pupils up. When a word the fact is asked by
(its ``asked_as``) finds that fact first, clearly above every reading outside the plan's
own, the word asks it – but only where retrieval could not decide by itself.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.normalise import stem
from bot.understanding.options import MARGIN, MIN_SCORE, PLAN_FAMILY
from bot.understanding.retrieval import Hit, KnowledgeSearch


def fact_by_own_word(
    rest: tuple[str, ...],
    search: KnowledgeSearch | None,
    index: KommuneIndex | None,
    decide: frozenset[str],
) -> Hit | None:
    """The plan fact one of ``rest``'s words asks by itself (module docstring), or None. A
    word of deciding (``decide``: «bestemmer») asks no fact by itself (decided.py)."""
    if search is None or index is None:
        return None
    asked = tuple(w for w in rest if w not in decide)
    for word, term in zip(asked, stem(asked), strict=True):
        hits = search.search((word,))
        top = hits[0] if hits else None
        if top is None or top.doc.kind != "planfact" or top.score < MIN_SCORE:
            continue
        rival = next((h.score for h in hits[1:] if h.doc.kind not in PLAN_FAMILY), 0.0)
        fact = index.kommune.plan_facts[int(top.doc.key)]
        if top.score > rival * MARGIN and term in stem(fold(w) for w in fact.asked_as):
            return top
    return None
