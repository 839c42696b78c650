"""What the meeting cards show, written out: builds :mod:`bot.features.meetings.card_views`.

Dates and times are written by :mod:`bot.dates`; what the plan assumes (a day, a time, a
place nobody confirmed) is said here, so every card says it the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.dates import day_text, moved_texts, span_text, when_text
from bot.features.meetings import texts
from bot.features.meetings.card_views import (
    Answers,
    CallCardView,
    MeetingView,
    Mention,
    MinutesCardView,
    ReminderCardView,
)
from bot.features.meetings.desk import CallView
from bot.features.meetings.model import AGENDA_MAX_CHARS, Attendance, Meeting
from bot.features.meetings.sends import place_assumed, time_assumed
from bot.storage.records import AgendaEntry


def meeting_time(meeting: Meeting) -> str:
    """When, and what of it the plan does not say: «(antatt dag og tid – planen sier «4
    ganger i året»)», so nobody in the room takes an assumed Thursday for the plan's."""
    text = span_text(meeting.start, meeting.end)
    if not time_assumed(meeting):
        return text
    rhythm, meets = meeting.group.rhythm, meeting.group.meets
    day = rhythm is not None and (rhythm.is_assumed("weekday") or rhythm.is_assumed("pattern"))
    return texts.assumed_time(text, day=day, meets=meets.text if meets is not None else None)


def place_text(meeting: Meeting, teams_link: str | None = None) -> str:
    """The place, marked «(antatt)» when nobody confirmed it; «ikke avklart» when unknown."""
    if meeting.place:
        return f"{meeting.place} (antatt)" if place_assumed(meeting) else meeting.place
    return "" if teams_link or meeting.teams_link else texts.PLACE_UNKNOWN


def meeting_view(meeting: Meeting, teams_link: str | None = None) -> MeetingView:
    """``teams_link`` is the Teams meeting Graph made, when the meeting has none of its own."""
    link = teams_link or meeting.teams_link
    moved_to = meeting.moved_to
    return MeetingView(
        kommune_id=meeting.kommune_id,
        group_id=meeting.group.id,
        key=meeting.key,
        group_name=meeting.group.name,
        when=when_text(meeting.start),
        day=day_text(meeting.day),
        time=meeting_time(meeting),
        place=place_text(meeting, link),
        teams_link=link,
        active=meeting.active,
        cancelled=meeting.cancelled,
        urgent=meeting.urgent,
        moved_to=moved_texts(meeting.start, moved_to)[1] if moved_to is not None else "",
        moved_to_year=when_text(moved_to, year=True) if moved_to is not None else "",
        moved_from=day_text(meeting.moved_from) if meeting.moved_from is not None else "",
        texts=texts.CARD,
    )


def answers_view(attendance: Attendance) -> Answers:
    return Answers(
        tuple(a.name for a in attendance.coming), tuple(a.name for a in attendance.not_coming)
    )


def _agenda(agenda: Sequence[AgendaEntry]) -> tuple[tuple[str, str], ...]:
    return tuple((item.text, item.by) for item in agenda)


def call_card_view(view: CallView, *, notice: str | None = None) -> CallCardView:
    """The call card from what the desk read for it (:meth:`MeetingDesk.call_view`).

    A cancelled or moved-away meeting keeps its facts and answers but loses the buttons;
    the roles default to the group's."""
    meeting = view.meeting
    group = meeting.group
    return CallCardView(
        meeting=meeting_view(meeting, view.teams_link),
        answers=answers_view(view.attendance),
        agenda=_agenda(view.agenda),
        mentions=tuple(view.mentions),
        members=tuple(group.members),
        innkaller=view.innkaller or "",
        moteleder=view.moteleder or group.moteleder or "",
        sekretar=view.sekretar or group.sekretar or "",
        deadline=when_text(view.deadline) if meeting.active else "",
        agenda_max_chars=AGENDA_MAX_CHARS,
        notice=notice,
        ics_url=view.ics_url,
    )


def reminder_card_view(
    meeting: Meeting,
    attendance: Attendance,
    not_answered: Sequence[Mention],
    *,
    notice: str | None = None,
) -> ReminderCardView:
    """The day before: who has not answered (their mentions) and the count so far."""
    return ReminderCardView(
        meeting_view(meeting), answers_view(attendance), tuple(not_answered), notice
    )


def minutes_card_view(
    meeting: Meeting,
    *,
    sekretar: Sequence[Mention] = (),
    agenda: Sequence[AgendaEntry] = (),
    attendance: Attendance | None = None,
) -> MinutesCardView:
    """After the meeting: the sekretær's mentions, the saksliste and who signed up."""
    signed_up = None if attendance is None else tuple(a.name for a in attendance.coming)
    return MinutesCardView(meeting_view(meeting), tuple(sekretar), _agenda(agenda), signed_up)
