"""Whom to call: the national hotlines, and how to reach a service («nummer til barnevernet»).

Numbers come only from the knowledge files (the kommune's own contacts win over the national
ones by key). Where the plan gives no number the answer says so and points to what does
exist — never a number made up. Which questions ask for these replies, and the turn that
answers them: contact_questions.py.
"""

from __future__ import annotations

import re

from bot.features.organisation import services, texts
from bot.features.organisation.services import service_name
from bot.features.organisation.sheets import coordinator_line
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak.model import matches_role
from bot.features.tiltak.reminder_plan import is_current
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Contact, NationalDefaults, Tiltak
from bot.knowledge.provenance import Sourced
from cards.sheet import sheet_card

HOTLINE_KEYS = (
    "nodnummer",
    "alarmtelefonen",
    "legevakt",
    "politi",
    "barnevernvakt",
    "vold_overgrepslinjen",
    "mental_helse",
    "giftinformasjonen",
)
"""The national contacts every hotline answer lists, most urgent first."""

ACUTE = "Akutt fare: ring 112 (politi) eller 113 (ambulanse)."
TELLS_ACUTE = re.compile(r"\bring 11[23]\b", re.IGNORECASE)
"""A note's sentence that tells the acute number («Akutt fare – ring 112.»): a service's sheet
closes with :data:`ACUTE`, so the sentence would say it twice."""

ALSO = {
    "barnevern": (texts.OUT_OF_HOURS, ("barnevernvakt", "alarmtelefonen")),
    "politikontakt": (texts.POLITIKONTAKT_AWAY, ("politi",)),
}
"""What a contact's answer adds: where to turn when the service or person is not there."""


RELATIVE = frozenset({"leder"})
"""Contacts a routine names relative to the reader («Din nærmeste leder»): no service anyone
can be pointed to, so never the answer to «hvor sitter rektor»."""


def contacts_of(index: KommuneIndex, national: NationalDefaults | None) -> dict[str, Contact]:
    """Every contact the kommune can be asked about: its own over the national ones, by key."""
    found = dict(national.contacts) if national else {}
    found.update(index.kommune.contacts)
    return {key: contact for key, contact in found.items() if key not in RELATIVE}


def beside_acute(note: str | None) -> str:
    """A contact's note without the sentences that tell the acute number: the sheet it stands
    in closes with :data:`ACUTE`, and one acute line is read, two are skimmed («Politiet (ikke
    akutt): 02800. Akutt fare – ring 112.» above «Akutt fare: ring 112 …»)."""
    sentences = re.split(r"(?<=\.)\s+", (note or "").strip())
    return " ".join(s for s in sentences if s and not TELLS_ACUTE.search(s))


def _line(contact: Contact, *, note: bool = True, brief: bool = False, acute: bool = True) -> str:
    """«Legevakt: 116 117. Når noen trenger lege raskt …» — ``brief``: the note's first
    sentence, up to a dash when what stands before it says enough (a list of eight numbers
    stays short enough to read)."""
    details = [d for d in (contact.phone, contact.email, contact.url) if d]
    line = contact.role + (f": {', '.join(details)}" if details else "")
    said = contact.note if acute else beside_acute(contact.note)
    if brief and said:
        said = said.split(". ", 1)[0].rstrip(".")
        head = said.split(" – ", 1)[0]
        said = (head if len(head) >= 30 else said) + "."  # never just «Akutt fare.»
    return f"{line}. {said}" if said and note else line


def _sources(
    index: KommuneIndex, national: NationalDefaults | None, *items: Sourced
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
    contacts = contacts_of(index, national)
    items = [contacts[k] for k in HOTLINE_KEYS if k in contacts]
    sheet = Sheet(
        title="Viktige telefonnumre",
        subtitle=ACUTE,
        sections=(Section(items=tuple(_line(c, brief=True) for c in items)),),
        notes=(coordinator_line(index),),
        sources=_sources(index, national, *items),
    )
    return Reply(
        sheet.as_text(), (sheet_card(sheet),), "hotlines", {"contacts": list(HOTLINE_KEYS)}
    )


def contact_service(
    index: KommuneIndex,
    national: NationalDefaults | None,
    key: str | None,
    lead: str = "",
    ranked: tuple[Tiltak, ...] | None = None,
    seated: tuple[str, ...] = (),
    *,
    others: bool = True,
    number_asked: bool = False,
) -> Reply | None:
    """How to reach one service; without a number in the plan, say so and what to do instead.
    ``lead``: a sentence before the contact («PPT står ikke i noen av SLT-gruppene»);
    ``ranked``: the service's tiltak the question was about, shown before its others
    (``others``: shown at all); ``number_asked``: the question asks a number or an address;
    ``seated``: the groups the role sits in, one line each (answers.seats)."""
    contacts = contacts_of(index, national)
    contact = contacts.get(key) if key else None
    if contact is None:  # not a service the knowledge has: the caller falls back honestly
        return None
    facts = (
        (contact.role, contact.name or ""),  # a name with its role, never «Navn:»
        ("Telefon", contact.phone or ""),
        ("E-post", contact.email or ""),
        ("Nettside", contact.url or ""),
    )
    own_plan = key in index.kommune.contacts
    if not lead and not seated and not own_plan:
        lead = texts.national_only(index.kommune.short_name)
    sections = [Section(text=lead)] if lead else []
    if seated:
        sections.append(Section(heading=texts.SITS_IN, items=seated))
    if any(v for _, v in facts):
        sections.append(Section(facts=facts))
    if note := beside_acute(contact.note):
        sections.append(Section(text=note))
    # a national entry the plan does not name has no number from it either: said when a number
    # is asked («nummeret til barnevernvakta»), as plainly as for the plan's own services, never
    # one invented; not when the work is asked («hvem i nav jobber med unge»)
    if not (contact.phone or contact.email) and (own_plan or number_asked):
        sections.append(Section(text=texts.NO_NUMBER))
    heading, also = ALSO.get(key or "", ("", ()))
    extra = [contacts[k] for k in also if k in contacts]
    if extra:
        items = tuple(_line(c, acute=False) for c in extra)
        sections.append(Section(heading=heading, items=items))
    rest = _tiltak_of(index, contact) if others else []
    own = list(dict.fromkeys([*(ranked or ()), *rest]))
    if own:
        sections.append(
            Section(
                heading=texts.SERVICE_TILTAK,
                items=tuple(_tiltak_line(t, t in (ranked or ())) for t in own[:MAX_TILTAK]),
            )
        )
    sheet = Sheet(
        title=contact.role,
        subtitle=index.kommune.name if own_plan else None,
        sections=(*sections, Section(text=ACUTE)),
        notes=(coordinator_line(index),),
        sources=_sources(index, national, contact, *extra, *(ranked or ())),
    )
    said: dict[str, object] = {"contact": key}
    if not (contact.phone or contact.email):
        said[PLAN_LACKS] = True
    return Reply(sheet.as_text(), (sheet_card(sheet),), "contact_service", said)


def directory(index: KommuneIndex, national: NationalDefaults | None) -> Reply:
    """A question for help that names no need («hvor kan jeg henvise en ungdom som trenger
    noen å snakke med»): the kommune's own services, one line each, and the coordinator –
    what the plan lists, never one service picked by a word in passing."""
    own = list(index.kommune.contacts.values())
    items = tuple(_line(c, note=False) for c in own)
    sheet = Sheet(
        title=texts.WHO_HELPS,
        subtitle=index.kommune.name,
        sections=(Section(text=texts.SERVICES_LEAD, items=items), Section(text=ACUTE)),
        notes=(coordinator_line(index),),
        sources=_sources(index, national, *own),
    )
    keys = list(index.kommune.contacts)
    said = {"contacts": keys, DIRECTORY: True}
    return Reply(sheet.as_text(), (sheet_card(sheet),), "contact_service", said)


DIRECTORY = "directory"
"""A reply fact: the answer lists every service of the kommune, none picked for what was
asked – a need the question names (bot/features/needs/) answers instead."""


def several(index: KommuneIndex, national: NationalDefaults | None, found: services.Found) -> Reply:
    """Every service that fits a need («hvor kan ungdom få støttesamtaler om rus»), each
    with how to reach it and the tiltak that says what it does there; a case-taking group
    («Operativ SLT-gruppe») with its purpose and who calls it in."""
    contacts = contacts_of(index, national)
    sections: list[Section] = []
    if found.group is not None:
        group = found.group
        called = (("Innkaller", group.innkaller or ""),)
        sections.append(
            Section(heading=group.name, text=group.purpose, facts=called, items=found.duties)
        )
    chosen = [contacts[k] for k in found.contacts]
    sections.extend(_service_sections(index, found, chosen))
    if chosen and not any(c.phone or c.email for c in chosen):
        sections.append(Section(text=texts.NO_NUMBER))
    items: list[Sourced] = [*chosen, *((found.group,) if found.group else ())]
    # a group alone is brought a case at its meetings, not called: no acute line under it
    # («kan han ta det til fagteamet?» is a calm question)
    acute = (Section(text=ACUTE),) if chosen else ()
    sheet = Sheet(
        title=texts.WHO_HELPS,
        subtitle=index.kommune.name,
        sections=(*sections, *acute),
        notes=(coordinator_line(index),),
        sources=_sources(index, national, *items),
    )
    keys = [*found.contacts, *((found.group.id,) if found.group else ())]
    said: dict[str, object] = {"contacts": keys}
    if chosen and not any(c.phone or c.email for c in chosen):
        said[PLAN_LACKS] = True
    return Reply(sheet.as_text(), (sheet_card(sheet),), "contact_service", said)


def _service_sections(
    index: KommuneIndex, found: services.Found, chosen: list[Contact]
) -> list[Section]:
    """Each service with what it does and how to reach it. Services the plan says one same line
    of and no number for («Et av de aktuelle hjelpetilbudene …», Gjesdal's five) are listed
    together with the line said once, never the line repeated under each."""
    rows: list[tuple[str, str, tuple[tuple[str, str], ...]]] = []
    for key, contact in zip(found.contacts, chosen, strict=True):
        made_by = [*found.tiltak.get(key, ()), *_tiltak_of(index, contact)]
        what = _tiltak_line(made_by[0]) if made_by else beside_acute(contact.note)
        reach: tuple[tuple[str, str], ...] = (
            ("Telefon", contact.phone or ""),
            ("E-post", contact.email or ""),
            ("Nettside", contact.url or ""),
        )
        rows.append((contact.role, what, reach))
    bare = [what for _, what, reach in rows if what and not any(v for _, v in reach)]
    shared = {what for what in bare if bare.count(what) > 1}
    sections: list[Section] = []
    said: set[str] = set()
    for role, what, facts in rows:
        if what in shared:
            if what not in said:
                said.add(what)
                roles = tuple(r for r, w, _ in rows if w == what)
                sections.append(Section(items=roles))
                sections.append(Section(text=texts.SAID_OF_EACH.format(line=what)))
        elif not (what or any(v for _, v in facts)):  # a heading alone is never shown
            sections.append(Section(text=role))
        else:
            sections.append(Section(heading=role, text=what, facts=facts))
    return sections


PLAN_LACKS = "plan_lacks"
"""A reply fact: the answer itself says the plan does not hold what was asked (no number or
e-mail for the service) – honest already, so the intent net's «the plans cannot answer this»
agrees with it (bot/features/doubt.py)."""
TEXT_CHARS = 1200
"""The text form's length beyond which a contact answer leaves the role's seats out."""
MAX_TILTAK = 2
"""A service's tiltak shown with its contact; «tiltak for …» lists them all."""
TILTAK_CHARS = 240
ASKED_CHARS = 700


def _tiltak_of(index: KommuneIndex, contact: Contact) -> list[Tiltak]:
    """The current plan's tiltak the service is ansvarlig for: «hvem i NAV jobber med unge»
    is answered by what the plan says NAV does, not only by how to reach NAV."""
    name = service_name(index, contact)
    return [
        t
        for t in index.kommune.tiltak
        if is_current(index.kommune, t) and any(matches_role(name, a) for a in t.ansvar)
    ]


def _tiltak_line(tiltak: Tiltak, asked: bool = False) -> str:
    """``asked``: the tiltak the question was about, told whole up to :data:`ASKED_CHARS` –
    who gives the talks of a ruskontrakt stands in its last sentences."""
    text = " ".join(tiltak.tiltak.split())
    most = ASKED_CHARS if asked else TILTAK_CHARS
    if len(text) > most:
        text = text[: most - 2].rsplit(" ", 1)[0] + " …"
    return (
        texts.SERVICE_TILTAK_LINE.format(number=tiltak.id, text=text)
        if tiltak.id.isdigit()
        else text
    )
