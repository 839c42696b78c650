"""Meeting texts the commands share, and clicks on the call card.

Commands themselves are read by :mod:`bot.features.meetings.command_grammar` and carried out by
:mod:`bot.features.meetings.orders`; ``find_group`` names the group a question is about
(«når er neste fagteammøte», «bruk denne kanalen for fagteamet»).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.features.meetings import texts
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting, MeetingProblem, _clean_name, parse_key
from bot.features.meetings.texts import cancel_notice as cancel_notice
from bot.features.meetings.texts import move_notice as move_notice
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold, strip_mentions
from cards.verbs import Verb

_MEETING_SUFFIXES = ("motene", "moter", "motet", "mote")


def _variants(word: str) -> tuple[str, ...]:
    """``fagteammotet`` → also ``fagteam``; ``politiradsmote`` → also ``politirads``,
    ``politirad``: a group named inside a compound with "møte"."""
    for suffix in _MEETING_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            return (word, stem, stem[:-1]) if stem.endswith("s") else (word, stem)
    return (word,)


def find_group(index: KommuneIndex, text: str) -> str | None:
    """The group a text names, by the kommune's phrases (longest wins); a level names its
    primary group."""
    words = fold(strip_mentions(text)).split()
    options = [_variants(w) for w in words]
    longest = max((len(p.split()) for p in index.phrases), default=1)
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            for combo in itertools.product(*options[i : i + n]):
                hit = index.phrases.get(" ".join(combo))
                if hit is None:
                    continue
                kind, value = hit
                if kind == "group":
                    return value
                group = index.group_for_level(Level(value))
                if group is not None:
                    return group.id
    return None


# -- clicks on the call card -----------------------------------------------------------------


@dataclass(frozen=True)
class CardOutcome:
    """What a click did: the meeting to redraw the card for, and a line for the card."""

    meeting: Meeting
    notice: str
    accepted: bool = True
    also: str | None = None
    """Another meeting's key whose posted call card changed too (a sak sent on a moved
    meeting's old card lands on its new day)."""


async def card_meeting(desk: MeetingDesk, data: Mapping[str, Any]) -> Meeting:
    """The meeting a card payload names; forged or stale payloads are a :class:`MeetingProblem`."""
    key = data.get("meeting")
    kommune_id, group_id, _ = parse_key(key if isinstance(key, str) else "")
    if data.get("kommune") != kommune_id or data.get("group") != group_id:
        raise MeetingProblem(texts.UNKNOWN_MEETING)
    return await desk.by_key(key)  # type: ignore[arg-type]


async def apply_card_action(
    desk: MeetingDesk,
    data: Mapping[str, Any],
    *,
    user_id: str,
    name: str,
    now: dt.datetime,
) -> CardOutcome:
    """Kommer / Kommer ikke / Meld inn sak. Redraw the call card from the outcome's meeting."""
    meeting = await card_meeting(desk, data)
    try:
        verb = Verb(data.get("verb", ""))
    except ValueError:
        raise MeetingProblem(texts.UNKNOWN_BUTTON) from None
    if meeting.moved_to is not None and verb is Verb.MEETING_AGENDA:
        return await _agenda_to_new_day(desk, meeting, data, name, now)
    if meeting.moved_to is not None:
        return CardOutcome(meeting, texts.moved_answer_new(meeting.moved_to), accepted=False)
    if meeting.cancelled:
        return CardOutcome(meeting, texts.CANCELLED, accepted=False)
    if meeting.end <= now:
        return CardOutcome(meeting, texts.MEETING_OVER, accepted=False)
    try:
        if verb in (Verb.MEETING_RSVP_YES, Verb.MEETING_RSVP_NO):
            coming = verb is Verb.MEETING_RSVP_YES
            await desk.rsvp(meeting.key, user_id, name, coming)
            return CardOutcome(meeting, texts.rsvp_thanks(_clean_name(name), coming))
        if verb is Verb.MEETING_AGENDA:
            raw = data.get("agenda_item")
            await desk.add_agenda(meeting.key, raw if isinstance(raw, str) else "", name)
            return CardOutcome(meeting, texts.AGENDA_ADDED)
    except MeetingProblem as problem:
        return CardOutcome(meeting, str(problem), accepted=False)
    raise MeetingProblem(texts.UNKNOWN_BUTTON)


async def _agenda_to_new_day(
    desk: MeetingDesk, meeting: Meeting, data: Mapping[str, Any], name: str, now: dt.datetime
) -> CardOutcome:
    """A sak written on the old card of a moved meeting: the saksliste moved with the meeting,
    so the sak goes to its new day – said on the old card – instead of being lost. An RSVP
    is still asked again on the new card: the new time may not suit."""
    assert meeting.moved_to_key is not None and meeting.moved_to is not None
    new = await desk.by_key(meeting.moved_to_key)
    if not new.active or new.end <= now:
        return CardOutcome(meeting, texts.moved_answer_new(meeting.moved_to), accepted=False)
    raw = data.get("agenda_item")
    try:
        await desk.add_agenda(new.key, raw if isinstance(raw, str) else "", name)
    except MeetingProblem as problem:
        return CardOutcome(meeting, str(problem), accepted=False)
    return CardOutcome(meeting, texts.agenda_added_moved(new.start), also=new.key)
