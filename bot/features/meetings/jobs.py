"""The meeting feature's scheduled work: two jobs on the queue (bot/jobqueue.py).

- ``meetings.calendar`` — with Microsoft Graph configured, each meeting whose call is due
  becomes a calendar event with a Teams link on the innkaller's calendar: a
  :class:`CalendarChange` the outbox carries to Graph like any message (it runs first, so
  the call card can carry the link);
- ``meetings.calls`` — the call N days before, the day-before nudge, the referat reminder.

Each run computes what is due from the plan (with the coordinator's changes); the ledger
key includes the meeting's sequence, so a moved or re-called meeting is sent again and
nothing else twice. What a command or a click causes at once is
:mod:`bot.features.meetings.followups`'.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator

from bot.dates import when_text
from bot.features.meetings import texts
from bot.features.meetings.answers import attendance_of
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import DEFAULT_CALL_DAYS, Meeting
from bot.features.meetings.present import call_card_view, minutes_card_view, reminder_card_view
from bot.features.meetings.sends import MeetingSends, calls_posted, ledger_key, send_times
from bot.features.reply import Reply
from bot.job_context import JobContext
from bot.jobqueue import JobQueue, working_hours
from bot.outbox.addresses import Channel
from bot.outbox.items import CalendarChange, Message
from bot.storage import Repositories
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar
from cards.meeting import call_card, meeting_reminder_card, minutes_reminder_card

log = logging.getLogger(__name__)

MINUTES_WINDOW = dt.timedelta(days=7)


async def channel_for(ctx: JobContext, meeting: Meeting) -> Channel | None:
    """The channel chosen for the group, else the kommune's chosen SLT channel, else None."""
    return await ctx.targets.channel(meeting.kommune_id, meeting.group.id)


async def call_message(desk: MeetingDesk, meeting: Meeting, channel: Channel) -> Message:
    """The call card in the group's channel (once per meeting version: the ledger key)."""
    text = texts.CARD.call_title.format(what=f"{meeting.group.name} {when_text(meeting.start)}")
    reply = Reply(text, (call_card(call_card_view(await desk.call_view(meeting))),), "meeting.call")
    return Message(
        key=ledger_key("meeting_call", meeting),
        reply=reply,
        to=channel,
        kind="meeting_call",
        about=texts.about_call(meeting.group.name),
    )


async def _posted_in_window(
    ctx: JobContext, now: dt.datetime, call_days: int
) -> AsyncIterator[tuple[Meeting, MeetingSends]]:
    """Every meeting near ``now`` whose calls are posted, with its send times; nothing
    outside working time (the same check for both jobs)."""
    desk = ctx.meetings
    if not desk.calendar.is_working_time(now):
        return
    for kommune_id in ctx.kb.kommuner:
        start = now - MINUTES_WINDOW - dt.timedelta(days=1)
        end = now + dt.timedelta(days=call_days + 14)
        for meeting in await desk.upcoming(kommune_id, start, end):
            if calls_posted(meeting.group):  # calls: off — e.g. a two-person weekly meeting
                yield meeting, send_times(meeting, call_days=call_days, calendar=desk.calendar)


class _MeetingJob:
    """What both meeting jobs share: how far ahead calls go out, and the working-hours trigger."""

    def __init__(
        self, *, call_days: int = DEFAULT_CALL_DAYS, calendar: WorkCalendar = DEFAULT_CALENDAR
    ) -> None:
        self.call_days = call_days
        self.trigger = working_hours(calendar)


class MeetingCalls(_MeetingJob):
    """The call, the day-before nudge and the referat reminder of every meeting."""

    name = "meetings.calls"

    async def due(self, now: dt.datetime, ctx: JobContext) -> list[Message]:
        outgoing: list[Message] = []
        async for meeting, times in _posted_in_window(ctx, now, self.call_days):
            if times.call_at <= now < meeting.start:
                outgoing += await self._call(ctx, meeting)
            if times.reminder_at <= now < meeting.start:
                outgoing += await self._nudge(ctx, meeting)
            if times.minutes_at <= now < meeting.end + MINUTES_WINDOW:
                outgoing += await self._minutes(ctx, meeting)
        return outgoing

    async def _call(self, ctx: JobContext, meeting: Meeting) -> list[Message]:
        channel = await channel_for(ctx, meeting)
        if channel is None:
            log.warning("no channel chosen to call %s in: nothing posted", meeting.group.id)
            return []
        return [await call_message(ctx.meetings, meeting, channel)]

    async def _nudge(self, ctx: JobContext, meeting: Meeting) -> list[Message]:
        """The day before: one short message in the channel mentioning who has not answered."""
        desk = ctx.meetings
        missing = await desk.not_answered(meeting)
        channel = await channel_for(ctx, meeting)
        if not missing or channel is None:
            return []
        mentions = [(i.mention_id, i.name) for i in missing if i.mention_id]
        card = meeting_reminder_card(
            reminder_card_view(meeting, await desk.attendance(meeting.key), mentions)
        )
        reply = Reply(texts.reminder_message(meeting.group.name), (card,), "meeting.reminder")
        return [
            Message(
                key=ledger_key("meeting_reminder", meeting),
                reply=reply,
                to=channel,
                kind="meeting_reminder",
                about=texts.about_reminder(meeting.group.name),
            )
        ]

    async def _minutes(self, ctx: JobContext, meeting: Meeting) -> list[Message]:
        """After the meeting: the sekretær (else the coordinator) is reminded of the referat."""
        desk = ctx.meetings
        sekretar = desk.sekretar(meeting)
        mentions = [(i.mention_id, i.name) for i in sekretar if i.mention_id]
        answers = await desk.answers(meeting.key)
        card = minutes_reminder_card(
            minutes_card_view(
                meeting,
                sekretar=mentions,
                agenda=answers.agenda,
                attendance=attendance_of(answers),
            )
        )
        reply = Reply(texts.minutes_reminder(meeting.group.name), (card,), "meeting.minutes")
        recipients = await ctx.targets.recipients((i.name, i.identities) for i in sekretar)
        return ctx.targets.address(
            ledger_key("minutes_reminder", meeting),
            reply,
            recipients,
            await channel_for(ctx, meeting),
            kind="minutes_reminder",
            about=texts.about_minutes(meeting.group.name),
        )


class CalendarSync(_MeetingJob):
    """Microsoft Graph (optional): a calendar event for each meeting whose call is due."""

    name = "meetings.calendar"

    async def due(self, now: dt.datetime, ctx: JobContext) -> list[CalendarChange]:
        """The events still to make; the outbox carries them to Graph, before the calls."""
        if not ctx.calendar_events:
            return []
        changes: list[CalendarChange] = []
        async for meeting, times in _posted_in_window(ctx, now, self.call_days):
            if not times.call_at <= now < meeting.start:
                continue
            if channel := await channel_for(ctx, meeting):
                change = await calendar_event(ctx.repos, ctx.meetings, meeting, channel)
                changes += [change] if change is not None else []
        return changes


async def calendar_event(
    repos: Repositories, desk: MeetingDesk, meeting: Meeting, channel: Channel | None = None
) -> CalendarChange | None:
    """The meeting on the innkaller's calendar, once (the record keeps its id and link)."""
    if await repos.graph_events.get(meeting.uid_key):
        return None
    organizer = organizer_of(desk, meeting)
    if organizer is None:
        return None
    attendees = tuple(
        (address, p.name or p.role)
        for role in meeting.group.members
        for p in desk.people_map(meeting.kommune_id).people_for(role)
        if (address := p.email or p.upn)
    )
    return CalendarChange(
        key=f"calendar_create:{meeting.uid_key}",
        operation="create",
        calendar=organizer,
        series=meeting.uid_key,
        start=meeting.start,
        end=meeting.end,
        subject=f"{meeting.group.name} (SLT)",
        location=meeting.place,
        attendees=attendees,
        body_html=f"Innkaller: {desk.innkaller(meeting)}",
        transaction_id=meeting.uid_key.replace(":", "-")[:40],
        report_to=channel,
        report=texts.calendar_not_changed("create", meeting.group.name, meeting.start),
    )


def organizer_of(desk: MeetingDesk, meeting: Meeting) -> str | None:
    role = meeting.group.innkaller or "SLT-koordinator"
    people = desk.people_map(meeting.kommune_id).people_for(role)
    return next((p.upn or p.email for p in people if p.upn or p.email), None)


def register_jobs(queue: JobQueue[JobContext]) -> None:
    """The meeting feature's scheduled work; the calendar first, so the call links to it."""
    queue.register(CalendarSync())
    queue.register(MeetingCalls())
