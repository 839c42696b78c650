"""The kommune's help offers asked for as a list: «hvilke hjelpetilbud kan jeg nevne for
foreldrene på foreldremøtet? liste takk», «hvilke hjelpetilbud har vi?», «kan du liste opp
hjelpetilbudene i kommunen?».

Staff preparing a parents' meeting or a talk ask what to tell, not whom one case goes to. The
contact search read such a message by its other words: Gjesdal's «foreldremøtet» found the
politikontakt through the tiltak on parents' meetings, and Jevnaker's bare «hvilke hjelpetilbud
har vi?» the Mental Helse line through the word «hjelpetilbud» in its note. The plan's own list
answers where it has one asked so (Gjesdal's «Aktuelle hjelpetilbud …», 004:110: the services
whose line it is, each with how to reach it); elsewhere the kommune's services, one line each
(``contacts.directory``) – never one picked by a word.

Only when nothing else is asked: no service, group, level or routine named, no need read
(bot/features/needs/ answers «hvilke hjelpetilbud har vi for ungdom med angst?»), and no word
left but whom the offers are for, the telling or listing itself, the occasion and the kommune.
«hvilke hjelpetilbud nevner planen?» asks of the plan and keeps its reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.features.needs.handlers import needs_in
from bot.features.organisation.contacts import directory, several
from bot.features.organisation.services import Found
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase
from bot.router import Turn
from bot.text import fold, folded_words
from bot.understanding import Intent
from bot.understanding.retrieval import terms

READ = frozenset({Intent.CONTACT_SERVICE, Intent.UNKNOWN})


@dataclass(frozen=True)
class OffersWords:
    """understanding.yaml ``offers_listed``, folded once per knowledge base."""

    listing: tuple[str, ...] = ()
    tell: frozenset[str] = frozenset()
    occasion: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    filler: frozenset[str] = frozenset()

    @classmethod
    def of(cls, kb: KnowledgeBase) -> OffersWords:
        said = kb.language.understanding.offers_listed
        if said is None:
            return cls()  # a knowledge folder without the section: never a list asked

        def starts(words: str) -> tuple[str, ...]:
            return tuple(dict.fromkeys(fold(w) for w in words.split() if fold(w)))

        return cls(
            listing=starts(said.listing),
            tell=folded_words(said.tell),
            occasion=starts(said.occasion),
            audience=starts(said.audience),
            filler=folded_words(said.filler),
        )


def offers_listed(turn: Turn) -> bool:
    """Whether the message asks only for the kommune's help offers, to tell or as a list."""
    q = turn.understood
    if (
        q is None
        or turn.index is None
        or q.intent not in READ
        or q.role_words
        or q.group_id
        or q.level
        or q.routine
        or q.mentions_coordinator
    ):
        return False
    said = turn.bot.kb.built(OffersWords.of)
    words = fold(turn.text).split()
    if not said.listing or not any(w.startswith(said.listing) for w in words):
        return False
    if q.intent is Intent.UNKNOWN and not said.tell.intersection(words):
        return False  # an unknown reading with the word alone is left to the fallback's helpers
    if needs_in(turn.bot.kb, turn.text, pointed=True):
        return False
    places = _place_words(turn)
    return all(
        w.startswith(said.listing)
        or w in said.tell
        or w in said.filler
        or w in places
        or w.startswith(said.occasion)
        or w.startswith(said.audience)
        or w.rstrip(".").isdigit()
        or set(terms([w])) <= q.said.whom  # whom for, or a word retrieval drops
        for w in words
    )


def _place_words(turn: Turn) -> set[str]:
    k = turn.index.kommune
    return {k.id, *fold(k.short_name).split(), *fold(k.name).split()}


def offers_reply(turn: Turn) -> Reply:
    """The services the plan lists under its one fact asked for by the listing word (the
    contacts that rest on that fact's line: Gjesdal's helsestasjon, familiesenter,
    mestringsenheten, PPT …), each with how to reach it; else the kommune's services, one line
    each."""
    index = turn.index
    national = turn.bot.kb.national
    listing = turn.bot.kb.built(OffersWords.of).listing
    facts = [
        f for f in index.kommune.plan_facts if any(fold(a).startswith(listing) for a in f.asked_as)
    ]
    lines = {p.at for f in facts[:1] if len(facts) == 1 for p in f.facts if p.at}
    listed = tuple(
        key
        for key, contact in index.kommune.contacts.items()
        if lines and any(p.at in lines for p in contact.facts)
    )
    if listed:
        return several(index, national, Found(listed, None, {}))
    return directory(index, national)
