"""What the meeting cards show: plain values, every date and time already written out.

Built by :mod:`bot.features.meetings.present` from a meeting and what the desk read for it;
drawn by ``cards/meeting.py``, which imports nothing else of the feature. Data only (no
imports from ``bot``), so a card is a pure function of one of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Mention = tuple[str, str]
"""``(id, name)``: who to @mention; the id is what Teams accepts (Entra id, UPN, 29:…)."""


@dataclass(frozen=True)
class MeetingCardTexts:
    """The fixed words of the meeting cards: titles, labels, buttons. The wording is
    :data:`bot.features.meetings.texts.CARD`; a field with ``{…}`` is filled by the card."""

    # titles
    moved_title: str
    cancelled_title: str
    urgent_title: str
    call_title: str
    reminder_title: str
    minutes_title: str
    # fact labels
    time: str
    place: str
    teams_link: str
    agenda_deadline: str
    innkaller: str
    moteleder: str
    sekretar: str
    meeting: str
    signed_up: str
    nobody: str
    # lines
    join_link: str
    moved_answer_new: str
    moved: str
    cancelled: str
    urgent: str
    moved_from: str
    agenda_so_far: str
    no_agenda: str
    agenda_item: str
    attendance: str
    coming: str
    not_coming: str
    members: str
    not_answered: str
    minutes_sekretar: str
    agenda_proposed: str
    minutes_privacy: str
    # the agenda input and the buttons
    agenda_input: str
    agenda_placeholder: str
    yes: str
    no: str
    add_agenda: str
    add_to_calendar: str


@dataclass(frozen=True)
class MeetingView:
    """One meeting as every meeting card shows it."""

    kommune_id: str
    group_id: str
    key: str
    """The meeting's key: with the kommune and the group, what every button carries."""
    group_name: str
    when: str
    """«tirsdag 10. mars kl 09:00»."""
    day: str
    """«tirsdag 10. mars»."""
    time: str
    """«tirsdag 10. mars 2026 kl 09:00–10:30», with what of it the plan does not say."""
    place: str
    """The place («(antatt)» when nobody confirmed it), «Ikke avklart …», or "" with a link."""
    teams_link: str | None
    active: bool
    cancelled: bool
    urgent: bool
    moved_to: str = ""
    """Set on the old day of a moved meeting: «tirsdag 14. april kl 10:00»."""
    moved_to_year: str = ""
    """The same with the year."""
    moved_from: str = ""
    """«tirsdag 31. mars» on the new day of a moved meeting."""
    texts: MeetingCardTexts = field(kw_only=True)
    """The cards' fixed words."""


@dataclass(frozen=True)
class Answers:
    """Who comes and who does not, by name."""

    coming: tuple[str, ...] = ()
    not_coming: tuple[str, ...] = ()


@dataclass(frozen=True)
class CallCardView:
    """The call everyone answers in, redrawn after every click."""

    meeting: MeetingView
    answers: Answers
    agenda: tuple[tuple[str, str], ...]
    """(sak, who proposed it)."""
    mentions: tuple[Mention, ...]
    members: tuple[str, ...]
    innkaller: str
    moteleder: str
    sekretar: str
    deadline: str
    """When saker are due («tirsdag 10. mars kl 12:00»); "" for a meeting that is not on."""
    agenda_max_chars: int
    notice: str | None = None
    ics_url: str | None = None


@dataclass(frozen=True)
class ReminderCardView:
    """The day before: a nudge to those who have not answered."""

    meeting: MeetingView
    answers: Answers
    not_answered: tuple[Mention, ...]
    notice: str | None = None


@dataclass(frozen=True)
class MinutesCardView:
    """After the meeting: remind the sekretær to post the referat."""

    meeting: MeetingView
    sekretar: tuple[Mention, ...] = ()
    agenda: tuple[tuple[str, str], ...] = ()
    signed_up: tuple[str, ...] | None = None
    """Who answered «Kommer» to the call (not who came: the bot cannot know that)."""
    """Who said they would come; None when the answers were not read."""
