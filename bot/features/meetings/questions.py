"""Meeting answers in the conversation: the årshjul (møteplan) and "når er neste møte"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.clock import OSLO
from bot.dates import MONTHS, WEEKDAYS, day_month, month_year, when_text
from bot.features.meetings import (
    Meeting,
    MeetingDesk,
    time_assumed,
)
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from cards.sheet import sheet_card

# -- answers: møteplan, årshjul, neste møte --------------------------------------------------


def meeting_line(meeting: Meeting) -> str:
    """``tirsdag 10.03 kl 09:00: Fagteamet – Rådhuset (flyttet fra 03.03)``."""
    local = meeting.start.astimezone(OSLO)
    line = f"{WEEKDAYS[local.weekday()]} {day_month(local)} kl {local:%H:%M}: {meeting.group.name}"
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
        marks.append(f"flyttet fra {day_month(meeting.moved_from)}")
    return f"{line} ({', '.join(marks)})" if marks else line


def _plan_source(index: KommuneIndex) -> tuple[str, ...]:
    k = index.kommune
    return (k.sources[k.plan.source].title,)


def _month_lines(meetings: list[Meeting]) -> list[str]:
    """One line per group and month: a weekly group's four Mondays share one line."""
    by_group: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        by_group.setdefault(meeting.group.id, []).append(meeting)
    lines = []
    for group_meetings in by_group.values():
        plain = [m for m in group_meetings if m.active and not m.urgent and m.source != "adhoc"]
        same_time = {
            (m.start.astimezone(OSLO).weekday(), m.start.astimezone(OSLO).time()) for m in plain
        }
        if len(plain) > 1 and len(plain) == len(group_meetings) and len(same_time) == 1:
            first = plain[0].start.astimezone(OSLO)
            days = [f"{m.day.day}." for m in plain]
            listed = ", ".join(days[:-1]) + f" og {days[-1]}"
            name = plain[0].group.name
            lines.append(f"{WEEKDAYS[first.weekday()]}er {listed} kl {first:%H:%M}: {name}")
        else:
            lines += [meeting_line(m) for m in group_meetings]
    return lines


async def _window(
    desk: MeetingDesk, kommune_id: str, year: int, today: dt.date | None
) -> tuple[list[Meeting], str]:
    """The meetings to show and how to name the span: twelve months from ``today`` when the
    year asked for is this year (no past months), else the whole year asked for."""
    if today is None or year != today.year:
        return await desk.year_plan(kommune_id, year), str(year)
    first = today.replace(day=1)
    last = dt.date(first.year + 1, first.month, 1)
    meetings = [
        m
        for y in (first.year, first.year + 1)
        for m in await desk.year_plan(kommune_id, y)
        if today <= m.day < last
    ]
    end = last - dt.timedelta(days=1)
    return meetings, f"{month_year(today)} – {month_year(end)}"


async def meeting_plan_reply(
    desk: MeetingDesk,
    index: KommuneIndex,
    year: int,
    ics_url: str | None,
    *,
    today: dt.date | None = None,
) -> Reply:
    """The årshjul by month, compact, with the calendar file as a button.

    Asked for this year (``today`` given) it runs twelve months from today, so in December
    it shows the coming year rather than the months already past.
    """
    meetings, span = await _window(desk, index.id, year, today)
    by_month: dict[tuple[int, int], list[Meeting]] = {}
    for meeting in meetings:
        by_month.setdefault((meeting.day.year, meeting.day.month), []).append(meeting)
    several_years = len({y for y, _ in by_month}) > 1
    sections = [
        Section(
            heading=MONTHS[month - 1].capitalize() + (f" {y}" if several_years else ""),
            items=tuple(_month_lines(month_meetings)),
        )
        for (y, month), month_meetings in sorted(by_month.items())
    ]
    if not sections:
        sections.append(Section(text=f"Ingen møter er planlagt ({span})."))
    notes = []
    if any(m.source == "scheduled" for m in meetings):
        notes.append(
            "Datoene er regnet ut fra hvor ofte gruppene møtes, der kommunen ikke har en egen "
            "møteplan. Koordinatoren kan flytte eller avlyse møter."
        )
    without = [g.name for g in index.kommune.groups if g.id not in {m.group.id for m in meetings}]
    if without:
        notes.append(f"Uten faste møter i {year}: {', '.join(without)}.")
    if any(time_assumed(m) for m in meetings):
        notes.append("Ukedag og klokkeslett er antatt til koordinatoren har bekreftet dem.")
    sheet = Sheet(
        title=f"Årshjul – {index.kommune.short_name}",
        subtitle=f"Møteplan for SLT-gruppene, {span}",
        sections=tuple(sections),
        notes=tuple(notes),
        sources=_plan_source(index),
    )
    years = sorted({m.day.year for m in meetings}) or [year]
    facts = {
        "year": year,
        "span": span,
        "meetings": len(meetings),
        "cancelled": sum(1 for m in meetings if m.cancelled),
        "ics": bool(ics_url),
    }
    card = sheet_card(sheet)
    if ics_url:
        card["actions"] = [
            {
                "type": "Action.OpenUrl",
                "title": f"Legg i kalender ({y})" if len(years) > 1 else "Legg i kalender (.ics)",
                "url": f"{ics_url}?year={y}" if y != year else ics_url,
            }
            for y in years
        ]
    text = sheet.as_text()
    if ics_url:
        text += f"\n\nKalenderfil (.ics): {ics_url}"
    return Reply(text, (card,), "meeting_plan", facts)


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


async def next_meeting_reply(
    desk: MeetingDesk, index: KommuneIndex, group_id: str | None, now: dt.datetime
) -> Reply:
    """ "Når er neste fagteammøte?" — or, without a group, the next meeting of every group."""
    if group_id is None:
        found = [await desk.next_meeting(index.id, g.id, now) for g in index.kommune.groups]
        upcoming = sorted((m for m in found if m), key=lambda m: (m.start, m.group.id))
        items = tuple(meeting_line(m) for m in upcoming)
        sheet = Sheet(
            title="Neste møter",
            subtitle=index.kommune.name,
            sections=(Section(items=items) if items else Section(text="Ingen møter framover."),),
            sources=_plan_source(index),
        )
        facts: dict[str, Any] = {"meetings": [m.key for m in upcoming]}
        return Reply(sheet.as_text(), (sheet_card(sheet),), "next_meeting", facts)
    group = desk.group(index.id, group_id)
    meeting = await desk.next_meeting(index.id, group_id, now)
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
