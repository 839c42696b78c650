"""Tiltak commands ("mine tiltak", "status handlingsplan", …) and the reminder card's answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.features.reply import Followup, Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak import STATUS_LABEL, Occurrence, Status, TiltakDesk
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.router import Policy, Router, Turn, for_intents
from bot.understanding import Intent, Understood
from cards.sheet import sheet_card
from cards.tiltak import norwegian_date, overview_sections, reminder_card, shorten
from cards.verbs import Verb


def label(tiltak: Tiltak) -> str:
    """«Tiltak 12: …» for a numbered tiltak; a plan without numbers shows just the title
    (the slug in the knowledge file is an internal id, never shown)."""
    return f"Tiltak {tiltak.id}: {tiltak.tiltak}" if tiltak.id.isdigit() else tiltak.tiltak


def _line(tiltak: Tiltak, occurrence: Occurrence | None) -> str:
    due = ""
    if occurrence is not None:
        due = f" – frist {norwegian_date(occurrence.effective_deadline)}"
        if occurrence.status is not Status.OPEN:
            due += f" ({STATUS_LABEL[occurrence.status].lower()})"
    elif tiltak.frist.continuous:
        due = " – løpende"
    return f"{label(tiltak)}{due} [{', '.join(tiltak.ansvar)}]"


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
    lines = tuple(_line(t, desk.current(k.id, t, today)) for t in items)
    sheet = Sheet(
        title=title,
        subtitle=k.plan.title,
        sections=(Section(items=lines) if lines else Section(text=empty),),
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
    for t in items[:5]:
        occurrence = desk.current(k.id, t, today)
        when = norwegian_date(occurrence.effective_deadline) if occurrence else "ingen dato"
        note = " (forslag – koordinator bekrefter)" if t.frist.example else ""
        sections.append(
            Section(
                heading=label(t),
                facts=(
                    ("Frist", f"{when}{note}"),
                    ("Planen sier", t.frist.text),
                    ("Ansvar", ", ".join(t.ansvar)),
                ),
            )
        )
    if not sections:
        sections.append(
            Section(text="Fant ikke det tiltaket. Prøv «hva er fristen for tiltak 18».")
        )
    sheet = Sheet(
        title="Frist",
        subtitle=k.plan.title,
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
        occurrence = desk.current(k.id, t, today)
        when = t.frist.text
        if occurrence is not None and not t.frist.continuous:
            when = f"{norwegian_date(occurrence.effective_deadline)} ({t.frist.text})"
        sections.append(
            Section(
                heading=label(t),
                facts=(
                    ("Ansvar", ", ".join(t.ansvar)),
                    ("Mål", t.mal or ""),
                    ("Innsatsområde", t.innsatsomrade),
                    ("Frist", when),
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
        title, sections = label(items[0]), [Section(facts=sections[0].facts)]
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
    sections = tuple(
        Section(heading=title, items=tuple(lines) or ("Ingen",))
        for title, lines in overview_sections(overview)
    )
    k = index.kommune
    sheet = Sheet(
        title=f"Status for handlingsplanen {norwegian_date(today)}",
        subtitle=k.plan.title,
        sections=sections,
        sources=(k.sources[k.plan.source].title,),
    )
    counts = {
        "done": len(overview.done),
        "due_soon": len(overview.due_soon),
        "overdue": len(overview.overdue),
        "unanswered": len(overview.unanswered),
        "missing_owner": len(overview.missing_owner),
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


def parse_card_answer(desk: TiltakDesk, data: dict[str, Any]) -> CardAnswer:
    """Check a card payload; forged or stale payloads get a kind explanation, not a crash."""
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
    card_kwargs = {
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


def _may_answer(turn: Turn) -> bool:
    """Only the tiltak's ansvarlig or the coordinator (an admin) may answer a reminder.

    With nobody mapped and no admins configured (local use) anyone in the room may. A card
    that cannot be read passes, so the handler can say what is wrong with it.
    """
    bot, request = turn.bot, turn.request
    try:
        answer = parse_card_answer(bot.desk, dict(turn.data))
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
        answer = parse_card_answer(bot.desk, dict(turn.data))
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
