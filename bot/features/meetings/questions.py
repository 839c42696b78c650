"""Meeting answers in the conversation: the årshjul (møteplan) and "når er neste møte"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.clock import OSLO
from bot.dates import (
    clock_text,
    day_month,
    day_number,
    day_text,
    list_when_text,
    month_heading,
    month_year,
    span_text,
    weekday_name,
    when_text,
)
from bot.features.meetings import texts
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting, none_ahead
from bot.features.meetings.sends import time_assumed
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.text import fold
from cards.sheet import sheet_card

# -- answers: møteplan, årshjul, neste møte --------------------------------------------------


def meeting_line(meeting: Meeting, *, group: bool = True) -> str:
    """``tirsdag 10.03 kl 09:00: Fagteamet – Rådhuset (flyttet fra 03.03)``; without the group
    (``group=False``) where the answer is one group's: ``tirsdag 10.03 kl 09:00 – Rådhuset``."""
    line = list_when_text(meeting.start) + (f": {meeting.group.name}" if group else "")
    if meeting.place:
        line += f" – {meeting.place}"
    marks = []
    if meeting.cancelled:
        marks.append(texts.CANCELLED_MARK)
    if meeting.urgent:
        marks.append(texts.URGENT_MARK)
    elif meeting.source == "adhoc":
        marks.append(texts.EXTRA_MARK)
    if meeting.moved_from:
        marks.append(texts.moved_from_mark(day_month(meeting.moved_from)))
    return f"{line} ({', '.join(marks)})" if marks else line


def plan_source(index: KommuneIndex) -> tuple[str, ...]:
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
            days = [day_number(m.day) for m in plain]
            weekday, time, name = weekday_name(first), clock_text(first), plain[0].group.name
            lines.append(texts.same_weekday_line(weekday, days, time, name))
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
            heading=month_heading(dt.date(y, month, 1), year=several_years),
            items=tuple(_month_lines(month_meetings)),
        )
        for (y, month), month_meetings in sorted(by_month.items())
    ]
    if not sections:
        sections.append(Section(text=texts.nothing_planned(span)))
    notes = []
    if any(m.source == "scheduled" for m in meetings):
        notes.append(texts.DATES_COMPUTED)
    without = [g.name for g in index.kommune.groups if g.id not in {m.group.id for m in meetings}]
    if without:
        notes.append(texts.without_meetings(span, without))
    if any(time_assumed(m) for m in meetings):
        notes.append(texts.TIME_ASSUMED)
    sheet = Sheet(
        title=texts.year_plan_title(index.kommune.short_name),
        subtitle=texts.year_plan_subtitle(span),
        sections=tuple(sections),
        notes=tuple(notes),
        sources=plan_source(index),
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
                "title": texts.add_to_calendar_for(y) if len(years) > 1 else texts.ADD_TO_CALENDAR,
                "url": f"{ics_url}?year={y}" if y != year else ics_url,
            }
            for y in years
        ]
    text = sheet.as_text()
    if ics_url:
        text += texts.calendar_file_line(ics_url)
    return Reply(text, (card,), "meeting_plan", facts)


def meeting_facts(desk: MeetingDesk, meeting: Meeting) -> tuple[tuple[str, str], ...]:
    group = meeting.group
    link = f"[{texts.JOIN_MEETING}]({meeting.teams_link})" if meeting.teams_link else ""
    values = (
        span_text(meeting.start, meeting.end),
        meeting.place or "",
        link,
        _innkaller(desk, meeting),
        desk.role_label(meeting.kommune_id, group.moteleder) or "",
        desk.role_label(meeting.kommune_id, group.sekretar) or "",
    )
    return tuple(zip(texts.FACT_LABELS, values, strict=True))


def _innkaller(desk: MeetingDesk, meeting: Meeting) -> str:
    """The innkaller as the card names them; the coordinator with the name the plan gives
    («SLT-koordinator (Anne Grønsleth)») when nobody is mapped to the role."""
    label = desk.innkaller(meeting)
    coordinator = desk.index(meeting.kommune_id).kommune.coordinator
    contact = coordinator.contact
    if contact is None or not contact.name or "(" in label:
        return label
    return f"{label} ({contact.name})" if fold(label) == fold(coordinator.title) else label


async def next_meeting_reply(
    desk: MeetingDesk,
    index: KommuneIndex,
    group_id: str | None,
    now: dt.datetime,
    *,
    notes: tuple[str, ...] = (),
) -> Reply:
    """ "Når er neste fagteammøte?" — or, without a group, the next meeting of every group,
    with ``notes`` under them (who takes a case in)."""
    if group_id is None:
        found = [await desk.next_meeting(index.id, g.id, now) for g in index.kommune.groups]
        upcoming = sorted((m for m in found if m), key=lambda m: (m.start, m.group.id))
        items = tuple(meeting_line(m) for m in upcoming)
        sheet = Sheet(
            title=texts.NEXT_MEETINGS,
            subtitle=index.kommune.name,
            sections=(Section(items=items) if items else Section(text=texts.NOTHING_AHEAD),),
            notes=notes,
            sources=plan_source(index),
        )
        facts: dict[str, Any] = {"meetings": [m.key for m in upcoming]}
        return Reply(sheet.as_text(), (sheet_card(sheet),), "next_meeting", facts)
    group = desk.group(index.id, group_id)
    meeting = await desk.next_meeting(index.id, group_id, now)
    if meeting is None:
        sections: tuple[Section, ...] = (
            Section(text=none_ahead(group)),
            *(
                (Section(text=group.purpose),) if group.purpose else ()
            ),  # «… i forbindelse med Ungdata»
        )
    else:
        lead = texts.meets_on(group.name, when_text(meeting.start, year=True))
        if meeting.urgent:
            lead += texts.URGENT_NOTE
        sections = (Section(text=lead), Section(facts=meeting_facts(desk, meeting)))
        if meeting.sequence and meeting.moved_from:
            # moved by the coordinator: its day is no longer the one the plan's rhythm gave
            notes = (*notes, texts.moved_by_coordinator(day_text(meeting.moved_from)))
        elif meeting.source == "scheduled" and group.meets:
            notes = (*notes, texts.date_computed_from(group.meets.text))
    sheet = Sheet(
        title=texts.next_meeting_title(group.name),
        subtitle=index.kommune.name,
        sections=sections,
        notes=notes,
        sources=plan_source(index),
    )
    facts = {"meeting": meeting.key if meeting else None, "group": group.id}
    return Reply(sheet.as_text(), (sheet_card(sheet),), "next_meeting", facts)
