"""Meetings in the conversation: the årshjul, "neste møte", the coordinator's commands, clicks.

Commands that change meetings (innkall, avlys, flytt, and choosing a group's channel) are for
the SLT-koordinator and configured admins only. What a change causes in the channel — a new
call, a notice, the posted card redrawn for everyone — is returned as follow-ups that the
Teams layer sends after the turn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.clock import OSLO
from bot.features import command_grammar as grammar
from bot.features import meeting_orders as orders
from bot.features.command_grammar import GroupNames
from bot.features.meeting_answers import (
    meeting_plan_reply,
    next_meeting_reply,
)
from bot.features.meeting_commands import (
    apply_card_action,
    cancel_notice,
    card_meeting,
    find_group,
    move_notice,
)
from bot.features.meetings import (
    NOT_ALLOWED,
    MeetingDesk,
    MeetingProblem,
    when_text,
)
from bot.features.reply import Followup, Reply
from bot.knowledge.index import KommuneIndex
from bot.store import Store
from bot.understanding import Intent, Understood
from cards.base import card, execute, paragraph
from cards.meeting import call_card
from cards.verbs import Verb

GROUP_CHANNELS = "group_channel"
"""Store namespace: ``kommune:group`` → the channel key the group's calls go to."""
CALENDAR_TOKENS = "calendar_token"
"""Store namespace: ``token`` → kommune, and ``conversation:<key>`` → token."""


def _reply(text: str, intent: Intent, *followups: Followup) -> Reply:
    return Reply(text, intent=intent, followups=tuple(followups))


def command(
    desk: MeetingDesk,
    index: KommuneIndex,
    q: Understood,
    text: str,
    *,
    allowed: bool,
    by: str,
    now: dt.datetime,
    channel_key: str | None,
    store: Store,
    confirmed: bool = False,
) -> Reply:
    """innkall / avlys / flytt / "bruk denne kanalen for fagteamet".

    The grammar reads the command; what it does not fully understand it says back and asks
    about. A call or move to a day off asks for confirmation first (``confirmed`` is the
    «Ja» button of that card).
    """
    if not allowed:
        return _reply(NOT_ALLOWED, q.intent)
    if q.intent is Intent.LINK_CHANNEL:
        return _link_channel(index, text, channel_key, store)
    groups = GroupNames.of(index)
    parsed = grammar.parse(text, now.date(), groups)
    if isinstance(parsed, grammar.Clarification) and not _names_a_group(parsed):
        channel_group = _channel_group(index, channel_key, store)
        if channel_group is not None:  # «flytt møtet til …» in the group's own channel
            parsed = grammar.parse(f"{text} i {groups.names[channel_group]}", now.date(), groups)
    if parsed is None:
        example = EXAMPLES.get(q.intent, "avlys neste politiråd")
        return _reply(f"Jeg forstod ikke helt. Skriv for eksempel «{example}».", q.intent)
    if isinstance(parsed, grammar.Clarification):
        return _clarification(parsed, q.intent)
    try:
        planned = orders.plan(desk, index.id, parsed, now)
        check = None if confirmed else orders.guard(desk.calendar, planned, groups)
        if check is not None:
            return _confirmation(check, q.intent)
        answer, followups = _carry_out(desk, index, planned, by, now)
        return _reply(answer, q.intent, *followups)
    except MeetingProblem as problem:
        return _reply(str(problem), q.intent)


EXAMPLES = {
    Intent.MEETING_CALL: "innkall fagteam 12. mars kl 9",
    Intent.MEETING_CANCEL: "avlys neste politiråd",
    Intent.MEETING_MOVE: "flytt neste fagteam til 20.3 kl 9",
}


def _names_a_group(parsed: grammar.Clarification) -> bool:
    return " i " in parsed.understood.removeprefix("Jeg forstod: ")


def _channel_group(index: KommuneIndex, channel_key: str | None, store: Store) -> str | None:
    if channel_key is None:
        return None
    for key, record in store.items(GROUP_CHANNELS):
        kommune_id, group_id = key.split(":", 1)
        if kommune_id == index.id and record.get("channel") == channel_key:
            return group_id
    return None


def _clarification(parsed: grammar.Clarification, intent: Intent) -> Reply:
    """Say what was understood and ask; buttons carry the full command they stand for."""
    buttons = [
        execute(option.label, Verb.MEETING_COMMAND, {"command": option.text})
        for option in parsed.options
    ]
    lines = [f"- {option.label}" for option in parsed.options]
    text = "\n".join([parsed.text, *lines])
    cards = (
        card([paragraph(parsed.understood), paragraph(parsed.question, weight="Bolder")], buttons),
    )
    return Reply(text, cards if buttons else (), intent, {"understood": parsed.understood})


def _confirmation(check: orders.Confirmation, intent: Intent) -> Reply:
    buttons = [
        execute(check.yes, Verb.MEETING_COMMAND, {"command": check.command, "confirmed": True}),
        execute("Nei, la være", Verb.MEETING_COMMAND, {"dismiss": True}),
    ]
    return Reply(
        check.question,
        (card([paragraph(check.question, weight="Bolder")], buttons),),
        intent,
        {"confirm": check.command},
    )


Outcome = tuple[str, tuple[Followup, ...]]


def _carry_out(
    desk: MeetingDesk, index: KommuneIndex, planned: orders.Plan, by: str, now: dt.datetime
) -> Outcome:
    """Do it, then say exactly what changed and who hears about it."""
    old, new = orders.apply(desk, planned, by)
    who = orders.recipients(desk, new)
    if old is None:
        text = (
            f"Innkalling til {new.group.name} {when_text(new.start)} sendes nå i kanalen. "
            f"Invitert: {who}."
        )
        return text, (Followup(index.id, "", "meeting_call", new.key),)
    if planned.command.kind == "cancel":
        text = f"{cancel_notice(new)} Jeg sier fra i kanalen til {who}."
        return text, (Followup(index.id, cancel_notice(new), "meeting_changed", new.key),)
    text = (
        f"Flyttet: {new.group.name} fra {when_text(old.start)} til {when_text(new.start)}. "
        f"Jeg sender ny innkalling i kanalen til {who}, og de svarer på nytt om de kommer."
    )
    return text, (
        Followup(index.id, move_notice(old, new), "meeting_changed", old.key),
        Followup(index.id, "", "meeting_call", new.key),
    )


def _link_channel(index: KommuneIndex, text: str, channel_key: str | None, store: Store) -> Reply:
    group_id = find_group(index, text)
    if channel_key is None:
        return _reply("Skriv dette i kanalen som skal få innkallingene.", Intent.LINK_CHANNEL)
    if group_id is None:
        names = ", ".join(g.name for g in index.kommune.groups)
        return _reply(f"Hvilken gruppe? ({names})", Intent.LINK_CHANNEL)
    store.put(GROUP_CHANNELS, f"{index.id}:{group_id}", {"channel": channel_key})
    name = index.groups_by_id[group_id].name
    return _reply(f"Klart! Innkallinger til {name} kommer i denne kanalen.", Intent.LINK_CHANNEL)


def answer(
    desk: MeetingDesk,
    index: KommuneIndex,
    q: Understood,
    text: str,
    now: dt.datetime,
    ics_url: Callable[[str], str | None],
) -> Reply:
    """møteplan / årshjul / "når er neste fagteammøte"."""
    if q.intent is Intent.MEETING_PLAN:
        asked = int(q.number) if q.number and len(q.number) == 4 else None
        today = now.astimezone(OSLO).date()
        return meeting_plan_reply(
            desk, index, asked or today.year, ics_url(index.id), today=None if asked else today
        )
    group_id = q.group_id or find_group(index, text)
    return next_meeting_reply(desk, index, group_id, now)


def click(
    desk: MeetingDesk, data: dict[str, Any], *, user_id: str, name: str, now: dt.datetime
) -> Reply:
    """Kommer / Kommer ikke / Meld inn sak: the card redrawn for the clicker and everyone."""
    try:
        outcome = apply_card_action(desk, data, user_id=user_id, name=name, now=now)
    except MeetingProblem as problem:
        try:
            meeting = card_meeting(desk, data)
        except MeetingProblem:
            return Reply(str(problem), intent="meeting.action")
        return Reply(
            str(problem), (call_card(desk, meeting, notice=str(problem)),), "meeting.action"
        )
    card = call_card(desk, outcome.meeting, notice=outcome.notice)
    followups = ()
    if outcome.accepted:
        followups = (
            Followup(outcome.meeting.kommune_id, "", "meeting_changed", outcome.meeting.key),
        )
    return Reply(
        outcome.notice,
        (card,),
        "meeting.action",
        {"meeting": outcome.meeting.key, "accepted": outcome.accepted},
        followups,
    )
