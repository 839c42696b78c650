"""«har vi noen ei jente kan snakke med om prevensjon?», «kven kan hjelpa ei mor utan pengar?»,
«noen å snakke med for en gutt som sliter – har vi psykolog?»: a need in staff's own
words, no service named. knowledge/national/needs.yaml says which kind of service meets it;
the kommune's plan (``Kommune.need_services``) which service of that kind it has, with its
line – that service answers, in the plan's words. A kind the plan names no service for is
said so, with the coordinator (the honest fallback), never a service of another kommune.

Only where the other readings find nothing: a contact question the organisation's service
search answers keeps that answer, and an unknown question only where the rescue found no
answer (bot/features/doubt.py): its fallback, or its «Mente du …?» of a guessed tiltak.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.features.needs import calls, texts
from bot.features.needs.off_need import off_need
from bot.features.needs.tiltak_giver import cared_for_talks, offer_line
from bot.features.organisation import contact_questions
from bot.features.organisation.contacts import ACUTE, DIRECTORY
from bot.features.organisation.help import fallback
from bot.features.organisation.sheets import coordinator_line
from bot.features.provenance import facts_line
from bot.features.reply import Reply
from bot.features.routines.asks_routine import routine_asked
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import NeedService
from bot.knowledge.needs import Need, NeedTable
from bot.router import ROUTINES, Router, Turn
from bot.text import fold
from bot.understanding import Intent
from bot.understanding.service_work import asks_in_kommune
from cards.routine import acute_line
from cards.sheet import sheet_card

if TYPE_CHECKING:
    from bot.routing import SltBot

MAX_NEEDS = 2
"""Needs one answer covers: «sliter psykisk og har mye fravær» is two; more is no answer."""
TILTAK_CHARS = 160


def _table(kb: KnowledgeBase) -> NeedTable:
    return NeedTable.of(kb.needs)


def needs_asked(turn: Turn, *, pointed: bool = False) -> tuple[Need, ...]:
    """The needs a question asks someone or some offer for, when nothing else it names
    (a group, a level, the coordinator, a detail) is what it asks about. A routine's topic
    read beside it («skulker») is no reason: a routine asked for was answered before.
    ``pointed``: with the needs that point to a routine (see :func:`needs_in`)."""
    q = turn.understood
    if (
        q is None
        or q.intent not in (Intent.UNKNOWN, Intent.CONTACT_SERVICE)
        or q.group_id
        or q.level
        or q.mentions_coordinator
        or q.asks_holder
        or q.detail
        or q.options
    ):
        return ()
    return needs_read(turn, pointed=pointed)


def needs_read(turn: Turn, *, whom: bool = False, pointed: bool = False) -> tuple[Need, ...]:
    """The needs of needs.yaml the question's words hold, when it asks for someone or some
    offer (needs.yaml ``asks``), whatever else it was read as; ``whom``: asked with a
    who-word in the same sentence (``asks.who``)."""
    if turn.understood is None:
        return ()
    return needs_in(turn.bot.kb, turn.text, whom=whom, pointed=pointed)


def needs_in(
    kb: KnowledgeBase, text: str, *, whom: bool = False, pointed: bool = False
) -> tuple[Need, ...]:
    """:func:`needs_read` on the text alone (no reading of it needed). A need that points to
    a routine (needs.yaml ``points_to``: a young person's rus) only when ``pointed``: where the
    contact search would list every service (:func:`_contact_or_need`); elsewhere the worry is
    the routine's, and a question read otherwise keeps its answer."""
    table = kb.built(_table)
    # the sentence that asks holds the need: «Eleven har angst. Hvem betaler bussen?» asks
    # nobody for it
    found = (
        need
        for sentence in SENTENCE.split(text)
        if table.asking(words := tuple(fold(sentence).split()))
        and (not whom or not table.who.isdisjoint(words))
        for need in table.read(words)
        if pointed or not need.points_to
    )
    return tuple(dict.fromkeys(found))[:MAX_NEEDS]


CLARIFY, RESCUED = "clarify", "rescued"  # the rescue's «Mente du …?» and its fact

ROUTINE_NAMED = "rutine"
"""«hva er rutinen vår, og hvem skal jeg involvere?»: the routine is asked for by name."""


def routine_need(turn: Turn) -> tuple[Need, ...]:
    """The need a routine's topic names, when the sentence that holds it asks whom or where
    («en elev har mye fravær, hvem kan følge ham tett opp?», «hvor tar jeg opp en elev som
    skulker mye?») and the plan names a service of its kind to reach: the service answers, not
    the routine's steps. Only a need that says so (needs.yaml ``routine``: a calm topic, where
    a worry asked whom goes to the service), never when the routine is named."""
    q = turn.understood
    if q is None or not q.routine:
        return ()
    index = turn.index
    if any(w.startswith(ROUTINE_NAMED) for w in q.words):
        return ()
    table = turn.bot.kb.built(_table)
    # a service to reach (a contact or a group): a tiltak alone («LOS», the rektor's) names no
    # one, and the routine's steps say who at the school acts
    kinds = {s.kind for s in index.kommune.need_services if s.contacts or s.group_ids}
    found = (
        need
        for sentence in SENTENCE.split(turn.text)
        if table.whom_or_where(words := tuple(fold(sentence).split()))
        for need in table.read(words)
        if need.routine == q.routine and need.kind in kinds
    )
    return tuple(dict.fromkeys(found))[:1]


SENTENCE = re.compile(r"(?<![0-9])\.+(?:\s|$)|[?!\n]+")
"""Where a sentence ends: «.» before a space, «?», «!» or a line break – not the dot of an
ordinal («en gutt i 10. som sliter»)."""


def doubted_to_need(turn: Turn, reading: str) -> Reply | None:
    """The intent net doubts an answer and its examples read a contact question («Vi har en
    elev som sliter psykisk … Hvem i kommunen kan tilby støttesamtaler?» read as the fravær
    routine): the need's services, where the question names a need, or the service asked by
    its work in the kommune (:func:`_by_work_here`), before the fallback."""
    if reading != Intent.CONTACT_SERVICE or turn.index is None:
        return None
    needs = needs_read(turn, whom=True)
    if needs:
        return need_reply(turn.index, turn.bot.kb, needs)
    return _by_work_here(turn)


def _by_work_here(turn: Turn) -> Reply | None:
    """«en ungdom på 19 har droppet ut av alt, skole og jobb. hvis ikke NAV, hvem i kommunen
    jobber med sånne?»: a case told, then who in the kommune does such work – the routine its
    topic named kept the message (a case told first keeps it), and the question names no need
    of its own («sånne» points back). The service the reader found by its work answers
    (bot/understanding/service_work.py), when the contact search finds one; else None."""
    q = turn.understood
    said = turn.bot.understanding.lexicon.form
    if q is None or q.intent is not Intent.CONTACT_SERVICE or not asks_in_kommune(q.words, said):
        return None
    reply = contact_questions.contact_reply(turn)
    return reply if str(reply.intent) == Intent.CONTACT_SERVICE else None


def instead_of_fallback(turn: Turn, reply: Reply) -> Reply:
    """The honest fallback to an unknown question, after the intent net's rescue found no
    reading for it either, or the rescue's «Mente du …?» where the plan names a service for
    the need: the need's services where the question asks for someone for a need («har vi
    noen ei jente kan snakke med om prevensjon?»; «… et barn med en pappa som drikker kan
    snakke med?» is the pårørende offer, not a tiltak its words share). Other answers stand."""
    q = turn.understood
    if q is None or q.intent is not Intent.UNKNOWN or not turn.index:
        return reply
    asked_back = reply.intent == CLARIFY and reply.facts.get(RESCUED) not in (None, ROUTINES)
    needs = needs_asked(turn) if reply.intent == Intent.UNKNOWN or asked_back else ()
    kinds = {s.kind for s in turn.index.kommune.need_services}
    if not needs or (asked_back and not any(n.kind in kinds for n in needs)):
        return reply
    told = turn.bot.routines.asked.about_someone(q.words)  # the fallback's 112 stays under it
    return need_reply(turn.index, turn.bot.kb, needs, told=told)


def _contact_or_need(turn: Turn) -> Reply:
    """A contact question the service search finds nothing for («har vi noen … om
    prevensjon?») gets the need's service instead of the fallback; one it answers with every
    service the plan names gets the service of a need that points to a routine («vi har en
    gutt som ruser seg, hvilke hjelpetilbud …») – other needs keep the plan's list."""
    reply = contact_questions.contact_reply(turn)
    if reply.facts.get(DIRECTORY) is True:  # every service, none picked for the need
        needs = tuple(n for n in needs_asked(turn, pointed=True) if n.points_to)
    elif _writers_own(turn):  # «jobber på nav, vi har en ungdom som ruser seg, …»
        needs = needs_asked(turn, pointed=True)
    else:  # «hvem kan en elev som ruser seg snakke med?»: its need, even one with a routine
        needs = needs_asked(turn, pointed=cared_for_talks(turn))
        off = off_need(turn.understood, turn.index, reply, needs)  # «… om foreldreveiledning»
        needs = needs if reply.intent == Intent.UNKNOWN or off else ()
    return need_reply(turn.index, turn.bot.kb, needs) if needs else reply


def offer_beside_calm(
    bot: SltBot, text: str, index: KommuneIndex, calm: Reply | None
) -> Reply | None:
    """A disclosure the rules read and the examples agree is calm (``calm``: the safety net's
    question back, bot/features/routines/ask_back.py ``calm_look``) that asks whether there is
    an offer, or whom, for a need it tells of («mor til en elev drikker mye, har vi noe tilbud
    der barnet kan snakke med andre i samme situasjon?»): the plan's service for the need,
    under the same acute line. A need the plan names no service for keeps the question back."""
    if calm is None or calm.intent != ASKED_BACK:
        return calm
    table = bot.kb.built(_table)
    offered = any(
        table.offered.held(words) or not table.who.isdisjoint(words)
        for sentence in SENTENCE.split(text)
        if (words := tuple(fold(sentence).split()))
    )
    needs = needs_in(bot.kb, text) if offered else ()
    served = {s.kind for s in index.kommune.need_services}
    if not any(n.kind in served for n in needs):
        return calm
    return need_reply(index, bot.kb, needs, lead=calm.text.splitlines()[0])


ASKED_BACK = "clarify"


FIRST_CLAUSE = re.compile(r"[,.;:?!\n–]")
"""Where the writer's opening clause ends («jobber på nav, vi har …»)."""


def _writers_own(turn: Turn) -> bool:
    """Every service the question names stands right after a workplace phrase in its first
    clause (needs.yaml ``asks.works_at``: «jobber på nav, …», «eg jobbar i barnevernet. …»)
    and nowhere after it: the writer's workplace, not the service asked for."""
    q = turn.understood
    if q is None or not q.role_words:
        return False
    head = FIRST_CLAUSE.split(turn.text, maxsplit=1)[0]
    clause, rest = fold(head).split(), fold(turn.text[len(head) :]).split()
    works_at = turn.bot.kb.built(_table).works_at
    after = [
        clause[i + len(phrase)]
        for phrase in works_at
        for i in range(len(clause) - len(phrase))
        if tuple(clause[i : i + len(phrase)]) == phrase
    ]
    return all(
        any(w.startswith(role) for w in after) and not any(w.startswith(role) for w in rest)
        for role in q.role_words
    )


def need_reply(
    index: KommuneIndex,
    kb: KnowledgeBase,
    needs: tuple[Need, ...],
    *,
    told: bool = False,
    lead: str = "",
) -> Reply:
    """The plan's services for each need's kind, each with how to reach it and the plan's
    line, and «Grunnlag – antatt: …» for a service the line does not plainly name for the
    need (``NeedService.facts``); none named for any: the honest fallback saying so – with
    the safety net (112/113) under it when ``told``: the need is told of someone the numbers
    answered before. ``lead``: the acute line to open with, instead of closing with it."""
    served = [s for n in needs for s in index.kommune.need_services if s.kind == n.kind]
    # the title names the needs the plan serves («arbeid og psykiske vansker» only where it
    # names a service for it), or every need when it serves none
    kinds = {s.kind for s in served}
    shown = texts.AND.join(n.shown for n in needs if n.kind in kinds or not kinds)
    if not served:
        lead = texts.none_named(kommune=index.kommune.short_name, need=shown)
        return fallback(index, kb, topic=not told, lead=lead, title=texts.who_helps(need=shown))
    sections: list[Section] = []
    keys: list[str] = []
    for service in dict.fromkeys(served):
        sections += _sections(index, service, keys)
    # a service the plan's line names but not for this need says so, as every answer says
    # what it rests on beyond the plan's words (the row is on the coordinator's review sheet)
    reading = facts_line(f for service in dict.fromkeys(served) for f in service.facts)
    sheet = Sheet(
        title=texts.who_helps(need=shown),
        subtitle=index.kommune.name,
        sections=(*sections, *_pointers(kb, needs), *(() if lead else (Section(text=ACUTE),))),
        notes=(*([reading] if reading else []), coordinator_line(index)),
    )
    said: dict[str, object] = {"contacts": keys, "needs": [n.id for n in needs]}
    if lead:  # the acute line seen before anything else, as in the question back
        card = sheet_card(sheet)
        card["body"].insert(0, acute_line(lead))
        return Reply(f"{lead}\n\n{sheet.as_text()}", (card,), "contact_service", said)
    return Reply(sheet.as_text(), (sheet_card(sheet),), "contact_service", said)


def _pointers(kb: KnowledgeBase, needs: tuple[Need, ...]) -> tuple[Section, ...]:
    """The routine each need points to (needs.yaml ``points_to``): whom to reach is the
    services', what the school does about the worry the routine's steps."""
    titles = {r.id: r.title for r in (kb.national.routines if kb.national else ())}
    pointed = dict.fromkeys(n.points_to for n in needs if n.points_to in titles)
    return tuple(
        Section(text=texts.routine_pointer(title=titles[r], asked=titles[r].lower()))
        for r in pointed
    )


def _sections(index: KommuneIndex, service: NeedService, keys: list[str]) -> list[Section]:
    """One service of the kind: its contacts (how to reach them), its groups (what they are
    for), its tiltak, and the plan's line that names it."""
    kommune = index.kommune
    out: list[Section] = []
    for key in service.contacts:
        if key in keys:
            continue
        keys.append(key)
        c = kommune.contacts[key]
        facts = (("Telefon", c.phone or ""), ("E-post", c.email or ""), ("Nettside", c.url or ""))
        out.append(Section(text=c.role, facts=facts))
    groups = {g.id: g for g in kommune.groups}
    for gid in service.group_ids:
        if gid not in keys:
            keys.append(gid)
            out.append(Section(heading=groups[gid].name, text=groups[gid].purpose))
    by_id = {t.id: t for t in kommune.tiltak}
    bare = not (service.contacts or service.group_ids)  # who gives it: tiltak_giver.py
    items = tuple(offer_line(by_id[t], _short, bare) for t in service.tiltak_ids if t in by_id)
    if items:
        out.append(Section(heading=texts.TILTAK, items=items))
    out.append(Section(text=texts.plan_says(at=service.at, quote=service.quote)))
    return out


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TILTAK_CHARS else text[: TILTAK_CHARS - 1].rsplit(" ", 1)[0] + " …"


GUESSED_GROUP = frozenset({Intent.MEMBERS, Intent.DUTIES})
"""Readings of a group that retrieval may have guessed from the need's own word («har vi noe
lavterskel?» found Jevnaker's fagteam by «lavterskelnivå» in its purpose)."""


def group_guessed_for_need(turn: Turn) -> tuple[Need, ...]:
    """The needs asked where no group was named and retrieval alone chose one (the reading's
    ``margin`` is set only then, bot/understanding/confidence.py): an offer asked for a need
    («Har vi noe lavterskel?» after «Foreldre spør meg hvor de kan gå») is the plan's service
    for it, not the members or duties of the group whose text shares its word. A group the
    question names, a role or the coordinator keep their answer."""
    q = turn.understood
    if (
        q is None
        or q.intent not in GUESSED_GROUP
        or q.margin is None
        or q.role_words
        or q.mentions_coordinator
        or q.level_named
    ):
        return ()
    table = turn.bot.kb.built(_table)
    found = (
        need
        for sentence in SENTENCE.split(turn.text)
        if table.asking(words := tuple(fold(sentence).split())) or table.offered.held(words)
        for need in table.read(words)
    )
    return tuple(dict.fromkeys(found))[:MAX_NEEDS]


def tiltak_guessed_for_need(turn: Turn) -> tuple[Need, ...]:
    """The needs asked for a person where retrieval alone read a tiltak (``margin`` set, no
    cue, nothing named) and the plan's service for the first need has a tiltak retrieval
    found too: «ungdom med psykiske plager som vil ut i arbeid, hva finnes av tilbud» ranked
    Våler's støttesamtaler first and Fontenehuset (tiltak 31, the service for work with
    psychological struggles) fourth – an offer asked for the need is the service that meets
    it, with that tiltak. Only a need that refines a broader one (needs.yaml ``refines``):
    for a broad need («tilbud til ungdom med angst») the tiltak ranked may well be the offer
    asked, and a held-out answer turned wrong so. Retrieval's first tiltak being the
    service's («har kommunen noe tilbud til barn som er pårørende …»: the samtalegruppe)
    already answers, and a tiltak named, a role, a group or a number keep the tiltak's
    answer."""
    q = turn.understood
    if (
        q is None
        or q.intent is not Intent.TILTAK_LOOKUP
        or q.margin is None
        or q.cue
        or q.role_words
        or q.group_id
        or q.tiltak_number
        or turn.index is None
    ):
        return ()
    needs = needs_read(turn)
    if not needs or not needs[0].refines:  # a broad need: the tiltak retrieval ranks may be it
        return ()
    found = [key for kind, key in q.about if kind == "tiltak"]
    first = [s for s in turn.index.kommune.need_services if needs and s.kind == needs[0].kind]
    if not found or any(found[0] in s.tiltak_ids for s in first):
        return ()
    return needs if any(set(found).intersection(s.tiltak_ids) for s in first) else ()


def _calls_for_need(turn: Turn) -> bool:
    """«hvor ringer jeg om en familie uten penger»: whom the asker calls for someone, no
    service named, which the numbers to call would answer – but a need is asked, which the
    plan's service meets (the acute numbers stay under it). A young person who calls («kor kan
    ungdom ringa anonymt …») is the helplines' (needs.yaml ``asks.caller``)."""
    q = turn.understood
    return (
        q is not None
        and q.intent is Intent.UNKNOWN
        and calls.calls_for_help(turn)
        and not turn.bot.kb.built(_table).caller.isdisjoint(q.words)
        and bool(needs_asked(turn))
    )


def register(router: Router) -> None:
    """Before the organisation's handlers: a contact question whose service search finds
    nothing gets the need's services (the unknown question's turn: :func:`instead_of_fallback`,
    called by bot/features/doubt.py)."""
    router.message(
        "routine:need_service",
        lambda turn: bool(routine_need(turn)) and routine_asked(turn),
        lambda turn: need_reply(turn.index, turn.bot.kb, routine_need(turn)),
        group=ROUTINES,
    )
    router.message(
        "question:need_beside_guessed_tiltak",
        lambda turn: bool(tiltak_guessed_for_need(turn)),
        lambda turn: need_reply(turn.index, turn.bot.kb, tiltak_guessed_for_need(turn)),
        group=ROUTINES,  # before the tiltak's answer
    )
    router.message(
        "question:need_contact_service",
        lambda turn: bool(
            turn.understood
            and turn.understood.intent is Intent.CONTACT_SERVICE
            and needs_asked(turn, pointed=True)
        ),
        _contact_or_need,
    )
    router.message(
        "question:need_beside_guessed_group",
        lambda turn: bool(group_guessed_for_need(turn)),
        lambda turn: need_reply(turn.index, turn.bot.kb, group_guessed_for_need(turn)),
    )
    router.message(
        "question:need_whom_to_call",
        _calls_for_need,
        lambda turn: need_reply(turn.index, turn.bot.kb, needs_asked(turn), told=True),
    )
