"""Meetings in the conversation: the årshjul, "neste møte", the coordinator's commands, clicks.

Commands that change meetings (innkall, avlys, flytt, and choosing a group's channel) are for
the SLT-koordinator and configured admins only. What a change causes in the channel — a new
call, a notice, the posted card redrawn for everyone — is returned as follow-ups that the
Teams layer sends after the turn.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.clock import OSLO
from bot.features import channels
from bot.features.channels import GROUP_CHANNELS
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
    parse_call_command,
    parse_cancel_command,
    parse_move_command,
    run_call,
    run_cancel,
    run_move,
)
from bot.features.meetings import (
    MeetingDesk,
    MeetingProblem,
    when_text,
)
from bot.features.reply import Followup, Reply
from bot.knowledge.index import KommuneIndex
from bot.policies import COORDINATOR
from bot.router import COMMANDS as COMMAND_GROUP
from bot.router import Policy, Router, Turn, for_intents
from bot.store import Store
from bot.text import fold, strip_mentions
from bot.understanding import Intent, Understood
from cards.meeting import call_card
from cards.verbs import Verb


def _reply(text: str, intent: Intent, *followups: Followup) -> Reply:
    return Reply(text, intent=intent, followups=tuple(followups))


@dataclass(frozen=True)
class _Context:
    """Everything a meeting command needs besides its text."""

    desk: MeetingDesk
    index: KommuneIndex
    by: str
    now: dt.datetime
    channel_key: str | None
    store: Store

    def unchosen(self, group_id: str) -> str:
        """A kind pointer to «bruk denne kanalen for …» when the group has no channel yet."""
        if channels.group_channel_key(self.store, self.index.id, group_id):
            return ""
        return "Ingen kanal er valgt for dette ennå, så jeg kan ikke poste det. " + (
            channels.HOW_TO_CHOOSE
        )


def command(
    desk: MeetingDesk,
    index: KommuneIndex,
    q: Understood,
    text: str,
    *,
    by: str,
    now: dt.datetime,
    channel_key: str | None,
    store: Store,
    team_key: str | None = None,
) -> Reply:
    """innkall / avlys / flytt / "bruk denne kanalen for fagteamet".

    Who may is the router's business (``access.COORDINATOR``), checked before this runs.
    """
    if q.intent is Intent.LINK_CHANNEL:
        return _link_channel(index, text, channel_key, store, team_key, by)
    parse, example, carry_out = COMMANDS[q.intent]
    context = _Context(desk, index, by, now, channel_key, store)
    try:
        parsed = _with_channel_group(parse(text, index, now.date()), index, channel_key, store)
        question = _parsed_or_ask(parsed, example)
        if question:
            return _reply(question, q.intent)
        answer, followups = carry_out(context, parsed)
        return _reply(answer, q.intent, *followups)
    except MeetingProblem as problem:
        return _reply(str(problem), q.intent)


def _with_channel_group(
    parsed: Any, index: KommuneIndex, channel_key: str | None, store: Store
) -> Any:
    """ "flytt møtet til …" in a group's own channel means that group's meeting."""
    if parsed is None or getattr(parsed, "group_id", None) or channel_key is None:
        return parsed
    for key, record in store.items(GROUP_CHANNELS):
        kommune_id, group_id = key.split(":", 1)
        if kommune_id == index.id and record.get("channel") == channel_key:
            return dataclasses.replace(parsed, group_id=group_id)
    return parsed


def _parsed_or_ask(parsed: Any, example: str) -> str | None:
    if parsed is None:
        return f"Jeg forstod ikke helt. Skriv for eksempel «{example}»."
    if not parsed.complete:
        return parsed.question()
    return None


Outcome = tuple[str, tuple[Followup, ...]]


def _call(c: _Context, parsed: Any) -> Outcome:
    meeting = run_call(c.desk, c.index.id, parsed, c.by, c.now)
    notes = " ".join(parsed.notes)
    unchosen = c.unchosen(meeting.group.id)
    if unchosen:
        text = (
            f"Innkalling til {meeting.group.name} {when_text(meeting.start)} er lagret. "
            f"{unchosen} Da kommer innkallingen der. {notes}"
        )
    else:
        text = f"Innkalling til {meeting.group.name} {when_text(meeting.start)} sendes nå. {notes}"
    return text.strip(), (Followup(c.index.id, "", "meeting_call", meeting.key),)


def _cancel(c: _Context, parsed: Any) -> Outcome:
    meeting = run_cancel(c.desk, c.index.id, parsed, c.by, c.now)
    notice = cancel_notice(meeting)
    return f"{notice} {c.unchosen(meeting.group.id) or 'Jeg sier fra i kanalen.'}", (
        Followup(c.index.id, notice, "meeting_changed", meeting.key),
    )


def _move(c: _Context, parsed: Any) -> Outcome:
    old, new = run_move(c.desk, c.index.id, parsed, c.by, c.now)
    notice = move_notice(old, new)
    return f"{notice} {c.unchosen(old.group.id) or 'Jeg sier fra i kanalen.'}", (
        Followup(c.index.id, notice, "meeting_changed", old.key),
        Followup(c.index.id, "", "meeting_call", new.key),
    )


COMMANDS: dict[Intent, tuple[Callable[..., Any], str, Callable[[_Context, Any], Outcome]]] = {
    Intent.MEETING_CALL: (parse_call_command, "innkall fagteam 12. mars kl 9", _call),
    Intent.MEETING_CANCEL: (parse_cancel_command, "avlys neste politiråd", _cancel),
    Intent.MEETING_MOVE: (parse_move_command, "flytt neste fagteam til 20.3 kl 9", _move),
}
"""Each command: its parser, an example for when it is not understood, what it does."""


def _link_channel(
    index: KommuneIndex,
    text: str,
    channel_key: str | None,
    store: Store,
    team_key: str | None,
    by: str,
) -> Reply:
    """A coordinator's choice of where posts go: one group's calls, or everything (SLT)."""
    group_id = find_group(index, text)
    if channel_key is None:
        return _reply("Skriv dette i kanalen som skal få innkallingene.", Intent.LINK_CHANNEL)
    if group_id is None and channels.is_kommune_choice(fold(strip_mentions(text))):
        channels.choose_kommune_channel(store, index.id, channel_key, team_key, by)
        return _reply(
            f"Klart! Påminnelser, innkallinger og ukesoversikten for {index.kommune.name} "
            "kommer i denne kanalen.",
            Intent.LINK_CHANNEL,
        )
    if group_id is None:
        names = ", ".join(g.name for g in index.kommune.groups)
        return _reply(
            f"Hvilken gruppe? ({names}) Eller skriv «bruk denne kanalen for SLT» for alt.",
            Intent.LINK_CHANNEL,
        )
    channels.choose_group_channel(store, index.id, group_id, channel_key)
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


def meeting_channel(store: Store, data: dict[str, Any]) -> str | None:
    """The channel key a meeting card's calls are posted in (its group's, else the SLT one)."""
    kommune_id, group_id = data.get("kommune"), data.get("group")
    if not isinstance(kommune_id, str) or not isinstance(group_id, str):
        return None
    return channels.group_channel_key(store, kommune_id, group_id)


def is_invited(desk: MeetingDesk, data: dict[str, Any], identities: set[str]) -> bool:
    """Whether the clicker is mapped to one of the meeting group's roles."""
    try:
        meeting = card_meeting(desk, data)
    except MeetingProblem:
        return False
    invitees = desk.invitees(meeting.kommune_id, meeting.group)
    return any(identities & {i.lower() for i in person.identities} for person in invitees)


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


# --- registration on the router -------------------------------------------------------------


def _command(turn: Turn) -> Reply:
    assert turn.understood is not None
    request, bot = turn.request, turn.bot
    if request is None:
        return Reply("Møter innkalles, avlyses og flyttes i Teams.", intent=turn.understood.intent)
    return command(
        bot.meetings,
        turn.index,
        turn.understood,
        turn.text,
        by=request.user_name or request.user_id,
        now=bot.clock.now(),
        channel_key=request.channel_key,
        store=bot.store,
        team_key=request.conversation_key,
    )


def _question(turn: Turn) -> Reply:
    assert turn.understood is not None
    bot = turn.bot
    return answer(
        bot.meetings,
        turn.index,
        turn.understood,
        turn.text,
        bot.clock.now(),
        lambda kommune_id: bot.calendar_url(turn.request),
    )


MEETING_ELSEWHERE = (
    "Dette møtekortet kan bare besvares i kanalen der innkallingen ble sendt, eller av dem som "
    "er invitert. Ingenting er endret. Ta kontakt med innkaller om du skal være med."
)


def _may_click(turn: Turn) -> bool:
    """Kommer / Kommer ikke / Meld inn sak: from the meeting's channel, an invitee or the
    coordinator only (a card copied into another chat changes nothing)."""
    bot, request, data = turn.bot, turn.request, dict(turn.data)
    kommune_id = data.get("kommune")
    if not (isinstance(kommune_id, str) and kommune_id in bot.kb.kommuner):
        return True  # the handler explains what is wrong with the card
    if request is None:
        return False
    where = meeting_channel(bot.store, data)
    if where is not None and request.channel_key == where:
        return True
    if is_invited(bot.meetings, data, bot.identities(request)):
        return True
    return bot.may_manage(kommune_id, request)


MEETING_CLICKER = Policy("meeting_clicker", _may_click, MEETING_ELSEWHERE)


def _click(turn: Turn) -> Reply:
    request = turn.request
    assert request is not None  # card clicks always come from a person in Teams
    user_id = (request.user_aad_id or request.user_id).lower()
    return click(
        turn.bot.meetings,
        dict(turn.data),
        user_id=user_id,
        name=request.user_name or "Ukjent",
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
