"""Cards for the action plan: the reminder an ansvarlig answers in, and the plan status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.features.tiltak import STATUS_LABEL, Occurrence, Overview, Status
from cards.base import card, execute, facts, heading, paragraph, source_line
from cards.verbs import Verb


def norwegian_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


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
    day = norwegian_date(occurrence.deadline)
    if occurrence.new_deadline:
        return "Frist", f"{norwegian_date(occurrence.new_deadline)} (ny frist; var {day})"
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


def reminder_card(
    occurrence: Occurrence,
    *,
    today: dt.date,
    plan_title: str,
    source_title: str,
    notice: str | None = None,
) -> dict[str, Any]:
    """The reminder: what is due, and four answers that update this card in place."""
    body: list[dict[str, Any]] = [
        heading(reminder_heading(occurrence, today)),
        tiltak_facts(occurrence, plan_title),
    ]
    if occurrence.is_status_check:
        body.append(
            paragraph(
                "Planen gir ingen frist for dette tiltaket. Hvordan går det? Svar med knappene. "
                "SLT-koordinatoren kan sette en frist med datofeltet og «Sett frist».",
                size="Small",
            )
        )
    if occurrence.status is not Status.OPEN or occurrence.comment:
        status = STATUS_LABEL[occurrence.status]
        if occurrence.comment:
            status += f" – kommentar: «{occurrence.comment}»"
        body.append(paragraph(f"Status: {status}", weight="Bolder", color="Good"))
    if notice:
        body.append(paragraph(notice, color="Attention"))
    body += [
        {
            "type": "Input.Text",
            "id": "comment",
            "placeholder": "Kommentar (valgfritt)",
            "isMultiline": True,
            "maxLength": 1000,
            "label": "Kommentar",
        },
        {
            "type": "Input.Date",
            "id": "new_deadline",
            "label": "Ny dato (ved «Trenger mer tid» eller «Sett frist»)"
            if occurrence.is_status_check
            else "Ny frist (ved «Trenger mer tid»)",
        },
        source_line(source_title),
    ]
    data = {
        "kommune": occurrence.kommune_id,
        "tiltak": occurrence.tiltak.id,
        "deadline": occurrence.deadline.isoformat(),
    }
    actions = [
        execute("Utført", Verb.TILTAK_DONE, data, style="positive"),
        execute("Trenger mer tid", Verb.TILTAK_MORE_TIME, data),
        execute("Ikke mitt ansvar", Verb.TILTAK_NOT_MINE, data),
        execute("Kommentar", Verb.TILTAK_COMMENT, data),
    ]
    if occurrence.is_status_check:
        actions.append(execute("Sett frist", Verb.TILTAK_SET_DEADLINE, data))
    return card(body, actions)


def plan_end_card(
    kommune_id: str, period: str, end: dt.date, *, ended: bool, notice: str | None = None
) -> dict[str, Any]:
    """To the coordinator a month before and at the plan's end: extend by a year, or not."""
    if ended:
        text = (
            f"Handlingsplanen ({period}) er slutt {norwegian_date(end)}. Etter det sender jeg "
            "ingen påminnelser eller statussjekker om tiltakene."
        )
    else:
        text = (
            f"Handlingsplanen ({period}) går ut {norwegian_date(end)}. Etter det sender jeg "
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
    lines = [
        f"Tiltak {o.tiltak.id}: {shorten(o.tiltak.tiltak)} – "
        f"{'statussjekk' if o.is_status_check else 'frist'} "
        f"{norwegian_date(o.effective_deadline)} ({', '.join(o.tiltak.ansvar)})"
        for o in items[:limit]
    ]
    if len(items) > limit:
        lines.append(f"… og {len(items) - limit} til")
    return lines


def overview_sections(overview: Overview) -> list[tuple[str, list[str]]]:
    """The digest's sections, shared by the card and the text version."""
    return [
        (f"Forfalt ({len(overview.overdue)})", _occurrence_lines(overview.overdue)),
        (
            f"Frist eller statussjekk innen 14 dager ({len(overview.due_soon)})",
            _occurrence_lines(overview.due_soon),
        ),
        (f"Ikke besvart ({len(overview.unanswered)})", _occurrence_lines(overview.unanswered)),
        (f"Utført ({len(overview.done)})", _occurrence_lines(overview.done)),
        (f"Mangler ansvarlig ({len(overview.missing_owner)})", list(overview.missing_owner)),
    ]
