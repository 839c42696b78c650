"""What a meeting is: keys, the meeting as it stands, answers, invitees, and the dates in words.

Pure values (no store, no knowledge lookups); the rest of the package builds on them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from bot.clock import OSLO
from bot.features.meetings import texts
from bot.features.meetings.schedule import group_start
from bot.features.meetings.texts import AGENDA_PRIVACY as AGENDA_PRIVACY
from bot.features.meetings.texts import NOT_ALLOWED as NOT_ALLOWED
from bot.knowledge.models import Group
from bot.people import PersonRef

AGENDA_MAX_CHARS = 500
AGENDA_MAX_ITEMS = 30
NAME_MAX_CHARS = 120
DEFAULT_CALL_DAYS = 7
"""How many days before a meeting the call goes out (per group; the knowledge has no field yet)."""
COORDINATOR_ROLE = "SLT-koordinator"
LOOKAHEAD_YEARS = 2
"""How far ``next_meeting`` looks: this year and the two after (enough for ``per_period``)."""

Source = Literal["scheduled", "fixed", "adhoc"]
Status = Literal["active", "cancelled", "moved"]


# -- what a meeting is --------------------------------------------------------------------


def meeting_key(kommune_id: str, group_id: str, day: dt.date) -> str:
    return f"{kommune_id}:{group_id}:{day.isoformat()}"


def parse_key(key: str) -> tuple[str, str, dt.date]:
    """``kommune:group:YYYY-MM-DD`` → its parts; a broken key is a :class:`MeetingProblem`."""
    parts = key.split(":") if isinstance(key, str) else []
    if len(parts) == 3:
        try:
            return parts[0], parts[1], dt.date.fromisoformat(parts[2])
        except ValueError:
            pass
    raise MeetingProblem(texts.UNKNOWN_MEETING)


@dataclass(frozen=True)
class Meeting:
    """One meeting of one group, as it stands now (plan plus the coordinator's changes)."""

    kommune_id: str
    group: Group
    start: dt.datetime
    end: dt.datetime
    place: str | None
    teams_link: str | None
    source: Source
    cancelled: bool = False
    moved_from: dt.date | None = None
    """The date the meeting had before it was moved (the plan's date when it was planned)."""
    moved_to: dt.datetime | None = None
    """Set on the old day of a moved meeting: where it went. Such a meeting takes no answers."""
    urgent: bool = False
    origin: str | None = None
    """The key the meeting was first planned or called under; calendars know it by this."""
    sequence: int = 0

    @property
    def key(self) -> str:
        return meeting_key(self.kommune_id, self.group.id, self.start.astimezone(OSLO).date())

    @property
    def uid_key(self) -> str:
        return self.origin or self.key

    @property
    def active(self) -> bool:
        return not self.cancelled and self.moved_to is None

    @property
    def moved_to_key(self) -> str | None:
        if self.moved_to is None:
            return None
        return meeting_key(self.kommune_id, self.group.id, self.moved_to.astimezone(OSLO).date())

    @property
    def day(self) -> dt.date:
        return self.start.astimezone(OSLO).date()


@dataclass(frozen=True)
class Attendance:
    """Who has answered a call, one answer per person (the latest)."""

    coming: tuple[PersonRef, ...] = ()
    not_coming: tuple[PersonRef, ...] = ()

    @property
    def answered(self) -> frozenset[str]:
        return frozenset(a.identity for a in (*self.coming, *self.not_coming))


@dataclass(frozen=True)
class Invitee:
    """A person mapped to one of the group's roles (people mapping)."""

    name: str
    role: str
    mention_id: str | None
    """What Teams accepts in a mention: the Entra object id or the UPN (None: e-mail only)."""
    identities: tuple[str, ...]


class MeetingProblem(ValueError):
    """A change or an answer that cannot be made; the message is for the user (Norwegian)."""


def usual_time(group: Group) -> dt.time:
    """The group's usual start time (its rhythm's, else ``default_time``, else 09:00)."""
    return group_start(group)


def _place_and_link(place: str | None) -> tuple[str | None, str | None]:
    """A group's ``place`` may be a Teams meeting link; then it is the link, not a place."""
    if place and place.strip().lower().startswith(("https://", "http://")):
        return None, place.strip()
    return place, None


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("meeting times must be timezone-aware")
    return moment.astimezone(OSLO)


def _clean_name(name: str) -> str:
    cleaned = " ".join(str(name).replace("<", "").replace(">", "").split())
    return cleaned[:NAME_MAX_CHARS] or "Ukjent"


def _cap(text: str) -> str:
    if len(text) <= AGENDA_MAX_CHARS:
        return text
    return text[: AGENDA_MAX_CHARS - 1].rstrip() + "…"


def none_ahead(group: Group) -> str:
    """What «neste møte» says of a group with no date ahead: a rhythm the plan gives without
    days is said as such, with who calls the meetings."""
    meets = group.meets
    rhythm = meets is not None and not meets.as_needed
    return texts.no_meetings_planned_ahead(
        group.name, meets.text if meets else None, rhythm=rhythm, caller=group.innkaller
    )
