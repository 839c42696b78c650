"""When a tiltak happens, asked by its topic: «når er fagdagen om radikalisering og
ekstremisme?» names no tiltak by its title, but Jevnaker's tiltak «Revidering av
«Handlingsplan mot utenforskap, radikalisering og ekstremisme» …» holds every word asked
(«fagdag 21. november 2025»), while the other readings retrieval finds (the tiltak
«Forebygge ekstremisme …», the contact radikalisering.no, the innsatsområde) hold only some.
A margin in score (:func:`bot.understanding.options.tiltak_in_plan`) is too strict there:
each topic word is said in several places. The tiltak that alone holds them all is the one
the question describes, and its answer gives the date the plan states, or says it gives none.
"""

from __future__ import annotations

from bot.understanding.facts_asked import tiltak_meets
from bot.understanding.intents import Intent
from bot.understanding.options import MIN_SCORE, tiltak_in_plan
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import Hit

WHOLE = 1.0
"""The share of the words asked the tiltak holds: all of them."""
WHEN = frozenset({("nar",), ("when",)})
"""How a question asks when (folded): «når er fagdagen om …», «når skal …»."""
DESCRIBED = 2
"""A description has a thing and what it is about («fagdag», «radikalisering»): one word
alone («når er kurset?») may be any tiltak's."""


def described_alone(hits: list[Hit], words_asked: int) -> bool:
    """The first hit is a tiltak holding every word asked, and no other reading does."""
    if not hits or words_asked < DESCRIBED:
        return False
    top = hits[0]
    if top.doc.kind != "tiltak" or top.score < MIN_SCORE or top.coverage < WHOLE:
        return False
    return all(h.coverage < WHOLE for h in hits[1:])


def tiltak_when(
    intent: Intent,
    words: tuple[str, ...],
    said: QuestionForm,
    group_named: bool,
    hits: list[Hit],
    searched: tuple[str, ...],
    options: tuple[str, ...] = (),
) -> bool:
    """A meeting or time asked of a tiltak (:func:`tiltak_meets`) that retrieval ranks first
    by a margin, or that alone holds every word of its description (``searched``: the words
    retrieval looked for). «når er …» with no cue of its own reads as nothing yet, and close
    readings became ``options`` to ask back with: the tiltak that alone holds every word asked
    is no close call – a contact or an innsatsområde has no date."""
    if tiltak_meets(intent, words, said, group_named):
        return tiltak_in_plan(hits, False) or described_alone(hits, len(set(searched)))
    when = words[:1] in WHEN or words[:2] in said.when_is
    asked_back = intent is Intent.UNKNOWN and bool(options) and not group_named
    return when and asked_back and described_alone(hits, len(set(searched)))
