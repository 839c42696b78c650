"""What the tiltak cards and the text answers say about a tiltak, in the same words.

Headings, the «Frist» line with where the date comes from, an answer's receipt line and the
digest's sections: shared by the card views (:mod:`bot.features.tiltak.card_views`, built
here and drawn by cards/tiltak.py) and the text answers, so a card and its text fallback
never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from bot.dates import short_date, stamp_text
from bot.features.tiltak import texts
from bot.features.tiltak.card_views import (
    AnswerLine,
    AssignView,
    BatchView,
    Choice,
    EscalationView,
    NotMineView,
    PlanEndView,
    TiltakRow,
)
from bot.features.tiltak.model import Answer, Occurrence, Overview, Status
from bot.features.tiltak.names import (
    capitalised,
    is_numbered,
    shorten,
    tiltak_label,
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
    if occurrence.new_deadline and occurrence.kind == "status":
        # «Mer tid» on a løpende tiltak's status check: the date is the ansvarlig's own, and
        # the day before it was a statussjekk – never a frist the plan gave
        new = short_date(occurrence.new_deadline)
        return texts.DEADLINE_LABEL, texts.MORE_TIME_ON_CHECK.format(new=new, day=day)
    if occurrence.new_deadline:
        return texts.DEADLINE_LABEL, f"{short_date(occurrence.new_deadline)} (ny frist; var {day})"
    if occurrence.is_status_check:
        return "Statussjekk", f"{day} (løpende tiltak – planen gir ingen frist)"
    if occurrence.deadline_source == "coordinator":
        return texts.DEADLINE_LABEL, f"{day} (satt av SLT-koordinator)"
    if t.frist.computed:
        return texts.DEADLINE_LABEL, f"{day} (beregnet: {t.frist.computed})"
    return texts.DEADLINE_LABEL, f"{day} («{t.frist.text}»)"


def answer_line(answer: Answer) -> str:
    """«Utført – Sigrid Skoleleder, 01.06.2026 kl. 09:12»; the comment goes with its answer."""
    when = stamp_text(answer.at)
    if answer.status is None:
        return texts.comment_line(answer.by, when, answer.comment)
    if answer.status is Status.MORE_TIME and answer.new_deadline:
        what = f"Trenger mer tid, ny frist {short_date(answer.new_deadline)}"
    elif answer.status is Status.OPEN:
        what = "Åpnet igjen"
    else:
        what = texts.STATUS_LABEL[answer.status]
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
            f"{short_date(o.effective_deadline)} ({texts.owners_text(o.tiltak.ansvar)}){state}"
        )
    if len(items) > limit:
        lines.append(f"… og {len(items) - limit} til")
    return lines


def missing_owner_groups(missing: Sequence[Tiltak]) -> list[tuple[str, list[Tiltak]]]:
    """Tiltak without anyone ansvarlig, grouped by the roles the plan names (one «Sett
    ansvarlig» per group keeps the digest short)."""
    groups: dict[str, list[Tiltak]] = {}
    for t in missing:
        groups.setdefault(texts.owners_text(t.ansvar) or "Ingen rolle i planen", []).append(t)
    return sorted(groups.items())


def missing_owner_lines(missing: Sequence[Tiltak]) -> list[str]:
    """«Rektor: tiltak 2, 5» — or the titles, for a plan without numbers."""
    return [f"{roles}: {tiltak_names(items)}" for roles, items in missing_owner_groups(missing)]


def overview_sections(overview: Overview) -> list[tuple[str, str, list[str]]]:
    """The digest's sections as (part, heading, lines), shared by the card and the text
    version. Each tiltak is under exactly one heading; ``part`` names it for a question
    about one part («hvilke tiltak mangler ansvarlig»)."""
    return [
        ("overdue", f"Forfalt ({len(overview.overdue)})", occurrence_lines(overview.overdue)),
        (
            "not_mine",
            f"Meldt «ikke mitt ansvar» ({len(overview.not_mine)})",
            occurrence_lines(overview.not_mine),
        ),
        (
            "due_soon",
            f"Frist eller statussjekk innen 14 dager ({len(overview.due_soon)})",
            occurrence_lines(overview.due_soon),
        ),
        ("done", f"Utført ({len(overview.done)})", occurrence_lines(overview.done)),
        (
            "missing_owner",
            f"Mangler ansvarlig ({len(overview.missing_owner)})",
            missing_owner_lines(overview.missing_owner),
        ),
    ]


def receipt(occurrence: Occurrence) -> tuple[tuple[AnswerLine, ...], str]:
    """Who answered what, when, with their own comment (the last four, newest last); or,
    for an answer from before the history was kept, «Status: …»."""
    shown = occurrence.answers[-4:]
    if not shown and occurrence.status is not Status.OPEN:
        return (), f"Status: {texts.STATUS_LABEL[occurrence.status]}"
    last = occurrence.last_answer
    lines = tuple(
        AnswerLine(
            ("✔ " if a is last and a.status is Status.DONE else "") + answer_line(a), a is last
        )
        for a in shown
    )
    return lines, ""


def tiltak_row(occurrence: Occurrence) -> TiltakRow:
    """One occurrence as every tiltak card shows it."""
    o, t = occurrence, occurrence.tiltak
    more_time = ""
    if o.status is Status.MORE_TIME:
        more_time = (
            f"Fikk ny frist {short_date(o.effective_deadline)} (var "
            f"{short_date(o.deadline)}) og er ikke meldt utført."
        )
    lines, status_line = receipt(o)
    return TiltakRow(
        key=o.key,
        kommune_id=o.kommune_id,
        tiltak_id=t.id,
        deadline=o.deadline.isoformat(),
        name=tiltak_name(t),
        label=tiltak_label(t),
        title=t.tiltak,
        goal=t.mal or "",
        area=t.innsatsomrade,
        ansvar=texts.owners_text(t.ansvar),
        when=when_label(o),
        open=o.status is Status.OPEN,
        done=o.status is Status.DONE,
        not_mine=o.status is Status.NOT_MINE,
        status_check=o.is_status_check,
        more_time=more_time,
        receipt=lines,
        status_line=status_line,
    )


RECEIPT_HEADING = {
    Status.DONE: "{name} er utført",
    Status.MORE_TIME: "{name} har fått ny frist",
    Status.NOT_MINE: "{name} er sendt til SLT-koordinatoren",
}


def batch_heading(occurrences: Sequence[Occurrence], today: dt.date) -> str:
    """A single reminder's heading (or its receipt), or the batch's count of what waits."""
    if len(occurrences) == 1:
        o = occurrences[0]
        if o.status in RECEIPT_HEADING:
            name = capitalised(tiltak_name(o.tiltak))  # never a slug id («politiet-pa-skolene»)
            return RECEIPT_HEADING[o.status].format(name=name)
        return reminder_heading(o, today)
    waiting = sum(1 for o in occurrences if o.status is Status.OPEN)
    if waiting == 0:
        return f"Takk! Alle {len(occurrences)} tiltakene er besvart"
    kind = "Statussjekk" if all(o.is_status_check for o in occurrences) else "Påminnelse"
    if waiting == len(occurrences):
        return f"{kind}: {len(occurrences)} tiltak"
    return f"{kind}: {len(occurrences)} tiltak – {waiting} venter fortsatt på svar"


def batch_view(
    occurrences: Sequence[Occurrence],
    *,
    today: dt.date,
    plan_title: str,
    source_title: str,
    notices: Mapping[str, str] | None = None,
    coordinator: bool = False,
) -> BatchView:
    """One person's reminders of one day in one card (cards/tiltak.py ``batch_card``)."""
    return BatchView(
        heading=batch_heading(occurrences, today),
        rows=tuple(tiltak_row(o) for o in occurrences),
        plan_title=plan_title,
        source_title=source_title,
        notices=dict(notices or {}),
        coordinator=coordinator,
        texts=texts.CARD,
    )


def reminder_view(
    occurrence: Occurrence,
    *,
    today: dt.date,
    plan_title: str,
    source_title: str,
    notice: str | None = None,
    coordinator: bool = False,
) -> BatchView:
    """The reminder for one tiltak: a batch of one."""
    return batch_view(
        [occurrence],
        today=today,
        plan_title=plan_title,
        source_title=source_title,
        notices={occurrence.key: notice} if notice else None,
        coordinator=coordinator,
    )


def escalation_view(
    occurrences: Sequence[Occurrence],
    *,
    owners: Mapping[str, Sequence[str]],
    choices: Sequence[Choice],
    source_title: str,
    notices: Mapping[str, str] | None = None,
) -> EscalationView:
    """Every deadline passed without «Utført», with who was reminded (``owners`` by tiltak
    id)."""
    return EscalationView(
        title=texts.overdue_title([o.tiltak for o in occurrences]),
        rows=tuple(tiltak_row(o) for o in occurrences),
        reminded=tuple(
            ", ".join(owners.get(o.tiltak.id, ())) or "ingen (mangler ansvarlig)"
            for o in occurrences
        ),
        choices=tuple(choices),
        source_title=source_title,
        notices=dict(notices or {}),
        texts=texts.CARD,
    )


def not_mine_view(
    occurrence: Occurrence,
    *,
    choices: Sequence[Choice],
    source_title: str,
    notice: str | None = None,
) -> NotMineView:
    """Who said «Ikke mitt ansvar», when and why (the last such answer)."""
    said = next((a for a in reversed(occurrence.answers) if a.status is Status.NOT_MINE), None)
    return NotMineView(
        row=tiltak_row(occurrence),
        who=said.by if said else (occurrence.answered_by or "Den ansvarlige"),
        when=f" {stamp_text(said.at)}" if said else "",
        reason=said.comment if said else occurrence.comment,
        choices=tuple(choices),
        source_title=source_title,
        notice=notice,
        texts=texts.CARD,
    )


def plan_end_view(
    kommune_id: str, period: str, end: dt.date, *, ended: bool, notice: str | None = None
) -> PlanEndView:
    """A month before and at the plan's end: extend by a year, or not."""
    return PlanEndView(
        kommune_id=kommune_id,
        end=end.isoformat(),
        ended=ended,
        text=texts.plan_end(period, end, ended=ended),
        notice=notice,
        texts=texts.CARD,
    )


def assign_view(
    kommune_id: str, missing: Sequence[Tiltak], choices: Sequence[Choice]
) -> AssignView:
    """The digest's «Sett ansvarlig»: a group of tiltak (by the plan's roles) to one person."""
    groups = tuple(
        (
            f"{shorten(roles, 60)} – {tiltak_names(items)}",
            ",".join(t.id for t in items),
        )
        for roles, items in missing_owner_groups(missing)
    )
    return AssignView(kommune_id, groups, tuple(choices), texts=texts.CARD)
