"""When the bot posts about a meeting: the call, the day-before reminder, the referat nudge,
the saksliste's deadline, and the ledger keys that make each send happen once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from bot.clock import OSLO
from bot.features.meetings.model import DEFAULT_CALL_DAYS, Meeting
from bot.knowledge.models import Group
from bot.knowledge.rhythm import AssumedField
from bot.storage.meetings import GraphEvents
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar

# -- when the bot sends ---------------------------------------------------------------------

SendKind = Literal["meeting_call", "meeting_reminder", "minutes_reminder"]


@dataclass(frozen=True)
class MeetingSends:
    """When the call, the day-before reminder and the referat reminder go out."""

    call_at: dt.datetime
    reminder_at: dt.datetime
    minutes_at: dt.datetime


CALL_TIME = dt.time(9, 0)
REMINDER_TIME = dt.time(12, 0)
MINUTES_DELAY = dt.timedelta(hours=1)


def send_times(
    meeting: Meeting,
    *,
    call_days: int = DEFAULT_CALL_DAYS,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> MeetingSends:
    """The call ``call_days`` before (moved back to a working day, 09:00), the reminder on
    the working day before the meeting at 12:00, and the referat reminder an hour after the
    meeting ends (or 09:00 the next working day when that is after working hours).

    A call time already in the past (an ad-hoc call, a move) means: send now.
    """
    day = meeting.day
    call_day = calendar.working_day_on_or_before(day - dt.timedelta(days=call_days))
    reminder_day = calendar.previous_working_day(day)
    after = meeting.end.astimezone(OSLO) + MINUTES_DELAY
    if calendar.is_working_time(after):
        minutes_at = after
    else:
        next_day = (
            after.date()
            if after.time() < calendar.work_start and calendar.is_working_day(after.date())
            else calendar.next_working_day(after.date())
        )
        minutes_at = calendar.at(next_day, CALL_TIME)
    return MeetingSends(
        call_at=calendar.at(call_day, CALL_TIME),
        reminder_at=calendar.at(reminder_day, REMINDER_TIME),
        minutes_at=minutes_at,
    )


GRAPH_EVENTS = GraphEvents.NAMESPACE
"""Store namespace: meeting origin key → the Graph event id and join URL."""
AGENDA_DEADLINE_TIME = dt.time(12, 0)


def agenda_deadline(meeting: Meeting, calendar: WorkCalendar = DEFAULT_CALENDAR) -> dt.datetime:
    """Saker are sent in by 12:00 the working day before: the innkaller then has the
    afternoon to put the saksliste together (the same moment the reminder goes out)."""
    return calendar.at(calendar.previous_working_day(meeting.day), AGENDA_DEADLINE_TIME)


def calls_posted(group: Group) -> bool:
    """Whether the bot posts calls, nudges and referat reminders for the group."""
    return group.rhythm is None or group.rhythm.calls == "auto"


def time_assumed(meeting: Meeting) -> bool:
    """The plan's meeting at its rhythm's time, which nobody has confirmed yet."""
    return _assumed(meeting, "start")


def place_assumed(meeting: Meeting) -> bool:
    """The plan's meeting at its rhythm's place, which nobody has confirmed yet."""
    return _assumed(meeting, "place")


def _assumed(meeting: Meeting, what: AssumedField) -> bool:
    """The rhythm's ``what`` is a working assumption, and this meeting still follows it
    (a scheduled meeting nobody has changed)."""
    rhythm = meeting.group.rhythm
    return (
        rhythm is not None
        and rhythm.is_assumed(what)
        and meeting.source == "scheduled"
        and meeting.sequence == 0
    )


def ledger_key(kind: SendKind, meeting: Meeting) -> str:
    """The send ledger's idempotency key: a changed meeting (new sequence) is sent again."""
    return f"{kind}:{meeting.key}:{meeting.sequence}"
