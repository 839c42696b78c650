"""Who gives an offer the plan names as a tiltak, asked as a service: «someone asked who runs
the summer week for kids in Våler, who should they contact?».

A contact question (``CONTACT_SERVICE``) that names a tiltak whose ansvar is none of the
kommune's contacts (Våler's Sommeruka: «Kulturrådgiver, VS-IL», 000:596–616) had the services
answer pick a contact the tiltak's text names only as a partner («i samarbeid med … barnevern-
tjenesten»), or one another tiltak ranked below it owns. The plan's answer to «who offers it»
is the tiltak's ansvar: this answer says who that is, what the offer is, that the plan gives
no number for them and whom to ask – built from the tiltak alone, never a contact invented.
A tiltak a contact owns (Familiens hus for PMTO) or a need service lists keeps the services
or the need answer, which say how to reach that service.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.features.needs import texts
from bot.features.organisation.contacts import ACUTE, contacts_of
from bot.features.organisation.services import owners
from bot.features.organisation.sheets import coordinator_line, sources
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak.owners import owners_text
from bot.knowledge.models import Tiltak
from bot.router import Turn
from bot.text import fold
from bot.understanding import Intent
from bot.understanding.service_work import talks_later
from cards.sheet import sheet_card


def asked_tiltak(turn: Turn) -> Tiltak | None:
    """The tiltak a contact question names, ranked first, when no contact of the kommune
    owns it and no need service lists it; else None."""
    q = turn.understood
    if q is None or q.intent is not Intent.CONTACT_SERVICE or q.role_words or q.group_id or q.level:
        return None
    key = _first_tiltak(q.about)
    if key is None:
        return None
    index = turn.index
    tiltak = next((t for t in index.kommune.tiltak if t.id == key), None)
    if tiltak is None or not tiltak.ansvar:
        return None
    if any(key in s.tiltak_ids for s in index.kommune.need_services):
        return None
    if owners(index, contacts_of(index, turn.bot.kb.national), tiltak):
        return None
    return tiltak if named_by_title(tiltak, q.words) else None


def _first_tiltak(about: tuple[tuple[str, str], ...]) -> str | None:
    """The tiltak retrieval ranked first, behind routines at most: «Friluftsskolen, hvem tar
    jeg kontakt med?» ranked the fravær routine first by «skolen» in the name – a routine's
    topic guessed from a word is no service asked, while a contact or group ranked first is."""
    for kind, key in about:
        if kind == "tiltak":
            return key
        if kind != "routine":
            return None
    return None


TITLE_STEM = 6
"""Letters of the title's first word a question's word must open with: «sommeruka» and
«sommeruke» for «Sommeruka for barn i Våler»."""


def named_by_title(tiltak: Tiltak, words: tuple[str, ...]) -> bool:
    """The question names the tiltak by its title's first word (its name in the plan's own
    words: «Sommeruka», «Friluftsskolen»), at least :data:`TITLE_STEM` letters long – a word
    the plan's general titles open with («Følge opp …») is no name."""
    first = fold(title(tiltak)).split()[:1]
    if not first or len(first[0]) < TITLE_STEM:
        return False
    stem = first[0][:TITLE_STEM]
    return any(w.startswith(stem) for w in words)


def title(tiltak: Tiltak) -> str:
    """The tiltak's name: its text up to a dash or a full stop («Sommeruka for barn i Våler»)."""
    return " ".join(tiltak.tiltak.split()).split(" – ")[0].split(". ")[0].rstrip(".")


def giver_reply(turn: Turn, tiltak: Tiltak) -> Reply:
    """Who the plan makes ansvarlig for the offer, the offer itself (every tiltak retrieval
    found by the same name and ansvar: Våler's Sommeruka is tiltak 13 and 14), and whom to
    ask."""
    index = turn.index
    q = turn.understood
    by_id = {t.id: t for t in index.kommune.tiltak}
    found = [by_id[k] for kind, k in (q.about if q else ()) if kind == "tiltak" and k in by_id]
    same = [t for t in found if title(t) == title(tiltak) and t.ansvar == tiltak.ansvar]
    offers = tuple(" ".join(t.tiltak.split()) for t in dict.fromkeys([tiltak, *same]))
    name = title(tiltak)
    sheet = Sheet(
        title=texts.giver_title(tiltak=name),
        subtitle=index.kommune.name,
        sections=(
            Section(heading=texts.GIVEN_BY, text=owners_text(tiltak.ansvar)),
            Section(heading=texts.OFFER, items=offers),
            Section(text=texts.NO_CONTACT),
            Section(text=ACUTE),
        ),
        notes=(coordinator_line(index),),
        sources=sources(index, tiltak),
    )
    said: dict[str, object] = {"tiltak": tiltak.id, "ansvar": list(tiltak.ansvar)}
    return Reply(sheet.as_text(), (sheet_card(sheet),), "contact_service", said)


def offer_line(tiltak: Tiltak, short: Callable[[str], str], bare: bool) -> str:
    """A need service's tiltak as the need answer lists it (``short``: its shortening); for a
    service the plan names by its tiltak alone (``bare``: Våler's samtalegruppe for barn som
    pårørende, «Helse», 000:504–513), with its ansvar – who gives it, the answer to «hvem har
    den?» that no contact or group above says."""
    text = short(tiltak.tiltak)
    return (
        texts.given_by(tiltak=text, ansvar=owners_text(tiltak.ansvar))
        if bare and tiltak.ansvar
        else text
    )


def cared_for_talks(turn: Turn) -> bool:
    """«hvem kan en elev som ruser seg snakke med?»: whom someone cared for can talk to
    (service_work.talks_later) asks the need's service directly – also a need that otherwise
    points to its routine (a young person's rus)."""
    q = turn.understood
    return q is not None and talks_later(q.words, q.said)


__all__ = ["asked_tiltak", "cared_for_talks", "giver_reply", "offer_line"]
