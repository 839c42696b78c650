"""Meetings in the conversation: the årshjul, "neste møte", the coordinator's commands, clicks.

Commands that change meetings (innkall, avlys, flytt, and choosing a group's channel) are for
the SLT-koordinator and configured admins only. What a change causes in the channel — a new
call, a notice, the posted card redrawn for everyone — is returned as follow-ups that the
Teams layer sends after the turn.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.clock import OSLO
from bot.dates import moved_texts, when_text
from bot.features import channels
from bot.features.meetings import command_grammar as grammar
from bot.features.meetings import orders, texts
from bot.features.meetings.command_grammar import GroupNames
from bot.features.meetings.commands import (
    apply_card_action,
    cancel_notice,
    card_meeting,
    find_group,
    move_notice,
)
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import MeetingProblem
from bot.features.meetings.present import call_card_view
from bot.features.meetings.questions import (
    meeting_plan_reply,
    next_meeting_reply,
)
from bot.features.organisation.sheets import coordinator_line
from bot.features.reply import Followup, Reply
from bot.knowledge.index import KommuneIndex
from bot.policies import COORDINATOR
from bot.router import COMMANDS as COMMAND_GROUP
from bot.router import Policy, Router, Turn, for_intents
from bot.storage.conversations import Channels
from bot.storage.records import KommuneChannel
from bot.text import fold, strip_mentions
from bot.understanding import Intent, Understood
from cards.base import card, execute, paragraph, stacked
from cards.meeting import call_card
from cards.verbs import Verb


def _reply(text: str, intent: Intent, *followups: Followup) -> Reply:
    return Reply(text, intent=intent, followups=tuple(followups))


async def _unchosen(chosen: Channels, kommune_id: str, group_id: str) -> str:
    """A kind pointer to «bruk denne kanalen for …» when the group has no channel yet."""
    if await channels.group_channel_key(chosen, kommune_id, group_id):
        return ""
    return texts.NO_CHANNEL + channels.HOW_TO_CHOOSE


async def command(
    desk: MeetingDesk,
    index: KommuneIndex,
    q: Understood,
    text: str,
    *,
    by: str,
    now: dt.datetime,
    channel_key: str | None,
    chosen: Channels,
    team_key: str | None = None,
    confirmed: bool = False,
) -> Reply:
    """innkall / avlys / flytt / "bruk denne kanalen for fagteamet".

    Who may is the router's business (``policies.COORDINATOR``), checked before this runs.
    The grammar reads the command; what it does not fully understand it says back and asks
    about. A call or move to a day off asks for confirmation first (``confirmed`` is the
    «Ja» button of that card).
    """
    if q.intent is Intent.LINK_CHANNEL:
        return await _link_channel(index, text, channel_key, chosen, team_key, by)
    groups = GroupNames.of(index)
    parsed = grammar.parse(text, now.date(), groups)
    if isinstance(parsed, grammar.Clarification) and not _names_a_group(parsed):
        channel_group = await _channel_group(index, channel_key, chosen)
        if channel_group is not None:  # «flytt møtet til …» in the group's own channel
            parsed = grammar.parse(f"{text} i {groups.names[channel_group]}", now.date(), groups)
    if parsed is None:
        example = texts.EXAMPLES.get(q.intent, texts.DEFAULT_EXAMPLE)
        return _reply(texts.not_understood(example), q.intent)
    if isinstance(parsed, grammar.Clarification):
        return _clarification(parsed, q.intent)
    try:
        planned = await orders.plan(desk, index.id, parsed, now)
        check = None if confirmed else orders.guard(desk.calendar_for(index.id), planned, groups)
        if check is not None:
            return _confirmation(check, q.intent)
        answer, followups = await _carry_out(desk, index, planned, by, chosen)
        return _reply(answer, q.intent, *followups)
    except MeetingProblem as problem:
        return _reply(str(problem), q.intent)


def _names_a_group(parsed: grammar.Clarification) -> bool:
    return " i " in parsed.understood.removeprefix("Jeg forstod: ")


async def _channel_group(
    index: KommuneIndex, channel_key: str | None, chosen: Channels
) -> str | None:
    """The group whose own channel this is («flytt møtet til …» there means that group)."""
    if channel_key is None:
        return None
    for kommune_id, group_id in await chosen.groups_in(channel_key):
        if kommune_id == index.id:
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
        card(
            [
                paragraph(parsed.understood),
                paragraph(parsed.question, weight="Bolder"),
                *stacked(buttons),
            ]
        ),
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


async def _carry_out(
    desk: MeetingDesk, index: KommuneIndex, planned: orders.Plan, by: str, chosen: Channels
) -> Outcome:
    """Do it, then say exactly what changed and who hears about it — or, while no channel is
    chosen for the group, that nothing can be posted yet and how to choose one."""
    old, new = await orders.apply(desk, planned, by)
    who = orders.recipients(desk, new)
    unchosen = await _unchosen(chosen, index.id, new.group.id)
    if old is None:  # a call for next year says which («fredag 15. januar 2027»)
        year = new.start.astimezone(OSLO).year != desk.clock.now().astimezone(OSLO).year
        when = when_text(new.start, year=year)
        if unchosen:
            text = texts.call_saved(new.group.name, when, unchosen)
        else:
            text = texts.call_sent_now(new.group.name, when, who)
        return text, (Followup(index.id, "", "meeting_call", new.key),)
    if planned.command.kind == "cancel":
        notice = cancel_notice(new)
        text = f"{notice} {unchosen or texts.telling_channel(who)}"
        return text, (Followup(index.id, notice, "meeting_changed", new.key),)
    told = unchosen or texts.calling_again(who)
    text = texts.moved_done(new.group.name, *moved_texts(old.start, new.start), told)
    return text, (
        Followup(index.id, move_notice(old, new), "meeting_changed", old.key),
        Followup(index.id, "", "meeting_call", new.key),
    )


async def _link_channel(
    index: KommuneIndex,
    text: str,
    channel_key: str | None,
    chosen: Channels,
    team_key: str | None,
    by: str,
) -> Reply:
    """A coordinator's choice of where posts go: one group's calls, or everything (SLT)."""
    group_id = find_group(index, text)
    if channel_key is None:
        return _reply(texts.WRITE_IN_CHANNEL, Intent.LINK_CHANNEL)
    if group_id is None and channels.is_kommune_choice(fold(strip_mentions(text))):
        await chosen.choose_for_kommune(KommuneChannel(index.id, channel_key, team_key, by))
        return _reply(texts.kommune_channel_chosen(index.kommune.name), Intent.LINK_CHANNEL)
    if group_id is None:
        names = ", ".join(g.name for g in index.kommune.groups)
        return _reply(texts.which_group(names), Intent.LINK_CHANNEL)
    await chosen.choose_for_group(index.id, group_id, channel_key)
    name = index.groups_by_id[group_id].name
    return _reply(texts.group_channel_chosen(name), Intent.LINK_CHANNEL)


async def answer(
    desk: MeetingDesk,
    index: KommuneIndex,
    q: Understood,
    text: str,
    now: dt.datetime,
    ics_url: str | None,
) -> Reply:
    """møteplan / årshjul / "når er neste fagteammøte"; ``ics_url`` is the team's årshjul link."""
    if q.intent is Intent.MEETING_PLAN:
        asked = int(q.number) if q.number and len(q.number) == 4 else None
        today = now.astimezone(OSLO).date()
        return await meeting_plan_reply(
            desk, index, asked or today.year, ics_url, today=None if asked else today
        )
    group_id = q.group_id or find_group(index, text)
    # «er det noe slt-møte snart? rekker jeg å melde inn en sak»: no group named, so no group
    # says where the case goes – the coordinator, the plan's entry point, under the dates
    case = (coordinator_line(index),) if group_id is None and _brings_case(q) else ()
    return await next_meeting_reply(desk, index, group_id, now, notes=case)


def _brings_case(q: Understood) -> bool:
    """A case to bring stands in the question (understanding.yaml ``case_cues``)."""
    joined = f" {' '.join(q.words)} "
    return any(f" {cue} " in joined for cue in q.said.case_cues)


async def meeting_channel(chosen: Channels, data: dict[str, Any]) -> str | None:
    """The channel key a meeting card's calls are posted in (its group's, else the SLT one)."""
    kommune_id, group_id = data.get("kommune"), data.get("group")
    if not isinstance(kommune_id, str) or not isinstance(group_id, str):
        return None
    return await channels.group_channel_key(chosen, kommune_id, group_id)


async def is_invited(desk: MeetingDesk, data: dict[str, Any], identities: set[str]) -> bool:
    """Whether the clicker is mapped to one of the meeting group's roles."""
    try:
        meeting = await card_meeting(desk, data)
    except MeetingProblem:
        return False
    invitees = desk.invitees(meeting.kommune_id, meeting.group)
    return any(identities & {i.lower() for i in person.identities} for person in invitees)


async def click(
    desk: MeetingDesk, data: dict[str, Any], *, user_id: str, name: str, now: dt.datetime
) -> Reply:
    """Kommer / Kommer ikke / Meld inn sak: the card redrawn for the clicker and everyone."""
    try:
        outcome = await apply_card_action(desk, data, user_id=user_id, name=name, now=now)
    except MeetingProblem as problem:
        try:
            meeting = await card_meeting(desk, data)
        except MeetingProblem:
            return Reply(str(problem), intent="meeting.action")
        view = await desk.call_view(meeting)
        card = call_card(call_card_view(view, notice=str(problem)))
        return Reply(str(problem), (card,), "meeting.action")
    card = call_card(call_card_view(await desk.call_view(outcome.meeting), notice=outcome.notice))
    followups: tuple[Followup, ...] = ()
    if outcome.accepted:
        followups = (
            Followup(outcome.meeting.kommune_id, "", "meeting_changed", outcome.meeting.key),
        )
    if outcome.also:  # the moved meeting's new call card shows the sak too
        followups += (Followup(outcome.meeting.kommune_id, "", "meeting_changed", outcome.also),)
    return Reply(
        outcome.notice,
        (card,),
        "meeting.action",
        {"meeting": outcome.meeting.key, "accepted": outcome.accepted},
        followups,
    )


# --- registration on the router -------------------------------------------------------------


async def _command(turn: Turn) -> Reply:
    assert turn.understood is not None
    request, bot = turn.request, turn.bot
    if request is None:
        return Reply(texts.ONLY_IN_TEAMS, intent=turn.understood.intent)
    return await command(
        bot.meetings,
        turn.index,
        turn.understood,
        turn.text,
        by=turn.by,
        now=bot.clock.now(),
        channel_key=request.channel_key,
        chosen=bot.repos.channels,
        team_key=request.conversation_key,
    )


async def _command_button(turn: Turn) -> Reply:
    """A button on «Mente du …?» or «… vil du likevel kalle inn?»: the command it carries is
    run as if written, after the same access check (the router's ``COORDINATOR``)."""
    request, bot, data = turn.request, turn.bot, turn.data
    command_text = data.get("command")
    if data.get("dismiss") or not isinstance(command_text, str):
        return Reply(texts.NOTHING_CHANGED, intent="meeting.command")
    if request is None or grammar.kind_of(command_text) is None:
        return Reply(texts.UNKNOWN_COMMAND_BUTTON, intent="meeting.command")
    understood = bot.understand(command_text, turn.kommune_id)
    return await command(
        bot.meetings,
        turn.index,
        understood,
        command_text,
        by=turn.by,
        now=bot.clock.now(),
        channel_key=request.channel_key,
        chosen=bot.repos.channels,
        team_key=request.conversation_key,
        confirmed=data.get("confirmed") is True,
    )


async def _question(turn: Turn) -> Reply:
    assert turn.understood is not None
    bot = turn.bot
    plan = turn.understood.intent is Intent.MEETING_PLAN  # only the plan shows the link
    return await answer(
        bot.meetings,
        turn.index,
        turn.understood,
        turn.text,
        bot.clock.now(),
        await bot.calendar_url(turn.request) if plan else None,
    )


async def _may_click(turn: Turn) -> bool:
    """Kommer / Kommer ikke / Meld inn sak: from the meeting's channel, an invitee or the
    coordinator only (a card copied into another chat changes nothing)."""
    bot, request, data = turn.bot, turn.request, dict(turn.data)
    kommune_id = data.get("kommune")
    if not (isinstance(kommune_id, str) and kommune_id in bot.kb.kommuner):
        return True  # the handler explains what is wrong with the card
    if request is None:
        return False
    where = await meeting_channel(bot.repos.channels, data)
    if where is not None and request.channel_key == where:
        return True
    if await is_invited(bot.meetings, data, turn.identities):
        return True
    return bot.may_manage(kommune_id, turn.identities)


MEETING_CLICKER = Policy("meeting_clicker", _may_click, texts.MEETING_ELSEWHERE)


async def _click(turn: Turn) -> Reply:
    request = turn.request
    assert request is not None  # card clicks always come from a person in Teams
    return await click(
        turn.bot.meetings,
        dict(turn.data),
        user_id=request.sender.key,
        name=request.sender.name or "Ukjent",
        now=turn.bot.clock.now(),
    )


def register(router: Router) -> None:
    """The coordinator's meeting commands, «neste møte»/årshjul, and the call card's buttons."""
    router.message(
        "command:meeting",
        for_intents(
            Intent.MEETING_CALL, Intent.MEETING_CANCEL, Intent.MEETING_MOVE, Intent.LINK_CHANNEL
        ),
        _command,
        access=COORDINATOR,
        group=COMMAND_GROUP,
    )
    router.message(
        "question:meetings", for_intents(Intent.MEETING_PLAN, Intent.NEXT_MEETING), _question
    )
    for verb in (Verb.MEETING_RSVP_YES, Verb.MEETING_RSVP_NO, Verb.MEETING_AGENDA):
        router.verb(verb, _click, access=MEETING_CLICKER)
    router.verb(Verb.MEETING_COMMAND, _command_button, access=COORDINATOR)
