"""The stored records, one frozen dataclass each: their fields are their JSON shape.

:mod:`bot.storage.codec` reads and writes every one of them from its field types; the marks
on a field (``Text``, ``OMIT_NONE``, a reading default in ``Field``) keep the shape earlier
versions wrote, so an existing database reads unchanged and fields older versions left out
read as their defaults. Records hold ids, statuses, dates and the few words a feature needs
(an agenda item, a tiltak comment) — never a message's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import Field

from bot.storage.codec import OMIT_EMPTY, OMIT_NONE, Count, Flag, MaybeText, Text
from bot.storage.protocol import Json

# --- conversations ------------------------------------------------------------------------


@dataclass(frozen=True)
class ConversationRef:
    """How to reach a team, channel or person later (Bot Framework ids and service URL)."""

    key: str
    kind: str
    reference: Json
    kommune_id: str | None = None


@dataclass(frozen=True)
class KommuneChannel:
    """The channel a coordinator or admin chose for the kommune's SLT posts (keyed by
    ``kommune_id``)."""

    kommune_id: str
    channel: Text = ""
    team: MaybeText = None
    by: Text = ""


# --- people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterMember:
    """A member of a linked team: work identities only, to reach them 1:1."""

    aad_id: str
    """Entra object id, lower-case (the key)."""
    user_id: MaybeText = None
    upn: MaybeText = None
    email: MaybeText = None
    name: MaybeText = None
    tenant_id: MaybeText = None
    service_url: MaybeText = None
    team: MaybeText = None
    """The team whose roster wrote this record last."""
    teams: tuple[str, ...] = ()
    """Every linked team the person is in (a 1:1 chat takes their kommune)."""

    def identities(self) -> set[str]:
        """Every lower-case name the person may be mapped by (object id, UPN, e-mail)."""
        return {i.lower() for i in (self.aad_id, self.upn, self.email) if i}


# --- meetings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingOverride:
    """A coordinator's change to one meeting day: called ad hoc, cancelled or moved."""

    key: str
    """``kommune:group:YYYY-MM-DD`` of the day the record is about."""
    kommune: Annotated[Text, Field(default="")]
    group: Annotated[Text, Field(default="")]
    status: Annotated[Text, Field(default="active")]
    """``active``, ``cancelled`` or ``moved``."""
    start: str
    end: str
    source: Text = "adhoc"
    place: MaybeText = None
    teams_link: MaybeText = None
    urgent: Flag = False
    origin: MaybeText = None
    moved_from: MaybeText = None
    moved_to: MaybeText = None
    sequence: Count = 0
    by: Text = ""
    at: Text = ""


@dataclass(frozen=True)
class Rsvp:
    """One person's answer to a meeting call (the latest replaces the earlier)."""

    name: Annotated[Text, Field(default="Ukjent")]
    coming: Annotated[Flag, Field(default=False)]
    at: Annotated[Text, Field(default="")]


@dataclass(frozen=True)
class AgendaEntry:
    """One sak on a saksliste: the words its sender asked to add, and who sent it."""

    text: str
    by: Annotated[Text, Field(default="Ukjent")]
    at: Annotated[Text, Field(default="")]


@dataclass(frozen=True)
class MeetingAnswers:
    """RSVPs (by lower-case user id) and the saksliste of one meeting."""

    rsvp: Annotated[dict[str, Rsvp], OMIT_EMPTY] = field(default_factory=dict)
    agenda: Annotated[tuple[AgendaEntry, ...], OMIT_EMPTY] = ()


@dataclass(frozen=True)
class MeetingDay:
    """One meeting day as stored: the coordinator's change (if any) and the answers."""

    override: MeetingOverride | None = None
    answers: MeetingAnswers = field(default_factory=MeetingAnswers)


@dataclass(frozen=True)
class GraphEvent:
    """The Outlook event made for a meeting series (by its origin key)."""

    organizer: str
    event_id: str
    join_url: str | None = None


# --- tiltak -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TiltakAnswerEntry:
    """One answer on one occurrence, with the comment given with it."""

    by: Annotated[Text, Field(default="Ukjent")]
    at: str
    status: Annotated[MaybeText, OMIT_NONE] = None
    comment: Annotated[MaybeText, OMIT_EMPTY] = None
    new_deadline: Annotated[MaybeText, OMIT_NONE] = None


@dataclass(frozen=True)
class TiltakRecord:
    """The answers on one tiltak occurrence (``kommune:tiltak:deadline``)."""

    status: Text = "open"
    comment: MaybeText = None
    new_deadline: Annotated[MaybeText, OMIT_NONE] = None
    answers: tuple[TiltakAnswerEntry, ...] = ()
    by: MaybeText = None
    at: MaybeText = None


@dataclass(frozen=True)
class Stamp:
    """A value set by someone at some time (a coordinator's frist, an ansvarlig, a nudge)."""

    by: str
    at: str


@dataclass(frozen=True)
class Mark:
    """A reminder or escalation taken into a message: on which day, and which message."""

    on: Annotated[Text, Field(default="")]
    message: Annotated[MaybeText, OMIT_EMPTY] = None
