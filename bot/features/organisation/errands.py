"""A where-question about an errand asks no service: «vi har øvelse med politiet om
skoleskyting neste uke, hvor kjøper vi kaffe til foreldrene?» was answered with Gjesdal's
politikontakt – the police named in the scene before it, and «hvor» read as where to turn.
Buying, ordering, renting, borrowing, booking or parking is done at a shop or a place, never
at a service of the SLT plan; the honest fallback answers, as for «hvor er nærmeste butikk».
"""

from __future__ import annotations

from bot.understanding.leaning import BUY

ERRANDS = BUY | frozenset(
    (
        "handle", "handler", "bestille", "bestiller", "bestilla", "leie", "leier", "lane",
        "laner", "parkere", "parkerer", "booke", "booker", "order", "rent", "borrow", "park",
    )
)  # fmt: skip
"""Errand verbs, folded as a message's words are («kjøper» → «kjoper»): buying (the reader's
:data:`~bot.understanding.leaning.BUY`, one list) and the other errands done at a shop or a
place."""


def errand(words: tuple[str, ...]) -> bool:
    """Whether the folded ``words`` hold an errand verb."""
    return not ERRANDS.isdisjoint(words)
