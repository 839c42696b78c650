"""«Hvem har ikke svart?»: the coordinator asks who has not answered a meeting's call yet.

A command of the meetings feature: this module, its sentences in texts.py and one
``register`` line in bot/registry.py. It reads what the call card collects (the answers)
and who the call is for (the people mapped to the group's roles) — the same list the
day-before reminder nudges — and says only what those show: no guess at who «should» come
when nobody is mapped, and nothing before the call has gone out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.dates import short_date, when_text
from bot.features.meetings import texts
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting
from bot.features.meetings.next_asked import meeting_asked
from bot.features.meetings.sends import calls_posted, send_times
from bot.features.reply import Reply
from bot.policies import COORDINATOR
from bot.router import COMMANDS, Router, Turn

INTENT = "command.not_answered"


@lru_cache(maxsize=4)
def _asking(who: str, phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A question word, then a phrase (folded): «hvem har ikke svart», «hvem mangler svar»."""
    words = "|".join(re.escape(w) for w in who.split())
    said = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{words})\b.*\b(?:{said})\b")


def asks_who_has_not_answered(turn: Turn) -> bool:
    """The words come from knowledge/language/commands.yaml (``not_answered``)."""
    words = turn.bot.kb.language.commands.not_answered
    return bool(_asking(words.who, words.phrases).search(turn.folded_text))


async def who_has_not_answered(turn: Turn) -> Reply:
    """The next meeting (of the group the text names, else the next one the bot calls in) and
    who owes an answer."""
    desk = turn.bot.meetings
    now = turn.bot.clock.now()
    meeting, group_id = await meeting_asked(turn, any_group=True)
    if meeting is None:
        group = turn.index.groups_by_id[group_id].name if group_id else None
        return _reply(texts.no_meeting_ahead(group))
    called = send_times(meeting).call_at <= now
    return _reply(await _status(desk, meeting, called=called))


async def _status(desk: MeetingDesk, meeting: Meeting, *, called: bool) -> str:
    title = f"{meeting.group.name} {when_text(meeting.start)}"
    if not calls_posted(meeting.group):
        return texts.not_called_here(title, meeting.group.name)
    if not called and meeting.source == "scheduled":
        return texts.call_not_sent_yet(title, short_date(send_times(meeting).call_at.date()))
    if not desk.invitees(meeting.kommune_id, meeting.group):
        return texts.nobody_mapped(title, meeting.group.name)
    attendance = await desk.attendance(meeting.key)
    tally = texts.answers_so_far(len(attendance.coming), len(attendance.not_coming))
    missing = await desk.not_answered(meeting)
    if not missing:
        return texts.everyone_answered(title, tally)
    people = [texts.invitee_label(p.name, p.role) for p in missing]
    return texts.not_answered_list(title, people, tally)


def _reply(text: str) -> Reply:
    return Reply(text, intent=INTENT)


def register(router: Router) -> None:
    """For the SLT-koordinator (and admins), before questions are read."""
    router.message(
        INTENT,
        asks_who_has_not_answered,
        who_has_not_answered,
        access=COORDINATOR,
        group=COMMANDS,
    )
