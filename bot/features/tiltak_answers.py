"""Tiltak commands ("mine tiltak", "status handlingsplan", …) and the reminder card's answers."""

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
from bot.features.provenance import provenance_line
from bot.features.reply import Card, Followup, Reply
from bot.features.sheet import PROVENANCE, Section, Sheet
from bot.features.tiltak import STATUS_LABEL, Occurrence, Status, TiltakDesk, history_text
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.router import Policy, Router, Turn, for_intents
from bot.understanding import Intent, Understood
from cards.sheet import sheet_card
from cards.tiltak import (
    assign_actions,
    batch_card,
    escalation_card,
    norwegian_date,
    not_mine_card,
    overview_sections,
    plan_end_card,
    shorten,
    when_label,
)
from cards.verbs import Verb


def tiltak_label(tiltak: Tiltak) -> str:
    """«Tiltak 12: …» for a numbered tiltak; a plan without numbers shows just the title
    (the slug in the knowledge file is an internal id, never shown)."""
    return f"Tiltak {tiltak.id}: {tiltak.tiltak}" if tiltak.id.isdigit() else tiltak.tiltak


def _line(desk: TiltakDesk, kommune_id: str, tiltak: Tiltak, today: dt.date) -> str:
    """One tiltak: what is due next (frist or statussjekk), then its status per year."""
    if not desk.is_current(kommune_id, tiltak):
        return (
            f"{tiltak_label(tiltak)} – bare i eldre plan, ikke i den nye "
            f"[{', '.join(tiltak.ansvar)}]"
        )
    occurrence = desk.current(kommune_id, tiltak, today)
    due = ""
    if occurrence is not None:
        label, when = when_label(occurrence)
        due = f" – {label.lower()} {when}"
        if occurrence.status is not Status.OPEN:
            due += f", {STATUS_LABEL[occurrence.status].lower()}"
    elif tiltak.frist.continuous:
        due = " – løpende"
    history = desk.history(kommune_id, tiltak, today)
    if history:
        due += " · " + history_text(history)
    return f"{tiltak_label(tiltak)}{due} [{', '.join(tiltak.ansvar)}]"


def _period_notes(desk: TiltakDesk, index: KommuneIndex, today: dt.date) -> tuple[str, ...]:
    """When the plan has ended, say so first; and where its period is only inferred."""
    notes = []
    if desk.plan_ended(index.id, today):
        notes.append(desk.ended_text(index.id))
    line = provenance_line(index.kommune.plan, sources=index.kommune.sources)
    if line:
        notes.append(line)
    return tuple(notes)


def _tiltak_sheet(
    desk: TiltakDesk,
    index: KommuneIndex,
    items: list[Tiltak],
    title: str,
    today: dt.date,
    *,
    empty: str,
    intent: Intent,
) -> Reply:
    k = index.kommune
    lines = tuple(_line(desk, k.id, t, today) for t in items)
    ended = (Section(text=desk.ended_text(k.id)),) if desk.plan_ended(k.id, today) else ()
    sheet = Sheet(
        title=title,
        subtitle=f"{k.plan.title} ({desk.period_text(k.id)})",
        sections=(*ended, Section(items=lines) if lines else Section(text=empty)),
        notes=_period_notes(desk, index, today)[1 if ended else 0 :],
        sources=(k.sources[k.plan.source].title,),
    )
    return Reply(sheet.as_text(), (sheet_card(sheet),), intent, {"tiltak": [t.id for t in items]})


def tiltak_for_role(desk: TiltakDesk, index: KommuneIndex, q: Understood, today: dt.date) -> Reply:
    role = " ".join(w for w in q.rest if w != "tiltak")
    items = desk.for_role(index.id, role) if role else []
    return _tiltak_sheet(
        desk,
        index,
        items,
        f"Tiltak for {role or '…'}",
        today,
        empty=f"Fant ingen tiltak der «{role}» står som ansvarlig. Skriv rollen slik planen "
        "gjør, for eksempel «tiltak for ungdomskontakt».",
        intent=Intent.TILTAK_FOR_ROLE,
    )


def my_tiltak(
    desk: TiltakDesk,
    index: KommuneIndex,
    identities: set[str],
    today: dt.date,
    stated: tuple[str, ...] = (),
) -> Reply:
    roles = desk.people_map(index.id).roles_of(identities)
    if not roles and stated:
        # «jeg jobber som ungdomskontakt – hvilke tiltak er mine?»: not in the roster, but the
        # message says the role; the plan's tiltak for it, said as such.
        items = list({t.id: t for r in stated for t in desk.for_role(index.id, r)}.values())
        return _tiltak_sheet(
            desk,
            index,
            items,
            f"Tiltak for {', '.join(stated)}",
            today,
            empty=f"Ingen tiltak står med {', '.join(stated)} som ansvarlig i planen.",
            intent=Intent.TILTAK_MINE,
        )
    if not roles:
        text = (
            "Jeg finner deg ikke i personoversikten for "
            f"{index.kommune.short_name}, så jeg vet ikke hvilke tiltak du har. Be "
            "SLT-koordinatoren legge deg inn, eller spør «tiltak for <rolle>»."
        )
        return Reply(text, intent=Intent.TILTAK_MINE)
    items = [t for role in roles for t in desk.for_role(index.id, role)]
    unique = list({t.id: t for t in items}.values())
    return _tiltak_sheet(
        desk,
        index,
        unique,
        f"Dine tiltak ({', '.join(roles)})",
        today,
        empty="Ingen tiltak står med dine roller som ansvarlig.",
        intent=Intent.TILTAK_MINE,
    )


def _find(desk: TiltakDesk, index: KommuneIndex, q: Understood) -> list[Tiltak]:
    number = q.tiltak_number or (q.number if q.intent is not Intent.TILTAK_LOOKUP else None)
    if number:
        found = desk.by_id(index.id, number)
        if found:
            return [found]
    retrieved = [desk.by_id(index.id, key) for kind, key in q.about if kind == "tiltak"]
    ranked = [t for t in retrieved if t is not None][:3]
    words = tuple(w for w in q.rest if w not in {"tiltak", "tiltaket", q.number})
    if q.intent is Intent.TILTAK_LOOKUP:  # «hva går … ut på»: the best-ranked tiltak first
        return ranked or desk.search(index.id, words)
    return desk.search(index.id, words) or ranked  # an owner/deadline names its tiltak


def tiltak_owner(desk: TiltakDesk, index: KommuneIndex, q: Understood, today: dt.date) -> Reply:
    items = _find(desk, index, q)
    return _tiltak_sheet(
        desk,
        index,
        items,
        "Hvem har ansvaret?",
        today,
        empty="Fant ikke det tiltaket i planen. Prøv nummeret («tiltak 18») eller et ord fra "
        "tiltaket.",
        intent=Intent.TILTAK_OWNER,
    )


def tiltak_deadline(desk: TiltakDesk, index: KommuneIndex, q: Understood, today: dt.date) -> Reply:
    items = _find(desk, index, q)
    k = index.kommune
    sections = []
    if items and desk.plan_ended(k.id, today):
        sections.append(Section(text=desk.ended_text(k.id)))
    for t in items[:5]:
        occurrence = desk.current(k.id, t, today)
        if not desk.is_current(k.id, t):
            when = ("Frist", "ingen – tiltaket står bare i den eldre planen")
        elif occurrence is not None:
            when = when_label(occurrence)
        elif desk.plan_ended(k.id, today):
            when = ("Frist", "ingen – planperioden er over")
        elif t.frist.has_date:
            end = norwegian_date(desk.plan_end(k.id))
            when = ("Frist", f"ingen flere før planen slutter {end}")
        else:
            when = ("Statussjekk", "ingen flere i planperioden – løpende tiltak, uten frist")
        history = desk.history(k.id, t, today)
        facts = [
            when,
            ("Planen sier", t.frist.text),
            ("Ansvar", ", ".join(t.ansvar)),
        ]
        if history:
            facts.append(("Status", history_text(history)))
        line = provenance_line(t, sources=k.sources, frist=t.frist)
        if line:
            facts.append(("Grunnlag", line.removeprefix(PROVENANCE)))
        sections.append(Section(heading=tiltak_label(t), facts=tuple(facts)))
    if not sections:
        sections.append(
            Section(text="Fant ikke det tiltaket. Prøv «hva er fristen for tiltak 18».")
        )
    sheet = Sheet(
        title="Frist",
        subtitle=f"{k.plan.title} ({desk.period_text(k.id)})",
        sections=tuple(sections),
        sources=(k.sources[k.plan.source].title,),
    )
    return Reply(
        sheet.as_text(),
        (sheet_card(sheet),),
        Intent.TILTAK_DEADLINE,
        {"tiltak": [t.id for t in items]},
    )


def tiltak_lookup(
    desk: TiltakDesk, index: KommuneIndex, items: list[Tiltak], today: dt.date
) -> Reply:
    """What a tiltak is about: title, goal, area, who owns it and its deadline (at most 3)."""
    k = index.kommune
    sections = []
    for t in items[:3]:
        occurrence = desk.current(k.id, t, today) if desk.is_current(k.id, t) else None
        when = ("Frist", t.frist.text)
        if occurrence is not None:
            kind, value = when_label(occurrence)
            when = (kind, f"{value} ({t.frist.text})")
        sections.append(
            Section(
                heading=tiltak_label(t),
                facts=(
                    ("Ansvar", ", ".join(t.ansvar)),
                    ("Mål", t.mal or ""),
                    ("Innsatsområde", t.innsatsomrade),
                    when,
                ),
            )
        )
    if not sections:
        sections.append(
            Section(
                text="Fant ikke det tiltaket i planen. Prøv nummeret («tiltak 12») eller et "
                "ord fra tiltaket."
            )
        )
    more = len(items) - 3
    title = "Tiltak i handlingsplanen"
    if len(items) == 1:  # the tiltak itself is the title
        title, sections = tiltak_label(items[0]), [Section(facts=sections[0].facts)]
    sheet = Sheet(
        title=title,
        subtitle=k.plan.title,
        sections=tuple(sections),
        notes=(f"{more} tiltak til passer også – spør mer presist.",) if more > 0 else (),
        sources=(k.sources[k.plan.source].title,),
    )
    return Reply(
        sheet.as_text(),
        (sheet_card(sheet),),
        Intent.TILTAK_LOOKUP,
        {"tiltak": [t.id for t in items]},
    )


def plan_status(desk: TiltakDesk, index: KommuneIndex, today: dt.date) -> Reply:
    overview = desk.overview(index.id, today)
    k = index.kommune
    ended = desk.plan_ended(k.id, today)
    sections = tuple(
        Section(heading=title, items=tuple(lines) or ("Ingen",))
        for title, lines in overview_sections(overview)
    )
    if ended:
        sections = (Section(text=desk.ended_text(k.id)), *sections)
    sheet = Sheet(
        title=f"Status for handlingsplanen {norwegian_date(today)}",
        subtitle=f"{k.plan.title} ({desk.period_text(k.id)})",
        sections=sections,
        notes=_period_notes(desk, index, today)[1 if ended else 0 :],
        sources=(k.sources[k.plan.source].title,),
    )
    card = sheet_card(sheet)
    if overview.missing_owner:
        card = _with_assign_actions(card, desk, k.id, overview.missing_owner)
    counts = {
        "not_mine": len(overview.not_mine),
        "done": len(overview.done),
        "due_soon": len(overview.due_soon),
        "overdue": len(overview.overdue),
        "unanswered": len(overview.unanswered),
        "missing_owner": len(overview.missing_owner),
        "plan_ended": ended,
    }
    return Reply(sheet.as_text(), (card,), Intent.TILTAK_STATUS, counts)


def _with_assign_actions(
    card: Card, desk: TiltakDesk, kommune_id: str, missing: tuple[Tiltak, ...]
) -> Card:
    """The digest card with «Sett ansvarlig» right under the «Mangler ansvarlig» list."""
    extra = assign_actions(kommune_id, missing, desk.people_choices(kommune_id))
    body = list(card["body"])
    at = next(
        (
            i + 2
            for i, element in enumerate(body)
            if str(element.get("text", "")).startswith("Mangler ansvarlig")
        ),
        len(body),
    )
    return {**card, "body": [*body[:at], *extra, *body[at:]]}


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


def _rows(
    desk: TiltakDesk, kommune_id: str, raw: Any, clicked: Occurrence
) -> tuple[Occurrence, ...]:
    """The card's rows from ``tiltak@day,…``; unknown or malformed rows are left out."""
    rows = []
    for part in str(raw or "").split(",")[:50]:
        tiltak_id, _, day = part.partition("@")
        tiltak = desk.by_id(kommune_id, tiltak_id)
        try:
            date = dt.date.fromisoformat(day)
        except ValueError:
            continue
        if tiltak is not None:
            rows.append(desk.occurrence(kommune_id, tiltak, date))
    return tuple(rows) if any(r.key == clicked.key for r in rows) else (clicked,)


def parse_card_answer(
    desk: TiltakDesk, data: dict[str, Any], guard: PrivacyGuard, kontakt: str = ""
) -> CardAnswer:
    """Check a card payload; forged or stale payloads get a kind explanation, not a crash.

    The comment (also a reason or «Trenger mer tid»'s why) passes the privacy guard first:
    with personal data in it nothing is stored and the sender gets the usual warning.
    """
    kommune_id, tiltak_id = data.get("kommune"), data.get("tiltak")
    if not isinstance(kommune_id, str) or kommune_id not in desk.kb.kommuner:
        raise CardProblem("Kortet hører til en kommune jeg ikke kjenner.")
    tiltak = desk.by_id(kommune_id, tiltak_id) if isinstance(tiltak_id, str) else None
    if tiltak is None:
        raise CardProblem("Tiltaket finnes ikke lenger i planen. Spør koordinatoren.")
    try:
        deadline = dt.date.fromisoformat(str(data.get("deadline")))
    except ValueError:
        raise CardProblem("Kortet mangler fristen. Spør om tiltaket på nytt.") from None
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
            raise CardProblem("Datoen for ny frist er ikke gyldig.") from None
    person = data.get(f"person_{slot}")
    occurrence = desk.occurrence(kommune_id, tiltak, deadline)
    return CardAnswer(
        occurrence,
        verb,
        comment,
        new_deadline,
        _rows(desk, kommune_id, data.get("batch"), occurrence),
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


def redraw(
    desk: TiltakDesk,
    index: KommuneIndex,
    answer: CardAnswer,
    today: dt.date,
    notice: str | None = None,
) -> dict[str, Any]:
    """The clicked card again, from the store: answered rows as receipts, the rest as they
    were; ``notice`` under the clicked row."""
    k = index.kommune
    clicked = answer.occurrence
    rows = tuple(desk.occurrence(k.id, r.tiltak, r.deadline) for r in answer.rows)
    fresh = desk.occurrence(k.id, clicked.tiltak, clicked.deadline)
    notices = {fresh.key: notice} if notice else None
    source = k.sources[clicked.tiltak.source].title
    if answer.card == "escalation":
        return escalation_card(
            rows,
            owners={r.tiltak.id: desk.owner_names(k.id, r.tiltak) for r in rows},
            choices=desk.people_choices(k.id),
            source_title=source,
            notices=notices,
        )
    if answer.card == "not_mine":
        return not_mine_card(
            fresh, choices=desk.people_choices(k.id), source_title=source, notice=notice
        )
    return batch_card(
        rows, today=today, plan_title=k.plan.title, source_title=source, notices=notices
    )


async def apply_card_answer(
    desk: TiltakDesk, index: KommuneIndex, answer: CardAnswer, by: str, now: dt.datetime
) -> tuple[Reply, Card | None]:
    """Record the answer; returns the redrawn card and, after «Ikke mitt ansvar», the card
    for the coordinator (who said it, why, and what to do)."""
    today = now.date()
    problem = None
    if answer.verb is Verb.TILTAK_MORE_TIME and (
        answer.new_deadline is None or answer.new_deadline <= today
    ):
        problem = "Velg en ny frist etter i dag, og trykk «Send ny frist» igjen."
    elif answer.verb is Verb.TILTAK_COMMENT and not answer.comment:
        problem = "Skriv en kommentar først."
    if problem:
        card = redraw(desk, index, answer, today, problem)
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
        Verb.TILTAK_DONE: "Takk! Tiltaket er markert som utført.",
        Verb.TILTAK_MORE_TIME: "Takk! Ny frist er registrert.",
        Verb.TILTAK_NOT_MINE: "Takk! Jeg sier fra til SLT-koordinatoren.",
        Verb.TILTAK_COMMENT: "Takk! Kommentaren er lagret.",
    }[answer.verb]
    card = redraw(desk, index, answer, today)
    note = None
    if answer.verb is Verb.TILTAK_NOT_MINE:
        note = not_mine_card(
            updated,
            choices=desk.people_choices(index.id),
            source_title=index.kommune.sources[updated.tiltak.source].title,
        )
    return Reply(thanks, (card,), "tiltak.action", {"status": updated.status.value}), note


def not_mine_text(occurrence: Occurrence) -> str:
    """The plain-text version of the coordinator's «ikke mitt ansvar» card."""
    t = occurrence.tiltak
    reason = f" Begrunnelse: «{occurrence.comment}»." if occurrence.comment else ""
    return (
        f"{occurrence.answered_by or 'Den ansvarlige'} svarte «Ikke mitt ansvar» på tiltak "
        f"{t.id} ({shorten(t.tiltak)}), frist {norwegian_date(occurrence.effective_deadline)}."
        f"{reason} Ansvar i planen: {', '.join(t.ansvar)}. Sett ny ansvarlig eller godta ny "
        "frist i kortet."
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
        names = desk.owner_names(k.id, o.tiltak)
        if not names:
            text = "Ingen er ansvarlig for tiltaket ennå. Sett en ansvarlig først."
        else:
            await desk.nudge(o, by, now)
            text = f"Påminnelsen sendes til {', '.join(names)} nå."
        return Reply(text, (redraw(desk, index, answer, today, text),), "tiltak.action")
    if answer.verb is Verb.TILTAK_MARK_DONE:
        await desk.answer(o, Status.DONE, by, now)
        text = f"Tiltak {o.tiltak.id} er markert som utført."
        return Reply(text, (redraw(desk, index, answer, today, text),), "tiltak.action")
    if answer.verb is Verb.TILTAK_ACCEPT_DATE:
        day = answer.new_deadline
        if day is None or day <= today:
            text = "Velg en ny frist etter i dag, og trykk «Godta» igjen."
        else:
            await desk.answer(o, Status.MORE_TIME, by, now, new_deadline=day)
            text = f"Ny frist {norwegian_date(day)} er godtatt. Påminnelsene følger den nye datoen."
        return Reply(text, (redraw(desk, index, answer, today, text),), "tiltak.action")
    person = desk.person(k.id, answer.person) if answer.person else None
    if person is None:
        text = "Velg en person i listen, og trykk «Lagre» igjen."
        return Reply(text, (redraw(desk, index, answer, today, text),), "tiltak.action")
    await desk.assign(k.id, o.tiltak, person, by, now)
    if o.status is Status.NOT_MINE:
        await desk.answer(o, Status.OPEN, by, now)  # open again, for the new ansvarlig
    reopened = desk.occurrence(k.id, o.tiltak, o.deadline)
    if reopened.status in (Status.OPEN, Status.MORE_TIME):
        await desk.nudge(reopened, by, now)
    text = f"{person.name} er nå ansvarlig for tiltak {o.tiltak.id} og får et kort om det nå."
    return Reply(text, (redraw(desk, index, answer, today, text),), "tiltak.action")


async def apply_assign_group(
    desk: TiltakDesk, index: KommuneIndex, data: dict[str, Any], by: str, now: dt.datetime
) -> Reply:
    """«Sett ansvarlig» in the digest: one person for a group of tiltak nobody had."""
    k = index.kommune
    slot = str(data.get("slot") or "g")
    raw = data.get(f"person_{slot}")
    person = desk.person(k.id, raw) if isinstance(raw, str) else None
    group = data.get(f"group_{slot}") or data.get("group") or ""
    tiltak = [t for i in str(group).split(",")[:100] if (t := desk.by_id(k.id, i.strip()))]
    if person is None or not tiltak:
        text = "Velg tiltakene og en person i listen, og trykk «Lagre» igjen."
        card = plan_status(desk, index, now.date()).cards[0]
        return Reply(text, (_with_notice(card, text, "Attention"),), "tiltak.action")
    for t in tiltak:
        await desk.assign(k.id, t, person, by, now)
    ids = ", ".join(t.id for t in tiltak)
    text = f"{person.name} er nå ansvarlig for tiltak {ids} og får påminnelsene om dem."
    return Reply(
        text,
        (_with_notice(plan_status(desk, index, now.date()).cards[0], text),),
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
    end = desk.plan_end(k.id)
    problem = None
    if day is None or day <= now.date():
        problem = "Velg en frist etter i dag i datofeltet, og trykk «Sett frist» igjen."
    elif day > end:
        problem = (
            f"Fristen er etter at handlingsplanen slutter ({norwegian_date(end)}). Velg en "
            "tidligere dato, eller forleng planen først."
        )
    if problem:
        card = redraw(desk, index, answer, now.date(), problem)
        return Reply(problem, (card,), "tiltak.action")
    assert day is not None
    tiltak = answer.occurrence.tiltak
    await desk.set_deadline(k.id, tiltak, day, by, now)
    updated = desk.occurrence(k.id, tiltak, day)
    thanks = f"Takk! Tiltak {tiltak.id} har nå frist {norwegian_date(day)}, satt av deg."
    card = batch_card(
        [updated],
        today=now.date(),
        plan_title=k.plan.title,
        source_title=k.sources[tiltak.source].title,
        notices={updated.key: thanks},
    )
    return Reply(thanks, (card,), "tiltak.action", {"deadline": day.isoformat()})


async def apply_extend_plan(
    desk: TiltakDesk, kommune_id: str, data: dict[str, Any], by: str, now: dt.datetime
) -> Reply:
    """One more year of reminders, once per card: a second click on the same card (its
    ``end`` is no longer the plan's end) changes nothing."""
    end = desk.plan_end(kommune_id)
    if str(data.get("end")) != end.isoformat():
        text = f"Planen er allerede forlenget. Den gjelder nå til {norwegian_date(end)}."
        return Reply(text, intent="tiltak.action")
    new_end = await desk.extend_plan(kommune_id, by, now)
    text = (
        f"Takk! Handlingsplanen er forlenget med ett år, til {norwegian_date(new_end)}. "
        "Påminnelser og statussjekker fortsetter ut året."
    )
    card = plan_end_card(
        kommune_id,
        desk.period_text(kommune_id),
        new_end,
        ended=False,
        notice=text,
    )
    return Reply(text, (card,), "tiltak.action", {"plan_end": new_end.isoformat()})


# --- registration on the router -------------------------------------------------------------


def _question(turn: Turn) -> Reply:
    q, bot = turn.understood, turn.bot
    assert q is not None
    today = bot.clock.now().date()
    index = turn.index
    if q.intent is Intent.TILTAK_MINE:
        identities = turn.identities
        return my_tiltak(bot.desk, index, identities, today, q.role_words)
    if q.intent is Intent.TILTAK_STATUS:
        return plan_status(bot.desk, index, today)
    if q.intent is Intent.TILTAK_DEADLINE:
        return tiltak_deadline(bot.desk, index, q, today)
    if q.intent is Intent.TILTAK_OWNER:
        return tiltak_owner(bot.desk, index, q, today)
    if q.intent is Intent.TILTAK_LOOKUP:
        return tiltak_lookup(bot.desk, index, _find(bot.desk, index, q), today)
    return tiltak_for_role(bot.desk, index, q, today)


def _parse(turn: Turn) -> CardAnswer:
    """The card's answer, its free text checked by the privacy guard (raises CardProblem)."""
    bot = turn.bot
    return parse_card_answer(
        bot.desk, dict(turn.data), bot.privacy, bot.coordinator_contact(turn.kommune_id)
    )


def _may_answer(turn: Turn) -> bool:
    """Only the tiltak's ansvarlig or the coordinator (an admin) may answer a reminder.

    With nobody mapped and no admins configured (local use) anyone in the room may. A card
    that cannot be read passes, so the handler can say what is wrong with it.
    """
    bot, request = turn.bot, turn.request
    try:
        answer = _parse(turn)
    except CardProblem:
        return True
    if request is None:
        return False
    kommune_id = answer.occurrence.kommune_id
    if bot.desk.may_answer(kommune_id, answer.occurrence.tiltak, turn.identities):
        return True
    if bot.settings.admins:
        return bot.is_admin(turn.identities)
    return bot.desk.people_map(kommune_id).is_empty


ANSWERER = Policy(
    "tiltak_answerer",
    _may_answer,
    "Det er bare den som er ansvarlig for tiltaket, eller SLT-koordinatoren, som kan svare på "
    "denne påminnelsen. Ta kontakt med koordinatoren om noe skal endres.",
)


async def _card_action(turn: Turn) -> Reply:
    """A click on a reminder card; the note for the coordinator goes out as a follow-up."""
    bot = turn.bot
    try:
        answer = _parse(turn)
    except CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    kommune_id = answer.occurrence.kommune_id
    index = bot.kb.kommuner[kommune_id]
    by = turn.by
    reply, note = await apply_card_answer(bot.desk, index, answer, by, bot.clock.now())
    if note:
        updated = bot.desk.occurrence(
            kommune_id, answer.occurrence.tiltak, answer.occurrence.deadline
        )
        followup = Followup(kommune_id, not_mine_text(updated), card=note)
        reply = Reply(reply.text, reply.cards, reply.intent, reply.facts, (followup,))
    return reply


async def _coordinator_action(turn: Turn) -> Reply:
    """The coordinator's buttons on the escalation, «ikke mitt ansvar» and digest cards."""
    bot = turn.bot
    data = dict(turn.data)
    kommune_id = data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Kortet hører til en kommune jeg ikke kjenner.", intent="tiltak.action")
    by = turn.by
    index = bot.kb.kommuner[kommune_id]
    if data.get("verb") == Verb.TILTAK_ASSIGN and data.get("card") == "digest":
        return await apply_assign_group(bot.desk, index, data, by, bot.clock.now())
    try:
        answer = _parse(turn)
    except CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    return await apply_coordinator_action(bot.desk, index, answer, by, bot.clock.now())


def register(router: Router) -> None:
    """«Mine tiltak», status, frist, ansvar — and the reminder card's buttons."""
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


def _card_kommune(turn: Turn) -> str | None:
    """The kommune a coordinator's card is about: the reminder's tiltak, or the plan-end or
    digest card's own ``kommune``. None when the card cannot be read (the handler then says
    why)."""
    data = dict(turn.data)
    if data.get("verb") == Verb.TILTAK_EXTEND_PLAN or data.get("card") == "digest":
        kommune_id = data.get("kommune")
        return kommune_id if isinstance(kommune_id, str) else None
    try:
        return _parse(turn).occurrence.kommune_id
    except CardProblem:
        return None


def _coordinator_of_card(turn: Turn) -> bool:
    kommune_id = _card_kommune(turn)
    if kommune_id is None or kommune_id not in turn.bot.kb.kommuner:
        return True  # the handler explains what is wrong with the card
    return turn.request is not None and turn.bot.may_manage(kommune_id, turn.identities)


CARD_COORDINATOR = Policy(
    "coordinator",
    _coordinator_of_card,
    "Det er bare SLT-koordinatoren som kan gjøre dette. Ta kontakt med koordinatoren.",
)


async def _set_deadline(turn: Turn) -> Reply:
    """The coordinator sets a deadline for a tiltak the plan gave none (stored)."""
    bot = turn.bot
    try:
        answer = _parse(turn)
    except CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    index = bot.kb.kommuner[answer.occurrence.kommune_id]
    by = turn.by
    return await apply_set_deadline(bot.desk, index, answer, by, bot.clock.now())


async def _extend_plan(turn: Turn) -> Reply:
    """«Forleng med ett år» on the plan-end card: the only way reminders go on after it."""
    bot = turn.bot
    kommune_id = turn.data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Kortet hører til en kommune jeg ikke kjenner.", intent="tiltak.action")
    by = turn.by
    return await apply_extend_plan(bot.desk, kommune_id, dict(turn.data), by, bot.clock.now())
