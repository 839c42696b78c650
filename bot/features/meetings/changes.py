"""The coordinator's changes: call a meeting (ad hoc or a hastemøte), cancel it, move it.

Each change is one transaction over the days it touches
(:meth:`~bot.storage.meetings.MeetingOverrides.change_days`): the day's change and its
answers are read, decided and written together, so a move and an answer given at the same
moment on another instance never lose one another. The decisions themselves are pure
functions of what was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.features.meetings import texts
from bot.features.meetings.model import (
    Meeting,
    MeetingProblem,
    _aware,
    _place_and_link,
    meeting_key,
    parse_key,
)
from bot.features.meetings.plan import MeetingPlan
from bot.features.meetings.schedule import group_minutes, group_place
from bot.storage.records import MeetingAnswers, MeetingDay

Decision = Callable[[dict[str, MeetingDay]], tuple[Meeting, dict[str, MeetingDay]]]
"""Reads the days a change touches; returns the meeting as it stands after, and the days to
write (only those)."""


class MeetingChanges(MeetingPlan):
    """Cancel, move and call (a part of :class:`MeetingDesk`)."""

    async def call_adhoc(
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
        key = meeting_key(kommune_id, group_id, start.date())

        def decide(days: dict[str, MeetingDay]) -> tuple[Meeting, dict[str, MeetingDay]]:
            day = days[key]
            existing = self._on_day(day.override, kommune_id, group_id, start.date())
            answers = day.answers
            if existing is not None and existing.active:
                meeting = existing
                if existing.start != start:  # the same day at another time: answer again
                    meeting = _moved(existing, start)
                    if answers.rsvp:
                        answers = replace(answers, rsvp={})
                if urgent and not meeting.urgent:
                    meeting = replace(meeting, urgent=True, sequence=meeting.sequence + 1)
            elif existing is not None and existing.cancelled:
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
                meeting = Meeting(
                    kommune_id=kommune_id,
                    group=group,
                    start=start,
                    end=start + dt.timedelta(minutes=group_minutes(group)),
                    place=place or usual_place,
                    teams_link=teams_link or group_link,
                    source="adhoc",
                    urgent=urgent,
                    # An ad-hoc meeting may land on a day a planned meeting moved away from;
                    # the time stamp keeps their calendar UIDs apart.
                    origin=f"{key}:adhoc:{self.clock.now().astimezone(dt.UTC):%Y%m%dT%H%M%S}",
                )
            if meeting == existing:
                return meeting, {}
            return meeting, {key: MeetingDay(self._record(meeting, by), answers)}

        return await self._change([key], decide)

    async def cancel(self, key: str, by: str) -> Meeting:
        """Cancel a meeting (idempotent). It stays in the årshjul, marked as cancelled."""
        kommune_id, group_id, day = parse_key(key)
        self.index(kommune_id)

        def decide(days: dict[str, MeetingDay]) -> tuple[Meeting, dict[str, MeetingDay]]:
            meeting = self._existing(days[key].override, kommune_id, group_id, day)
            if meeting.moved_to is not None:
                raise MeetingProblem(texts.moved_cancel_new(meeting.moved_to))
            if meeting.cancelled:
                return meeting, {}
            cancelled = replace(meeting, cancelled=True, sequence=meeting.sequence + 1)
            return cancelled, {key: replace(days[key], override=self._record(cancelled, by))}

        return await self._change([key], decide)

    async def move(self, key: str, new_start: dt.datetime, by: str) -> Meeting:
        """Move a meeting; the saksliste follows it, answers are asked for again.

        Refused when the group already meets on the new day. Older days of a meeting moved
        more than once are pointed straight at its newest day, in the same transaction.
        """
        kommune_id, group_id, day = parse_key(key)
        self.index(kommune_id)
        new_start = _aware(new_start)
        new_key = meeting_key(kommune_id, group_id, new_start.date())
        before = await self.by_key(key)
        stale = [
            o.key
            for o in (await self._overrides(kommune_id)).values()
            if o.status == "moved" and o.origin == before.uid_key and o.key not in (key, new_key)
        ]

        def decide(days: dict[str, MeetingDay]) -> tuple[Meeting, dict[str, MeetingDay]]:
            old = self._existing(days[key].override, kommune_id, group_id, day)
            if old.moved_to is not None:
                raise MeetingProblem(texts.already_moved(old.moved_to))
            if old.cancelled:
                raise MeetingProblem(texts.CANCELLED_CALL_AGAIN)
            if new_start == old.start:
                return old, {}
            new = _moved(old, new_start)
            answers = days[key].answers
            if new_key == key:
                kept = replace(answers, rsvp={}) if answers.rsvp else answers
                return new, {key: MeetingDay(self._record(new, by), kept)}
            there = self._on_day(days[new_key].override, kommune_id, group_id, new_start.date())
            if there is not None and there.active:
                raise MeetingProblem(texts.group_busy(old.group.name, there.start))
            away = replace(old, moved_to=new_start, sequence=old.sequence + 1)
            carried = (
                MeetingAnswers(agenda=answers.agenda) if answers.agenda else days[new_key].answers
            )
            written = {
                key: MeetingDay(self._record(away, by), answers),
                new_key: MeetingDay(self._record(new, by, at_key=new_key), carried),
            }
            for older in stale:  # still a day this meeting moved away from?
                record = days[older].override
                if record and record.status == "moved" and record.origin == old.uid_key:
                    repointed = replace(record, moved_to=new_start.isoformat(), by=by)
                    written[older] = MeetingDay(repointed, days[older].answers)
            return new, written

        return await self._change([key, new_key, *stale], decide)

    async def _change(self, keys: Sequence[str], decide: Decision) -> Meeting:
        """``decide`` over ``keys`` in one transaction; the meeting it settled on (a retried
        transaction runs it again, and its last run counts)."""
        made: list[Meeting] = []

        def step(days: dict[str, MeetingDay]) -> dict[str, MeetingDay]:
            meeting, written = decide(days)
            made[:] = [meeting]
            return written

        await self.repos.meeting_overrides.change_days(keys, step)
        return made[0]


def _moved(old: Meeting, new_start: dt.datetime) -> Meeting:
    """``old`` at ``new_start``, keeping its length and its calendar identity."""
    first_day = old.moved_from or old.day
    return replace(
        old,
        start=new_start,
        end=new_start + (old.end - old.start),
        moved_from=first_day if first_day != new_start.date() else None,
        origin=old.uid_key,
        sequence=old.sequence + 1,
    )
