"""Carrying out the coordinator's meeting commands, with guard rails.

:mod:`bot.features.meetings.command_grammar` says what a command means; this module decides what it
does to which meeting, and checks first: a call or a move to a weekend, a public holiday or
a school holiday is asked about in a card («5. desember er en lørdag – vil du likevel kalle
inn?») before anything changes. «avlys» and «flytt» answer with exactly what changed and
who hears about it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.clock import OSLO
from bot.dates import date_text, weekday_name
from bot.features.meetings import texts
from bot.features.meetings.command_grammar import Command, GroupNames, When, command_text
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting, MeetingProblem, usual_time
from bot.text import listed
from bot.work_calendar import WorkCalendar


@dataclass(frozen=True)
class Plan:
    """What a complete command will do: the meeting it acts on (None for a new call) and
    the new start (None for a cancel)."""

    kommune_id: str
    command: Command
    meeting: Meeting | None
    start: dt.datetime | None


@dataclass(frozen=True)
class Confirmation:
    """A guard rail: the question, the command to run on «yes» and the button's words."""

    question: str
    command: str
    yes: str


async def plan(desk: MeetingDesk, kommune_id: str, command: Command, now: dt.datetime) -> Plan:
    """Resolve the meeting and the new time; a :class:`MeetingProblem` says what is wrong."""
    if command.kind == "call":
        if command.when.day is None:  # the grammar asks for the day first
            raise MeetingProblem(texts.WHICH_DAY)
        group = desk.group(kommune_id, command.group_id)
        start = desk.calendar.at(command.when.day, command.when.time or usual_time(group))
        _not_past(start, now)
        return Plan(kommune_id, command, None, start)
    meeting = await desk.target(kommune_id, command.group_id, command.which, now)
    _not_past(meeting.start, now)
    if command.kind == "cancel":
        if meeting.cancelled:
            raise MeetingProblem(texts.already_cancelled(meeting))
        return Plan(kommune_id, command, meeting, None)
    local = meeting.start.astimezone(OSLO)
    day = _new_day(command.when, local.date(), now.date())
    start = desk.calendar.at(day, command.when.time or local.time().replace(tzinfo=None))
    _not_past(start, now)
    return Plan(kommune_id, command, meeting, start)


async def apply(desk: MeetingDesk, planned: Plan, by: str) -> tuple[Meeting | None, Meeting]:
    """Carry out a planned command: (the meeting as it was, the meeting now). A call has no
    «before»; a cancel returns the cancelled meeting; a move the meeting on its new time."""
    c = planned.command
    if c.kind == "call" and planned.start is not None:
        kommune_id = planned.kommune_id
        called = await desk.call_adhoc(
            kommune_id, c.group_id, planned.start, by=by, urgent=c.urgent
        )
        return None, called
    if planned.meeting is None:
        raise MeetingProblem(texts.MEETING_NOT_FOUND)
    if c.kind == "cancel":
        return planned.meeting, await desk.cancel(planned.meeting.key, by)
    if planned.start is None:
        raise MeetingProblem(texts.MOVE_WHEN)
    return planned.meeting, await desk.move(planned.meeting.key, planned.start, by)


def _new_day(when: When, meeting_day: dt.date, today: dt.date) -> dt.date:
    """The day a meeting moves to: a date, a shift from its day («en uke»), or a weekday —
    in the meeting's own week, or the next one after today when that has passed."""
    if when.day is not None:
        return when.day
    if when.shift_days:
        return meeting_day + dt.timedelta(days=when.shift_days)
    if when.weekday is not None:
        day = meeting_day + dt.timedelta(days=when.weekday - meeting_day.weekday())
        if day <= today:
            day = today + dt.timedelta(days=(when.weekday - today.weekday()) % 7 or 7)
        return day
    return meeting_day


def _not_past(start: dt.datetime, now: dt.datetime) -> None:
    if start <= now:
        raise MeetingProblem(texts.in_the_past(start))


def guard(calendar: WorkCalendar, planned: Plan, groups: GroupNames) -> Confirmation | None:
    """Ask first when a call or a move lands on a day that is not a meeting day."""
    if planned.start is None:
        return None
    day = planned.start.astimezone(OSLO).date()
    why = closed_reason(calendar, day)
    if why is None:
        return None
    c = planned.command
    confirmed = When(day=day, time=planned.start.astimezone(OSLO).time().replace(tzinfo=None))
    which = planned.meeting.day if planned.meeting is not None else None
    text = command_text(c.kind, c.group_id, which, confirmed, groups, urgent=c.urgent)
    if c.kind == "call":
        return Confirmation(f"{why} – vil du likevel kalle inn?", text, "Ja, kall inn")
    return Confirmation(f"{why} – vil du likevel flytte møtet dit?", text, "Ja, flytt")


def closed_reason(calendar: WorkCalendar, day: dt.date) -> str | None:
    """«5. desember er en lørdag», «17. mai er Grunnlovsdag», «24. desember er i juleferien»."""
    why = calendar.why_closed(day)
    if why is None:
        return None
    date = date_text(day)
    if why == "helg":
        return f"{date} er en {weekday_name(day)}"
    if why == "juleuka":
        return f"{date} er i juleferien"
    if why == "sommerferien":
        return f"{date} er i skolens sommerferie"
    return f"{date} er {why[0].lower()}{why[1:]}"


def recipients(desk: MeetingDesk, meeting: Meeting) -> str:
    """Who hears about a change: the invited people by name, else the group's roles."""
    invitees = desk.invitees(meeting.kommune_id, meeting.group)
    if invitees:
        return listed([f"{i.name} ({i.role})" if i.name != i.role else i.name for i in invitees])
    roles = [r for r in (meeting.group.innkaller, *meeting.group.members) if r]
    return listed(list(dict.fromkeys(roles))) or "gruppas medlemmer"
