"""Answers to a call: RSVPs and the saksliste, each click one atomic repository step.

**Answers** are kept per meeting key (:class:`~bot.storage.records.MeetingAnswers`): one
RSVP per person by lower-case user id (answering again replaces the earlier answer), and the
saksliste. The user id should be the Entra object id (or UPN) so it matches the people
mapping and the mentions. Each click is read, decided and written as one transaction with
the meeting's own record (:meth:`~bot.storage.meetings.MeetingOverrides.change_days`), so
two people answering at the same moment — on two instances — are both kept, and an answer
given while the coordinator moves or cancels the meeting is refused, never lost.

**Free text.** The agenda item is the one free text this feature keeps: a person typed it
into the call card to have it on the saksliste, and everyone in the group sees it there. It
passes the privacy guard first (a sak is about a topic, never a named child), is collapsed
to one line, capped at 500 characters, and a meeting takes at most 30 items. Display names
of who answered and who proposed a sak are kept because the card shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.features.meetings import texts
from bot.features.meetings.model import (
    AGENDA_MAX_ITEMS,
    AGENDA_PRIVACY,
    Attendance,
    Invitee,
    Meeting,
    MeetingProblem,
    _cap,
    _clean_name,
    parse_key,
)
from bot.features.meetings.people import MeetingPeople
from bot.features.privacy import FreeTextRefused, screen_free_text
from bot.people import PersonRef
from bot.storage.records import AgendaEntry, MeetingAnswers, MeetingDay, Rsvp
from bot.text import fold


def attendance_of(answers: MeetingAnswers) -> Attendance:
    """Who comes and who does not, by name (one answer per person, the latest)."""
    people = [(PersonRef(a.name, user), a.coming) for user, a in answers.rsvp.items()]
    people.sort(key=lambda pair: (pair[0].name.casefold(), pair[0].identity))
    return Attendance(
        coming=tuple(a for a, coming in people if coming),
        not_coming=tuple(a for a, coming in people if not coming),
    )


class MeetingAnswering(MeetingPeople):
    """RSVPs and the saksliste (a part of :class:`MeetingDesk`)."""

    async def _open(self, key: str) -> Meeting:
        """The meeting, if it takes answers (not moved away, not cancelled)."""
        kommune_id, group_id, day = parse_key(key)
        self.index(kommune_id)
        record = await self.repos.meeting_overrides.get(key)
        return _taking_answers(self._existing(record, kommune_id, group_id, day))

    async def _answer(
        self, key: str, change: Callable[[MeetingAnswers], MeetingAnswers]
    ) -> MeetingAnswers:
        """Change one meeting's answers in the transaction that also reads the meeting: an
        answer never lands on a day the meeting has just moved away from, or was cancelled."""
        kommune_id, group_id, day = parse_key(key)
        self.index(kommune_id)

        def decide(days: dict[str, MeetingDay]) -> dict[str, MeetingDay]:
            _taking_answers(self._existing(days[key].override, kommune_id, group_id, day))
            return {key: replace(days[key], answers=change(days[key].answers))}

        return (await self.repos.meeting_overrides.change_days([key], decide))[key].answers

    async def answers(self, key: str) -> MeetingAnswers:
        return await self.repos.meeting_answers.get(key)

    async def attendance(self, key: str) -> Attendance:
        return attendance_of(await self.answers(key))

    async def agenda(self, key: str) -> tuple[AgendaEntry, ...]:
        return (await self.answers(key)).agenda

    async def rsvp(self, key: str, user_id: str, name: str, coming: bool) -> Attendance:
        """Record an answer; a person who changes their mind replaces their earlier answer."""
        await self._open(key)
        user = user_id.strip().lower()
        if not user:
            raise ValueError("rsvp needs the user's id")
        answer = Rsvp(_clean_name(name), bool(coming), self.clock.now().isoformat())

        def answered(found: MeetingAnswers) -> MeetingAnswers:
            return replace(found, rsvp={**found.rsvp, user: answer})

        return attendance_of(await self._answer(key, answered))

    async def add_agenda(self, key: str, text: str, proposer_name: str) -> tuple[AgendaEntry, ...]:
        """Add a sak to the saksliste (checked, one line, ≤ 500 characters, ≤ 30 items).

        The same sak sent twice (a double click, a retried invoke) is kept once.
        """
        await self._open(key)  # said before the sak is read; checked again when it is written
        clean = " ".join(str(text).split())
        if not clean:
            raise MeetingProblem(texts.WRITE_AGENDA_FIRST)
        try:
            screen_free_text(self.guard, clean, "agenda item", AGENDA_PRIVACY)
        except FreeTextRefused as refused:
            raise MeetingProblem(str(refused)) from None
        clean = _cap(clean)
        entry = AgendaEntry(clean, _clean_name(proposer_name), self.clock.now().isoformat())

        def added(found: MeetingAnswers) -> MeetingAnswers:
            if any(fold(item.text) == fold(clean) for item in found.agenda):
                return found
            if len(found.agenda) >= AGENDA_MAX_ITEMS:
                raise MeetingProblem(texts.agenda_full(AGENDA_MAX_ITEMS))
            return replace(found, agenda=(*found.agenda, entry))

        return (await self._answer(key, added)).agenda

    async def not_answered(self, meeting: Meeting) -> list[Invitee]:
        """Mapped people who have not answered the call (for the day-before reminder).

        The innkaller is never among them: she called the meeting, so nagging her «Du har
        ikke svart» about it is noise.
        """
        answered = (await self.attendance(meeting.key)).answered
        innkaller = fold(
            meeting.group.innkaller or self.index(meeting.kommune_id).kommune.coordinator.title
        )
        return [
            invitee
            for invitee in self.invitees(meeting.kommune_id, meeting.group)
            if not answered & set(invitee.identities) and fold(invitee.role) != innkaller
        ]

    async def graph_join_url(self, meeting: Meeting) -> str | None:
        """The Teams meeting Microsoft Graph made for this meeting, when Graph is configured."""
        event = await self.repos.graph_events.get(meeting.uid_key)
        return event.join_url if event and event.join_url else None


def _taking_answers(meeting: Meeting) -> Meeting:
    if meeting.moved_to is not None:
        raise MeetingProblem(texts.moved_answer_new(meeting.moved_to))
    if meeting.cancelled:
        raise MeetingProblem(texts.CANCELLED)
    return meeting
