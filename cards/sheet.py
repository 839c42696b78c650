"""The card for a knowledge answer (a Sheet): title, sections, notes and the source."""

from __future__ import annotations

from typing import Any

from bot.features.sheet import Sheet, note_text
from cards import texts
from cards.base import bullets, card, facts, heading, note_block, paragraph, source_line


def sheet_card(sheet: Sheet) -> dict[str, Any]:
    body = [heading(sheet.title, size="Large")]
    if sheet.subtitle:
        body.append(paragraph(sheet.subtitle, isSubtle=True, spacing="None"))
    for section in sheet.sections:
        if not (section.text or section.items or any(value for _, value in section.facts)):
            continue
        if section.heading:
            body.append(paragraph(section.heading, weight="Bolder", spacing="Medium"))
        if section.text:
            body.append(paragraph(section.text))
        if section.facts:
            body.append(facts(list(section.facts)))
        if section.items:
            body.append(bullets(list(section.items)))
    if sheet.examples:
        body.append(paragraph(texts.TRY_FOR_EXAMPLE, weight="Bolder", spacing="Medium"))
        body.append(bullets([texts.EXAMPLE.format(example=e) for e in sheet.examples]))
    for note in sheet.notes:
        body.append(note_block(note_text(note)))
    body += [source_line(source) for source in sheet.sources]
    return card(body)
