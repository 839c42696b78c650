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

from bot.features.needs.handlers import needs_in
from bot.features.organisation.contacts import directory, several
from bot.features.organisation.services import Found
from bot.features.reply import Reply
from bot.router import Turn
from bot.text import fold
from bot.understanding import Intent
from bot.understanding.retrieval import terms


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LISTING = ("hjelpetilbud", "hjelpetilbod")
"""The words (and their endings) that ask for the kommune's help offers together."""
READ = frozenset({Intent.CONTACT_SERVICE, Intent.UNKNOWN})
TELL = _words(
    """nevne nevner nevnes si sier seie seier fortelle forteller fortelja fortel informere
    informerer gi gir dele deler tipse anbefale anbefaler vise presentere tell mention share
    liste lista list listen oversikt oversikta overview opp"""
)
"""Telling someone of the offers, or asking them as a list."""
OCCASION = ("foreldremot", "foreldrekveld", "mote", "motet", "presentasjon", "meeting", "trinn")
"""Where the offers are to be told (prefixes of folded words)."""
AUDIENCE = (
    "foreldr",
    "foresatt",
    "elev",
    "ungdom",
    "unge",
    "barn",
    "born",
    "familie",
    "jente",
    "gutt",
    "klass",
    "kolleg",
    "lærer",
    "laerer",
    "parent",
    "pupil",
    "student",
    "famil",
)
"""Whom the offers are told to or for (prefixes of folded words)."""
FILLER = _words(
    """hvilke hvilken hva kva which what kan kunne jeg eg vi me du dere de har hai finnes fins
    finst det er i pa for til om hos oss vare vart vaart kommunen kommune takk tusen please
    thanks noen noe nokon noko alle all all slags som the we our do have in for to at and
    hei hallo kort kjapt fort skal ha bor burde ma should could"""
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
    words = fold(turn.text).split()
    if not any(w.startswith(LISTING) for w in words):
        return False
    if q.intent is Intent.UNKNOWN and not TELL.intersection(words):
        return False  # an unknown reading with the word alone is left to the fallback's helpers
    if needs_in(turn.bot.kb, turn.text, pointed=True):
        return False
    places = _place_words(turn)
    return all(
        w.startswith(LISTING)
        or w in TELL
        or w in FILLER
        or w in places
        or w.startswith(OCCASION)
        or w.startswith(AUDIENCE)
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
    facts = [
        f for f in index.kommune.plan_facts if any(fold(a).startswith(LISTING) for a in f.asked_as)
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
