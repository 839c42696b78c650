"""What BTI is, with the kommune's own BTI contact and groups where the plan names them.

The national description is from the domain notes (Helsedirektoratet and KoRus); the levels
are the same four the routine cards mark steps with.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.reply import Reply
from bot.features.routines.model import BTI_LEVELS
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import NationalDefaults
from bot.router import Router, for_intents
from bot.text import fold
from bot.understanding import Intent
from cards.sheet import sheet_card


def bti(index: KommuneIndex, national: NationalDefaults | None) -> Reply:
    k = index.kommune
    sections = [
        Section(text=texts.BTI_WHAT),
        Section(heading="Nivåene", items=tuple(BTI_LEVELS.values())),
    ]
    local = []
    contact = k.contacts.get("bti_koordinator")
    if contact is not None:
        local.append(contact.role + (f": {contact.url}" if contact.url else ""))
    for group in k.groups:
        if "bti" in fold(" ".join((group.name, group.id, *group.aliases))).split():
            local.append(f"{group.name}" + (f" – {group.meets.text}" if group.meets else ""))
    for tiltak in k.tiltak:
        if "bti" in fold(tiltak.tiltak).split():
            local.append(tiltak.tiltak)
    # What the kommune's own plan notes say of BTI («Alle ansatte skal jobbe etter BTI …»).
    local += [note for note in k.notes if "bti" in fold(note).replace("-", " ").split()]
    if local:
        sections.append(Section(heading=f"I {k.short_name}", items=tuple(local)))
    sources = []
    if national and "bti" in national.sources:
        sources.append(national.sources["bti"].title)
    if local:
        sources.append(k.sources[k.plan.source].title)
    sheet = Sheet(title="Hva er BTI?", sections=tuple(sections), sources=tuple(sources))
    return Reply(sheet.as_text(), (sheet_card(sheet),), "bti")


def register(router: Router) -> None:
    router.message(
        "question:bti", for_intents(Intent.BTI), lambda turn: bti(turn.index, turn.bot.kb.national)
    )
