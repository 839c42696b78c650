"""Scheduled meeting work: the call N days before, the day-before nudge, the referat reminder.

Like the reminder runner, one idempotent ``tick(now)`` computes what is due from the plan
(with the coordinator's changes) and hands it to the one sender; the ledger key includes the
meeting's sequence, so a moved or re-called meeting is sent again and nothing else twice.
The posted call's activity id comes from the ledger, so an RSVP can redraw that same card
for everyone. With Microsoft Graph configured, each called meeting also becomes a calendar
event with a Teams link on the innkaller's calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any

from bot.features.meetings import (
    DEFAULT_CALL_DAYS,
    Meeting,
    MeetingDesk,
    agenda_of,
    attendance_of,
    calls_posted,
    ledger_key,
    send_times,
    when_text,
)
from bot.features.reply import Followup, Reply
from bot.graph import GraphCalendar, GraphError
from bot.jobs import Targets
from bot.knowledge.index import KnowledgeBase
from bot.storage import Repositories
from bot.storage.outbox import OutboxEntry
from bot.storage.records import GraphEvent
from bot.teams.sender import Delivery, Outgoing, ProactiveSender
from cards.meeting import call_card, meeting_reminder_card, minutes_reminder_card

log = logging.getLogger(__name__)

MINUTES_WINDOW = dt.timedelta(days=7)


class MeetingRunner:
    def __init__(
        self,
        kb: KnowledgeBase,
        desk: MeetingDesk,
        sender: ProactiveSender,
        targets: Targets,
        repos: Repositories,
        *,
        graph: GraphCalendar | None = None,
        call_days: int = DEFAULT_CALL_DAYS,
    ) -> None:
        self.kb = kb
        self.desk = desk
        self.sender = sender
        self.targets = targets
        self.repos = repos
        self.graph = graph
        self.call_days = call_days

    # --- where a group's messages go ----------------------------------------------------

    async def channel_for(self, meeting: Meeting) -> dict[str, Any] | None:
        """The channel chosen for the group, else the kommune's chosen SLT channel, else None."""
        chosen = self.repos.channels
        key = await chosen.group_channel(meeting.kommune_id, meeting.group.id)
        if key is None:
            kommune = await chosen.for_kommune(meeting.kommune_id)
            key = kommune.channel if kommune else None
        return await self.repos.conversations.reference(key)

    # --- the tick -------------------------------------------------------------------------

    async def tick(self, now: dt.datetime) -> list[Delivery]:
        calendar = self.desk.calendar
        if not calendar.is_working_time(now):
            return []
        deliveries: list[Delivery] = []
        for kommune_id in self.kb.kommuner:
            start = now - MINUTES_WINDOW - dt.timedelta(days=1)
            end = now + dt.timedelta(days=self.call_days + 14)
            for meeting in await self.desk.upcoming(kommune_id, start, end):
                deliveries += await self._due(meeting, now)
        return deliveries

    async def _due(self, meeting: Meeting, now: dt.datetime) -> list[Delivery]:
        if not calls_posted(meeting.group):  # calls: off — e.g. a two-person weekly meeting
            return []
        times = send_times(meeting, call_days=self.call_days, calendar=self.desk.calendar)
        deliveries = []
        if times.call_at <= now < meeting.start:
            deliveries += await self.post_call(meeting)
        if times.reminder_at <= now < meeting.start:
            deliveries += await self._nudge(meeting)
        if times.minutes_at <= now < meeting.end + MINUTES_WINDOW:
            deliveries += await self._minutes(meeting)
        return deliveries

    # --- the three messages ---------------------------------------------------------------

    async def post_call(self, meeting: Meeting) -> list[Delivery]:
        """Post the call card in the group's channel (once per meeting version)."""
        channel = await self.channel_for(meeting)
        if channel is None:
            log.warning("no channel chosen to call %s in: nothing posted", meeting.group.id)
            return []
        await self._calendar_event(meeting)
        text = f"Innkalling: {meeting.group.name} {when_text(meeting.start)}"
        reply = Reply(text, (call_card(await self.desk.call_view(meeting)),), "meeting.call")
        outgoing = Outgoing(
            key=ledger_key("meeting_call", meeting),
            reply=reply,
            kind="meeting_call",
            conversation=channel,
            about=f"innkalling til {meeting.group.name}",
        )
        return [await self.sender.send(outgoing)]

    async def _nudge(self, meeting: Meeting) -> list[Delivery]:
        """The day before: one short message in the channel mentioning who has not answered."""
        missing = await self.desk.not_answered(meeting)
        channel = await self.channel_for(meeting)
        if not missing or channel is None:
            return []
        mentions = [(i.mention_id, i.name) for i in missing if i.mention_id]
        card = meeting_reminder_card(meeting, await self.desk.attendance(meeting.key), mentions)
        reply = Reply(f"Påminnelse: {meeting.group.name} i morgen", (card,), "meeting.reminder")
        outgoing = Outgoing(
            key=ledger_key("meeting_reminder", meeting),
            reply=reply,
            kind="meeting_reminder",
            conversation=channel,
            about=f"påminnelse om {meeting.group.name}",
        )
        return [await self.sender.send(outgoing)]

    async def _minutes(self, meeting: Meeting) -> list[Delivery]:
        """After the meeting: the sekretær (else the coordinator) is reminded of the referat."""
        sekretar = self.desk.sekretar(meeting)
        mentions = [(i.mention_id, i.name) for i in sekretar if i.mention_id]
        answers = await self.desk.answers(meeting.key)
        card = minutes_reminder_card(
            meeting,
            sekretar=mentions,
            agenda=agenda_of(answers),
            attendance=attendance_of(answers),
        )
        reply = Reply(f"Husk referat fra {meeting.group.name}", (card,), "meeting.minutes")
        recipients = await self.targets.recipients((i.name, i.identities) for i in sekretar)
        items = self.targets.address(
            ledger_key("minutes_reminder", meeting),
            reply,
            recipients,
            await self.channel_for(meeting),
            kind="minutes_reminder",
            about=f"referat fra {meeting.group.name}",
        )
        return await self.sender.send_many(items)

    # --- after a change or a click ----------------------------------------------------------

    async def follow_up(self, followup: Followup) -> None:
        """Carry out what a command or click caused: post a call, or redraw and announce."""
        if followup.meeting_key is None:
            return
        meeting = await self.desk.by_key(followup.meeting_key)
        if followup.to == "meeting_call":
            await self.post_call(meeting)
            return
        await self.refresh(meeting)
        if followup.text:
            channel = await self.channel_for(meeting)
            if channel is not None:
                await self.sender.send(
                    Outgoing(
                        key=f"meeting_notice:{meeting.key}:{meeting.sequence}:{meeting.cancelled}",
                        reply=Reply(followup.text, intent="meeting.notice"),
                        kind="meeting_notice",
                        conversation=channel,
                        about=f"melding om {meeting.group.name}",
                    )
                )
            await self._calendar_change(meeting)

    async def refresh(self, meeting: Meeting) -> bool:
        """Redraw the posted call card in place, so everyone sees answers and changes."""
        entry = await self._posted_call(meeting)
        channel = await self.channel_for(meeting)
        if not entry or entry.state != "sent" or not entry.activity_id or not channel:
            return False
        card = call_card(await self.desk.call_view(meeting))
        reply = Reply(f"Innkalling: {meeting.group.name}", (card,), "meeting.call")
        return await self.sender.update(channel, entry.activity_id, reply)

    async def _posted_call(self, meeting: Meeting) -> OutboxEntry | None:
        """The ledger entry of the call as last posted (a change bumps the sequence)."""
        for sequence in range(meeting.sequence, -1, -1):
            key = ledger_key("meeting_call", dataclasses.replace(meeting, sequence=sequence))
            entry = await self.sender.ledger(key)
            if entry and entry.state == "sent":
                return entry
        return None

    # --- Microsoft Graph (optional) --------------------------------------------------------

    async def _calendar_event(self, meeting: Meeting) -> None:
        if self.graph is None or await self.repos.graph_events.get(meeting.uid_key):
            return
        organizer = self._organizer(meeting)
        if organizer is None:
            return
        attendees = [
            (address, p.name or p.role)
            for role in meeting.group.members
            for p in self.desk.people_map(meeting.kommune_id).people_for(role)
            if (address := p.email or p.upn)
        ]
        try:
            event = await self.graph.create_event(
                organizer,
                f"{meeting.group.name} (SLT)",
                meeting.start,
                meeting.end,
                meeting.place,
                attendees,
                f"Innkaller: {self.desk.innkaller(meeting)}",
                transaction_id=meeting.uid_key.replace(":", "-")[:40],
            )
        except GraphError as error:
            log.warning("calendar event not created: %s %s", error.status, error.code)
            return
        made = GraphEvent(organizer, event.id, event.join_url)
        await self.repos.graph_events.put(meeting.uid_key, made)

    async def _calendar_change(self, meeting: Meeting) -> None:
        record = await self.repos.graph_events.get(meeting.uid_key) if self.graph else None
        if record is None or self.graph is None:
            return
        try:
            if meeting.cancelled:
                await self.graph.cancel_event(
                    record.organizer, record.event_id, f"{meeting.group.name} er avlyst."
                )
            elif meeting.moved_to is not None:
                moved = await self.desk.resolve(meeting.key)
                await self.graph.move_event(
                    record.organizer, record.event_id, moved.start, moved.end
                )
        except GraphError as error:
            log.warning("calendar event not updated: %s %s", error.status, error.code)

    def _organizer(self, meeting: Meeting) -> str | None:
        role = meeting.group.innkaller or "SLT-koordinator"
        people = self.desk.people_map(meeting.kommune_id).people_for(role)
        return next((p.upn or p.email for p in people if p.upn or p.email), None)
