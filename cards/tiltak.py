"""Cards for the action plan: the reminder an ansvarlig answers in, and the plan status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from bot.dates import short_date
from bot.features.tiltak import STATUS_LABEL, Answer, Occurrence, Overview, Status
from bot.knowledge.action_plan import Tiltak
from cards.base import card, execute, facts, heading, paragraph, source_line
from cards.verbs import Verb

norwegian_date = short_date
"""The old name, kept while bot/jobs.py and bot/features/tiltak_answers.py import it here."""


def reminder_heading(occurrence: Occurrence, today: dt.date) -> str:
    if occurrence.is_status_check:
        return f"Statussjekk: tiltak {occurrence.tiltak.id}"
    days = (occurrence.effective_deadline - today).days
    if days < 0:
        return f"Fristen for tiltak {occurrence.tiltak.id} er passert"
    if days == 0:
        return f"Tiltak {occurrence.tiltak.id} har frist i dag"
    if days == 1:
        return f"Tiltak {occurrence.tiltak.id} har frist i morgen"
    return f"Tiltak {occurrence.tiltak.id} har frist om {days} dager"


def when_label(occurrence: Occurrence) -> tuple[str, str]:
    """("Frist" | "Statussjekk", the date and where it comes from), for cards and answers.

    A løpende tiltak has no frist: its date is the kommune's status check. A deadline says
    whether the plan states it, it was computed from the plan's words, or the coordinator
    (or a «Trenger mer tid») set it.
    """
    t = occurrence.tiltak
    day = short_date(occurrence.deadline)
    if occurrence.new_deadline:
        return "Frist", f"{short_date(occurrence.new_deadline)} (ny frist; var {day})"
    if occurrence.is_status_check:
        return "Statussjekk", f"{day} (løpende tiltak – planen gir ingen frist)"
    if occurrence.deadline_source == "coordinator":
        return "Frist", f"{day} (satt av SLT-koordinator)"
    if t.frist.computed:
        return "Frist", f"{day} (beregnet: {t.frist.computed})"
    return "Frist", f"{day} («{t.frist.text}»)"


def tiltak_facts(occurrence: Occurrence, plan_title: str) -> dict[str, Any]:
    t = occurrence.tiltak
    return facts(
        [
            ("Tiltak", t.tiltak),
            ("Mål", t.mal or ""),
            when_label(occurrence),
            ("Innsatsområde", t.innsatsomrade),
            ("Ansvar", ", ".join(t.ansvar)),
            ("Plan", plan_title),
        ]
    )


CardKind = str
"""Which card a click redraws: "reminder", "escalation" or "not_mine"."""


def batch_ref(occurrences: Sequence[Occurrence]) -> str:
    """The card's rows as ``tiltak@day,…``, carried in every button so a click can redraw
    the whole card from the store (Teams replaces the card the button was on)."""
    return ",".join(f"{o.tiltak.id}@{o.deadline.isoformat()}" for o in occurrences)


def answer_line(answer: Answer) -> str:
    """«Utført – Sigrid Skoleleder, 01.06.2026 kl. 09:12»; the comment goes with its answer."""
    when = f"{short_date(answer.at.date())} kl. {answer.at:%H:%M}"
    if answer.status is None:
        what = "Kommentar"
    elif answer.status is Status.MORE_TIME and answer.new_deadline:
        what = f"Trenger mer tid, ny frist {short_date(answer.new_deadline)}"
    elif answer.status is Status.OPEN:
        what = "Åpnet igjen"
    else:
        what = STATUS_LABEL[answer.status]
    line = f"{what} – {answer.by}, {when}"
    if answer.comment:
        label = "begrunnelse" if answer.status is Status.NOT_MINE else "kommentar"
        line += f". {label.capitalize()}: «{answer.comment}»"
    return line


RECEIPT_HEADING = {
    Status.DONE: "Tiltak {id} er utført",
    Status.MORE_TIME: "Tiltak {id} har fått ny frist",
    Status.NOT_MINE: "Tiltak {id} er sendt til SLT-koordinatoren",
}


def _heading(occurrences: Sequence[Occurrence], today: dt.date) -> str:
    if len(occurrences) == 1:
        o = occurrences[0]
        if o.status in RECEIPT_HEADING:
            return RECEIPT_HEADING[o.status].format(id=o.tiltak.id)
        return reminder_heading(o, today)
    waiting = sum(1 for o in occurrences if o.status is Status.OPEN)
    if waiting == 0:
        return f"Takk! Alle {len(occurrences)} tiltakene er besvart"
    kind = "Statussjekk" if all(o.is_status_check for o in occurrences) else "Påminnelse"
    if waiting == len(occurrences):
        return f"{kind}: {len(occurrences)} tiltak"
    return f"{kind}: {len(occurrences)} tiltak – {waiting} venter fortsatt på svar"


def _receipt(occurrence: Occurrence) -> list[dict[str, Any]]:
    """Who answered what, when, with their own comment: newest last, the status in green."""
    shown = occurrence.answers[-4:]
    if not shown and occurrence.status is not Status.OPEN:  # an answer from before history
        return [paragraph(f"Status: {STATUS_LABEL[occurrence.status]}", color="Good")]
    last = occurrence.last_answer
    return [
        paragraph(
            ("✔ " if a is last and a.status is Status.DONE else "") + answer_line(a),
            color="Good" if a is last else "Default",
            weight="Bolder" if a is last else "Default",
            size="Default" if a is last else "Small",
            spacing="Small",
        )
        for a in shown
    ]


def _show(title: str, inputs: list[dict[str, Any]], confirm: dict[str, Any]) -> dict[str, Any]:
    """A button that opens a small form under the row (Action.ShowCard)."""
    return {
        "type": "Action.ShowCard",
        "title": title,
        "card": {"type": "AdaptiveCard", "body": inputs, "actions": [confirm]},
    }


def _text_input(input_id: str, label: str, *, multiline: bool = True) -> dict[str, Any]:
    return {
        "type": "Input.Text",
        "id": input_id,
        "label": label,
        "isMultiline": multiline,
        "maxLength": 1000,
    }


def _date_input(input_id: str, label: str, *, required: bool = False) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "Input.Date", "id": input_id, "label": label}
    if required:
        element["isRequired"] = True
        element["errorMessage"] = "Velg en dato."
    return element


def person_input(input_id: str, choices: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Choose a person (name → roster id); typing filters the list (Teams, 1.5)."""
    return {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "label": "Hvem skal ha ansvaret?",
        "style": "compact",
        "isRequired": True,
        "errorMessage": "Velg en person.",
        "choices": [{"title": name, "value": value} for name, value in choices],
    }


def _answer_actions(o: Occurrence, data: dict[str, Any], slot: str) -> list[dict[str, Any]]:
    actions = [
        _show(
            "Utført",
            [_text_input(f"done_comment_{slot}", "Kommentar (valgfritt)")],
            execute("Marker som utført", Verb.TILTAK_DONE, data, style="positive"),
        ),
        _show(
            "Mer tid",
            [
                _date_input(f"new_deadline_{slot}", "Ny frist", required=True),
                _text_input(f"more_comment_{slot}", "Hvorfor? (valgfritt)"),
            ],
            execute("Send ny frist", Verb.TILTAK_MORE_TIME, data),
        ),
        _show(
            "Ikke mitt ansvar",
            [_text_input(f"reason_{slot}", "Hvorfor – og hvem bør ha det? (valgfritt)")],
            execute("Send til koordinatoren", Verb.TILTAK_NOT_MINE, data),
        ),
        _show(
            "Kommentar",
            [_text_input(f"comment_{slot}", "Kommentar")],
            execute("Lagre kommentar", Verb.TILTAK_COMMENT, data),
        ),
    ]
    if o.is_status_check:
        actions.append(
            _show(
                "Sett frist",
                [
                    paragraph("Bare SLT-koordinatoren kan sette frist.", size="Small"),
                    _date_input(f"set_deadline_{slot}", "Frist", required=True),
                ],
                execute("Sett frist", Verb.TILTAK_SET_DEADLINE, data),
            )
        )
    return actions


def _row_data(o: Occurrence, slot: str, batch: str, kind: CardKind) -> dict[str, Any]:
    return {
        "kommune": o.kommune_id,
        "tiltak": o.tiltak.id,
        "deadline": o.deadline.isoformat(),
        "slot": slot,
        "batch": batch,
        "card": kind,
    }


def reminder_card(
    occurrence: Occurrence,
    *,
    today: dt.date,
    plan_title: str,
    source_title: str,
    notice: str | None = None,
) -> dict[str, Any]:
    """The reminder for one tiltak (a batch of one)."""
    return batch_card(
        [occurrence],
        today=today,
        plan_title=plan_title,
        source_title=source_title,
        notices={occurrence.key: notice} if notice else None,
    )


def batch_card(
    occurrences: Sequence[Occurrence],
    *,
    today: dt.date,
    plan_title: str,
    source_title: str,
    notices: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """One person's reminders of one day in one card: a row per tiltak with its own buttons.

    An answered row redraws as a receipt (who, what, when, their comment) without inputs;
    the buttons of the other rows stay. A row's inputs are named by its slot, so the
    answers of two rows never mix.
    """
    notices = notices or {}
    batch = batch_ref(occurrences)
    single = len(occurrences) == 1
    body: list[dict[str, Any]] = [heading(_heading(occurrences, today))]
    if not single:
        body.append(
            paragraph(
                "Alt du har til svar i dag, samlet i ett kort. Svar på hvert tiltak med "
                "knappene under det.",
                size="Small",
                isSubtle=True,
                spacing="None",
            )
        )
    for number, o in enumerate(occurrences, start=1):
        slot = f"t{number}"
        row: list[dict[str, Any]] = []
        if single:
            row.append(tiltak_facts(o, plan_title))
        else:
            row.append(paragraph(f"Tiltak {o.tiltak.id}: {o.tiltak.tiltak}", weight="Bolder"))
            row.append(facts([when_label(o), ("Ansvar", ", ".join(o.tiltak.ansvar))]))
        if single and o.is_status_check and o.status is Status.OPEN:
            row.append(
                paragraph(
                    "Planen gir ingen frist for dette tiltaket. Hvordan går det? "
                    "SLT-koordinatoren kan sette en frist.",
                    size="Small",
                )
            )
        row += _receipt(o)
        if o.key in notices:
            row.append(paragraph(notices[o.key], color="Attention", weight="Bolder"))
        if o.status is Status.OPEN:
            data = _row_data(o, slot, batch, "reminder")
            row.append({"type": "ActionSet", "actions": _answer_actions(o, data, slot)})
        body.append(
            {
                "type": "Container",
                "items": row,
                "separator": not single,
                "spacing": "Medium",
            }
        )
    body.append(source_line(source_title))
    return card(body)


def escalation_card(
    occurrences: Sequence[Occurrence],
    *,
    owners: Mapping[str, Sequence[str]],
    choices: Sequence[tuple[str, str]],
    source_title: str,
    notices: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """To the coordinator, at most once a day: every deadline passed without «Utført», each
    with «Send påminnelse igjen», «Sett ny ansvarlig» and «Marker som utført»."""
    notices = notices or {}
    batch = batch_ref(occurrences)
    if len(occurrences) == 1:
        title = f"Forfalt: tiltak {occurrences[0].tiltak.id}"
    else:
        title = f"Forfalt: {len(occurrences)} tiltak"
    body: list[dict[str, Any]] = [
        heading(title),
        paragraph("Fristen er passert, og ingen har meldt tiltaket utført.", spacing="None"),
    ]
    for number, o in enumerate(occurrences, start=1):
        slot = f"t{number}"
        t = o.tiltak
        label, when = when_label(o)
        reminded = ", ".join(owners.get(t.id, ())) or "ingen (mangler ansvarlig)"
        row: list[dict[str, Any]] = [
            paragraph(f"Tiltak {t.id}: {t.tiltak}", weight="Bolder"),
            facts(
                [(label, when), ("Ansvar i planen", ", ".join(t.ansvar)), ("Påminnet", reminded)]
            ),
        ]
        if o.status is Status.MORE_TIME:
            row.append(
                paragraph(
                    f"Fikk ny frist {short_date(o.effective_deadline)} (var "
                    f"{short_date(o.deadline)}) og er ikke meldt utført.",
                    weight="Bolder",
                )
            )
        elif o.status is Status.OPEN:
            row.append(paragraph("Ikke besvart.", weight="Bolder"))
        row += _receipt(o)
        if o.key in notices:
            row.append(paragraph(notices[o.key], color="Good", weight="Bolder"))
        if o.status is not Status.DONE:
            data = _row_data(o, slot, batch, "escalation")
            actions = [execute("Send påminnelse igjen", Verb.TILTAK_REMIND, data)]
            if choices:
                actions.append(
                    _show(
                        "Sett ny ansvarlig",
                        [person_input(f"person_{slot}", choices)],
                        execute("Lagre", Verb.TILTAK_ASSIGN, data),
                    )
                )
            actions.append(
                execute("Marker som utført", Verb.TILTAK_MARK_DONE, data, style="positive")
            )
            row.append({"type": "ActionSet", "actions": actions})
        body.append({"type": "Container", "items": row, "separator": True, "spacing": "Medium"})
    body.append(source_line(source_title))
    return card(body)


def not_mine_card(
    occurrence: Occurrence,
    *,
    choices: Sequence[tuple[str, str]],
    source_title: str,
    notice: str | None = None,
) -> dict[str, Any]:
    """To the coordinator when an ansvarlig answers «Ikke mitt ansvar»: who, why, and what
    to do — give the tiltak to someone else, or accept a new date."""
    t = occurrence.tiltak
    said = next((a for a in reversed(occurrence.answers) if a.status is Status.NOT_MINE), None)
    who = said.by if said else (occurrence.answered_by or "Den ansvarlige")
    when = f" {short_date(said.at.date())} kl. {said.at:%H:%M}" if said else ""
    reason = said.comment if said else occurrence.comment
    body: list[dict[str, Any]] = [
        heading(f"Ikke mitt ansvar: tiltak {t.id}"),
        paragraph(f"{who} svarte «Ikke mitt ansvar»{when}."),
        paragraph(
            f"Begrunnelse: «{reason}»" if reason else "Ingen begrunnelse ble skrevet.",
            weight="Bolder" if reason else "Default",
        ),
        facts(
            [
                ("Tiltak", t.tiltak),
                when_label(occurrence),
                ("Ansvar i planen", ", ".join(t.ansvar)),
            ]
        ),
    ]
    if notice:
        body.append(paragraph(notice, color="Good", weight="Bolder"))
    body.append(source_line(source_title))
    if occurrence.status is not Status.NOT_MINE:
        return card(body)  # handled: a receipt without buttons
    data = _row_data(occurrence, "t1", batch_ref([occurrence]), "not_mine")
    actions = []
    if choices:
        actions.append(
            _show(
                "Sett ny ansvarlig",
                [person_input("person_t1", choices)],
                execute("Lagre", Verb.TILTAK_ASSIGN, data),
            )
        )
    actions.append(
        _show(
            "Godta ny frist",
            [_date_input("accept_deadline_t1", "Ny frist", required=True)],
            execute("Godta", Verb.TILTAK_ACCEPT_DATE, data),
        )
    )
    return card(body, actions)


def plan_end_card(
    kommune_id: str, period: str, end: dt.date, *, ended: bool, notice: str | None = None
) -> dict[str, Any]:
    """To the coordinator a month before and at the plan's end: extend by a year, or not."""
    if ended:
        text = (
            f"Handlingsplanen ({period}) er slutt {short_date(end)}. Etter det sender jeg "
            "ingen påminnelser eller statussjekker om tiltakene."
        )
    else:
        text = (
            f"Handlingsplanen ({period}) går ut {short_date(end)}. Etter det sender jeg "
            "ingen påminnelser eller statussjekker om tiltakene."
        )
    body: list[dict[str, Any]] = [
        heading("Handlingsplanen er slutt" if ended else "Handlingsplanen går snart ut"),
        paragraph(text),
        paragraph(
            "Skal tiltakene følges opp ett år til mens dere lager ny plan? Trykk «Forleng med "
            "ett år». Ny plan legges inn i kunnskapsfilen.",
            size="Small",
        ),
    ]
    if notice:
        body.append(paragraph(notice, color="Good", weight="Bolder"))
        return card(body, [])
    data = {"kommune": kommune_id, "end": end.isoformat()}
    return card(body, [execute("Forleng med ett år", Verb.TILTAK_EXTEND_PLAN, data)])


def shorten(text: str, limit: int = 80) -> str:
    """Cut at the last word boundary before ``limit`` and mark the cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:–-") + "…"


def _occurrence_lines(items: tuple[Occurrence, ...], limit: int = 15) -> list[str]:
    lines = []
    for o in items[:limit]:
        what = "statussjekk" if o.is_status_check else "frist"
        state = ""
        if o.status is Status.MORE_TIME:
            state = " – fikk mer tid"
        elif o.status is Status.NOT_MINE and o.answered_by:
            state = f" – meldt av {o.answered_by}"
        elif o.status is Status.DONE and o.answered_by:
            state = f" – {o.answered_by}"
        lines.append(
            f"Tiltak {o.tiltak.id}: {shorten(o.tiltak.tiltak)} – {what} "
            f"{short_date(o.effective_deadline)} ({', '.join(o.tiltak.ansvar)}){state}"
        )
    if len(items) > limit:
        lines.append(f"… og {len(items) - limit} til")
    return lines


def missing_owner_groups(missing: Sequence[Tiltak]) -> list[tuple[str, list[Tiltak]]]:
    """Tiltak without anyone ansvarlig, grouped by the roles the plan names (one «Sett
    ansvarlig» per group keeps the digest short)."""
    groups: dict[str, list[Tiltak]] = {}
    for t in missing:
        groups.setdefault(", ".join(t.ansvar) or "Ingen rolle i planen", []).append(t)
    return sorted(groups.items())


def missing_owner_lines(missing: Sequence[Tiltak]) -> list[str]:
    return [
        f"{roles}: tiltak {', '.join(t.id for t in items)}"
        for roles, items in missing_owner_groups(missing)
    ]


def overview_sections(overview: Overview) -> list[tuple[str, list[str]]]:
    """The digest's sections, shared by the card and the text version. Each tiltak is under
    exactly one heading."""
    return [
        (f"Forfalt ({len(overview.overdue)})", _occurrence_lines(overview.overdue)),
        (
            f"Meldt «ikke mitt ansvar» ({len(overview.not_mine)})",
            _occurrence_lines(overview.not_mine),
        ),
        (
            f"Frist eller statussjekk innen 14 dager ({len(overview.due_soon)})",
            _occurrence_lines(overview.due_soon),
        ),
        (f"Utført ({len(overview.done)})", _occurrence_lines(overview.done)),
        (
            f"Mangler ansvarlig ({len(overview.missing_owner)})",
            missing_owner_lines(overview.missing_owner),
        ),
    ]


def assign_actions(
    kommune_id: str, missing: Sequence[Tiltak], choices: Sequence[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Under «Mangler ansvarlig» in the digest: one «Sett ansvarlig» that gives a group of
    tiltak (grouped by the plan's roles) to one person."""
    if not choices or not missing:
        return []
    groups = [
        {
            "title": f"{shorten(roles, 60)} – tiltak {', '.join(t.id for t in items)}",
            "value": ",".join(t.id for t in items),
        }
        for roles, items in missing_owner_groups(missing)
    ]
    data = {"kommune": kommune_id, "slot": "g", "card": "digest"}
    form = [
        {
            "type": "Input.ChoiceSet",
            "id": "group_g",
            "label": "Hvilke tiltak?",
            "style": "compact",
            "isRequired": True,
            "errorMessage": "Velg tiltakene.",
            "choices": groups,
        },
        person_input("person_g", choices),
    ]
    return [
        {
            "type": "ActionSet",
            "spacing": "Small",
            "actions": [_show("Sett ansvarlig", form, execute("Lagre", Verb.TILTAK_ASSIGN, data))],
        }
    ]
