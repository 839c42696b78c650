"""A contact person asked for where another reading stood first: the person a service is
named for, found beside a tiltak's name («familieveileder for pmto hvor finner jeg»), and a
service's contact asked by the generic word («politiet — hvem er kontakten vår»)."""

from __future__ import annotations

from itertools import pairwise

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.holders import asks_services_contact
from bot.understanding.question_form import QuestionForm

WHERE_WORDS = frozenset({"hvor", "kvar", "kor", "where"})
FIND_WORDS = frozenset({"finner", "finne", "finn", "find"})


def person_found_where(
    words: tuple[str, ...], index: KommuneIndex | None, tiltak_name: str
) -> bool:
    """«familieveileder for pmto hvor finner jeg»: where to find someone a service's contact
    is named for (one of its one-word aliases: Familiens hus «bl.a. PMTO med familieveileder»),
    beside the name of a tiltak they run – the service's contact answers, not the tiltak's
    sheet. The tiltak's own name («hvor finner jeg pmto») is no person."""
    if index is None or not any(a in WHERE_WORDS and b in FIND_WORDS for a, b in pairwise(words)):
        return False
    named = set(words) - set(tiltak_name.split())
    return any(
        fold(alias) in named
        for contact in index.kommune.contacts.values()
        for alias in contact.aliases
        if " " not in fold(alias)
    )


def person_beside_tiltak(
    words: tuple[str, ...],
    index: KommuneIndex | None,
    named: tuple[str, str],
    about: tuple[tuple[str, str], ...],
) -> bool:
    """:func:`person_found_where`, where retrieval ranks a contact first (the reader's
    ``named``: the tiltak's phrase and key)."""
    contact_first = about[:1] != () and about[0][0] == "contact"
    return contact_first and person_found_where(words, index, named[0])


OFFERS = frozenset({"tilbyr", "tilbyd", "tilbyder", "offers"})
"""«hvem tilbyr det?»: a who-word and one of these ask for the service that offers it."""


def offered_by(words: tuple[str, ...], who_words: frozenset[str]) -> bool:
    """«finnes det noe foreldreveiledning for familier med mye konflikter hjemme, sånn PMTO?
    hvem tilbyr det?»: a method or programme the plan names as a tiltak (PMTO), asked as an
    offer – the service that offers it (the tiltak's ansvar) answers, with the tiltak under
    it, not the tiltak's sheet (``words``: the question's own sentence)."""
    return any(a in who_words and b in OFFERS for a, b in pairwise(words))


def beside_tiltak(
    words: tuple[str, ...],
    index: KommuneIndex | None,
    named: tuple[str, str],
    about: tuple[tuple[str, str], ...],
    asked: tuple[str, ...],
    said: QuestionForm,
) -> bool:
    """A service asked for beside a tiltak's name: its contact person
    (:func:`person_beside_tiltak`), or the service offering it (:func:`offered_by`, in
    ``asked``, the question's own sentence)."""
    return person_beside_tiltak(words, index, named, about) or offered_by(asked, said.service_who)


def services_contact(asking: tuple[tuple[str, ...], ...], role_words: tuple[str, ...]) -> bool:
    """A who-holds question («hvem er kontakten vår») of any of the message's asking parts
    that asks a service's contact by the generic word (holders.asks_services_contact)."""
    return any(asks_services_contact(words, role_words) for words in asking)
