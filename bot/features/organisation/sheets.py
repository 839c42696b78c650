"""What every organisation answer shares: level labels, sources, notes and the reply.

Every sheet names its source and mentions what a losing source said where two disagree; these
helpers are that rule written once, for the group, plan and help answers alike.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.texts import LEVEL_LABEL as LEVEL_LABEL
from bot.features.organisation.texts import SLT_NAME as SLT_NAME
from bot.features.provenance import provenance_line
from bot.features.reply import Reply
from bot.features.sheet import Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group
from bot.knowledge.provenance import OtherSource, Sourced, SourceKind
from bot.understanding import Intent, Understood
from cards.sheet import sheet_card


def coordinator_line(index: KommuneIndex) -> str:
    """«Spør gjerne SLT-koordinator i Våler (name, phone, e-mail).»: the plan's entry point."""
    c = index.kommune.coordinator
    details = (
        [d for d in (c.contact.name, c.contact.phone, c.contact.email) if d] if c.contact else []
    )
    return texts.ask_coordinator(f"{c.title} i {index.kommune.short_name}", details)


def sources(index: KommuneIndex, *items: Sourced) -> tuple[str, ...]:
    keys = dict.fromkeys(item.source for item in items)
    return tuple(index.source(key).title for key in keys)


def other_notes(index: KommuneIndex, item: Sourced, fields: set[str] | None = None) -> list[str]:
    """One note per losing source (e.g. what the web page says about the cadence), then the
    one-line provenance when the item rests on more than the plan's own words."""
    notes = []
    for other in item.other_sources:
        if fields is None or other.field in fields:
            notes.append(other_note(index, other))
    line = provenance_line(item, sources=index.kommune.sources)
    if line:
        notes.append(line)
    return notes


def other_note(index: KommuneIndex, other: OtherSource) -> str:
    """A losing source's difference. An older plan's figure is not repeated: staff read the
    first number they see, and a superseded «6 ganger» next to the valid «2 ganger» is how
    wrong facts spread. A web page's wording is quoted, because it is what people find."""
    winner = texts.ADOPTED_PLAN if index.kommune.plan.adopted else texts.NEWEST_PLAN
    source = index.source(other.source)
    if source.kind is SourceKind.PLAN:
        return texts.plan_said_otherwise(source.title, winner)
    return texts.source_said(source.title, other.says, winner)


def kommune_line(index: KommuneIndex, group: Group | None = None) -> str:
    if group and group.shared_with:
        return texts.shared_with(index.kommune.name, list(group.shared_with))
    return index.kommune.name


def sheet_reply(sheet: Sheet, intent: Intent, **facts: object) -> Reply:
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=intent, facts=facts)


def meets_text(group: Group) -> str:
    """The cadence under the label «Møtes»: «Møtes 4 ganger i året.» would say it twice."""
    text = group.meets.text if group.meets else ""
    if text.lower().startswith("møtes "):
        text = text[len("møtes ") :]
    return text


def meeting_facts(group: Group) -> tuple[tuple[str, str], ...]:
    roles = (group.innkaller or "", group.moteleder or "", group.sekretar or "")
    return ((texts.MEETS, meets_text(group)), *zip(texts.GROUP_ROLE_LABELS, roles, strict=True))


def group_of(index: KommuneIndex, q: Understood) -> Group | None:
    if q.group_id:
        return index.groups_by_id.get(q.group_id)
    return index.group_for_level(q.level) if q.level else None
