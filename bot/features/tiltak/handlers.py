"""Tiltak on the router: the questions, and the card buttons with who may press them.

The questions are :mod:`bot.features.tiltak.questions`; the clicks
:mod:`bot.features.tiltak.clicks`. Policies that need stored data (who is ansvarlig now)
are coroutine functions; the router awaits them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TypeVar

from bot.features.organisation.answers import duties
from bot.features.reply import Followup, Reply
from bot.features.tiltak import texts
from bot.features.tiltak.absent import about_none, found_nothing, generic_only, honest, lacking
from bot.features.tiltak.by_year import (
    LIST_WORDS,
    TILTAK_WORDS,
    asked_year,
    deadlines_in_year,
)
from bot.features.tiltak.clicks import (
    COORDINATOR_VERBS,
    STATUS_FOR_VERB,
    CardAnswer,
    CardProblem,
    apply_assign_group,
    apply_card_answer,
    apply_coordinator_action,
    apply_extend_plan,
    apply_set_deadline,
    not_mine_text,
    parse_card_answer,
)
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.mine import my_tiltak, own_asked
from bot.features.tiltak.not_in_plan import not_in_plan, unheld
from bot.features.tiltak.plan_list import asked_part, asks_plan_list, narrower_words, plan_list
from bot.features.tiltak.questions import (
    area_tiltak,
    find,
    group_ansvar_asked,
    named_not_owner,
    not_found,
    plan_status,
    tiltak_deadline,
    tiltak_for_role,
    tiltak_lookup,
    tiltak_owner,
)
from bot.features.tiltak.typed import typed, typed_verb
from bot.features.tiltak.view import TiltakView
from bot.frozen_init import quick_replace
from bot.knowledge.index import KommuneIndex
from bot.router import COMMANDS, QUESTIONS, Policy, Router, Turn, for_intents
from bot.text import as_written
from bot.understanding import Intent
from bot.understanding.options import lower_first
from cards.sheet import sheet_card
from cards.verbs import Verb

_T = TypeVar("_T")
_Apply = Callable[[TiltakDesk, KommuneIndex, CardAnswer, str, dt.datetime], Awaitable[_T]]
"""A click's effect (:mod:`bot.features.tiltak.clicks`): desk, kommune, answer, by, now."""

# --- registration on the router -------------------------------------------------------------


async def _question(turn: Turn) -> Reply:
    """A tiltak question's answer; the honest «vet ikke» when the plan has no tiltak for what
    was asked (absent.py)."""
    view = await turn.bot.desk.view(turn.index.id)
    lead = lacking(view, turn)
    if lead:
        return honest(turn, lead)
    reply = await _answer(turn, view)
    if not found_nothing(reply, turn):
        return reply
    deadline = reply.intent == Intent.TILTAK_DEADLINE
    return honest(turn, texts.NO_SUCH_DEADLINE if deadline else texts.NO_SUCH_TILTAK)


async def _answer(turn: Turn, view: TiltakView) -> Reply:
    q, bot = turn.understood, turn.bot
    assert q is not None
    today = bot.clock.now().date()
    index = turn.index
    if q.intent is Intent.TILTAK_STATUS and not narrower_words(q.rest):
        return await plan_status(bot.desk, index, today)  # else «oversikt over tiltak for X»
    if q.intent is Intent.TILTAK_DEADLINE and not q.tiltak_number and own_asked(q.words):
        q = quick_replace(q, intent=Intent.TILTAK_MINE)  # «hva er fristen min?»
    if q.intent is Intent.TILTAK_MINE and q.tiltak_number:  # «jeg står som ansvarlig for
        own = view.by_id(q.tiltak_number)  # tiltak 3 – hva var det igjen»: its sheet
        mine = tiltak_lookup(view, index, [own] if own else [], today, not_found(view, q))
        return quick_replace(mine, intent=Intent.TILTAK_MINE)
    if q.intent is Intent.TILTAK_MINE:
        identities = turn.identities
        mine = my_tiltak(view, index, identities, today, q.role_words, q.words, q.role_label)
        asked = q.group_id and q.role_words == (q.group_id,) and TILTAK_WORDS.isdisjoint(q.words)
        if asked and not mine.facts.get("tiltak"):
            # «jeg er med i styringsgruppa, hva er det vi har ansvar for»: the writer's group
            # holds no tiltak, and none was asked for; what it is responsible for is its mandate
            return duties(index, quick_replace(q, intent=Intent.DUTIES))
        return mine
    if q.intent is Intent.TILTAK_DEADLINE:
        return tiltak_deadline(view, index, q, today)
    if group_ansvar_asked(q):  # «hvilke tiltak har arbeidsgruppa ansvar for?»: the group's
        return tiltak_for_role(view, index, q, today)
    if q.intent is Intent.TILTAK_OWNER:
        return tiltak_owner(view, index, q, today)
    if area := area_tiltak(view, index, q, today):  # «tiltak under innsatsområde 6»
        return area
    reply = None if q.intent is Intent.TILTAK_LOOKUP else tiltak_for_role(view, index, q, today)
    if reply is not None and reply.facts.get("tiltak"):
        return reply
    named = named_not_owner(view, q)
    if named:  # «tiltak for barnehage»: no tiltak is the barnehage's; these name it
        word, listed = named
        spelled = as_written(turn.text, word)  # the writer's «lærerne», not the folded word
        lead = (
            texts.not_owner_but_named(word=spelled[0])
            if spelled
            else texts.not_owner_but_named_unspelled
        )
        return tiltak_lookup(view, index, listed, today, lead=lead)
    if reply is None:
        reading = turn.bot.understanding  # a compound the plan holds by its parts is known
        unknown = unheld(reading.search[turn.kommune_id], reading.unknown(q.rest, q.role_words))
        absent = not_in_plan(q, unknown, turn.text)  # «krisesenteret …, er det et SLT-tiltak?»
        lead = texts.not_in_plan(word=absent) if absent else ""
        items = find(view, q)
        if absent and about_none(view, turn, unknown):
            return honest(turn, texts.none_about(word=absent))
        generic = generic_only(turn, items[0].id) if items and not absent else None
        if generic is not None:  # «har skolen et tiltak mot hærverk?»: found by «skolen» alone
            lead = texts.no_tiltak_about(word=generic) if generic else texts.NO_TILTAK_ABOUT_IT
            return honest(turn, lead)
        routine = turn.bot.routines.by_kommune.get(turn.kommune_id, {}).get(q.routine or "")
        missing = not_found(view, q)
        if not items and routine is not None:
            title = routine.routine.title
            missing = texts.routine_instead(title=title, asked=lower_first(title))
        return tiltak_lookup(view, index, items, today, missing, lead)
    # «hvilke tiltak har vi for unge som dropper ut»: no ansvar is named so – the tiltak the
    # question is about, by its topic, rather than «Fant ingen tiltak der … står som ansvarlig».
    topic = quick_replace(q, intent=Intent.TILTAK_LOOKUP)
    found = find(view, topic) if any(kind == "tiltak" for kind, _ in q.about) else []
    return tiltak_lookup(view, index, found, today) if found else reply


async def _parse(turn: Turn) -> CardAnswer:
    """The card's answer, its free text checked by the privacy guard (raises CardProblem)."""
    bot = turn.bot
    return await parse_card_answer(
        bot.desk, dict(turn.data), bot.privacy, bot.coordinator_contact(turn.kommune_id)
    )


async def _read(turn: Turn) -> CardAnswer | Reply:
    """The card's answer, or the kind reply that says why the card cannot be read."""
    try:
        return await _parse(turn)
    except CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")


async def _apply(turn: Turn, answer: CardAnswer, apply: _Apply[_T]) -> _T:
    """``apply`` a read card answer in its kommune, by the turn's sender, now."""
    bot = turn.bot
    index = bot.kb.kommuner[answer.occurrence.kommune_id]
    return await apply(bot.desk, index, answer, turn.by, bot.clock.now())


async def _read_and_apply(turn: Turn, apply: _Apply[Reply]) -> Reply:
    answer = await _read(turn)
    if isinstance(answer, Reply):
        return answer
    return await _apply(turn, answer, apply)


async def _may_answer(turn: Turn) -> bool:
    """Only the tiltak's ansvarlig or the coordinator (an admin) may answer a reminder.

    With nobody mapped and no admins configured (local use) anyone in the room may. A card
    that cannot be read passes, so the handler can say what is wrong with it.
    """
    bot, request = turn.bot, turn.request
    try:
        answer = await _parse(turn)
    except CardProblem:
        return True
    if request is None:
        return False
    view = await bot.desk.view(answer.occurrence.kommune_id)
    if view.may_answer(answer.occurrence.tiltak, turn.identities):
        return True
    if bot.settings.admins:
        return bot.is_admin(turn.identities)
    return view.people_map().is_empty


ANSWERER = Policy("tiltak_answerer", _may_answer, texts.ONLY_ANSWERER)


async def _card_action(turn: Turn) -> Reply:
    """A click on a reminder card; the note for the coordinator goes out as a follow-up."""
    answer = await _read(turn)
    if isinstance(answer, Reply):
        return answer
    coordinator = turn.bot.may_manage(answer.occurrence.kommune_id, turn.identities)
    apply = partial(apply_card_answer, coordinator=coordinator)  # keeps «Sett frist» for them
    reply, note = await _apply(turn, answer, apply)
    if note:
        kommune_id = answer.occurrence.kommune_id
        view = await turn.bot.desk.view(kommune_id)
        updated = view.occurrence(answer.occurrence.tiltak, answer.occurrence.deadline)
        followup = Followup(kommune_id, not_mine_text(updated), card=note)
        reply = Reply(reply.text, reply.cards, reply.intent, reply.facts, (followup,))
    return reply


async def _coordinator_action(turn: Turn) -> Reply:
    """The coordinator's buttons on the escalation, «ikke mitt ansvar» and digest cards."""
    bot = turn.bot
    data = dict(turn.data)
    kommune_id = data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply(texts.UNKNOWN_KOMMUNE, intent="tiltak.action")
    if data.get("verb") == Verb.TILTAK_ASSIGN and data.get("card") == "digest":
        index = bot.kb.kommuner[kommune_id]
        return await apply_assign_group(bot.desk, index, data, turn.by, bot.clock.now())
    return await _read_and_apply(turn, apply_coordinator_action)


def _asks_year(turn: Turn) -> bool:
    """«hvilke tiltak slutter i år», «har noen tiltak frist i 2027»: whatever the reader took
    the rest of the question for, a tiltak named with a deadline and a year asks for the
    year's deadlines (not «mine tiltak», which has its own year-free answer)."""
    q = turn.understood
    if q is None or q.intent is Intent.TILTAK_MINE or q.tiltak_number:  # one tiltak's frist
        return False
    if not (TILTAK_WORDS.intersection(q.words) and LIST_WORDS.intersection(q.words)):
        return False
    return asked_year(q.words, turn.bot.clock.now().date()) is not None


async def _year_question(turn: Turn) -> Reply:
    q, bot = turn.understood, turn.bot
    assert q is not None
    today = bot.clock.now().date()
    year = asked_year(q.words, today)
    assert year is not None
    index = turn.index
    sheet = deadlines_in_year(await bot.desk.view(index.id), index, year, today)
    return Reply(sheet.as_text(), (sheet_card(sheet),), Intent.TILTAK_DEADLINE, {"year": year})


def _asks_list(turn: Turn) -> bool:
    """«hvilke tiltak mangler ansvarlig», «hvilke tiltak er forsinket», «oversikt over
    tiltakene»: a list over the whole plan, whatever single tiltak retrieval guessed at."""
    q = turn.understood
    if q is None or q.intent is Intent.TILTAK_MINE or q.tiltak_number:
        return False
    return asked_part(q.words) is not None or asks_plan_list(q.words, turn.bot.kb.kommuner)


async def _list_question(turn: Turn) -> Reply:
    q, bot = turn.understood, turn.bot
    assert q is not None
    index = turn.index
    part = asked_part(q.words)
    if part:
        return await plan_status(bot.desk, index, bot.clock.now().date(), part)
    sheet = plan_list(await bot.desk.view(index.id), index)
    return Reply(sheet.as_text(), (sheet_card(sheet),), Intent.TILTAK_LOOKUP, {"list": True})


def register(router: Router) -> None:
    """«Mine tiltak», status, frist, ansvar, a year's deadlines — and the reminder card's
    buttons."""
    # «Utført», «Mer tid» typed, a bare «utsett»: before the meeting commands read «utsett».
    router.message("question:tiltak-typed-verb", typed_verb, typed, group=COMMANDS - 1)
    router.message("question:tiltak-year", _asks_year, _year_question, group=QUESTIONS - 1)
    router.message("question:tiltak-list", _asks_list, _list_question, group=QUESTIONS - 1)
    router.message(
        "question:tiltak",
        for_intents(
            Intent.TILTAK_MINE,
            Intent.TILTAK_STATUS,
            Intent.TILTAK_DEADLINE,
            Intent.TILTAK_OWNER,
            Intent.TILTAK_FOR_ROLE,
            Intent.TILTAK_LOOKUP,
        ),
        _question,
    )
    for verb in STATUS_FOR_VERB:
        router.verb(verb, _card_action, access=ANSWERER)
    router.verb(Verb.TILTAK_SET_DEADLINE, _set_deadline, access=CARD_COORDINATOR)
    for verb in COORDINATOR_VERBS:
        router.verb(verb, _coordinator_action, access=CARD_COORDINATOR)
    router.verb(Verb.TILTAK_EXTEND_PLAN, _extend_plan, access=CARD_COORDINATOR)


async def _card_kommune(turn: Turn) -> str | None:
    """The kommune a coordinator's card is about: the reminder's tiltak, or the plan-end or
    digest card's own ``kommune``. None when the card cannot be read (the handler then says
    why)."""
    data = dict(turn.data)
    if data.get("verb") == Verb.TILTAK_EXTEND_PLAN or data.get("card") == "digest":
        kommune_id = data.get("kommune")
        return kommune_id if isinstance(kommune_id, str) else None
    try:
        return (await _parse(turn)).occurrence.kommune_id
    except CardProblem:
        return None


async def _coordinator_of_card(turn: Turn) -> bool:
    kommune_id = await _card_kommune(turn)
    if kommune_id is None or kommune_id not in turn.bot.kb.kommuner:
        return True  # the handler explains what is wrong with the card
    return turn.request is not None and turn.bot.may_manage(kommune_id, turn.identities)


CARD_COORDINATOR = Policy("coordinator", _coordinator_of_card, texts.ONLY_COORDINATOR)


async def _set_deadline(turn: Turn) -> Reply:
    """The coordinator sets a deadline for a tiltak the plan gave none (stored)."""
    return await _read_and_apply(turn, apply_set_deadline)


async def _extend_plan(turn: Turn) -> Reply:
    """«Forleng med ett år» on the plan-end card: the only way reminders go on after it."""
    bot = turn.bot
    kommune_id = turn.data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply(texts.UNKNOWN_KOMMUNE, intent="tiltak.action")
    by = turn.by
    return await apply_extend_plan(bot.desk, kommune_id, dict(turn.data), by, bot.clock.now())
