"""Whether a question asks for a service's people or its number, by the words around the
service it names («hvem i NAV jobber med unge», «kva nummer har legevakta»)."""

from __future__ import annotations

import functools

from bot.text import fold
from bot.understanding.retrieval import Hit

WHO = frozenset({"hvem", "who"})
IN_SERVICE = frozenset({"i", "pa", "hos", "fra", "in", "at"})
HELP_FROM = frozenset({"hjelp", "help", "bistand", "rad"})
FROM_SERVICE = frozenset({"fra", "av", "hos", "from"})
"""«hjelp fra konfliktrådet», «råd hos PPT»: help asked of a service the question names."""


def people_of_service(
    words: tuple[str, ...], role_words: tuple[str, ...], who_words: frozenset[str], hits: list[Hit]
) -> bool:
    """«hvem i NAV jobber med unge», «hvem på barnevernet kan hjelpe»: who-word, preposition,
    a role that is a service retrieval found as a contact (or «hjelp fra konfliktrådet») –
    the people of the service, not one named person («hvem er rektor på …») and not a seat
    («hvem i NAV sitter i …»)."""
    said = any(
        ((a in WHO and b in IN_SERVICE) or (a in HELP_FROM and b in FROM_SERVICE))
        and any(c.startswith(r) for r in role_words)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    if not said or not set(words).isdisjoint(who_words - WHO):
        return False
    contact = next((h for h in hits[:8] if h.doc.kind == "contact"), None)
    return contact is not None and names_role(contact.doc.label, role_words)


PHONE_WORDS = frozenset(
    {"nummer", "nummeret", "telefon", "telefonen", "telefonnummer", "telefonnummeret", "tlf"}
)


def asks_a_number(words: tuple[str, ...], hits: list[Hit]) -> bool:
    """«kva nummer har legevakta», «barnevernvakta, hva er telefonen dit»: a number asked
    about, and retrieval's best object is a contact – no cue needed to know what is asked."""
    return not PHONE_WORDS.isdisjoint(words) and bool(hits) and hits[0].doc.kind == "contact"


def names_role(label: str, role_words: tuple[str, ...]) -> bool:
    """A contact's label names the role asked about («NAV Våler» for «nav»)."""
    return any(w.startswith(role_words) for w in label_words(label))


@functools.lru_cache(maxsize=2048)
def label_words(label: str) -> tuple[str, ...]:
    """A knowledge label's folded words, kept per label: the «service without a seat» check
    runs ``names_role`` over every contact on every role question. Only labels from the
    knowledge come here (contacts' roles, retrieval documents' labels), never a message."""
    return tuple(fold(label).split())


__all__ = [
    "FROM_SERVICE",
    "HELP_FROM",
    "IN_SERVICE",
    "PHONE_WORDS",
    "WHO",
    "asks_a_number",
    "label_words",
    "names_role",
    "people_of_service",
]
