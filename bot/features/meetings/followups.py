"""What a meeting command or click causes at once: post a call, redraw the posted call
card, announce a change in the channel and carry it to the Outlook calendar event.

Not scheduled work (that is :mod:`bot.features.meetings.jobs`): these run right after the
turn, through the same sender and ledger keys, reading the knowledge served now. A change
to the calendar event is a :class:`CalendarChange` handed to the same outbox as the
messages; nothing here calls Graph.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Protocol

from bot.features.meetings import texts
from bot.features.meetings.jobs import calendar_event, call_message, channel_for
from bot.features.meetings.model import Meeting
from bot.features.meetings.sends import ledger_key
from bot.features.reply import Followup, Reply
from bot.job_context import JobContext
from bot.outbox.addresses import Channel
from bot.outbox.items import CalendarChange, Delivery, Item, Message
from bot.storage.outbox import OutboxEntry

log = logging.getLogger(__name__)


class Sender(Protocol):
    """The outbox (``ProactiveSender``), as the follow-ups use it."""

    async def send(self, item: Item) -> Delivery: ...

    async def update(self, to: Channel, activity_id: str, reply: Reply) -> bool: ...

    async def ledger(self, key: str) -> OutboxEntry | None: ...


class MeetingFollowUps:
    """The router's ``meeting_changed`` and ``meeting_call`` follow-ups."""

    def __init__(self, ctx: JobContext, sender: Sender) -> None:
        self.ctx = ctx
        self.sender = sender

    async def follow_up(self, followup: Followup) -> None:
        """Carry out what a command or click caused: post a call, or redraw and announce."""
        if followup.meeting_key is None:
            return
        meeting = await self.ctx.meetings.by_key(followup.meeting_key)
        if followup.to == "meeting_call":
            await self.post_call(meeting)
            return
        await self.refresh(meeting)
        if followup.text:
            channel = await channel_for(self.ctx, meeting)
            if channel is not None:
                await self.sender.send(
                    Message(
                        key=f"meeting_notice:{meeting.key}:{meeting.sequence}:{meeting.cancelled}",
                        reply=Reply(followup.text, intent="meeting.notice"),
                        to=channel,
                        kind="meeting_notice",
                        about=f"melding om {meeting.group.name}",
                    )
                )
            await self._calendar_change(meeting)

    async def post_call(self, meeting: Meeting) -> list[Delivery]:
        """Post the call card now (an ad-hoc call), its calendar event first."""
        channel = await channel_for(self.ctx, meeting)
        if channel is None:
            log.warning("no channel chosen to call %s in: nothing posted", meeting.group.id)
            return []
        if self.ctx.calendar_events:
            event = await calendar_event(self.ctx.repos, self.ctx.meetings, meeting, channel)
            if event is not None:
                await self.sender.send(event)
        return [await self.sender.send(await call_message(self.ctx.meetings, meeting, channel))]

    async def calendar_made(self, series: str) -> None:
        """An Outlook event was made for the meeting ``series``: a call card posted before it
        (Graph was down at call time) is redrawn, now with «Bli med i Teams-møtet»."""
        await self.refresh(await self.ctx.meetings.resolve(series))

    async def refresh(self, meeting: Meeting) -> bool:
        """Redraw the posted call card in place, so everyone sees answers and changes."""
        entry = await self._posted_call(meeting)
        channel = await channel_for(self.ctx, meeting)
        if not entry or entry.state != "sent" or not entry.activity_id or not channel:
            return False
        posted = await call_message(self.ctx.meetings, meeting, channel)
        reply = Reply(texts.call_updated(meeting.group.name), posted.reply.cards, "meeting.call")
        return await self.sender.update(channel, entry.activity_id, reply)

    async def _posted_call(self, meeting: Meeting) -> OutboxEntry | None:
        """The ledger entry of the call as last posted (a change bumps the sequence)."""
        for sequence in range(meeting.sequence, -1, -1):
            key = ledger_key("meeting_call", dataclasses.replace(meeting, sequence=sequence))
            entry = await self.sender.ledger(key)
            if entry and entry.state == "sent":
                return entry
        return None

    async def _calendar_change(self, meeting: Meeting) -> None:
        """A cancel or a move carried to the Outlook event, when the meeting has one."""
        if not self.ctx.calendar_events:
            return
        record = await self.ctx.repos.graph_events.get(meeting.uid_key)
        if record is None:
            return
        key = f"calendar_change:{meeting.key}:{meeting.sequence}:{meeting.cancelled}"
        whose, series = record.organizer, meeting.uid_key
        if meeting.cancelled:
            comment = texts.calendar_cancelled(meeting.group.name)
            change = CalendarChange(key, "cancel", whose, series, comment=comment)
            start = meeting.start
        elif meeting.moved_to is not None:
            moved = await self.ctx.meetings.resolve(meeting.key)
            change = CalendarChange(key, "move", whose, series, start=moved.start, end=moved.end)
            start = moved.start
        else:
            return
        report = texts.calendar_not_changed(change.operation, meeting.group.name, start)
        channel = await channel_for(self.ctx, meeting)
        await self.sender.send(dataclasses.replace(change, report_to=channel, report=report))
