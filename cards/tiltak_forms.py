"""The small forms under a tiltak's buttons: the answers, a new date, a person to assign.

Adaptive Card inputs named by the row's slot, so the answers of two rows on one card never
mix; every confirm button is a signed ``Action.Execute``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.features.tiltak.card_views import AssignView, Choice, TiltakCardTexts, TiltakRow
from cards.base import execute
from cards.verbs import Verb


def show_form(title: str, inputs: list[dict[str, Any]], confirm: dict[str, Any]) -> dict[str, Any]:
    """A button that opens a small form under the row (Action.ShowCard)."""
    return {
        "type": "Action.ShowCard",
        "title": title,
        "card": {"type": "AdaptiveCard", "body": inputs, "actions": [confirm]},
    }


def text_input(input_id: str, label: str, *, multiline: bool = True) -> dict[str, Any]:
    return {
        "type": "Input.Text",
        "id": input_id,
        "label": label,
        "isMultiline": multiline,
        "maxLength": 1000,
    }


def date_input(
    input_id: str, label: str, texts: TiltakCardTexts, *, required: bool = False
) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "Input.Date", "id": input_id, "label": label}
    if required:
        element["isRequired"] = True
        element["errorMessage"] = texts.pick_date
    return element


def person_input(
    input_id: str, choices: Sequence[Choice], texts: TiltakCardTexts
) -> dict[str, Any]:
    """Choose a person (name → roster id); typing filters the list (Teams, 1.5)."""
    return {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "label": texts.who,
        "style": "compact",
        "isRequired": True,
        "errorMessage": texts.pick_person,
        "choices": [{"title": name, "value": value} for name, value in choices],
    }


def answer_actions(
    row: TiltakRow, data: dict[str, Any], slot: str, texts: TiltakCardTexts, *, coordinator: bool
) -> list[dict[str, Any]]:
    """The row's answers; «Sett frist» (a status check's) only on the coordinator's card,
    since only the coordinator may set one."""
    actions = [
        show_form(
            texts.done,
            [text_input(f"done_comment_{slot}", texts.comment_optional)],
            execute(texts.mark_done, Verb.TILTAK_DONE, data, style="positive"),
        ),
        show_form(
            texts.more_time,
            [
                date_input(f"new_deadline_{slot}", texts.new_deadline, texts, required=True),
                text_input(f"more_comment_{slot}", texts.why_optional),
            ],
            execute(texts.send_deadline, Verb.TILTAK_MORE_TIME, data),
        ),
        show_form(
            texts.not_mine,
            [text_input(f"reason_{slot}", texts.not_mine_why)],
            execute(texts.send_to_coordinator, Verb.TILTAK_NOT_MINE, data),
        ),
        show_form(
            texts.comment,
            [text_input(f"comment_{slot}", texts.comment)],
            execute(texts.save_comment, Verb.TILTAK_COMMENT, data),
        ),
    ]
    if row.status_check and coordinator:
        actions.append(
            show_form(
                texts.set_deadline,
                [
                    date_input(f"set_deadline_{slot}", texts.deadline, texts, required=True),
                ],
                execute(texts.set_deadline, Verb.TILTAK_SET_DEADLINE, data),
            )
        )
    return actions


def assign_actions(view: AssignView) -> list[dict[str, Any]]:
    """Under «Mangler ansvarlig» in the digest: one «Sett ansvarlig» that gives a group of
    tiltak (grouped by the plan's roles) to one person."""
    if not view.choices or not view.groups:
        return []
    texts = view.texts
    groups = [{"title": title, "value": value} for title, value in view.groups]
    data = {"kommune": view.kommune_id, "slot": "g", "card": "digest"}
    form = [
        {
            "type": "Input.ChoiceSet",
            "id": "group_g",
            "label": texts.which_tiltak,
            "style": "compact",
            "isRequired": True,
            "errorMessage": texts.pick_tiltak,
            "choices": groups,
        },
        person_input("person_g", view.choices, texts),
    ]
    return [
        {
            "type": "ActionSet",
            "spacing": "Small",
            "actions": [
                show_form(texts.assign, form, execute(texts.save, Verb.TILTAK_ASSIGN, data))
            ],
        }
    ]
