"""The stored records, one frozen dataclass each, with the JSON shape they are kept in.

The JSON shapes are those earlier versions wrote, so an existing database reads unchanged;
``from_json`` tolerates the fields older versions left out. Records hold ids, statuses,
dates and the few words a feature needs (an agenda item, a tiltak comment) — never a
message's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from bot.storage.protocol import Json


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _fields_json(record: Any, *, key: str) -> Json:
    """Every field of a record but its key (which is the row's key), tuples as lists."""
    return {
        f.name: list(value) if isinstance(value := getattr(record, f.name), tuple) else value
        for f in fields(record)
        if f.name != key
    }


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
    """The channel a coordinator or admin chose for the kommune's SLT posts."""

    kommune_id: str
    channel: str
    team: str | None
    by: str

    def to_json(self) -> Json:
        return _fields_json(self, key="kommune_id")

    @classmethod
    def from_json(cls, kommune_id: str, data: Json) -> KommuneChannel:
        return cls(
            kommune_id,
            str(data.get("channel") or ""),
            _text(data.get("team")),
            str(data.get("by") or ""),
        )


# --- people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterMember:
    """A member of a linked team: work identities only, to reach them 1:1."""

    aad_id: str
    """Entra object id, lower-case (the key)."""
    user_id: str | None = None
    upn: str | None = None
    email: str | None = None
    name: str | None = None
    tenant_id: str | None = None
    service_url: str | None = None
    team: str | None = None
    """The team whose roster wrote this record last."""
    teams: tuple[str, ...] = ()
    """Every linked team the person is in (a 1:1 chat takes their kommune)."""

    def to_json(self) -> Json:
        return _fields_json(self, key="aad_id")

    @classmethod
    def from_json(cls, aad_id: str, data: Json) -> RosterMember:
        teams = [*data.get("teams", ()), *([data["team"]] if data.get("team") else [])]
        return cls(
            aad_id=aad_id,
            user_id=_text(data.get("user_id")),
            upn=_text(data.get("upn")),
            email=_text(data.get("email")),
            name=_text(data.get("name")),
            tenant_id=_text(data.get("tenant_id")),
            service_url=_text(data.get("service_url")),
            team=_text(data.get("team")),
            teams=tuple(sorted({str(t) for t in teams})),
        )

    def identities(self) -> set[str]:
        """Every lower-case name the person may be mapped by (object id, UPN, e-mail)."""
        return {i.lower() for i in (self.aad_id, self.upn, self.email) if i}


# --- meetings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingOverride:
    """A coordinator's change to one meeting day: called ad hoc, cancelled or moved."""

    key: str
    """``kommune:group:YYYY-MM-DD`` of the day the record is about."""
    kommune: str
    group: str
    status: str
    """``active``, ``cancelled`` or ``moved``."""
    start: str
    end: str
    source: str = "adhoc"
    place: str | None = None
    teams_link: str | None = None
    urgent: bool = False
    origin: str | None = None
    moved_from: str | None = None
    moved_to: str | None = None
    sequence: int = 0
    by: str = ""
    at: str = ""

    def to_json(self) -> Json:
        return _fields_json(self, key="key")

    @classmethod
    def from_json(cls, key: str, data: Json) -> MeetingOverride:
        return cls(
            key=key,
            kommune=str(data.get("kommune", "")),
            group=str(data.get("group", "")),
            status=str(data.get("status", "active")),
            start=str(data["start"]),
            end=str(data["end"]),
            source=str(data.get("source") or "adhoc"),
            place=_text(data.get("place")),
            teams_link=_text(data.get("teams_link")),
            urgent=bool(data.get("urgent")),
            origin=_text(data.get("origin")),
            moved_from=_text(data.get("moved_from")),
            moved_to=_text(data.get("moved_to")),
            sequence=int(data.get("sequence") or 0),
            by=str(data.get("by") or ""),
            at=str(data.get("at") or ""),
        )


@dataclass(frozen=True)
class Rsvp:
    """One person's answer to a meeting call (the latest replaces the earlier)."""

    name: str
    coming: bool
    at: str


@dataclass(frozen=True)
class AgendaEntry:
    """One sak on a saksliste: the words its sender asked to add, and who sent it."""

    text: str
    by: str
    at: str


@dataclass(frozen=True)
class MeetingAnswers:
    """RSVPs (by lower-case user id) and the saksliste of one meeting."""

    rsvp: dict[str, Rsvp] = field(default_factory=dict)
    agenda: tuple[AgendaEntry, ...] = ()

    def to_json(self) -> Json:
        data: Json = {}
        if self.rsvp:
            data["rsvp"] = {
                user: {"name": r.name, "coming": r.coming, "at": r.at}
                for user, r in self.rsvp.items()
            }
        if self.agenda:
            data["agenda"] = [{"text": a.text, "by": a.by, "at": a.at} for a in self.agenda]
        return data

    @classmethod
    def from_json(cls, data: Json) -> MeetingAnswers:
        return cls(
            rsvp={
                str(user): Rsvp(
                    str(a.get("name") or "Ukjent"), bool(a.get("coming")), str(a.get("at") or "")
                )
                for user, a in (data.get("rsvp") or {}).items()
            },
            agenda=tuple(
                AgendaEntry(str(a["text"]), str(a.get("by") or "Ukjent"), str(a.get("at") or ""))
                for a in data.get("agenda") or ()
            ),
        )


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

    by: str
    at: str
    status: str | None = None
    comment: str | None = None
    new_deadline: str | None = None

    def to_json(self) -> Json:
        data: Json = {"by": self.by, "at": self.at}
        if self.status is not None:
            data["status"] = self.status
        if self.comment:
            data["comment"] = self.comment
        if self.new_deadline is not None:
            data["new_deadline"] = self.new_deadline
        return data


@dataclass(frozen=True)
class TiltakRecord:
    """The answers on one tiltak occurrence (``kommune:tiltak:deadline``)."""

    status: str = "open"
    comment: str | None = None
    new_deadline: str | None = None
    answers: tuple[TiltakAnswerEntry, ...] = ()
    by: str | None = None
    at: str | None = None

    def to_json(self) -> Json:
        data: Json = {
            "status": self.status,
            "comment": self.comment,
            "answers": [a.to_json() for a in self.answers],
            "by": self.by,
            "at": self.at,
        }
        if self.new_deadline is not None:
            data["new_deadline"] = self.new_deadline
        return data

    @classmethod
    def from_json(cls, data: Json) -> TiltakRecord:
        return cls(
            status=str(data.get("status") or "open"),
            comment=data.get("comment") or None,
            new_deadline=_text(data.get("new_deadline")),
            answers=tuple(
                TiltakAnswerEntry(
                    str(a.get("by") or "Ukjent"),
                    str(a["at"]),
                    _text(a.get("status")),
                    a.get("comment") or None,
                    _text(a.get("new_deadline")),
                )
                for a in data.get("answers") or ()
            ),
            by=_text(data.get("by")),
            at=_text(data.get("at")),
        )


@dataclass(frozen=True)
class Stamp:
    """A value set by someone at some time (a coordinator's frist, an ansvarlig, a nudge)."""

    by: str
    at: str


@dataclass(frozen=True)
class Mark:
    """A reminder or escalation taken into a message: on which day, and which message."""

    on: str
    message: str | None = None

    def to_json(self) -> Json:
        return {"on": self.on, **({"message": self.message} if self.message else {})}
