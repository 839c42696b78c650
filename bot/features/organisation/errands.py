"""A where-question about an errand asks no service: «vi har øvelse med politiet om
skoleskyting neste uke, hvor kjøper vi kaffe til foreldrene?» was answered with Gjesdal's
politikontakt – the police named in the scene before it, and «hvor» read as where to turn.
Buying, ordering, renting, borrowing, booking or parking is done at a shop or a place, never
at a service of the SLT plan; the honest fallback answers, as for «hvor er nærmeste butikk».

The verbs are understanding.yaml ``errands`` and leaning's ``buy`` (one list of buying, which
bot/understanding/leaning.py reads too), folded once per knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.index import KnowledgeBase
from bot.text import folded_words
from bot.understanding.leaning import leaning


@dataclass(frozen=True, slots=True)
class Errands:
    """Errand verbs, folded as a message's words are («kjøper» → «kjoper»): buying and the
    other errands done at a shop or a place."""

    verbs: frozenset[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Errands:
        return cls(leaning(kb).buy | folded_words(kb.language.understanding.errands.verbs))


def errand(kb: KnowledgeBase, words: tuple[str, ...]) -> bool:
    """Whether the folded ``words`` hold an errand verb."""
    return not kb.built(Errands.of).verbs.isdisjoint(words)


__all__ = ["Errands", "errand"]
