"""What the bot says when it is asked what it can do, greeted, or cannot answer.

One place for the help card, the greeting and the honest fallback, with its safety net: a
danger message the danger check missed still shows the numbers and the way to the routines.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.understanding import Intent
from cards.sheet import sheet_card


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
    subtitle = texts.help_subtitle(kommune)
    if basis:
        subtitle += f" {basis}"
    sheet = Sheet(
        title=texts.HELP_TITLE,
        subtitle=subtitle,
        sections=(
            Section(items=texts.HELP_ITEMS),
            Section(text=texts.other_kommuner(others)),
            *((Section(text=note),) if note else ()),
        ),
        examples=texts.EXAMPLES,
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.HELP)


def fallback(index: KommuneIndex | None, kb: KnowledgeBase) -> Reply:
    """An unknown question gets what the bot can do, examples and whom to ask instead."""
    sections = [Section(text=texts.FALLBACK_WHAT)]
    if index is not None:
        c = index.kommune.coordinator
        contact = f"{c.title} i {index.kommune.short_name}"
        if c.contact:
            details = [d for d in (c.contact.name, c.contact.phone, c.contact.email) if d]
            if details:
                contact += f" ({', '.join(details)})"
        sections.append(Section(text=texts.ask_instead(contact)))
    sections.append(Section(text=texts.SAFETY_NET))
    sheet = Sheet(
        title=texts.FALLBACK_TITLE,
        sections=tuple(sections),
        examples=texts.EXAMPLES,
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.UNKNOWN)


def greeting(index: KommuneIndex | None, kb: KnowledgeBase) -> Reply:
    return Reply(text=texts.GREETING, intent=Intent.GREETING)
