"""«Møtes politirådet i juli?», «hvilke møter har vi i vår», «neste møte etter jul»: the meetings
of the bot's meeting plan in the period a question names (periods.py).

The dates are the meeting plan's — the plan's rhythm laid out with the kommune's calendar, and
every cancel, move and extra call the coordinator made — so the answer says so, as «neste møte»
does. A period without meetings says that, and when the next one is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.clock import OSLO
from bot.dates import when_text
from bot.features.meetings import texts
from bot.features.meetings.command_dates import tokenize
from bot.features.meetings.command_words import command_words
from bot.features.meetings.commands import find_group
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting, none_ahead
from bot.features.meetings.periods import Period, read_period, says_meeting
from bot.features.meetings.questions import meeting_line, plan_source
from bot.features.organisation.holidays import holiday_section
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group
from bot.router import Router, Turn
from bot.understanding import Intent
from cards.sheet import sheet_card

ASKED_AS = frozenset({Intent.FREQUENCY, Intent.NEXT_MEETING, Intent.MEETING_PLAN})
"""The readings a period turns into «which meetings then»: «møtes politirådet i juli?» reads
as how often, «neste møte etter jul» as the next one, «møteplan for våren» as the årshjul."""


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=OSLO)


async def period_reply(
    desk: MeetingDesk, index: KommuneIndex, group_id: str | None, period: Period, now: dt.datetime
) -> Reply:
    """The meetings of one group (``group_id``) or of every group in ``period``."""
    start, end = max(_at(period.start), now), _at(period.end)
    found = await desk.upcoming(index.id, start, end, group_id=group_id)
    if period.first_only:
        found = found[:1]
    group = desk.group(index.id, group_id) if group_id else None
    if group is not None and not found:
        after = await desk.next_meeting(index.id, group.id, max(end, now))
        ahead = after is not None or await desk.next_meeting(index.id, group.id, now) is not None
        sections = _none_in(group, period, after) if ahead else _none_ahead(group)
        notes = _notes(group, found) if ahead else ()
    else:
        sections, notes = _sections(group, period, found), _notes(group, found)
    if period.in_break and group is not None:  # «er det fagteam i høstferien?»: and the plan?
        sections = (*sections, holiday_section(index, group))
    title = texts.period_title(group.name, period.said) if group else None
    sheet = Sheet(
        title=title or texts.period_title_all(period.said),
        subtitle=index.kommune.name,
        sections=sections,
        notes=notes,
        sources=plan_source(index),
    )
    facts: dict[str, Any] = {
        "meetings": [m.key for m in found],
        "group": group_id,
        "period": [period.start.isoformat(), period.end.isoformat()],
    }
    return Reply(sheet.as_text(), (sheet_card(sheet),), "next_meeting", facts)


def _notes(group: Group | None, found: list[Meeting]) -> tuple[str, ...]:
    """Where dates come from: the plan's rhythm for one group, or for the groups listed."""
    if group is None:
        return (texts.DATES_COMPUTED,) if any(m.source == "scheduled" for m in found) else ()
    if group.meets is None or group.meets.as_needed:
        return ()
    if found and all(m.source != "scheduled" for m in found):
        return ()  # every date set by the coordinator
    return (texts.dates_computed_from(group.meets.text.rstrip(".")),)


def _none_in(group: Group, period: Period, after: Meeting | None) -> tuple[Section, ...]:
    """No meeting in the period, and the next one after it."""
    lead = Section(text=texts.no_meetings_in_period(group.name, period.said))
    if after is None:
        return (lead,)
    return lead, Section(text=texts.next_after_period(when_text(after.start, year=True)))


def _none_ahead(group: Group) -> tuple[Section, ...]:
    """A group the meeting plan has no dates for at all (no rhythm, or called by others): what
    «neste møte» says of it, and what the group is for."""
    lead = Section(text=none_ahead(group))
    return (lead, Section(text=group.purpose)) if group.purpose else (lead,)


def _sections(group: Group | None, period: Period, found: list[Meeting]) -> tuple[Section, ...]:
    """The meetings found: every group's in a list, or one group's under a lead line."""
    if group is None:
        if not found:
            return (Section(text=texts.no_meetings_in_period_all(period.said)),)
        return (Section(items=tuple(meeting_line(m) for m in found)),)
    if period.first_only:
        when = when_text(found[0].start, year=True)
        return (Section(text=texts.first_after(group.name, period.said, when)),)
    lead = texts.meetings_in_period(group.name, texts.meeting_count(len(found)), period.said)
    return (
        Section(text=lead),
        Section(items=tuple(meeting_line(m, group=False) for m in found)),
    )


def _period(turn: Turn) -> Period | None:
    """The period a meeting question names, read against today in the kommune's calendar."""
    q = turn.understood
    if q is None:
        return None
    unread = q.intent is Intent.UNKNOWN and says_meeting(turn.text)  # «er det møter neste uke»
    # «er det fagteam i høstferien? skal melde inn en sak»: the case is why the date is asked
    why = q.brings_case and q.asks_holidays
    if q.intent not in ASKED_AS and not unread and not why:
        return None
    bot = turn.bot
    today = bot.clock.now().astimezone(OSLO).date()
    period = read_period(turn.text, today, bot.meetings.calendar_for(turn.kommune_id))
    if period is None or not period.in_break:
        return period
    if q.intent is Intent.FREQUENCY and not command_words().periods.how_often.isdisjoint(
        tokenize(turn.text)
    ):
        return None  # «hvor ofte møtes fagteamet, også i juleferien?»: the cadence, with holidays
    return period


async def _answer(turn: Turn) -> Reply:
    period = _period(turn)
    assert period is not None and turn.understood is not None  # the check found it
    group_id = turn.understood.group_id or find_group(turn.index, turn.text)
    return await period_reply(turn.bot.meetings, turn.index, group_id, period, turn.bot.clock.now())


def register(router: Router) -> None:
    """Before «neste møte» and «hvor ofte»: a meeting question that names a period."""
    router.message("question:meetings-in-period", lambda turn: _period(turn) is not None, _answer)
