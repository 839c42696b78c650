"""Meetings as they happen: the årshjul with the coordinator's changes, calls and answers.

Pure domain code (no Teams, no network). The plan (:mod:`bot.features.meeting_plan`) says
when each group meets; this module adds what people do with those meetings.

**The coordinator's changes** (cancel, move, an ad-hoc call or hastemøte) are stored in the
namespace ``meeting_override``, keyed by the meeting key (``kommune:group:YYYY-MM-DD``) of
the day they concern. Each record describes the meeting on that day in full, and a record
wins over the plan::

    {"kommune": "testvik", "group": "fagteam", "status": "active" | "cancelled" | "moved",
     "start": ISO, "end": ISO, "source": "scheduled" | "fixed" | "adhoc",
     "place": str | None, "teams_link": str | None, "urgent": bool,
     "origin": key the meeting was first planned or called under (its calendar UID),
     "moved_from": "YYYY-MM-DD" | None, "moved_to": ISO new start | None,
     "sequence": int (bumped on every change), "by": user id, "at": ISO}

A move leaves a ``moved`` record on the old day (so a stale card can say where the meeting
went) and an ``active`` one on the new day. Because the key is the date, a moved meeting
has a new key — and so new entries in the send ledger: its call goes out again.

**Answers to a call** are kept in the namespace ``meeting`` under the meeting key::

    {"rsvp": {user id (lower case): {"name": str, "coming": bool, "at": ISO}},
     "agenda": [{"text": str, "by": proposer name, "at": ISO}]}

One answer per person: answering again replaces the earlier answer. The user id should be
the Entra object id (or UPN) so it matches the people mapping and the mentions.

**Free text.** The agenda item is the one free text this feature keeps: a person typed it
into the call card to have it on the saksliste, and everyone in the group sees it there. It
passes the privacy guard first (a sak is about a topic, never a named child), is collapsed
to one line, capped at 500 characters, and a meeting takes at most 30 items. Display names
of who answered and who proposed a sak are kept because the card shows them.

**Commands** ("innkall fagteam 12. mars kl 9", "avlys neste politiråd", "flytt møtet til
14. mars kl 10") are parsed deterministically; group names come from the kommune index's
phrases, dates and times from a few regular expressions. A parse says what is missing so
the bot can ask, instead of guessing.

The desk's methods are synchronous: on the bot's one event loop a read-modify-write of a
record cannot interleave with another click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from bot.clock import OSLO, Clock, SystemClock
from bot.features.meeting_plan import (
    PlannedMeeting,
    group_minutes,
    group_place,
    group_start,
    meetings_for_year,
)
from bot.features.privacy import FreeTextRefused, PrivacyGuard, screen_free_text
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import MONTHS, Group
from bot.people import PeopleMap
from bot.storage.meetings import GraphEvents, MeetingAnswerBook, MeetingOverrides
from bot.store import Store
from bot.text import fold
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar

if TYPE_CHECKING:
    from bot.features.ical import MeetingLinks

NAMESPACE = MeetingAnswerBook.NAMESPACE
OVERRIDE_NAMESPACE = MeetingOverrides.NAMESPACE
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

NOT_ALLOWED = (
    "Det er bare SLT-koordinatoren som kan kalle inn, avlyse eller flytte møter. Ta kontakt "
    "med koordinatoren om noe skal endres."
)
AGENDA_PRIVACY = (
    "Saken ble ikke lagt til: den ser ut til å inneholde personopplysninger (et navn med alder, "
    "klasse, helse- eller politiopplysninger, eller et fødselsnummer). Meld inn saken uten navn, "
    "for eksempel «Bekymring for rus blant elever på 9. trinn»."
)

# -- Norwegian dates ----------------------------------------------------------------------

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def day_text(day: dt.date, *, year: bool = False) -> str:
    """``tirsdag 10. mars`` (``tirsdag 10. mars 2026`` with ``year``)."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def when_text(moment: dt.datetime, *, year: bool = False) -> str:
    """``tirsdag 10. mars kl 09:00`` in Oslo time."""
    local = moment.astimezone(OSLO)
    return f"{day_text(local.date(), year=year)} kl {local:%H:%M}"


def short_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


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
    raise MeetingProblem("Kortet viser til et møte jeg ikke kjenner. Spør koordinatoren.")


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
class Attendee:
    user_id: str
    name: str


@dataclass(frozen=True)
class Attendance:
    """Who has answered a call, one answer per person (the latest)."""

    coming: tuple[Attendee, ...] = ()
    not_coming: tuple[Attendee, ...] = ()

    @property
    def answered(self) -> frozenset[str]:
        return frozenset(a.user_id for a in (*self.coming, *self.not_coming))


@dataclass(frozen=True)
class AgendaItem:
    text: str
    proposer: str


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


# -- the desk -----------------------------------------------------------------------------


class MeetingDesk:
    """The year's meetings with overrides, answers to calls, and the coordinator's changes."""

    def __init__(
        self,
        kb: KnowledgeBase,
        store: Store,
        people: Mapping[str, PeopleMap],
        *,
        clock: Clock | None = None,
        calendar: WorkCalendar = DEFAULT_CALENDAR,
        guard: PrivacyGuard | None = None,
    ) -> None:
        self.kb = kb
        self.store = store
        self.people = people
        self.clock = clock or SystemClock()
        self.calendar = calendar
        self.guard = guard or PrivacyGuard()
        self._plans: dict[tuple[str, int], list[PlannedMeeting]] = {}
        self.links: MeetingLinks | None = None
        """Signed «Legg i kalender» links; set by the server when it has a public URL."""

    # --- knowledge ---------------------------------------------------------------------

    def index(self, kommune_id: str) -> KommuneIndex:
        index = self.kb.get(kommune_id)
        if index is None:
            raise MeetingProblem("Jeg kjenner ikke den kommunen.")
        return index

    def group(self, kommune_id: str, group_id: str) -> Group:
        group = self.index(kommune_id).groups_by_id.get(group_id)
        if group is None:
            raise MeetingProblem("Jeg finner ikke den gruppen i kommunens SLT-plan.")
        return group

    def people_map(self, kommune_id: str) -> PeopleMap:
        return self.people.get(kommune_id) or PeopleMap(kommune_id)

    # --- building meetings -------------------------------------------------------------

    def calendar_for(self, kommune_id: str) -> WorkCalendar:
        """The desk's calendar with the kommune's school holidays (when the knowledge has them)."""
        rules = self.index(kommune_id).kommune.school_holidays
        if rules is None or self.calendar.school is not None:
            return self.calendar
        return replace(self.calendar, school=rules)

    def _planned(self, kommune_id: str, year: int) -> list[PlannedMeeting]:
        cached = self._plans.get((kommune_id, year))
        if cached is None:
            kommune = self.index(kommune_id).kommune
            cached = meetings_for_year(kommune, year, self.calendar_for(kommune_id))
            self._plans[(kommune_id, year)] = cached
        return cached

    def _overrides(self, kommune_id: str) -> dict[str, dict[str, Any]]:
        prefix = f"{kommune_id}:"
        return {
            key: record
            for key, record in self.store.items(OVERRIDE_NAMESPACE)
            if key.startswith(prefix)
        }

    def _from_plan(self, planned: PlannedMeeting) -> Meeting:
        group = self.group(planned.kommune_id, planned.group_id)
        place, link = _place_and_link(planned.place)
        return Meeting(
            kommune_id=planned.kommune_id,
            group=group,
            start=planned.start,
            end=planned.end,
            place=place,
            teams_link=link,
            source=planned.source,
            origin=planned.key,
        )

    def _from_record(self, record: dict[str, Any]) -> Meeting | None:
        index = self.kb.get(record.get("kommune", ""))
        group = index.groups_by_id.get(record.get("group", "")) if index else None
        if group is None:  # the group left the knowledge; its old changes no longer apply
            return None
        moved_from = record.get("moved_from")
        moved_to = record.get("moved_to")
        return Meeting(
            kommune_id=record["kommune"],
            group=group,
            start=dt.datetime.fromisoformat(record["start"]).astimezone(OSLO),
            end=dt.datetime.fromisoformat(record["end"]).astimezone(OSLO),
            place=record.get("place"),
            teams_link=record.get("teams_link"),
            source=record.get("source", "adhoc"),
            cancelled=record.get("status") == "cancelled",
            moved_from=dt.date.fromisoformat(moved_from) if moved_from else None,
            moved_to=(
                dt.datetime.fromisoformat(moved_to).astimezone(OSLO)
                if record.get("status") == "moved" and moved_to
                else None
            ),
            urgent=bool(record.get("urgent")),
            origin=record.get("origin"),
            sequence=int(record.get("sequence", 0)),
        )

    def _write(self, meeting: Meeting, by: str, *, at_key: str | None = None) -> None:
        status: Status = "active"
        if meeting.moved_to is not None:
            status = "moved"
        elif meeting.cancelled:
            status = "cancelled"
        record = {
            "kommune": meeting.kommune_id,
            "group": meeting.group.id,
            "status": status,
            "start": meeting.start.isoformat(),
            "end": meeting.end.isoformat(),
            "source": meeting.source,
            "place": meeting.place,
            "teams_link": meeting.teams_link,
            "urgent": meeting.urgent,
            "origin": meeting.uid_key,
            "moved_from": meeting.moved_from.isoformat() if meeting.moved_from else None,
            "moved_to": meeting.moved_to.isoformat() if meeting.moved_to else None,
            "sequence": meeting.sequence,
            "by": by,
            "at": self.clock.now().isoformat(),
        }
        self.store.put(OVERRIDE_NAMESPACE, at_key or meeting.key, record)

    def _maybe(self, kommune_id: str, group_id: str, day: dt.date) -> Meeting | None:
        self.group(kommune_id, group_id)
        record = self.store.get(OVERRIDE_NAMESPACE, meeting_key(kommune_id, group_id, day))
        if record is not None:
            found = self._from_record(record)
            if found is not None:
                return found
        for planned in self._planned(kommune_id, day.year):
            if planned.group_id == group_id and planned.start.date() == day:
                return self._from_plan(planned)
        return None

    # --- lookups -----------------------------------------------------------------------

    def meeting(self, kommune_id: str, group_id: str, day: dt.date) -> Meeting:
        """The group's meeting on ``day`` (also a cancelled or moved-away one)."""
        found = self._maybe(kommune_id, group_id, day)
        if found is None:
            name = self.group(kommune_id, group_id).name
            raise MeetingProblem(f"{name} har ikke noe møte {day_text(day, year=True)}.")
        return found

    def by_key(self, key: str) -> Meeting:
        kommune_id, group_id, day = parse_key(key)
        self.index(kommune_id)
        return self.meeting(kommune_id, group_id, day)

    def resolve(self, key: str) -> Meeting:
        """The meeting a key stands for now: follows moves, so an old card finds the new day."""
        meeting = self.by_key(key)
        for _ in range(50):  # a chain of moves is short; the bound only guards against loops
            if meeting.moved_to_key is None:
                return meeting
            meeting = self.by_key(meeting.moved_to_key)
        return meeting

    def year_plan(self, kommune_id: str, year: int) -> list[Meeting]:
        """The year's meetings: the plan with cancellations, moves and ad-hoc calls applied.

        Cancelled meetings stay in the list (marked) so the årshjul and calendars show them;
        a moved meeting appears once, on its new day.
        """
        overrides = self._overrides(kommune_id)
        meetings: list[Meeting] = []
        planned_keys: set[str] = set()
        for planned in self._planned(kommune_id, year):
            planned_keys.add(planned.key)
            record = overrides.get(planned.key)
            meeting = self._from_record(record) if record else self._from_plan(planned)
            if meeting is not None and meeting.moved_to is None:
                meetings.append(meeting)
        for key, record in overrides.items():
            if key in planned_keys or record.get("status") == "moved":
                continue
            meeting = self._from_record(record)
            if meeting is not None and meeting.day.year == year:
                meetings.append(meeting)
        return sorted(meetings, key=lambda m: (m.start, m.group.id))

    def upcoming(
        self,
        kommune_id: str,
        start: dt.datetime,
        end: dt.datetime,
        *,
        group_id: str | None = None,
        include_cancelled: bool = False,
    ) -> list[Meeting]:
        """Meetings starting in ``[start, end)`` — what the scheduler looks at."""
        found = []
        for year in range(start.astimezone(OSLO).year, end.astimezone(OSLO).year + 1):
            for meeting in self.year_plan(kommune_id, year):
                if group_id is not None and meeting.group.id != group_id:
                    continue
                if meeting.cancelled and not include_cancelled:
                    continue
                if start <= meeting.start < end:
                    found.append(meeting)
        return found

    def next_meeting(
        self, kommune_id: str, group_id: str | None, now: dt.datetime
    ) -> Meeting | None:
        """The first meeting after ``now`` that is not cancelled (any group when ``None``)."""
        local = _aware(now)
        for year in range(local.year, local.year + LOOKAHEAD_YEARS + 1):
            for meeting in self.year_plan(kommune_id, year):
                if group_id is not None and meeting.group.id != group_id:
                    continue
                if not meeting.cancelled and meeting.start > local:
                    return meeting
        return None

    def target(
        self, kommune_id: str, group_id: str, day: dt.date | None, now: dt.datetime
    ) -> Meeting:
        """The meeting a command means: the one on ``day``, or the group's next one."""
        group = self.group(kommune_id, group_id)
        if day is None:
            meeting = self.next_meeting(kommune_id, group_id, now)
            if meeting is None:
                raise MeetingProblem(f"{group.name} har ingen planlagte møter framover.")
            return meeting
        meeting = self.meeting(kommune_id, group_id, day)
        if meeting.moved_to is not None:
            raise MeetingProblem(
                f"Møtet i {group.name} {day_text(day)} er allerede flyttet til "
                f"{when_text(meeting.moved_to)}."
            )
        return meeting

    # --- people ------------------------------------------------------------------------

    def invitees(self, kommune_id: str, group: Group) -> list[Invitee]:
        """Everyone mapped to the group's roles (innkaller, møteleder, sekretær, members)."""
        people = self.people_map(kommune_id)
        roles = [group.innkaller, group.moteleder, group.sekretar, *group.members]
        found: list[Invitee] = []
        seen: set[str] = set()
        for role in roles:
            if not role:
                continue
            for person in people.people_for(role):
                if not person.identities or person.identities[0] in seen:
                    continue
                seen.add(person.identities[0])
                mention_id = person.aad_object_id or person.upn
                found.append(
                    Invitee(
                        name=_clean_name(person.name or person.role),
                        role=person.role,
                        mention_id=mention_id,
                        identities=person.identities,
                    )
                )
        return found

    def mentions(self, kommune_id: str, group: Group) -> list[tuple[str, str]]:
        """``(mention id, name)`` for every invitee Teams can @mention."""
        return [(i.mention_id, i.name) for i in self.invitees(kommune_id, group) if i.mention_id]

    def role_label(self, kommune_id: str, role: str | None) -> str | None:
        """``SLT-koordinator (Kari Testperson)`` when the role is mapped to named people."""
        if not role:
            return None
        names = [p.name for p in self.people_map(kommune_id).people_for(role) if p.name]
        return f"{role} ({', '.join(names)})" if names else role

    def innkaller(self, meeting: Meeting) -> str:
        role = meeting.group.innkaller or self.index(meeting.kommune_id).kommune.coordinator.title
        return self.role_label(meeting.kommune_id, role) or role

    def sekretar(self, meeting: Meeting) -> list[Invitee]:
        """Who gets the referat reminder: the group's sekretær, else the SLT-koordinator."""
        role = meeting.group.sekretar or COORDINATOR_ROLE
        return [
            Invitee(_clean_name(p.name or p.role), p.role, p.aad_object_id or p.upn, p.identities)
            for p in self.people_map(meeting.kommune_id).people_for(role)
        ]

    def may_manage(
        self, kommune_id: str, identities: Iterable[str], admins: Iterable[str] = ()
    ) -> bool:
        """Only the SLT-koordinator (by the people mapping) and configured admins may change
        meetings. The caller decides what "no admins configured" means (local use)."""
        wanted = {i.lower() for i in identities if i}
        if wanted & {a.lower() for a in admins}:
            return True
        coordinator = {
            fold(COORDINATOR_ROLE),
            fold(self.index(kommune_id).kommune.coordinator.title),
        }
        roles = {fold(r) for r in self.people_map(kommune_id).roles_of(wanted)}
        return bool(roles & coordinator)

    # --- answers to a call ---------------------------------------------------------------

    def _open(self, key: str) -> Meeting:
        meeting = self.by_key(key)
        if meeting.moved_to is not None:
            raise MeetingProblem(
                f"Møtet er flyttet til {when_text(meeting.moved_to)}. Svar på den nye innkallingen."
            )
        if meeting.cancelled:
            raise MeetingProblem("Møtet er avlyst.")
        return meeting

    def graph_join_url(self, meeting: Meeting) -> str | None:
        """The Teams meeting Microsoft Graph made for this meeting, when Graph is configured."""
        record = self.store.get(GRAPH_EVENTS, meeting.uid_key)
        return str(record["join_url"]) if record and record.get("join_url") else None

    def _state(self, key: str) -> dict[str, Any]:
        return self.store.get(NAMESPACE, key) or {}

    def rsvp(self, key: str, user_id: str, name: str, coming: bool) -> Attendance:
        """Record an answer; a person who changes their mind replaces their earlier answer."""
        self._open(key)
        user = user_id.strip().lower()
        if not user:
            raise ValueError("rsvp needs the user's id")
        state = self._state(key)
        answers = state.setdefault("rsvp", {})
        answers[user] = {
            "name": _clean_name(name),
            "coming": bool(coming),
            "at": self.clock.now().isoformat(),
        }
        self.store.put(NAMESPACE, key, state)
        return self.attendance(key)

    def attendance(self, key: str) -> Attendance:
        answers = self._state(key).get("rsvp", {})
        people = [
            (Attendee(user, a.get("name", "Ukjent")), bool(a.get("coming")))
            for user, a in answers.items()
        ]
        people.sort(key=lambda pair: (pair[0].name.casefold(), pair[0].user_id))
        return Attendance(
            coming=tuple(a for a, coming in people if coming),
            not_coming=tuple(a for a, coming in people if not coming),
        )

    def agenda(self, key: str) -> tuple[AgendaItem, ...]:
        return tuple(
            AgendaItem(item["text"], item.get("by", "Ukjent"))
            for item in self._state(key).get("agenda", [])
        )

    def add_agenda(self, key: str, text: str, proposer_name: str) -> tuple[AgendaItem, ...]:
        """Add a sak to the saksliste (checked, one line, ≤ 500 characters, ≤ 30 items).

        The same sak sent twice (a double click, a retried invoke) is kept once.
        """
        self._open(key)
        clean = " ".join(str(text).split())
        if not clean:
            raise MeetingProblem("Skriv saken i feltet før du trykker «Meld inn sak».")
        try:
            screen_free_text(self.guard, clean, "agenda item", AGENDA_PRIVACY)
        except FreeTextRefused as refused:
            raise MeetingProblem(str(refused)) from None
        clean = _cap(clean)
        state = self._state(key)
        items = state.setdefault("agenda", [])
        if any(fold(item["text"]) == fold(clean) for item in items):
            return self.agenda(key)
        if len(items) >= AGENDA_MAX_ITEMS:
            raise MeetingProblem(
                f"Sakslisten er full ({AGENDA_MAX_ITEMS} saker). Ta kontakt med innkaller."
            )
        items.append(
            {"text": clean, "by": _clean_name(proposer_name), "at": self.clock.now().isoformat()}
        )
        self.store.put(NAMESPACE, key, state)
        return self.agenda(key)

    def not_answered(self, meeting: Meeting) -> list[Invitee]:
        """Mapped people who have not answered the call (for the day-before reminder).

        The innkaller is never among them: she called the meeting, so nagging her «Du har
        ikke svart» about it is noise.
        """
        answered = self.attendance(meeting.key).answered
        innkaller = fold(
            meeting.group.innkaller or self.index(meeting.kommune_id).kommune.coordinator.title
        )
        return [
            invitee
            for invitee in self.invitees(meeting.kommune_id, meeting.group)
            if not answered & set(invitee.identities) and fold(invitee.role) != innkaller
        ]

    # --- the coordinator's changes -------------------------------------------------------

    def call_adhoc(
        self,
        kommune_id: str,
        group_id: str,
        start: dt.datetime,
        *,
        by: str = "",
        urgent: bool = False,
        place: str | None = None,
        teams_link: str | None = None,
    ) -> Meeting:
        """Call the group to a meeting at ``start``.

        The group's own meeting that day is reused (a different time moves it; a cancelled
        one is called again); otherwise a new ad-hoc meeting is added to the plan.
        """
        group = self.group(kommune_id, group_id)
        start = _aware(start)
        existing = self._maybe(kommune_id, group_id, start.date())
        if existing is not None and existing.active:
            meeting = existing if existing.start == start else self.move(existing.key, start, by)
            if urgent and not meeting.urgent:
                meeting = replace(meeting, urgent=True, sequence=meeting.sequence + 1)
                self._write(meeting, by)
            return meeting
        duration = dt.timedelta(minutes=group_minutes(group))
        if existing is not None and existing.cancelled:
            meeting = replace(
                existing,
                start=start,
                end=start + (existing.end - existing.start),
                cancelled=False,
                urgent=urgent or existing.urgent,
                sequence=existing.sequence + 1,
            )
        else:
            usual_place, group_link = _place_and_link(group_place(group))
            key = meeting_key(kommune_id, group_id, start.date())
            meeting = Meeting(
                kommune_id=kommune_id,
                group=group,
                start=start,
                end=start + duration,
                place=place or usual_place,
                teams_link=teams_link or group_link,
                source="adhoc",
                urgent=urgent,
                # An ad-hoc meeting may land on a day a planned meeting moved away from;
                # the time stamp keeps their calendar UIDs apart.
                origin=f"{key}:adhoc:{self.clock.now().astimezone(dt.UTC):%Y%m%dT%H%M%S}",
            )
        self._write(meeting, by)
        return meeting

    def cancel(self, key: str, by: str) -> Meeting:
        """Cancel a meeting (idempotent). It stays in the årshjul, marked as cancelled."""
        meeting = self.by_key(key)
        if meeting.moved_to is not None:
            raise MeetingProblem(
                f"Møtet er flyttet til {when_text(meeting.moved_to)}. Avlys det nye møtet."
            )
        if meeting.cancelled:
            return meeting
        cancelled = replace(meeting, cancelled=True, sequence=meeting.sequence + 1)
        self._write(cancelled, by)
        return cancelled

    def move(self, key: str, new_start: dt.datetime, by: str) -> Meeting:
        """Move a meeting; the saksliste follows it, answers are asked for again.

        Refused when the group already meets on the new day.
        """
        old = self.by_key(key)
        if old.moved_to is not None:
            raise MeetingProblem(f"Møtet er allerede flyttet til {when_text(old.moved_to)}.")
        if old.cancelled:
            raise MeetingProblem(
                "Møtet er avlyst. Kall inn på nytt, for eksempel «innkall fagteamet 14. mars kl 9»."
            )
        new_start = _aware(new_start)
        if new_start == old.start:
            return old
        new_key = meeting_key(old.kommune_id, old.group.id, new_start.date())
        if new_key != key:
            there = self._maybe(old.kommune_id, old.group.id, new_start.date())
            if there is not None and there.active:
                raise MeetingProblem(
                    f"{old.group.name} har allerede møte {when_text(there.start)}."
                )
        first_day = old.moved_from or old.day
        new = replace(
            old,
            start=new_start,
            end=new_start + (old.end - old.start),
            moved_from=first_day if first_day != new_start.date() else None,
            origin=old.uid_key,
            sequence=old.sequence + 1,
        )
        state = self._state(key)
        if new_key != key:
            self._write(replace(old, moved_to=new_start, sequence=old.sequence + 1), by)
            self._repoint(old, new_start, by)
            if state.get("agenda"):
                self.store.put(NAMESPACE, new_key, {"agenda": state["agenda"]})
        elif state.get("rsvp"):
            self.store.put(NAMESPACE, key, {**state, "rsvp": {}})
        self._write(new, by, at_key=new_key)
        return new

    def _repoint(self, old: Meeting, new_start: dt.datetime, by: str) -> None:
        """Older days of a meeting moved more than once point straight at its newest day."""
        for key, record in self._overrides(old.kommune_id).items():
            stale = record.get("status") == "moved" and record.get("origin") == old.uid_key
            if stale and key != old.key:
                repointed = {**record, "moved_to": new_start.isoformat(), "by": by}
                self.store.put(OVERRIDE_NAMESPACE, key, repointed)


# -- when the bot sends ---------------------------------------------------------------------

SendKind = Literal["meeting_call", "meeting_reminder", "minutes_reminder"]


@dataclass(frozen=True)
class MeetingSends:
    """When the call, the day-before reminder and the referat reminder go out."""

    call_at: dt.datetime
    reminder_at: dt.datetime
    minutes_at: dt.datetime


CALL_TIME = dt.time(9, 0)
REMINDER_TIME = dt.time(12, 0)
MINUTES_DELAY = dt.timedelta(hours=1)


def send_times(
    meeting: Meeting,
    *,
    call_days: int = DEFAULT_CALL_DAYS,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> MeetingSends:
    """The call ``call_days`` before (moved back to a working day, 09:00), the reminder on
    the working day before the meeting at 12:00, and the referat reminder an hour after the
    meeting ends (or 09:00 the next working day when that is after working hours).

    A call time already in the past (an ad-hoc call, a move) means: send now.
    """
    day = meeting.day
    call_day = calendar.working_day_on_or_before(day - dt.timedelta(days=call_days))
    reminder_day = calendar.previous_working_day(day)
    after = meeting.end.astimezone(OSLO) + MINUTES_DELAY
    if calendar.is_working_time(after):
        minutes_at = after
    else:
        next_day = (
            after.date()
            if after.time() < calendar.work_start and calendar.is_working_day(after.date())
            else calendar.next_working_day(after.date())
        )
        minutes_at = calendar.at(next_day, CALL_TIME)
    return MeetingSends(
        call_at=calendar.at(call_day, CALL_TIME),
        reminder_at=calendar.at(reminder_day, REMINDER_TIME),
        minutes_at=minutes_at,
    )


GRAPH_EVENTS = GraphEvents.NAMESPACE
"""Store namespace: meeting origin key → the Graph event id and join URL."""
AGENDA_DEADLINE_TIME = dt.time(12, 0)


def agenda_deadline(meeting: Meeting, calendar: WorkCalendar = DEFAULT_CALENDAR) -> dt.datetime:
    """Saker are sent in by 12:00 the working day before: the innkaller then has the
    afternoon to put the saksliste together (the same moment the reminder goes out)."""
    return calendar.at(calendar.previous_working_day(meeting.day), AGENDA_DEADLINE_TIME)


def calls_posted(group: Group) -> bool:
    """Whether the bot posts calls, nudges and referat reminders for the group."""
    return group.rhythm is None or group.rhythm.calls == "auto"


def time_assumed(meeting: Meeting) -> bool:
    """The plan's meeting at its rhythm's time, which nobody has confirmed yet."""
    rhythm = meeting.group.rhythm
    return (
        rhythm is not None
        and rhythm.is_assumed("start")
        and meeting.source == "scheduled"
        and meeting.sequence == 0
    )


def place_assumed(meeting: Meeting) -> bool:
    rhythm = meeting.group.rhythm
    return (
        rhythm is not None
        and rhythm.is_assumed("place")
        and meeting.source == "scheduled"
        and meeting.sequence == 0
    )


def ledger_key(kind: SendKind, meeting: Meeting) -> str:
    """The send ledger's idempotency key: a changed meeting (new sequence) is sent again."""
    return f"{kind}:{meeting.key}:{meeting.sequence}"
