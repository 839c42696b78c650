"""What the tiltak cards and the text answers say about a tiltak, in the same words.

Headings, the «Frist» line with where the date comes from, an answer's receipt line and the
digest's sections: shared by cards/tiltak.py and the text versions in the features, so a
card and its text fallback never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.dates import short_date
from bot.features.tiltak.model import STATUS_LABEL, Answer, Occurrence, Overview, Status
from bot.features.tiltak.names import (
    capitalised,
    is_numbered,
    shorten,
    tiltak_name,
    tiltak_names,
)
from bot.knowledge.action_plan import Tiltak


def reminder_heading(occurrence: Occurrence, today: dt.date) -> str:
    name = tiltak_name(occurrence.tiltak)
    if occurrence.is_status_check:
        return f"Statussjekk: {name}"
    days = (occurrence.effective_deadline - today).days
    if days < 0:
        return f"Fristen for {name} er passert"
    subject = capitalised(name)
    if days == 0:
        return f"{subject} har frist i dag"
    if days == 1:
        return f"{subject} har frist i morgen"
    return f"{subject} har frist om {days} dager"


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


def occurrence_lines(items: tuple[Occurrence, ...], limit: int = 15) -> list[str]:
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
        t = o.tiltak
        title = f"Tiltak {t.id}: {shorten(t.tiltak)}" if is_numbered(t) else shorten(t.tiltak)
        lines.append(
            f"{title} – {what} "
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
    """«Rektor: tiltak 2, 5» — or the titles, for a plan without numbers."""
    return [f"{roles}: {tiltak_names(items)}" for roles, items in missing_owner_groups(missing)]


def overview_sections(overview: Overview) -> list[tuple[str, list[str]]]:
    """The digest's sections, shared by the card and the text version. Each tiltak is under
    exactly one heading."""
    return [
        (f"Forfalt ({len(overview.overdue)})", occurrence_lines(overview.overdue)),
        (
            f"Meldt «ikke mitt ansvar» ({len(overview.not_mine)})",
            occurrence_lines(overview.not_mine),
        ),
        (
            f"Frist eller statussjekk innen 14 dager ({len(overview.due_soon)})",
            occurrence_lines(overview.due_soon),
        ),
        (f"Utført ({len(overview.done)})", occurrence_lines(overview.done)),
        (
            f"Mangler ansvarlig ({len(overview.missing_owner)})",
            missing_owner_lines(overview.missing_owner),
        ),
    ]
