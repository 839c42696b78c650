"""Questions about who holds a role («hvem er politikontakten vår», «hvem er
bti-koordinator»): the plans give seats, not names, so these get their own answers."""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.text import fold_plan_text
from bot.understanding.intents import Intent

WHO_IS = frozenset({("hvem", "er"), ("kven", "er"), ("hvem", "e"), ("kven", "e"), ("who", "is")})
"""«hvem er», and the western «kem e» (Jæren, Bergen) once «kem» reads as «hvem»."""
NAME_WORDS = frozenset({"leder", "sjef", "sjefen", "for", "av", "pa", "var", "vart", "na", "no"})
"""Words beside a role in «hvem er (leder for) X (vår nå)»."""


def asks_a_name(words: tuple[str, ...], role_words: tuple[str, ...]) -> bool:
    """«hvem er rektor», «hvem er leder for ungdomsklubben»: who holds a role, by name – the
    plans give seats, not names, so the groups the role sits in answer another question."""
    if tuple(words[:2]) not in WHO_IS or not role_words:
        return False
    return all(w in NAME_WORDS or any(w.startswith(r[:4]) for r in role_words) for w in words[2:])


BTI = "bti"


def asks_bti_coordinator(words: tuple[str, ...]) -> bool:
    """«hvem er bti-koordinator», «bti koordinatoren vår – er det slt-k?»: BTI's coordinator is
    asked about first – the BTI answer says who the plan gives it to, never the SLT-koordinator's
    sheet as if the two were one. Where the SLT-koordinator comes first («er slt-k også
    bti-koordinator?») the coordinator's own answer, which says what the plans hold, answers."""
    if BTI not in words:
        return False  # it asks only where «bti» stands before the coordinator (most messages)
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word == "sltk" or (word == "slt" and (after == "k" or after.startswith("koordinator"))):
            return False
        if word.startswith("koordinator"):
            return i > 0 and words[i - 1] == BTI
    return False


GROUP_QUESTIONS = frozenset(
    {Intent.MEMBERS, Intent.FREQUENCY, Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR}
)
ID_HEAD = 5
"""The first letters of a group's id that a word naming the group by its own name starts with."""


def by_own_name(intent: Intent, words: tuple[str, ...], group_id: str | None) -> bool:
    """«hvem leder oppvekstteamet, og er det bti nivå 3?», «hvor ofte møtes oppvekstteamet på
    bti nivå 3»: a group named by its own name (not «bti nivå 3», its alias) is asked who sits,
    leads, calls in or how often – its own answer says so, not what BTI is."""
    if intent not in GROUP_QUESTIONS or not group_id or "bti" in group_id:
        return False
    head = group_id.split("-")[0][:ID_HEAD]
    return len(head) == ID_HEAD and any(w.startswith(head) for w in words)


NAMING = frozenset({"navn", "navnet", "namn", "namnet", "heter", "heiter", "name"})
HOLDER_WORDS = (
    NAME_WORDS
    | NAMING
    | frozenset({"hvem", "kven", "who", "_", "i", "hos", "til", "og", "er", "hva", "kva"})
    | frozenset({"vet", "veit", "du", "dere", "her", "oss", "vare", "vaar", "var"})
    | frozenset({"nummer", "nummeret", "telefon", "telefonnummer", "telefonnummeret", "tlf"})
    | frozenset({"mobil", "mobilnummer", "mobilnummeret", "e", "post", "epost", "kontaktinfo"})
    | frozenset({"han", "hun", "ho", "hen", "hans", "hennes", "hanses", "vedkommende", "takk"})
    | frozenset({"kommunen", "kommune", "nye", "ny", "forrige", "sluttet", "dag", "idag"})
    | frozenset({"kontakt", "kontakten", "kontaktperson", "kontaktpersonen", "kontaktpersoner"})
)
"""Words beside a role when the question asks who holds it and how to reach that person:
«hvem er politikontakten vår og hva er nummeret hans», «hva heter politikontakten i _»
(``_``: a kommune named, which the reader blanks out); «hvem er kontaktpersonen i PPT» asks a
person too, not how to reach the service."""


def asks_who_holds(
    words: tuple[str, ...], role_words: tuple[str, ...], titled: frozenset[str] = frozenset()
) -> bool:
    """The person holding a role, by name or their own number – which no plan gives («hvem
    er politikontakten vår og hva er nummeret hans», «hva heter helsesykepleieren på _»).
    Only the role, these words and the words of the plan's own title for it (``titled``:
    «hvem er kommunalsjef oppvekst»): «hvem er rektor på Dirdal skole» names more."""
    if not role_words:
        return False
    if words[1:2] == ("som",):  # asked indirectly: «(lurer på) hvem som er politikontakten»
        words = words[:1] + words[2:]
    if tuple(words[:2]) in WHO_IS:
        tail = words[2:]
    elif NAMING.isdisjoint(words):
        return False
    else:
        tail = words
    return all(
        w in HOLDER_WORDS or w in titled or any(w.startswith(r[:4]) for r in role_words)
        for w in tail
    )


PERSON_OF = {"politi": "politikontakt"}
"""A service and its named contact person: «hvem i politiet kontakter jeg», «hvem avtaler jeg
besøk med» (a school about the police) ask for a person – the politikontakt (the kommune's
when its plan names one, else the national entry, which gives 02800 for what is not acute, as
the domain notes say)."""
CONTACT_WORDS = frozenset({"kontakt", "kontakten", "kontaktperson", "kontaktpersonen"})
"""The generic word for a service's contact person, not the role's own title."""


def asks_services_contact(words: tuple[str, ...], role_words: tuple[str, ...]) -> bool:
    """«politiet — hvem er kontakten vår i kommunen»: a service's contact with the kommune
    asked by the generic word, where the plans give that contact a role of its own (the
    politikontakt): the role, and how to reach it, answers – no name is asked. The role's own
    title («hvem er politikontakten vår») or a name («… navnet?») asks the person, whom no plan
    names; a service with no such role («hvem er kontaktpersonen i PPT») has none to give."""
    if CONTACT_WORDS.isdisjoint(words) or not NAMING.isdisjoint(words):
        return False
    services = [
        key for stem, key in PERSON_OF.items() if any(r.startswith(stem) for r in role_words)
    ]
    return bool(services) and not any(w.startswith(k) for k in services for w in words)


def titled(index: KommuneIndex | None, role_words: tuple[str, ...]) -> frozenset[str]:
    """The words of the plan's member titles for the role («Kommunalsjef oppvekst»), and a
    school the kommune names in one word («JUS»): «hvem er kontakt i PPT for JUS» asks a
    person at the school; a school of several words («Dirdal skole») names more."""
    if index is None or not role_words:
        return frozenset()
    schools = (fold_plan_text(s) for s in index.kommune.places.schools)
    return frozenset(
        [w for hit in index.find_role(role_words) for w in fold_plan_text(hit.member).split()]
        + [s for s in schools if s and " " not in s]
    )
