"""Cards for the action plan: the reminder an ansvarlig answers in, and the plan status.

The views: :mod:`bot.features.tiltak.card_views`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.features.tiltak.card_views import (
    BatchView,
    EscalationView,
    NotMineView,
    PlanEndView,
    TiltakCardTexts,
    TiltakRow,
)
from cards.base import card, execute, facts, heading, paragraph, source_line
from cards.tiltak_forms import answer_actions, date_input, person_input, show_form
from cards.verbs import Verb


def tiltak_facts(row: TiltakRow, plan_title: str, texts: TiltakCardTexts) -> dict[str, Any]:
    return facts(
        [
            (texts.tiltak, row.title),
            (texts.goal, row.goal),
            row.when,
            (texts.area, row.area),
            (texts.ansvar, row.ansvar),
            (texts.plan, plan_title),
        ]
    )


CardKind = str
"""Which card a click redraws: "reminder", "escalation" or "not_mine"."""


def batch_ref(rows: Sequence[TiltakRow]) -> str:
    """The card's rows as ``tiltak@day,…``, carried in every button so a click can redraw
    the whole card from the store (Teams replaces the card the button was on)."""
    return ",".join(f"{r.tiltak_id}@{r.deadline}" for r in rows)


def _receipt(row: TiltakRow) -> list[dict[str, Any]]:
    """Who answered what, when, with their own comment: newest last, the status in green."""
    if row.status_line:  # an answer from before history
        return [paragraph(row.status_line, color="Good")]
    return [
        paragraph(
            line.text,
            color="Good" if line.latest else "Default",
            weight="Bolder" if line.latest else "Default",
            size="Default" if line.latest else "Small",
            spacing="Small",
        )
        for line in row.receipt
    ]


def _row_data(row: TiltakRow, slot: str, batch: str, kind: CardKind) -> dict[str, Any]:
    return {
        "kommune": row.kommune_id,
        "tiltak": row.tiltak_id,
        "deadline": row.deadline,
        "slot": slot,
        "batch": batch,
        "card": kind,
    }


def batch_card(view: BatchView) -> dict[str, Any]:
    """One person's reminders of one day in one card: a row per tiltak with its own buttons.

    An answered row redraws as a receipt (who, what, when, their comment) without inputs;
    the buttons of the other rows stay. A row's inputs are named by its slot, so the
    answers of two rows never mix.
    """
    texts = view.texts
    batch = batch_ref(view.rows)
    single = len(view.rows) == 1
    body: list[dict[str, Any]] = [heading(view.heading)]
    if not single:
        body.append(
            paragraph(
                texts.batch_intro,
                size="Small",
                isSubtle=True,
                spacing="None",
            )
        )
    for number, r in enumerate(view.rows, start=1):
        slot = f"t{number}"
        row: list[dict[str, Any]] = []
        if single:
            row.append(tiltak_facts(r, view.plan_title, texts))
        else:
            row.append(paragraph(r.label, weight="Bolder"))
            row.append(facts([r.when, (texts.ansvar, r.ansvar)]))
        if single and r.status_check and r.open:
            row.append(
                paragraph(
                    texts.no_deadline
                    + (
                        texts.set_deadline_yourself.format(button=texts.set_deadline)
                        if view.coordinator
                        else texts.coordinator_sets_deadline
                    ),
                    size="Small",
                )
            )
        row += _receipt(r)
        if r.key in view.notices:
            row.append(paragraph(view.notices[r.key], color="Attention", weight="Bolder"))
        if r.open:
            data = _row_data(r, slot, batch, "reminder")
            row.append(
                {
                    "type": "ActionSet",
                    "actions": answer_actions(r, data, slot, texts, coordinator=view.coordinator),
                }
            )
        body.append(
            {
                "type": "Container",
                "items": row,
                "separator": not single,
                "spacing": "Medium",
            }
        )
    body.append(source_line(view.source_title))
    return card(body)


def escalation_card(view: EscalationView) -> dict[str, Any]:
    """To the coordinator, at most once a day: every deadline passed without «Utført», each
    with «Send påminnelse igjen», «Sett ny ansvarlig» and «Marker som utført»."""
    texts = view.texts
    batch = batch_ref(view.rows)
    body: list[dict[str, Any]] = [
        heading(view.title),
        paragraph(texts.escalation_intro, spacing="None"),
    ]
    for number, (r, reminded) in enumerate(zip(view.rows, view.reminded, strict=True), start=1):
        slot = f"t{number}"
        label, when = r.when
        row: list[dict[str, Any]] = [
            paragraph(texts.escalation_row.format(label=r.label), weight="Bolder"),
            facts([(label, when), (texts.ansvar_in_plan, r.ansvar), (texts.reminded, reminded)]),
        ]
        if r.more_time:
            row.append(paragraph(r.more_time, weight="Bolder"))
        elif r.open:
            row.append(paragraph(texts.not_answered, weight="Bolder"))
        row += _receipt(r)
        if r.key in view.notices:
            row.append(paragraph(view.notices[r.key], color="Good", weight="Bolder"))
        if not r.done:
            data = _row_data(r, slot, batch, "escalation")
            actions = [execute(texts.remind_again, Verb.TILTAK_REMIND, data)]
            if view.choices:
                actions.append(
                    show_form(
                        texts.reassign,
                        [person_input(f"person_{slot}", view.choices, texts)],
                        execute(texts.save, Verb.TILTAK_ASSIGN, data),
                    )
                )
            actions.append(execute(texts.mark_done, Verb.TILTAK_MARK_DONE, data, style="positive"))
            row.append({"type": "ActionSet", "actions": actions})
        body.append({"type": "Container", "items": row, "separator": True, "spacing": "Medium"})
    body.append(source_line(view.source_title))
    return card(body)


def not_mine_card(view: NotMineView) -> dict[str, Any]:
    """To the coordinator when an ansvarlig answers «Ikke mitt ansvar»: who, why, and what
    to do — give the tiltak to someone else, or accept a new date."""
    r, texts = view.row, view.texts
    body: list[dict[str, Any]] = [
        heading(texts.not_mine_heading.format(name=r.name)),
        paragraph(texts.not_mine_said.format(who=view.who, when=view.when)),
        paragraph(
            texts.reason.format(reason=view.reason) if view.reason else texts.no_reason,
            weight="Bolder" if view.reason else "Default",
        ),
        facts([(texts.tiltak, r.title), r.when, (texts.ansvar_in_plan, r.ansvar)]),
    ]
    if view.notice:
        body.append(paragraph(view.notice, color="Good", weight="Bolder"))
    body.append(source_line(view.source_title))
    if not r.not_mine:
        return card(body)  # handled: a receipt without buttons
    data = _row_data(r, "t1", batch_ref([r]), "not_mine")
    actions = []
    if view.choices:
        actions.append(
            show_form(
                texts.reassign,
                [person_input("person_t1", view.choices, texts)],
                execute(texts.save, Verb.TILTAK_ASSIGN, data),
            )
        )
    actions.append(
        show_form(
            texts.accept_date,
            [date_input("accept_deadline_t1", texts.new_deadline, texts, required=True)],
            execute(texts.accept, Verb.TILTAK_ACCEPT_DATE, data),
        )
    )
    return card(body, actions)


def plan_end_card(view: PlanEndView) -> dict[str, Any]:
    """To the coordinator a month before and at the plan's end: extend by a year, or not."""
    texts = view.texts
    body: list[dict[str, Any]] = [
        heading(texts.plan_end_heading if view.ended else texts.plan_ending_heading),
        paragraph(view.text + texts.plan_end_after),
        paragraph(texts.plan_end_ask, size="Small"),
    ]
    if view.notice:
        body.append(paragraph(view.notice, color="Good", weight="Bolder"))
        return card(body, [])
    return card(body, [extend_plan_action(view.texts, view.kommune_id, view.end)])


def extend_plan_action(texts: TiltakCardTexts, kommune_id: str, end: str) -> dict[str, Any]:
    """«Forleng med ett år» for the plan whose last day is ``end`` (ISO): a second click on
    the same card, after the plan was extended, changes nothing (its ``end`` is stale)."""
    return execute(texts.extend_plan, Verb.TILTAK_EXTEND_PLAN, {"kommune": kommune_id, "end": end})
