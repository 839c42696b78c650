"""The meeting a question about «the next meeting» means: the named group's next, else the
next one the bot calls in (only those collect answers and saker)."""

from __future__ import annotations

import datetime as dt

from bot.features.meetings.commands import find_group
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting
from bot.features.meetings.sends import calls_posted
from bot.router import Turn


async def meeting_asked(turn: Turn, *, any_group: bool) -> tuple[Meeting | None, str | None]:
    """The meeting and the group id the text names (None when it names none).

    No group named: the next meeting the bot calls in, since a group that meets on its own
    (Gjesdal's weekly politikontakt meeting) would otherwise hide the one meant; with
    ``any_group`` any group's when the bot calls none."""
    assert turn.index is not None
    desk, now = turn.bot.meetings, turn.bot.clock.now()
    group_id = find_group(turn.index, turn.text)
    if group_id:
        return await desk.next_meeting(turn.kommune_id, group_id, now), group_id
    return await _next_called(desk, turn, now, any_group=any_group), None


async def _next_called(
    desk: MeetingDesk, turn: Turn, now: dt.datetime, *, any_group: bool
) -> Meeting | None:
    assert turn.index is not None
    groups = turn.index.kommune.groups
    called = [g for g in groups if calls_posted(g)] or (list(groups) if any_group else [])
    found = [await desk.next_meeting(turn.kommune_id, g.id, now) for g in called]
    return min((m for m in found if m), key=lambda m: m.start, default=None)
