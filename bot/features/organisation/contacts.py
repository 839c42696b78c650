"""Whom to call: the national hotlines, and how to reach a service («nummer til barnevernet»).

Numbers come only from the knowledge files (the kommune's own contacts win over the national
ones by key). Where the plan gives no number the answer says so and points to what does
exist — never a number made up.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.answers import fallback, role_hits
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak.model import matches_role
from bot.features.tiltak.reminder_plan import is_current
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Contact, NationalDefaults, Tiltak
from bot.router import Router, Turn, for_intents
from bot.understanding import Intent
from bot.understanding.rules import names_role
from cards.sheet import sheet_card

HOTLINE_KEYS = (
    "nodnummer",
    "alarmtelefonen",
    "legevakt",
    "politi",
    "barnevernvakt",
    "vold_overgrepslinjen",
    "mental_helse",
)
"""The national contacts every hotline answer lists, most urgent first."""

ACUTE = "Akutt fare: ring 112 (politi) eller 113 (ambulanse)."

PERSON_OF = {"politi": "politikontakt"}
"""A service line and the service's own contact for the kommune: «hvem i politiet kontakter
jeg» asks for a person – the politikontakt (the kommune's, when its plan names one; else the
national entry, which says what the domain notes say: 02800 when it is not acute)."""
ASKS_WHO = frozenset({"hvem", "who"})
ALSO = {
    "barnevern": ("Utenom kontortid", ("barnevernvakt", "alarmtelefonen")),
    "politikontakt": ("Når politikontakten ikke er å få tak i", ("politi",)),
}
"""What a contact's answer adds: where to turn when the service or person is not there."""


def _contacts(index: KommuneIndex, national: NationalDefaults | None) -> dict[str, Contact]:
    found = dict(national.contacts) if national else {}
    found.update(index.kommune.contacts)
    return found


def _line(contact: Contact) -> str:
    details = [d for d in (contact.phone, contact.email, contact.url) if d]
    line = contact.role + (f": {', '.join(details)}" if details else "")
    return f"{line}. {contact.note}" if contact.note else line


def _coordinator_line(index: KommuneIndex) -> str:
    c = index.kommune.coordinator
    contact = c.contact
    who = f"{c.title} i {index.kommune.short_name}"
    if contact is None:
        return f"Spør gjerne {who}."
    details = [d for d in (contact.name, contact.phone, contact.email) if d]
    return f"Spør gjerne {who}" + (f" ({', '.join(details)})." if details else ".")


def _sources(
    index: KommuneIndex, national: NationalDefaults | None, *items: Contact
) -> tuple[str, ...]:
    titles: list[str] = []
    for item in items:
        if item.source in index.kommune.sources:
            titles.append(index.kommune.sources[item.source].title)
        elif national and item.source in national.sources:
            titles.append(national.sources[item.source].title)
    return tuple(dict.fromkeys(titles))


def hotlines(index: KommuneIndex, national: NationalDefaults | None) -> Reply:
    """The numbers to call, acute first."""
    contacts = _contacts(index, national)
    items = [contacts[k] for k in HOTLINE_KEYS if k in contacts]
    sheet = Sheet(
        title="Viktige telefonnumre",
        subtitle=ACUTE,
        sections=(Section(items=tuple(_line(c) for c in items)),),
        notes=(_coordinator_line(index),),
        sources=_sources(index, national, *items),
    )
    return Reply(
        sheet.as_text(), (sheet_card(sheet),), "hotlines", {"contacts": list(HOTLINE_KEYS)}
    )


def contact_service(
    index: KommuneIndex, national: NationalDefaults | None, key: str | None, lead: str = ""
) -> Reply | None:
    """How to reach one service; without a number in the plan, say so and what to do instead.
    ``lead``: a sentence before the contact («PPT står ikke i noen av SLT-gruppene»)."""
    contacts = _contacts(index, national)
    contact = contacts.get(key) if key else None
    if contact is None:  # not a service the knowledge has: the caller falls back honestly
        return None
    facts = (
        ("Navn", contact.name or ""),
        ("Telefon", contact.phone or ""),
        ("E-post", contact.email or ""),
        ("Nettside", contact.url or ""),
    )
    sections = [Section(text=lead)] if lead else []
    if any(v for _, v in facts):
        sections.append(Section(facts=facts))
    if contact.note:
        sections.append(Section(text=contact.note))
    if not (contact.phone or contact.email):
        sections.append(
            Section(
                text="Planen oppgir ikke telefonnummer eller e-post her. Kommunens nettside "
                "eller sentralbord har kontaktinformasjonen."
            )
        )
    heading, others = ALSO.get(key or "", ("", ()))
    extra = [contacts[k] for k in others if k in contacts]
    if extra:
        sections.append(Section(heading=heading, items=tuple(_line(c) for c in extra)))
    own = _tiltak_of(index, contact)
    if own:
        sections.append(
            Section(
                heading=texts.SERVICE_TILTAK,
                items=tuple(_tiltak_line(t) for t in own[:MAX_TILTAK]),
            )
        )
    sheet = Sheet(
        title=contact.role,
        subtitle=index.kommune.name if key in index.kommune.contacts else None,
        sections=(*sections, Section(text=ACUTE)),
        notes=(_coordinator_line(index),),
        sources=_sources(index, national, contact, *extra),
    )
    return Reply(sheet.as_text(), (sheet_card(sheet),), "contact_service", {"contact": key})


MAX_TILTAK = 2
"""A service's tiltak shown with its contact; «tiltak for …» lists them all."""
TILTAK_CHARS = 240


def _service_name(index: KommuneIndex, contact: Contact) -> str:
    """«Barneverntjenesten i Våler» → «Barneverntjenesten», «NAV Våler» → «NAV»: the name the
    plan's ansvar lists use for the service."""
    name = contact.role.split(" (")[0]  # «Ungdomskontakt (psykisk helse og …)»
    for suffix in (f" i {index.kommune.short_name}", f" {index.kommune.short_name}"):
        name = name.removesuffix(suffix)
    return name


def _tiltak_of(index: KommuneIndex, contact: Contact) -> list[Tiltak]:
    """The current plan's tiltak the service is ansvarlig for: «hvem i NAV jobber med unge»
    is answered by what the plan says NAV does, not only by how to reach NAV."""
    name = _service_name(index, contact)
    return [
        t
        for t in index.kommune.tiltak
        if is_current(index.kommune, t) and any(matches_role(name, a) for a in t.ansvar)
    ]


def _tiltak_line(tiltak: Tiltak) -> str:
    text = " ".join(tiltak.tiltak.split())
    if len(text) > TILTAK_CHARS:
        text = text[: TILTAK_CHARS - 2].rsplit(" ", 1)[0] + " …"
    return (
        texts.SERVICE_TILTAK_LINE.format(number=tiltak.id, text=text)
        if tiltak.id.isdigit()
        else text
    )


def _contact_key(turn: Turn) -> str | None:
    """The contact retrieval ranked first – or the service the best-ranked object, a tiltak,
    makes responsible: «hvem kan følge opp en ungdom som ruser seg, hvem kontakter jeg» is about
    tiltak 3, whose ansvar is the ungdomskontakt, not about the contact whose note shares
    the most words with the question."""
    q = turn.understood
    if q is None:
        return None
    contacts = _contacts(turn.index, turn.bot.kb.national)
    tiltak = {t.id: t for t in turn.index.kommune.tiltak}
    kind, key = q.about[0] if q.about else ("", "")
    owner = tiltak.get(key) if kind == "tiltak" else None
    found = _owner_contact(turn.index, contacts, owner) if owner is not None else ""
    ranked = [key for kind, key in q.about if kind == "contact" and key in contacts]
    # «gjeng på sentrum …, hvem i politiet kontakter jeg»: the service the question names
    # beats the contact whose note shares a word with the rest of the message.
    named = [k for k in ranked if q.role_words and names_role(contacts[k].role, q.role_words)]
    chosen = found or next(iter(named + ranked), None)
    person = PERSON_OF.get(chosen or "")
    if person in contacts and not ASKS_WHO.isdisjoint(q.words):
        return person
    return chosen


def _owner_contact(index: KommuneIndex, contacts: dict[str, Contact], tiltak: Tiltak) -> str:
    """The kommune's own contact the tiltak's ansvar names, or ""."""
    own = index.kommune.contacts
    return next(
        (
            key
            for key in own
            if any(matches_role(_service_name(index, contacts[key]), a) for a in tiltak.ansvar)
        ),
        "",
    )


def register(router: Router) -> None:
    """«Nødnumre», «nummer til barnevernet»."""
    router.message(
        "question:hotlines",
        for_intents(Intent.HOTLINES),
        lambda turn: hotlines(turn.index, turn.bot.kb.national),
    )
    router.message(
        "question:contact_service",
        for_intents(Intent.CONTACT_SERVICE),
        _contact,
    )
    router.message("question:service_without_seat", _service_without_seat, _unseated)


def _unseated(turn: Turn) -> Reply:
    assert turn.understood is not None  # _service_without_seat checked it
    lead = texts.not_in_groups(turn.understood.role_label, turn.index.kommune.short_name)
    found = contact_service(turn.index, turn.bot.kb.national, _contact_key(turn), lead)
    return found or fallback(turn.index, turn.bot.kb)


def _service_without_seat(turn: Turn) -> bool:
    """«ppt?», «hvor er ppt»: a role lookup for a service no SLT group lists, which the bot
    has a contact for – how to reach it answers better than «Fant ikke PPT i gruppene»."""
    q = turn.understood
    if q is None or q.intent is not Intent.ROLE_GROUPS or not q.role_words or q.group_id:
        return False
    key = _contact_key(turn)
    contact = _contacts(turn.index, turn.bot.kb.national).get(key) if key else None
    if contact is None or not names_role(contact.role, q.role_words):
        return False
    return not role_hits(turn.index, q)


def _contact(turn: Turn) -> Reply:
    reply = contact_service(turn.index, turn.bot.kb.national, _contact_key(turn))
    return reply or fallback(turn.index, turn.bot.kb)
