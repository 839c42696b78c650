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
from bot.features.reply import Followup, Reply
from bot.features.sheet import PROVENANCE, Section, Sheet
from bot.features.tiltak import STATUS_LABEL, Occurrence, Status, TiltakDesk, history_text
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.router import Policy, Router, Turn, for_intents
from bot.understanding import Intent, Understood
from cards.sheet import sheet_card
from cards.tiltak import (
    norwegian_date,
    overview_sections,
    plan_end_card,
    reminder_card,
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


def my_tiltak(desk: TiltakDesk, index: KommuneIndex, identities: set[str], today: dt.date) -> Reply:
    roles = desk.people_map(index.id).roles_of(identities)
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
    counts = {
        "done": len(overview.done),
        "due_soon": len(overview.due_soon),
        "overdue": len(overview.overdue),
        "unanswered": len(overview.unanswered),
        "missing_owner": len(overview.missing_owner),
        "plan_ended": ended,
    }
    return Reply(sheet.as_text(), (sheet_card(sheet),), Intent.TILTAK_STATUS, counts)


# --- the reminder card's answers -------------------------------------------------------------


@dataclass(frozen=True)
class CardAnswer:
    """A validated click on a reminder card."""

    occurrence: Occurrence
    verb: Verb
    comment: str | None
    new_deadline: dt.date | None


class CardProblem(ValueError):
    """The click cannot be used; the message is for the user."""


def parse_card_answer(
    desk: TiltakDesk, data: dict[str, Any], guard: PrivacyGuard, kontakt: str = ""
) -> CardAnswer:
    """Check a card payload; forged or stale payloads get a kind explanation, not a crash.

    The comment (also the reason for «Trenger mer tid») passes the privacy guard first: with
    personal data in it nothing is stored and the sender gets the usual warning.
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
    comment = data.get("comment")
    comment = comment.strip()[:1000] if isinstance(comment, str) and comment.strip() else None
    if comment is not None:
        refusal = free_text_refusal("Kommentaren", kontakt)
        try:
            screen_free_text(guard, comment, "tiltak comment", refusal)
        except FreeTextRefused as refused:
            raise CardProblem(str(refused)) from None
    new_deadline = None
    raw_date = data.get("new_deadline")
    if isinstance(raw_date, str) and raw_date.strip():
        try:
            new_deadline = dt.date.fromisoformat(raw_date.strip())
        except ValueError:
            raise CardProblem("Datoen for ny frist er ikke gyldig.") from None
    verb = Verb(data["verb"])
    return CardAnswer(desk.occurrence(kommune_id, tiltak, deadline), verb, comment, new_deadline)


STATUS_FOR_VERB = {
    Verb.TILTAK_DONE: Status.DONE,
    Verb.TILTAK_MORE_TIME: Status.MORE_TIME,
    Verb.TILTAK_NOT_MINE: Status.NOT_MINE,
    Verb.TILTAK_COMMENT: None,
}


def apply_card_answer(
    desk: TiltakDesk, index: KommuneIndex, answer: CardAnswer, by: str, now: dt.datetime
) -> tuple[Reply, str | None]:
    """Record the answer; returns the updated card and, when needed, a note for the coordinator."""
    today = now.date()
    k = index.kommune
    card_kwargs: dict[str, Any] = {
        "today": today,
        "plan_title": k.plan.title,
        "source_title": k.sources[answer.occurrence.tiltak.source].title,
    }
    if answer.verb is Verb.TILTAK_MORE_TIME and (
        answer.new_deadline is None or answer.new_deadline <= today
    ):
        card = reminder_card(
            answer.occurrence,
            notice="Velg en ny frist etter i dag i datofeltet, og trykk «Trenger mer tid» igjen.",
            **card_kwargs,
        )
        return Reply("Velg en ny frist etter i dag.", (card,), "tiltak.action"), None
    if answer.verb is Verb.TILTAK_COMMENT and not answer.comment:
        card = reminder_card(answer.occurrence, notice="Skriv en kommentar først.", **card_kwargs)
        return Reply("Skriv en kommentar først.", (card,), "tiltak.action"), None
    updated = desk.answer(
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
    card = reminder_card(updated, notice=thanks, **card_kwargs)
    note = None
    if answer.verb is Verb.TILTAK_NOT_MINE:
        note = (
            f"Tiltak {updated.tiltak.id} ({shorten(updated.tiltak.tiltak)}) med frist "
            f"{norwegian_date(updated.deadline)} er meldt som «ikke mitt ansvar». Ansvar i "
            f"planen: {', '.join(updated.tiltak.ansvar)}. Finn riktig ansvarlig."
        )
    return Reply(thanks, (card,), "tiltak.action", {"status": updated.status.value}), note


# --- the coordinator's clicks: a deadline for a løpende tiltak, one more year of plan -------


def apply_set_deadline(
    desk: TiltakDesk, index: KommuneIndex, answer: CardAnswer, by: str, now: dt.datetime
) -> Reply:
    """Store the coordinator's deadline; from now on the tiltak has a «frist» (source:
    coordinator) instead of status checks. Only the coordinator gets here."""
    k = index.kommune
    card_kwargs: dict[str, Any] = {
        "today": now.date(),
        "plan_title": k.plan.title,
        "source_title": k.sources[answer.occurrence.tiltak.source].title,
    }
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
        card = reminder_card(answer.occurrence, notice=problem, **card_kwargs)
        return Reply(problem, (card,), "tiltak.action")
    assert day is not None
    tiltak = answer.occurrence.tiltak
    desk.set_deadline(k.id, tiltak, day, by, now)
    updated = desk.occurrence(k.id, tiltak, day)
    thanks = f"Takk! Tiltak {tiltak.id} har nå frist {norwegian_date(day)}, satt av deg."
    card = reminder_card(updated, notice=thanks, **card_kwargs)
    return Reply(thanks, (card,), "tiltak.action", {"deadline": day.isoformat()})


def apply_extend_plan(
    desk: TiltakDesk, kommune_id: str, data: dict[str, Any], by: str, now: dt.datetime
) -> Reply:
    """One more year of reminders, once per card: a second click on the same card (its
    ``end`` is no longer the plan's end) changes nothing."""
    end = desk.plan_end(kommune_id)
    if str(data.get("end")) != end.isoformat():
        text = f"Planen er allerede forlenget. Den gjelder nå til {norwegian_date(end)}."
        return Reply(text, intent="tiltak.action")
    new_end = desk.extend_plan(kommune_id, by, now)
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
        identities = bot.identities(turn.request) if turn.request else set()
        return my_tiltak(bot.desk, index, identities, today)
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
    if bot.desk.may_answer(kommune_id, answer.occurrence.tiltak, bot.identities(request)):
        return True
    if bot.settings.admins:
        return bot.is_admin(request)
    return bot.desk.people_map(kommune_id).is_empty


ANSWERER = Policy(
    "tiltak_answerer",
    _may_answer,
    "Det er bare den som er ansvarlig for tiltaket, eller SLT-koordinatoren, som kan svare på "
    "denne påminnelsen. Ta kontakt med koordinatoren om noe skal endres.",
)


def _card_action(turn: Turn) -> Reply:
    """A click on a reminder card; the note for the coordinator goes out as a follow-up."""
    bot, request = turn.bot, turn.request
    try:
        answer = _parse(turn)
    except CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    kommune_id = answer.occurrence.kommune_id
    index = bot.kb.kommuner[kommune_id]
    by = (request.user_name or request.user_id) if request else "Ukjent"
    reply, note = apply_card_answer(bot.desk, index, answer, by, bot.clock.now())
    if note:
        reply = Reply(
            reply.text, reply.cards, reply.intent, reply.facts, (Followup(kommune_id, note),)
        )
    return reply


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
    router.verb(Verb.TILTAK_EXTEND_PLAN, _extend_plan, access=CARD_COORDINATOR)


def _card_kommune(turn: Turn) -> str | None:
    """The kommune a coordinator's card is about: the reminder's tiltak, or the plan-end card's
    own ``kommune``. None when the card cannot be read (the handler then says why)."""
    data = dict(turn.data)
    if data.get("verb") == Verb.TILTAK_EXTEND_PLAN:
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
    return turn.request is not None and turn.bot.may_manage(kommune_id, turn.request)


CARD_COORDINATOR = Policy(
    "coordinator",
    _coordinator_of_card,
    "Det er bare SLT-koordinatoren som kan gjøre dette. Ta kontakt med koordinatoren.",
)


def _set_deadline(turn: Turn) -> Reply:
    """The coordinator sets a deadline for a tiltak the plan gave none (stored)."""
    bot, request = turn.bot, turn.request
    try:
        answer = _parse(turn)
    except CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    index = bot.kb.kommuner[answer.occurrence.kommune_id]
    by = (request.user_name or request.user_id) if request else "Ukjent"
    return apply_set_deadline(bot.desk, index, answer, by, bot.clock.now())


def _extend_plan(turn: Turn) -> Reply:
    """«Forleng med ett år» on the plan-end card: the only way reminders go on after it."""
    bot, request = turn.bot, turn.request
    kommune_id = turn.data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Kortet hører til en kommune jeg ikke kjenner.", intent="tiltak.action")
    by = (request.user_name or request.user_id) if request else "Ukjent"
    return apply_extend_plan(bot.desk, kommune_id, dict(turn.data), by, bot.clock.now())
