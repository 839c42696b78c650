"""The year's meetings as they stand: the plan from the knowledge with the coordinator's
changes (:class:`~bot.storage.records.MeetingOverride`) laid over it.

**The coordinator's changes** (cancel, move, an ad-hoc call or hastemøte) are stored per
meeting key (``kommune:group:YYYY-MM-DD``) of the day they concern. Each record describes
the meeting on that day in full, and a record wins over the plan. A move leaves a ``moved``
record on the old day (so a stale card can say where the meeting went) and an ``active`` one
on the new day. Because the key is the date, a moved meeting has a new key — and so new
entries in the send ledger: its call goes out again.

Every read goes to the repositories (another instance may have changed a meeting a moment
ago); what is computed from the knowledge alone (the planned year) is kept per process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.clock import OSLO, Clock, SystemClock
from bot.features.meetings import texts
from bot.features.meetings.model import (
    LOOKAHEAD_YEARS,
    Meeting,
    MeetingProblem,
    Source,
    Status,
    _aware,
    _place_and_link,
    meeting_key,
    none_ahead,
    parse_key,
)
from bot.features.meetings.schedule import PlannedMeeting, meetings_for_year
from bot.features.privacy import PrivacyGuard
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import Group
from bot.knowledge.rhythm import HolidayRules
from bot.people import PeopleMap
from bot.storage import Repositories
from bot.storage.records import MeetingOverride
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar

if TYPE_CHECKING:
    from bot.features.meetings.ical import MeetingLinks


def _source(value: str) -> Source:
    if value == "scheduled":
        return "scheduled"
    return "fixed" if value == "fixed" else "adhoc"


class MeetingPlan:
    """The plan with the coordinator's changes applied, read from the repositories."""

    def __init__(
        self,
        kb: KnowledgeBase,
        repos: Repositories,
        people: Mapping[str, PeopleMap],
        *,
        clock: Clock | None = None,
        calendar: WorkCalendar = DEFAULT_CALENDAR,
        guard: PrivacyGuard | None = None,
    ) -> None:
        self.kb = kb
        self.repos = repos
        self.people = people
        self.clock = clock or SystemClock()
        self.calendar = calendar
        self.guard = guard or PrivacyGuard()
        self._plans: dict[tuple[str, int], list[PlannedMeeting]] = {}
        self._years: dict[tuple[str, int], tuple[dict[str, MeetingOverride], list[Meeting]]] = {}
        self._calendars: dict[str, tuple[WorkCalendar, HolidayRules, WorkCalendar]] = {}
        """Per kommune, :meth:`calendar_for`'s calendar, with the desk's calendar and the
        school holiday rules it was made of (a reload or a new desk calendar makes it again)."""
        self.links: MeetingLinks | None = None
        """Signed «Legg i kalender» links; set by the server when it has a public URL."""

    # --- knowledge ---------------------------------------------------------------------

    def index(self, kommune_id: str) -> KommuneIndex:
        index = self.kb.get(kommune_id)
        if index is None:
            raise MeetingProblem(texts.UNKNOWN_KOMMUNE)
        return index

    def group(self, kommune_id: str, group_id: str) -> Group:
        group = self.index(kommune_id).groups_by_id.get(group_id)
        if group is None:
            raise MeetingProblem(texts.UNKNOWN_GROUP)
        return group

    def people_map(self, kommune_id: str) -> PeopleMap:
        return self.people.get(kommune_id) or PeopleMap(kommune_id)

    def calendar_for(self, kommune_id: str) -> WorkCalendar:
        """The desk's calendar with the kommune's school holidays (when the knowledge has them)."""
        rules = self.index(kommune_id).kommune.school_holidays
        if rules is None or self.calendar.school is not None:
            return self.calendar
        kept = self._calendars.get(kommune_id)
        if kept is not None and kept[0] is self.calendar and kept[1] is rules:
            return kept[2]  # made once: a period question asked for it at every turn
        made = replace(self.calendar, school=rules)
        self._calendars[kommune_id] = (self.calendar, rules, made)
        return made

    def _planned(self, kommune_id: str, year: int) -> list[PlannedMeeting]:
        cached = self._plans.get((kommune_id, year))
        if cached is None:
            kommune = self.index(kommune_id).kommune
            cached = meetings_for_year(kommune, year, self.calendar_for(kommune_id))
            self._plans[(kommune_id, year)] = cached
        return cached

    # --- meetings from the plan and from records (pure) ----------------------------------

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

    def _from_record(self, record: MeetingOverride) -> Meeting | None:
        index = self.kb.get(record.kommune)
        group = index.groups_by_id.get(record.group) if index else None
        if group is None:  # the group left the knowledge; its old changes no longer apply
            return None
        return Meeting(
            kommune_id=record.kommune,
            group=group,
            start=dt.datetime.fromisoformat(record.start).astimezone(OSLO),
            end=dt.datetime.fromisoformat(record.end).astimezone(OSLO),
            place=record.place,
            teams_link=record.teams_link,
            source=_source(record.source),
            cancelled=record.status == "cancelled",
            moved_from=dt.date.fromisoformat(record.moved_from) if record.moved_from else None,
            moved_to=(
                dt.datetime.fromisoformat(record.moved_to).astimezone(OSLO)
                if record.status == "moved" and record.moved_to
                else None
            ),
            urgent=record.urgent,
            origin=record.origin,
            sequence=record.sequence,
        )

    def _record(self, meeting: Meeting, by: str, *, at_key: str | None = None) -> MeetingOverride:
        """The stored form of ``meeting`` as changed by ``by`` now (under ``at_key``)."""
        status: Status = "active"
        if meeting.moved_to is not None:
            status = "moved"
        elif meeting.cancelled:
            status = "cancelled"
        return MeetingOverride(
            key=at_key or meeting.key,
            kommune=meeting.kommune_id,
            group=meeting.group.id,
            status=status,
            start=meeting.start.isoformat(),
            end=meeting.end.isoformat(),
            source=meeting.source,
            place=meeting.place,
            teams_link=meeting.teams_link,
            urgent=meeting.urgent,
            origin=meeting.uid_key,
            moved_from=meeting.moved_from.isoformat() if meeting.moved_from else None,
            moved_to=meeting.moved_to.isoformat() if meeting.moved_to else None,
            sequence=meeting.sequence,
            by=by,
            at=self.clock.now().isoformat(),
        )

    def _on_day(
        self, record: MeetingOverride | None, kommune_id: str, group_id: str, day: dt.date
    ) -> Meeting | None:
        """The group's meeting on ``day``: the stored change, else the plan's, else None."""
        self.group(kommune_id, group_id)
        if record is not None:
            found = self._from_record(record)
            if found is not None:
                return found
        for planned in self._planned(kommune_id, day.year):
            if planned.group_id == group_id and planned.start.date() == day:
                return self._from_plan(planned)
        return None

    def _existing(
        self, record: MeetingOverride | None, kommune_id: str, group_id: str, day: dt.date
    ) -> Meeting:
        found = self._on_day(record, kommune_id, group_id, day)
        if found is None:
            name = self.group(kommune_id, group_id).name
            raise MeetingProblem(texts.no_meeting_on(name, day))
        return found

    def _year(
        self, overrides: Mapping[str, MeetingOverride], kommune_id: str, year: int
    ) -> list[Meeting]:
        """The year's meetings; built again only when the stored changes differ from those
        it was last built from (every tick reads them: a change on any instance counts)."""
        kept = self._years.get((kommune_id, year))
        if kept is not None and kept[0] == overrides:
            return list(kept[1])
        meetings = self._build_year(overrides, kommune_id, year)
        self._years[(kommune_id, year)] = (dict(overrides), meetings)
        return list(meetings)

    def _build_year(
        self, overrides: Mapping[str, MeetingOverride], kommune_id: str, year: int
    ) -> list[Meeting]:
        meetings: list[Meeting] = []
        planned_keys: set[str] = set()
        for planned in self._planned(kommune_id, year):
            planned_keys.add(planned.key)
            record = overrides.get(planned.key)
            meeting = self._from_record(record) if record else self._from_plan(planned)
            if meeting is not None and meeting.moved_to is None:
                meetings.append(meeting)
        for key, record in overrides.items():
            if key in planned_keys or record.status == "moved":
                continue
            meeting = self._from_record(record)
            if meeting is not None and meeting.day.year == year:
                meetings.append(meeting)
        return sorted(meetings, key=lambda m: (m.start, m.group.id))

    # --- lookups -----------------------------------------------------------------------

    async def _overrides(self, kommune_id: str) -> dict[str, MeetingOverride]:
        return {o.key: o for o in await self.repos.meeting_overrides.in_kommune(kommune_id)}

    async def _maybe(self, kommune_id: str, group_id: str, day: dt.date) -> Meeting | None:
        self.group(kommune_id, group_id)
        record = await self.repos.meeting_overrides.get(meeting_key(kommune_id, group_id, day))
        return self._on_day(record, kommune_id, group_id, day)

    async def meeting(self, kommune_id: str, group_id: str, day: dt.date) -> Meeting:
        """The group's meeting on ``day`` (also a cancelled or moved-away one)."""
        self.group(kommune_id, group_id)
        record = await self.repos.meeting_overrides.get(meeting_key(kommune_id, group_id, day))
        return self._existing(record, kommune_id, group_id, day)

    async def by_key(self, key: str) -> Meeting:
        kommune_id, group_id, day = parse_key(key)
        self.index(kommune_id)
        return await self.meeting(kommune_id, group_id, day)

    async def resolve(self, key: str) -> Meeting:
        """The meeting a key stands for now: follows moves, so an old card finds the new day."""
        meeting = await self.by_key(key)
        for _ in range(50):  # a chain of moves is short; the bound only guards against loops
            if meeting.moved_to_key is None:
                return meeting
            meeting = await self.by_key(meeting.moved_to_key)
        return meeting

    async def year_plan(self, kommune_id: str, year: int) -> list[Meeting]:
        """The year's meetings: the plan with cancellations, moves and ad-hoc calls applied.

        Cancelled meetings stay in the list (marked) so the årshjul and calendars show them;
        a moved meeting appears once, on its new day.
        """
        return self._year(await self._overrides(kommune_id), kommune_id, year)

    async def upcoming(
        self,
        kommune_id: str,
        start: dt.datetime,
        end: dt.datetime,
        *,
        group_id: str | None = None,
        include_cancelled: bool = False,
    ) -> list[Meeting]:
        """Meetings starting in ``[start, end)`` — what the scheduler looks at."""
        overrides = await self._overrides(kommune_id)
        found = []
        for year in range(start.astimezone(OSLO).year, end.astimezone(OSLO).year + 1):
            for meeting in self._year(overrides, kommune_id, year):
                if group_id is not None and meeting.group.id != group_id:
                    continue
                if meeting.cancelled and not include_cancelled:
                    continue
                if start <= meeting.start < end:
                    found.append(meeting)
        return found

    async def next_meeting(
        self, kommune_id: str, group_id: str | None, now: dt.datetime
    ) -> Meeting | None:
        """The first meeting after ``now`` that is not cancelled (any group when ``None``)."""
        local = _aware(now)
        overrides = await self._overrides(kommune_id)
        for year in range(local.year, local.year + LOOKAHEAD_YEARS + 1):
            for meeting in self._year(overrides, kommune_id, year):
                if group_id is not None and meeting.group.id != group_id:
                    continue
                if not meeting.cancelled and meeting.start > local:
                    return meeting
        return None

    async def target(
        self, kommune_id: str, group_id: str, day: dt.date | None, now: dt.datetime
    ) -> Meeting:
        """The meeting a command means: the one on ``day``, or the group's next one."""
        group = self.group(kommune_id, group_id)
        if day is None:
            meeting = await self.next_meeting(kommune_id, group_id, now)
            if meeting is None:
                raise MeetingProblem(none_ahead(group))  # a rhythm without days, who calls
            return meeting
        meeting = await self.meeting(kommune_id, group_id, day)
        if meeting.moved_to is not None:
            raise MeetingProblem(texts.already_moved_from(group.name, day, meeting.moved_to))
        return meeting
