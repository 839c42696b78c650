"""What the bot says when it is asked what it can do, greeted, or cannot answer.

One place for the help card, the greeting and the honest fallback, with its safety net: a
danger message the danger check missed still shows the numbers and the way to the routines.
"""

from __future__ import annotations

from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.understanding import Intent
from cards.sheet import sheet_card

EXAMPLES = (
    "Hvem sitter i politirådet?",
    "Hvor ofte møtes fagteamet?",
    "Hvem kaller inn til SLT-nettverket?",
    "Hvilken gruppe sitter helsesykepleier i?",
    "Hvem er SLT-koordinator?",
    "Hva gjør jeg ved rusbekymring?",
)


def help_reply(
    index: KommuneIndex | None,
    kb: KnowledgeBase,
    note: str | None = None,
    *,
    basis: str | None = None,
) -> Reply:
    """What the bot can do. ``note`` is a hint for the coordinator (e.g. no channel chosen);
    ``basis`` says why it answers for this kommune here."""
    kommune = index.kommune.short_name if index else "kommunen"
    others = ", ".join(i.kommune.short_name for i in kb.kommuner.values())
    subtitle = f"Jeg svarer ut fra SLT-planen for {kommune}."
    if basis:
        subtitle += f" {basis}"
    sheet = Sheet(
        title="Dette kan SLT-boten hjelpe med",
        subtitle=subtitle,
        sections=(
            Section(
                items=(
                    "Hvem som sitter i politirådet, SLT-nettverket/koordineringsgruppa "
                    "og fagteamet",
                    "Hvilken gruppe eller hvilket nivå en rolle hører til",
                    "Hvem som er SLT-koordinator, og hva rollen gjør",
                    "Hvor ofte gruppene møtes, hvem som kaller inn, leder og skriver referat",
                    "Hva du gjør ved bekymring: rusbekymring, vold i nære relasjoner "
                    "og flere rutiner",
                )
            ),
            Section(
                text="Spør om en annen kommune ved å nevne den («i gjesdal»). Jobber du i en "
                "annen kommune, skriv «jeg jobber i …» – da svarer jeg for den i chatter med deg. "
                f"Kjente kommuner: {others}."
            ),
            *((Section(text=note),) if note else ()),
        ),
        examples=EXAMPLES,
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.HELP)


SAFETY_NET = (
    "Er et barn eller en ungdom i fare nå? Ring 112 (politi) eller 113 (ambulanse). "
    "Er du bekymret, skriv for eksempel «hva gjør jeg ved vold i nære relasjoner»."
)
"""Under every «vet ikke»: a danger message the danger check missed still shows the numbers
and the way to the routines (held out, about one in six such messages is still missed)."""


def fallback(index: KommuneIndex | None, kb: KnowledgeBase) -> Reply:
    """An unknown question gets what the bot can do, examples and whom to ask instead."""
    sections = [
        Section(
            text="Jeg svarer på spørsmål om SLT-arbeidet: grupper og nivåer, hvem som sitter hvor, "
            "møter og rutiner ved bekymring."
        )
    ]
    if index is not None:
        c = index.kommune.coordinator
        contact = f"{c.title} i {index.kommune.short_name}"
        if c.contact:
            details = [d for d in (c.contact.name, c.contact.phone, c.contact.email) if d]
            if details:
                contact += f" ({', '.join(details)})"
        sections.append(Section(text=f"Finner du ikke svaret, kan du kontakte {contact}."))
    sections.append(Section(text=SAFETY_NET))
    sheet = Sheet(
        title="Det spørsmålet kan jeg dessverre ikke svare på",
        sections=tuple(sections),
        examples=EXAMPLES,
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.UNKNOWN)


def greeting(index: KommuneIndex | None, kb: KnowledgeBase) -> Reply:
    text = "Hei! Spør meg om SLT-arbeidet, eller skriv «hjelp» for å se hva jeg kan."
    return Reply(text=text, intent=Intent.GREETING)
