"""The meeting desk: the plan, the coordinator's changes, the answers and the people, in one
object the handlers and jobs share; and the call card's view, read before it is drawn."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.features.meetings.answers import MeetingAnswering, attendance_of
from bot.features.meetings.card_views import Mention
from bot.features.meetings.changes import MeetingChanges
from bot.features.meetings.model import Attendance, Meeting
from bot.features.meetings.sends import agenda_deadline
from bot.storage.records import AgendaEntry


@dataclass(frozen=True)
class CallView:
    """Everything the call card shows, read from the repositories before it is drawn."""

    meeting: Meeting
    attendance: Attendance
    agenda: tuple[AgendaEntry, ...]
    mentions: tuple[Mention, ...]
    innkaller: str
    moteleder: str | None
    sekretar: str | None
    ics_url: str | None
    teams_link: str | None
    deadline: dt.datetime


class MeetingDesk(MeetingAnswering, MeetingChanges):
    """The year's meetings with overrides, answers to calls, and the coordinator's changes."""

    async def call_view(self, meeting: Meeting) -> CallView:
        """The call card's data for ``meeting`` as stored now."""
        answers = await self.answers(meeting.key)
        links = self.links
        return CallView(
            meeting=meeting,
            attendance=attendance_of(answers),
            agenda=answers.agenda,
            mentions=tuple(self.mentions(meeting.kommune_id, meeting.group)),
            innkaller=self.innkaller(meeting),
            moteleder=self.role_label(meeting.kommune_id, meeting.group.moteleder),
            sekretar=self.role_label(meeting.kommune_id, meeting.group.sekretar),
            ics_url=links.url(meeting) if links is not None and meeting.active else None,
            teams_link=await self.graph_join_url(meeting),
            deadline=agenda_deadline(meeting, self.calendar),
        )
