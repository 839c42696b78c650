"""Cards for the action plan: the reminder an ansvarlig answers in, and the plan status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from bot.dates import short_date
from bot.features.tiltak.model import STATUS_LABEL, Occurrence, Status
from bot.features.tiltak.names import shorten, tiltak_label, tiltak_name
from cards.base import card, execute, facts, heading, paragraph, source_line
from cards.tiltak_forms import answer_actions, assign_actions, date_input, person_input, show_form
from cards.tiltak_words import answer_line, overview_sections, reminder_heading, when_label
from cards.verbs import Verb

norwegian_date = short_date

__all__ = [  # the cards, and the names tiltak_jobs.py and tiltak_answers.py still import here
    "assign_actions",
    "batch_card",
    "escalation_card",
    "norwegian_date",
    "not_mine_card",
    "overview_sections",
    "plan_end_card",
    "reminder_card",
    "shorten",
    "when_label",
]


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
    coordinator: bool = False,
) -> dict[str, Any]:
    """The reminder for one tiltak (a batch of one)."""
    return batch_card(
        [occurrence],
        today=today,
        plan_title=plan_title,
        source_title=source_title,
        notices={occurrence.key: notice} if notice else None,
        coordinator=coordinator,
    )


def batch_card(
    occurrences: Sequence[Occurrence],
    *,
    today: dt.date,
    plan_title: str,
    source_title: str,
    notices: Mapping[str, str] | None = None,
    coordinator: bool = False,
) -> dict[str, Any]:
    """One person's reminders of one day in one card: a row per tiltak with its own buttons.

    ``coordinator``: the card is the SLT coordinator's, who alone may set a frist for an
    ongoing tiltak; nobody else is shown a button they may not use.

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
            row.append(paragraph(tiltak_label(o.tiltak), weight="Bolder"))
            row.append(facts([when_label(o), ("Ansvar", ", ".join(o.tiltak.ansvar))]))
        if single and o.is_status_check and o.status is Status.OPEN:
            row.append(
                paragraph(
                    "Planen gir ingen frist for dette tiltaket. Hvordan går det? "
                    + (
                        "Du kan sette en frist med «Sett frist»."
                        if coordinator
                        else "SLT-koordinatoren kan sette en frist."
                    ),
                    size="Small",
                )
            )
        row += _receipt(o)
        if o.key in notices:
            row.append(paragraph(notices[o.key], color="Attention", weight="Bolder"))
        if o.status is Status.OPEN:
            data = _row_data(o, slot, batch, "reminder")
            row.append(
                {
                    "type": "ActionSet",
                    "actions": answer_actions(o, data, slot, coordinator=coordinator),
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
        title = f"Forfalt: {tiltak_name(occurrences[0].tiltak)}"
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
                    show_form(
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
            show_form(
                "Sett ny ansvarlig",
                [person_input("person_t1", choices)],
                execute("Lagre", Verb.TILTAK_ASSIGN, data),
            )
        )
    actions.append(
        show_form(
            "Godta ny frist",
            [date_input("accept_deadline_t1", "Ny frist", required=True)],
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
