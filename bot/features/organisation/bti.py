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
from bot.understanding.holders import asks_bti_coordinator
from cards.sheet import sheet_card


def bti(
    index: KommuneIndex, national: NationalDefaults | None, *, coordinator: bool = False
) -> Reply:
    """``coordinator``: the question asks who the BTI-koordinator is – that leads, and where
    the plans do not say, the answer says so."""
    k = index.kommune
    sections = [
        Section(text=texts.BTI_WHAT),
        Section(heading=texts.BTI_LEVELS_HEADING, items=tuple(BTI_LEVELS.values())),
    ]
    who = []
    contact = k.contacts.get("bti_koordinator")
    if contact is not None:
        who.append(contact.role + (f": {contact.url}" if contact.url else ""))
    # Who the plans make BTI-koordinator, where the coordinator's facts say («står bare i den
    # eldre planen»): the words the plan has, with what they rest on.
    for fact in k.coordinator.facts:
        if fact.quote and "bti" in fold(f"{fact.about} {fact.quote}").replace("-", " ").split():
            who.append(texts.plan_quote(about=fact.about, quote=fact.quote))
    if coordinator:
        lines = tuple(who) or (texts.no_bti_coordinator(k.short_name),)
        sections.insert(0, Section(heading=texts.BTI_COORDINATOR, items=lines))
    local = [] if coordinator else who
    for group in k.groups:
        if "bti" in fold(" ".join((group.name, group.id, *group.aliases))).split():
            local.append(f"{group.name}" + (f" – {group.meets.text}" if group.meets else ""))
    for tiltak in k.tiltak:
        if "bti" in fold(tiltak.tiltak).split():
            local.append(tiltak.tiltak)
    # What the kommune's own plan notes say of BTI («Alle ansatte skal jobbe etter BTI …»).
    local += [note for note in k.notes if "bti" in fold(note).replace("-", " ").split()]
    if local:
        sections.append(Section(heading=texts.in_kommune(k.short_name), items=tuple(local)))
    sources = []
    if national and "bti" in national.sources:
        sources.append(national.sources["bti"].title)
    if local or who:
        sources.append(k.sources[k.plan.source].title)
    title = texts.BTI_WHO if coordinator else texts.BTI_TITLE
    sheet = Sheet(title=title, sections=tuple(sections), sources=tuple(sources))
    return Reply(sheet.as_text(), (sheet_card(sheet),), "bti")


def register(router: Router) -> None:
    router.message(
        "question:bti",
        for_intents(Intent.BTI),
        lambda turn: bti(
            turn.index,
            turn.bot.kb.national,
            coordinator=turn.understood is not None and asks_bti_coordinator(turn.understood.words),
        ),
    )
