"""Meeting answers in the conversation: the årshjul (møteplan) and "når er neste møte"."""

from __future__ import annotations

import datetime as dt

from bot.clock import OSLO
from bot.features.meetings import (
    MONTHS,
    WEEKDAYS,
    Meeting,
    MeetingDesk,
    when_text,
)
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from cards.sheet import sheet_card

# -- answers: møteplan, årshjul, neste møte --------------------------------------------------


def meeting_line(meeting: Meeting) -> str:
    """``tirsdag 10.03 kl 09:00: Fagteamet – Rådhuset (flyttet fra 03.03)``."""
    local = meeting.start.astimezone(OSLO)
    line = f"{WEEKDAYS[local.weekday()]} {local:%d.%m} kl {local:%H:%M}: {meeting.group.name}"
    if meeting.place:
        line += f" – {meeting.place}"
    marks = []
    if meeting.cancelled:
        marks.append("AVLYST")
    if meeting.urgent:
        marks.append("hastemøte")
    elif meeting.source == "adhoc":
        marks.append("ekstra møte")
    if meeting.moved_from:
        marks.append(f"flyttet fra {meeting.moved_from:%d.%m}")
    return f"{line} ({', '.join(marks)})" if marks else line


def _plan_source(index: KommuneIndex) -> tuple[str, ...]:
    k = index.kommune
    return (k.sources[k.plan.source].title,)


def meeting_plan_reply(
    desk: MeetingDesk, index: KommuneIndex, year: int, ics_url: str | None
) -> Reply:
    """The årshjul: every meeting of the year, by month, with the calendar file's link."""
    meetings = desk.year_plan(index.id, year)
    by_month: dict[int, list[str]] = {}
    for meeting in meetings:
        by_month.setdefault(meeting.day.month, []).append(meeting_line(meeting))
    sections = [
        Section(heading=MONTHS[month - 1].capitalize(), items=tuple(lines))
        for month, lines in sorted(by_month.items())
    ]
    if not sections:
        sections.append(Section(text=f"Ingen møter er planlagt i {year}."))
    if ics_url:
        sections.append(
            Section(text=f"[Last ned årshjulet som kalenderfil (.ics)]({ics_url}) – for Outlook.")
        )
    notes = []
    if any(m.source == "scheduled" for m in meetings):
        notes.append(
            "Datoene er regnet ut fra hvor ofte gruppene møtes, der kommunen ikke har en egen "
            "møteplan. Koordinatoren kan flytte eller avlyse møter."
        )
    without = [g.name for g in index.kommune.groups if g.id not in {m.group.id for m in meetings}]
    if without:
        notes.append(f"Uten faste møter i {year}: {', '.join(without)}.")
    sheet = Sheet(
        title=f"Årshjul {year} – {index.kommune.short_name}",
        subtitle="Møteplan for SLT-gruppene",
        sections=tuple(sections),
        notes=tuple(notes),
        sources=_plan_source(index),
    )
    facts = {
        "year": year,
        "meetings": len(meetings),
        "cancelled": sum(1 for m in meetings if m.cancelled),
        "ics": bool(ics_url),
    }
    return Reply(sheet.as_text(), (sheet_card(sheet),), "meeting_plan", facts)


def meeting_facts(desk: MeetingDesk, meeting: Meeting) -> tuple[tuple[str, str], ...]:
    group = meeting.group
    end = meeting.end.astimezone(OSLO)
    return (
        ("Tid", f"{when_text(meeting.start, year=True)}–{end:%H:%M}"),
        ("Sted", meeting.place or ""),
        ("Teams-lenke", f"[Bli med i møtet]({meeting.teams_link})" if meeting.teams_link else ""),
        ("Innkaller", desk.innkaller(meeting)),
        ("Møteleder", desk.role_label(meeting.kommune_id, group.moteleder) or ""),
        ("Sekretær", desk.role_label(meeting.kommune_id, group.sekretar) or ""),
    )


def next_meeting_reply(
    desk: MeetingDesk, index: KommuneIndex, group_id: str | None, now: dt.datetime
) -> Reply:
    """ "Når er neste fagteammøte?" — or, without a group, the next meeting of every group."""
    if group_id is None:
        found = [desk.next_meeting(index.id, g.id, now) for g in index.kommune.groups]
        upcoming = sorted((m for m in found if m), key=lambda m: (m.start, m.group.id))
        items = tuple(meeting_line(m) for m in upcoming)
        sheet = Sheet(
            title="Neste møter",
            subtitle=index.kommune.name,
            sections=(Section(items=items) if items else Section(text="Ingen møter framover."),),
            sources=_plan_source(index),
        )
        facts = {"meetings": [m.key for m in upcoming]}
        return Reply(sheet.as_text(), (sheet_card(sheet),), "next_meeting", facts)
    group = desk.group(index.id, group_id)
    meeting = desk.next_meeting(index.id, group_id, now)
    notes: tuple[str, ...] = ()
    if meeting is None:
        how = f" ({group.meets.text})" if group.meets else ""
        sections: tuple[Section, ...] = (
            Section(text=f"{group.name} har ingen planlagte møter framover{how}."),
        )
    else:
        lead = f"{group.name} møtes {when_text(meeting.start, year=True)}."
        if meeting.urgent:
            lead += " Det er et hastemøte."
        sections = (Section(text=lead), Section(facts=meeting_facts(desk, meeting)))
        if meeting.source == "scheduled" and group.meets:
            notes = (
                f"Datoen er regnet ut fra «{group.meets.text}». Koordinatoren kan flytte møtet.",
            )
    sheet = Sheet(
        title=f"Neste møte i {group.name}",
        subtitle=index.kommune.name,
        sections=sections,
        notes=notes,
        sources=_plan_source(index),
    )
    facts = {"meeting": meeting.key if meeting else None, "group": group.id}
    return Reply(sheet.as_text(), (sheet_card(sheet),), "next_meeting", facts)
