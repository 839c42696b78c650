"""Two readings of the words a service question uses, beside bot/features/organisation/
services.py (which they kept under its size): a time that says when the need is, not what it
is (:func:`not_when`), a compound of a role word that names one service (:func:`by_compound`),
and a page or opening hours asked of a named service (:func:`paged_or_hours`, :func:`asks_opening`).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge.models import Contact
from bot.understanding import Understood
from bot.understanding.retrieval import KnowledgeSearch
from bot.understanding.service_asked import names_role

WHEN = frozenset(
    {"helg", "helga", "helgen", "helgene", "helger", "helgar", "helgane", "kveld", "kvelden"}
    | {"kvelder", "kveldene", "kveldar", "kveldstid", "natt", "natta", "natten", "netter"}
    | {"nettene", "nattestid", "nattetid", "weekend", "weekends", "evening", "night"}
)
"""When the need is, beside what it is (:func:`not_when`)."""


def not_when(search: KnowledgeSearch, need: list[str]) -> list[str]:
    """The need without its time when the rest names something the kommune's knowledge never
    holds: «hvem går natteravn i helgene?» in Våler, whose plan names no natteravn, found the
    barnevernvakt («kvelder, netter og helger») by «helgene» alone – the plan does not answer
    it. A need told by its time and words the plan holds («hvem kan en ungdom prate med på
    kvelden?», «hvem ringer jeg i helgene hvis et barn ikke kan dra hjem?») keeps the time."""
    rest = [w for w in need if w not in WHEN]
    if not rest or len(rest) == len(need):
        return need
    return rest if any(len(w) >= NAMED and not search.search([w]) for w in rest) else need


NAMED = 6
"""Letters a word has, at least, to name a thing the plan lacks («natteravn»), not a verb in
passing («dra hjem»)."""
COMPOUND_HEAD = 3
"""Letters a compound has before the role word it ends in, at least («ungdoms|helsestasjon»)."""


def by_compound(contacts: dict[str, Contact], q: Understood) -> list[str]:
    """The contacts named by a compound of the role word the question holds: «ungdomshelse-
    stasjon, hvor er den?» reads the role «helsestasjon», which Våler's helsesykepleier
    («helsestasjonen/skolehelsetjenesten i Våler») names too, but «Ungdomshelsestasjonen i
    Moss» is the one asked for (f36-249). None when no contact's name holds the compound
    (Gjesdal's «Helsestasjon for ungdom (HFU)»: the role word's contacts stand)."""
    compounds = tuple(
        w
        for w in q.words
        if any(w.endswith(r) and len(w) >= len(r) + COMPOUND_HEAD for r in q.role_words)
    )
    if not compounds:
        return []
    return [k for k, c in contacts.items() if names_role(c.role, compounds)]


__all__ = ["by_compound", "not_when"]


def paged_or_hours(asked: Mapping[str, frozenset[str]], words: set[str]) -> bool:
    """«lenke til konfliktrådet», «åpningstider på …»: a page or hours word."""
    return any(asked.get(kind, frozenset()) & words for kind in ("link", "hours"))


def asks_opening(asked: Mapping[str, frozenset[str]], words: set[str]) -> bool:
    """«når åpner helsestasjonen for ungdom?»: a service's opening or closing asked with a
    «when» (understanding.yaml ``service_asked`` ``opens`` and ``when``) asks its hours."""
    return bool(asked.get("opens", frozenset()) & words and asked.get("when", frozenset()) & words)
