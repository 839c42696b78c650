"""Clicks on the tiltak cards: the ansvarlig's answers on a reminder, and the coordinator's
buttons on the escalation, «ikke mitt ansvar», digest and plan-end cards.

A click is checked first (:func:`parse_card_answer`: a forged or stale payload gets a kind
explanation, a comment passes the privacy guard), then written as one repository step, then
the card is redrawn from what is stored now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.features.privacy import (
    FreeTextRefused,
    PrivacyGuard,
    free_text_refusal,
    screen_free_text,
)
from bot.features.reply import Card, Reply
from bot.features.tiltak import texts
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.model import Occurrence, Status
from bot.features.tiltak.present import batch_view, escalation_view, not_mine_view, plan_end_view
from bot.features.tiltak.questions import plan_status
from bot.features.tiltak.view import TiltakView
from bot.knowledge.index import KommuneIndex
from cards.tiltak import batch_card, escalation_card, not_mine_card, plan_end_card
from cards.verbs import Verb

# --- the reminder card's answers -------------------------------------------------------------


@dataclass(frozen=True)
class CardAnswer:
    """A validated click on a tiltak card (a reminder, an escalation or a coordinator note)."""

    occurrence: Occurrence
    verb: Verb
    comment: str | None
    new_deadline: dt.date | None
    rows: tuple[Occurrence, ...] = ()
    """Every row of the card clicked on, so the whole card can be redrawn."""
    card: str = "reminder"
    person: str | None = None
    """The chosen person's identity («Sett ny ansvarlig»)."""


class CardProblem(ValueError):
    """The click cannot be used; the message is for the user."""


INPUTS = {
    Verb.TILTAK_DONE: ("done_comment", None),
    Verb.TILTAK_MORE_TIME: ("more_comment", "new_deadline"),
    Verb.TILTAK_NOT_MINE: ("reason", None),
    Verb.TILTAK_COMMENT: ("comment", None),
    Verb.TILTAK_SET_DEADLINE: (None, "set_deadline"),
    Verb.TILTAK_ACCEPT_DATE: (None, "accept_deadline"),
}
"""Per verb: the names of its comment and date inputs (suffixed with the row's slot)."""


def _input(data: dict[str, Any], name: str | None, slot: str, plain: str) -> Any:
    """A row's own input (``name_slot``), else the unslotted one older cards sent."""
    if name is not None:
        value = data.get(f"{name}_{slot}")
        if isinstance(value, str) and value.strip():
            return value
    return data.get(plain)


def _rows(view: TiltakView, raw: Any, clicked: Occurrence) -> tuple[Occurrence, ...]:
    """The card's rows from ``tiltak@day,…``; unknown or malformed rows are left out."""
    rows = []
    for part in str(raw or "").split(",")[:50]:
        tiltak_id, _, day = part.partition("@")
        tiltak = view.by_id(tiltak_id)
        try:
            date = dt.date.fromisoformat(day)
        except ValueError:
            continue
        if tiltak is not None:
            rows.append(view.occurrence(tiltak, date))
    return tuple(rows) if any(r.key == clicked.key for r in rows) else (clicked,)


async def parse_card_answer(
    desk: TiltakDesk, data: dict[str, Any], guard: PrivacyGuard, kontakt: str = ""
) -> CardAnswer:
    """Check a card payload; forged or stale payloads get a kind explanation, not a crash.

    The comment (also a reason or «Trenger mer tid»'s why) passes the privacy guard first:
    with personal data in it nothing is stored and the sender gets the usual warning.
    """
    kommune_id, tiltak_id = data.get("kommune"), data.get("tiltak")
    if not isinstance(kommune_id, str) or kommune_id not in desk.kb.kommuner:
        raise CardProblem(texts.UNKNOWN_KOMMUNE)
    tiltak = desk.by_id(kommune_id, tiltak_id) if isinstance(tiltak_id, str) else None
    if tiltak is None:
        raise CardProblem(texts.TILTAK_GONE)
    try:
        deadline = dt.date.fromisoformat(str(data.get("deadline")))
    except ValueError:
        raise CardProblem(texts.DEADLINE_MISSING) from None
    verb = Verb(data["verb"])
    slot = str(data.get("slot") or "t1")
    comment_name, date_name = INPUTS.get(verb, (None, None))
    comment = _input(data, comment_name, slot, "comment")
    comment = comment.strip()[:1000] if isinstance(comment, str) and comment.strip() else None
    if comment is not None:
        refusal = free_text_refusal("Kommentaren", kontakt)
        try:
            screen_free_text(guard, comment, "tiltak comment", refusal)
        except FreeTextRefused as refused:
            raise CardProblem(str(refused)) from None
    new_deadline = None
    raw_date = _input(data, date_name, slot, "new_deadline") if date_name else None
    if isinstance(raw_date, str) and raw_date.strip():
        try:
            new_deadline = dt.date.fromisoformat(raw_date.strip())
        except ValueError:
            raise CardProblem(texts.INVALID_NEW_DEADLINE) from None
    person = data.get(f"person_{slot}")
    view = await desk.view(kommune_id)
    occurrence = view.occurrence(tiltak, deadline)
    return CardAnswer(
        occurrence,
        verb,
        comment,
        new_deadline,
        _rows(view, data.get("batch"), occurrence),
        str(data.get("card") or "reminder"),
        person.strip() if isinstance(person, str) and person.strip() else None,
    )


STATUS_FOR_VERB = {
    Verb.TILTAK_DONE: Status.DONE,
    Verb.TILTAK_MORE_TIME: Status.MORE_TIME,
    Verb.TILTAK_NOT_MINE: Status.NOT_MINE,
    Verb.TILTAK_COMMENT: None,
}

COORDINATOR_VERBS = (
    Verb.TILTAK_REMIND,
    Verb.TILTAK_ASSIGN,
    Verb.TILTAK_MARK_DONE,
    Verb.TILTAK_ACCEPT_DATE,
)
"""Buttons on the coordinator's cards (escalation, «ikke mitt ansvar», digest)."""


async def redraw(
    desk: TiltakDesk,
    index: KommuneIndex,
    answer: CardAnswer,
    today: dt.date,
    notice: str | None = None,
    *,
    coordinator: bool = True,
) -> dict[str, Any]:
    """The clicked card again, from the store: answered rows as receipts, the rest as they
    were; ``notice`` under the clicked row. ``coordinator``: the clicker is the coordinator
    (a reminder card then keeps «Sett frist»)."""
    k = index.kommune
    clicked = answer.occurrence
    view = await desk.view(k.id)
    rows = tuple(view.occurrence(r.tiltak, r.deadline) for r in answer.rows)
    fresh = view.occurrence(clicked.tiltak, clicked.deadline)
    notices = {fresh.key: notice} if notice else None
    source = k.sources[clicked.tiltak.source].title
    if answer.card == "escalation":
        return escalation_card(
            escalation_view(
                rows,
                owners={r.tiltak.id: view.owner_names(r.tiltak) for r in rows},
                choices=await desk.people_choices(k.id),
                source_title=source,
                notices=notices,
            )
        )
    if answer.card == "not_mine":
        return not_mine_card(
            not_mine_view(
                fresh, choices=await desk.people_choices(k.id), source_title=source, notice=notice
            )
        )
    return batch_card(
        batch_view(
            rows,
            today=today,
            plan_title=k.plan.title,
            source_title=source,
            notices=notices,
            coordinator=coordinator,
        )
    )


async def apply_card_answer(
    desk: TiltakDesk,
    index: KommuneIndex,
    answer: CardAnswer,
    by: str,
    now: dt.datetime,
    *,
    coordinator: bool,
) -> tuple[Reply, Card | None]:
    """Record the answer; returns the redrawn card and, after «Ikke mitt ansvar», the card
    for the coordinator (who said it, why, and what to do). ``coordinator``: the one who
    answered is the coordinator (their redrawn card keeps «Sett frist»)."""
    today = now.date()
    problem = None
    if answer.verb is Verb.TILTAK_MORE_TIME and (
        answer.new_deadline is None or answer.new_deadline <= today
    ):
        problem = texts.PICK_LATER_DEADLINE
    elif answer.verb is Verb.TILTAK_COMMENT and not answer.comment:
        problem = texts.WRITE_COMMENT_FIRST
    if problem:
        card = await redraw(desk, index, answer, today, problem, coordinator=coordinator)
        return Reply(problem, (card,), "tiltak.action"), None
    updated = await desk.answer(
        answer.occurrence,
        STATUS_FOR_VERB[answer.verb],
        by,
        now,
        new_deadline=answer.new_deadline if answer.verb is Verb.TILTAK_MORE_TIME else None,
        comment=answer.comment,
    )
    thanks = {
        Verb.TILTAK_DONE: texts.THANKS_DONE,
        Verb.TILTAK_MORE_TIME: texts.THANKS_MORE_TIME,
        Verb.TILTAK_NOT_MINE: texts.THANKS_NOT_MINE,
        Verb.TILTAK_COMMENT: texts.THANKS_COMMENT,
    }[answer.verb]
    card = await redraw(desk, index, answer, today, coordinator=coordinator)
    note = None
    if answer.verb is Verb.TILTAK_NOT_MINE:
        note = not_mine_card(
            not_mine_view(
                updated,
                choices=await desk.people_choices(index.id),
                source_title=index.kommune.sources[updated.tiltak.source].title,
            )
        )
    return Reply(thanks, (card,), "tiltak.action", {"status": updated.status.value}), note


def not_mine_text(occurrence: Occurrence) -> str:
    """The plain-text version of the coordinator's «ikke mitt ansvar» card."""
    return texts.not_mine_text(
        occurrence.answered_by,
        occurrence.tiltak,
        occurrence.effective_deadline,
        occurrence.comment,
    )


# --- the coordinator's clicks ---------------------------------------------------------------


async def apply_coordinator_action(
    desk: TiltakDesk, index: KommuneIndex, answer: CardAnswer, by: str, now: dt.datetime
) -> Reply:
    """«Send påminnelse igjen», «Sett ny ansvarlig», «Marker som utført», «Godta ny frist».

    Only the coordinator gets here (the caller checks). Each redraws the card it was on.
    """
    k, o, today = index.kommune, answer.occurrence, now.date()
    if answer.verb is Verb.TILTAK_REMIND:
        names = (await desk.view(k.id)).owner_names(o.tiltak)
        if not names:
            text = texts.NOBODY_RESPONSIBLE
        else:
            await desk.nudge(o, by, now)
            text = texts.reminder_sent(names)
        return Reply(text, (await redraw(desk, index, answer, today, text),), "tiltak.action")
    if answer.verb is Verb.TILTAK_MARK_DONE:
        await desk.answer(o, Status.DONE, by, now)
        text = texts.marked_done(o.tiltak)
        return Reply(text, (await redraw(desk, index, answer, today, text),), "tiltak.action")
    if answer.verb is Verb.TILTAK_ACCEPT_DATE:
        day = answer.new_deadline
        if day is None or day <= today:
            text = texts.ACCEPT_LATER_DEADLINE
        else:
            await desk.answer(o, Status.MORE_TIME, by, now, new_deadline=day)
            text = texts.deadline_accepted(day)
        return Reply(text, (await redraw(desk, index, answer, today, text),), "tiltak.action")
    person = await desk.person(k.id, answer.person) if answer.person else None
    if person is None:
        text = texts.PICK_PERSON
        return Reply(text, (await redraw(desk, index, answer, today, text),), "tiltak.action")
    await desk.assign(k.id, o.tiltak, person, by, now)
    if o.status is Status.NOT_MINE:
        await desk.answer(o, Status.OPEN, by, now)  # open again, for the new ansvarlig
    reopened = (await desk.view(k.id)).occurrence(o.tiltak, o.deadline)
    if reopened.status in (Status.OPEN, Status.MORE_TIME):
        await desk.nudge(reopened, by, now)
    text = texts.now_responsible(person.name, o.tiltak)
    return Reply(text, (await redraw(desk, index, answer, today, text),), "tiltak.action")


async def apply_assign_group(
    desk: TiltakDesk, index: KommuneIndex, data: dict[str, Any], by: str, now: dt.datetime
) -> Reply:
    """«Sett ansvarlig» in the digest: one person for a group of tiltak nobody had."""
    k = index.kommune
    slot = str(data.get("slot") or "g")
    raw = data.get(f"person_{slot}")
    person = await desk.person(k.id, raw) if isinstance(raw, str) else None
    group = data.get(f"group_{slot}") or data.get("group") or ""
    tiltak = [t for i in str(group).split(",")[:100] if (t := desk.by_id(k.id, i.strip()))]
    if person is None or not tiltak:
        text = texts.PICK_GROUP_AND_PERSON
        card = (await plan_status(desk, index, now.date())).cards[0]
        return Reply(text, (_with_notice(card, text, "Attention"),), "tiltak.action")
    for t in tiltak:
        await desk.assign(k.id, t, person, by, now)
    text = texts.now_responsible_for_group(person.name, tiltak)
    return Reply(
        text,
        (_with_notice((await plan_status(desk, index, now.date())).cards[0], text),),
        "tiltak.action",
        {"assigned": [t.id for t in tiltak]},
    )


def _with_notice(card: Card, text: str, color: str = "Good") -> Card:
    """The redrawn digest with what the click did (green) or what is missing, under its title."""
    body = list(card["body"])
    notice = {"type": "TextBlock", "text": text, "wrap": True, "color": color, "weight": "Bolder"}
    return {**card, "body": [*body[:2], notice, *body[2:]]}


# --- the coordinator's clicks: a deadline for a løpende tiltak, one more year of plan -------


async def apply_set_deadline(
    desk: TiltakDesk, index: KommuneIndex, answer: CardAnswer, by: str, now: dt.datetime
) -> Reply:
    """Store the coordinator's deadline; from now on the tiltak has a «frist» (source:
    coordinator) instead of status checks. Only the coordinator gets here."""
    k = index.kommune
    day = answer.new_deadline
    end = (await desk.view(k.id)).plan_end()
    problem = None
    if day is None or day <= now.date():
        problem = texts.PICK_DEADLINE_AFTER_TODAY
    elif day > end:
        problem = texts.deadline_after_plan(end)
    if problem:
        card = await redraw(desk, index, answer, now.date(), problem)
        return Reply(problem, (card,), "tiltak.action")
    assert day is not None
    tiltak = answer.occurrence.tiltak
    await desk.set_deadline(k.id, tiltak, day, by, now)
    updated = (await desk.view(k.id)).occurrence(tiltak, day)
    thanks = texts.deadline_set(tiltak, day)
    card = batch_card(
        batch_view(
            [updated],
            today=now.date(),
            plan_title=k.plan.title,
            source_title=k.sources[tiltak.source].title,
            notices={updated.key: thanks},
            coordinator=True,
        )
    )
    return Reply(thanks, (card,), "tiltak.action", {"deadline": day.isoformat()})


async def apply_extend_plan(
    desk: TiltakDesk, kommune_id: str, data: dict[str, Any], by: str, now: dt.datetime
) -> Reply:
    """One more year of reminders, once per card: a second click on the same card (its
    ``end`` is no longer the plan's end) changes nothing."""
    end = (await desk.view(kommune_id)).plan_end()
    if str(data.get("end")) != end.isoformat():
        text = texts.already_extended(end)
        return Reply(text, intent="tiltak.action")
    new_end = await desk.extend_plan(kommune_id, by, now)
    text = texts.plan_extended(new_end)
    card = plan_end_card(
        plan_end_view(
            kommune_id,
            (await desk.view(kommune_id)).period_text(),
            new_end,
            ended=False,
            notice=text,
        )
    )
    return Reply(text, (card,), "tiltak.action", {"plan_end": new_end.isoformat()})
