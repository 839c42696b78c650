"""The årshjul as an iCalendar file, for Outlook and other calendars.

Choices that make the file import cleanly into Outlook (desktop, web) and Google Calendar:

* Times are written in UTC (``DTSTART:20260310T080000Z``). An Oslo meeting at 09:00 is
  08:00Z in winter and 07:00Z in summer; the calendar shows it at 09:00 local time on both
  sides of the DST change, and no VTIMEZONE is needed (Outlook matches ``Europe/Oslo``
  TZIDs unreliably). ``X-WR-TIMEZONE`` only hints the display zone.
* Each meeting has a stable UID from the key it was first planned or called under, plus
  ``@slt-boten``; a moved meeting keeps its UID and gets a higher SEQUENCE, so importing the
  file again updates the event instead of adding a second one. Cancelled meetings stay in
  the file with ``STATUS:CANCELLED`` so calendars drop them.
* The description names roles (innkaller, møteleder, sekretær), never people: the file is
  shared by link.

The bot serves the file at a link containing an unguessable per-team token. The lead
engineer's code creates one token per team with :func:`team_token`, stores it (e.g. in the
store's ``kv`` under its own namespace, keyed by team), compares presented tokens with
:func:`token_matches`, and replaces the token to revoke a leaked link.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from bot.dates import short_date
from bot.features.meetings import texts
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting
from bot.text import fold

if TYPE_CHECKING:  # icalendar is imported by the first calendar made (3 MB, 50 ms at start)
    from icalendar import Calendar, Event

PRODID = "-//SLT-boten//Aarshjul//NO"
UID_DOMAIN = "slt-boten"
CONTENT_TYPE = "text/calendar; charset=utf-8"
TOKEN_BYTES = 24


def team_token() -> str:
    """A new unguessable token for one team's calendar link (32 URL-safe characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_matches(presented: str, stored: str) -> bool:
    """Compare in constant time, so response times do not leak the token."""
    return hmac.compare_digest(presented.encode(), stored.encode())


def ics_filename(kommune_short_name: str, year: int) -> str:
    """``slt-arshjul-testvik-2026.ics``."""
    return f"slt-arshjul-{fold(kommune_short_name).replace(' ', '-')}-{year}.ics"


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def _description(desk: MeetingDesk, meeting: Meeting) -> str:
    group = meeting.group
    innkaller = group.innkaller or desk.index(meeting.kommune_id).kommune.coordinator.title
    lines = texts.calendar_description(
        innkaller, group.moteleder, group.sekretar, meeting.teams_link
    )
    if meeting.urgent:
        lines.append(texts.CARD.urgent)
    if meeting.moved_from:
        lines.append(texts.CARD.moved_from.format(day=short_date(meeting.moved_from)))
    if meeting.cancelled:
        lines.append(texts.CARD.cancelled)
    return "\n".join(lines)


def _event(desk: MeetingDesk, meeting: Meeting, stamp: dt.datetime) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", f"{meeting.uid_key}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", _utc(meeting.start))
    event.add("dtend", _utc(meeting.end))
    event.add("summary", f"{meeting.group.name} (SLT)")
    location = meeting.place or ("Teams" if meeting.teams_link else None)
    if location:
        event.add("location", location)
    if meeting.teams_link:
        event.add("url", meeting.teams_link)
    event.add("description", _description(desk, meeting))
    event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
    event.add("sequence", meeting.sequence)
    event.add("transp", "OPAQUE")
    return event


def meeting_calendar(desk: MeetingDesk, meeting: Meeting) -> bytes:
    """One meeting as an .ics file («Legg i kalender» on the call card)."""
    calendar = _calendar()
    stamp = _utc(desk.clock.now()).replace(microsecond=0)
    calendar.add_component(_event(desk, meeting, stamp))
    return _ical_bytes(calendar)


def _calendar(name: str | None = None) -> Calendar:
    """An empty calendar with this bot's headers (and ``name``, as Outlook shows it)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name is not None:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Oslo")
    return calendar


def _ical_bytes(calendar: Calendar) -> bytes:
    """The calendar serialised; icalendar leaves ``to_ical`` unannotated (it returns bytes)."""
    return cast(bytes, calendar.to_ical())


def meeting_filename(meeting: Meeting) -> str:
    """``slt-fagteam-2027-03-09.ics``."""
    return f"slt-{meeting.group.id}-{meeting.day.isoformat()}.ics"


SIGNATURE_CHARS = 22
"""128 bits of HMAC-SHA256, URL-safe base64 without padding."""


@dataclass(frozen=True)
class MeetingLinks:
    """Signed links to one meeting's .ics: ``/calendar/meeting/{kommune}/{group}/{day}.ics?sig=``.

    The signature is an HMAC over the meeting's path with a server-side secret, so a link
    opens exactly that meeting's file and cannot be edited into another one. The secret is
    made once and kept in the store (the same place the årshjul's per-team tokens live);
    replacing it revokes every link.
    """

    base_url: str
    secret: bytes

    def path(self, kommune_id: str, group_id: str, day: dt.date) -> str:
        return f"/calendar/meeting/{kommune_id}/{group_id}/{day.isoformat()}.ics"

    def sign(self, path: str) -> str:
        digest = hmac.new(self.secret, path.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:SIGNATURE_CHARS]

    def verify(self, path: str, signature: str) -> bool:
        return len(signature) == SIGNATURE_CHARS and hmac.compare_digest(
            self.sign(path).encode(), signature.encode()
        )

    def url(self, meeting: Meeting) -> str:
        path = self.path(meeting.kommune_id, meeting.group.id, meeting.day)
        return f"{self.base_url}{path}?sig={self.sign(path)}"


async def year_calendar(desk: MeetingDesk, kommune_id: str, year: int) -> bytes:
    """The kommune's meetings in ``year`` (with the coordinator's changes) as an .ics file."""
    kommune = desk.index(kommune_id).kommune
    calendar = _calendar(texts.calendar_name(kommune.short_name, year))
    stamp = _utc(desk.clock.now()).replace(microsecond=0)
    for meeting in await desk.year_plan(kommune_id, year):
        calendar.add_component(_event(desk, meeting, stamp))
    return _ical_bytes(calendar)
