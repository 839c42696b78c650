"""Answers about the SLT organisation: who sits where, who calls in, how often, what for.

Each function turns an :class:`Understood` question and a kommune's index into a
:class:`Sheet`, which becomes both the text answer and the card. Every sheet names its
source, and mentions what a losing source said where two disagree. This module holds the
answers about groups, roles and the coordinator and registers all organisation answers;
the plan as a whole is bot/features/organisation/plan.py, help and the fallback
bot/features/organisation/help.py, what they share bot/features/organisation/sheets.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.features.organisation import asked, texts, workplace
from bot.features.organisation.coordinator_seats import coordinator_works_in
from bot.features.organisation.help import fallback, greeting, help_reply
from bot.features.organisation.holidays import holiday_section
from bot.features.organisation.honest import honest_fallback
from bot.features.organisation.level_named import level_naming
from bot.features.organisation.no_seat import no_seat_answer
from bot.features.organisation.plan import level_heading, levels, plan, target_group
from bot.features.organisation.role_level import asks_level, role_level_sheet
from bot.features.organisation.roles_in import role_in
from bot.features.organisation.seat_match import calls_own_service, role_asked, seat_hits
from bot.features.organisation.sheets import (
    LEVEL_LABEL,
    coordinator_line,
    group_of,
    kommune_line,
    meeting_facts,
    other_notes,
    sheet_reply,
    sources,
)
from bot.features.organisation.together import groups_together, heading, names, together_reply
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex, RoleHit
from bot.knowledge.models import Group
from bot.knowledge.provenance import Sourced
from bot.router import SMALL_TALK, Router, Turn, for_intents
from bot.text import fold, fold_plan_text
from bot.understanding import Intent, Understood
from bot.understanding.rules import case_to_coordinator
from cards.sheet import sheet_card


def members(index: KommuneIndex, q: Understood) -> Reply:
    group = group_of(index, q)
    if group is None:
        return which_group(index, q)
    several = groups_together(index, q)
    if several:
        return _members_of(index, q, several)
    sections = []
    if q.role_words:
        sections.append(Section(text=role_in(index, q, group)))
    if q.level_named:
        info = next(i for i in index.kommune.levels if i.level == group.level)
        if info.description:
            sections.append(Section(text=info.description))
    members_text = group.members or (texts.NO_MEMBERS,)
    sections.append(Section(heading="Deltakere", items=members_text, text=group.members_note))
    sections.append(Section(facts=meeting_facts(group)))
    sheet = Sheet(
        title=texts.members_title(group.name),
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {kommune_line(index, group)}",
        sections=tuple(sections),
        notes=tuple(other_notes(index, group, {"members", "members_note"})),
        sources=sources(index, group),
    )
    return sheet_reply(sheet, Intent.MEMBERS, group=group.id, members=list(group.members))


def _members_of(index: KommuneIndex, q: Understood, groups: tuple[Group, ...]) -> Reply:
    """«hvem sitter i politirådet og slt-nettverket?»: each group's members under its name."""
    sections = []
    for group in groups:
        text = role_in(index, q, group) if q.role_words else group.members_note
        items = group.members or (texts.NO_MEMBERS,)
        sections.append(Section(heading=heading(index, group), text=text, items=items))
    title = texts.members_title(names(groups))
    fields = {"members", "members_note"}
    return together_reply(index, q, title, groups, sections, fields)


def meeting_role(index: KommuneIndex, q: Understood) -> Reply:
    """Who calls in, chairs or takes minutes — or how often the group meets."""
    group = group_of(index, q)
    if group is None:
        return which_group(index, q)
    if case_to_coordinator(q.brings_case, index, group.id):
        return coordinator(index, q)  # «hvordan melder jeg inn en sak til fagteamet»
    field = MEETING_FIELD[q.intent]
    question = texts.MEETING_QUESTION[field]
    several = groups_together(index, q)
    if several:
        sections = [Section(heading=heading(index, g), text=_lead(q, g)[0]) for g in several]
        title = question.format(group=names(several))
        return together_reply(index, q, title, several, sections, {field})
    lead, value = _lead(q, group)
    # A cadence the plan does not state is an honest «vet ikke» (the intent says so), naming
    # the coordinator. Who calls in stays the answer: the lead then names the innkaller.
    known = value is not None or q.intent is not Intent.FREQUENCY
    note = () if known else (coordinator_line(index),)
    holidays = (holiday_section(index, group),) if q.asks_holidays and known else ()
    sheet = Sheet(
        title=question.format(group=group.name),
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {kommune_line(index, group)}",
        sections=(Section(text=lead), *holidays, Section(facts=meeting_facts(group))),
        notes=(*other_notes(index, group, {field}), *note),
        sources=sources(index, group),
    )
    intent = q.intent if known else Intent.UNKNOWN
    return sheet_reply(sheet, intent, group=group.id, value=value, asked=field)


MEETING_FIELD = {
    Intent.INNKALLER: "innkaller",
    Intent.MOTELEDER: "moteleder",
    Intent.SEKRETAR: "sekretar",
    Intent.FREQUENCY: "meets",
}
"""The group field that answers a meeting question."""


def _lead(q: Understood, group: Group) -> tuple[str, str | None]:
    """The answer's first sentence, and the plan's value it rests on (None: not stated)."""
    value = {
        Intent.INNKALLER: group.innkaller,
        Intent.MOTELEDER: group.moteleder,
        Intent.SEKRETAR: group.sekretar,
        Intent.FREQUENCY: group.meets.text if group.meets else None,
    }[q.intent]
    if value:
        return value[:1].upper() + value[1:].rstrip(".") + ".", value  # «Minimum fire …»
    coordinated = asked.coordinated_note(q, group)  # «hvem koordinerer det utøvende nivået»
    if coordinated:
        return f"{coordinated} {texts.NO_INNKALLER}", None
    lead = texts.NOT_STATED
    if q.intent is not Intent.FREQUENCY and group.innkaller:
        lead += texts.ask_innkaller(group.innkaller)
    elif group.members_note:
        lead += f" {group.members_note}"
    return lead, None


def duties(index: KommuneIndex, q: Understood) -> Reply:
    group = group_of(index, q)
    if group is None:
        if q.mentions_coordinator:
            return coordinator(index, q)
        if q.role_words and q.level is None:
            # «hvem i NAV jobber med unge» where the plan has no NAV: where the role sits (or
            # that no group lists it), never the model's levels as if they answered it.
            return role_groups(index, q)
        return levels(index, q)
    info = next(i for i in index.kommune.levels if i.level == group.level)
    sections = []
    if group.purpose:
        sections.append(Section(heading="Hensikt", text=group.purpose))
    group_duties = asked.duties(group, info, q)  # «kan foreldre bruke fagteamet»: that first
    if group_duties:
        sections.append(Section(heading="Ansvar og oppgaver", items=group_duties))
    coordination = asked.coordination(info, q)  # «… og hvem koordinerer tiltakene der»
    if (info.description and (q.level_named or not sections)) or coordination:
        # «hva er det utførende nivået»: the plan's own words for the level come first, and
        # what they already say in the same words is not said twice below them
        said = fold(info.description or "")
        sections = [
            Section(heading=x.heading, text=None if x.text and fold(x.text) in said else x.text,
                    items=tuple(i for i in x.items if fold(i.rstrip(".")) not in said))
            for x in sections
        ]  # fmt: skip
        sections.insert(0, Section(text=info.description, items=coordination))
    if not sections:
        sections.append(Section(text="Planen beskriver ikke oppgavene for denne gruppen."))
    sheet = Sheet(
        title=f"Hva gjør {group.name}?",
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {kommune_line(index, group)}",
        sections=tuple(sections),
        notes=tuple(other_notes(index, group, {"duties", "purpose"})),
        sources=sources(index, group, info),
    )
    return sheet_reply(sheet, Intent.DUTIES, group=group.id)


def coordinator(index: KommuneIndex, q: Understood) -> Reply:
    c = index.kommune.coordinator
    sections = []
    if c.contact:  # whom to reach comes first: the name with its role, then the numbers
        contact = ((c.title, c.contact.name or ""), *texts.contact_facts(c.contact))
        sections.append(Section(heading=texts.CONTACT, facts=contact))
    elif texts.asks_contact(q.words):
        sections.append(Section(text=texts.no_coordinator_contact(c.title)))
    if c.also:
        roles = [r[0].lower() + r[1:] if r[1:2].islower() else r for r in c.also]  # in a sentence
        sections.append(Section(text=texts.role_also(roles=texts.joined(roles))))
    elif "bti" in q.words or "roller" in q.words:
        # «er slt-koordinator også bti-koordinator?»: what an older source said of the other
        # roles, named as that source's words – the valid plan does not say it.
        for other in c.other_sources:
            if other.field == "title" and "bti" in fold(other.says).split():
                title = index.source(other.source).title
                sections.append(
                    Section(
                        text=f"{title} sa: «{other.says}» Den gjeldende planen sier ikke dette."
                    )
                )
    if c.mandate:
        sections.append(Section(heading="Mandat", text=c.mandate))
    # every task when asked what the coordinator does, else the first few; none the mandate
    # above already says in the same words
    own = tuple(t for t in c.tasks if not asked.said_in(t.rstrip("."), c.mandate or ""))
    if own:
        every = texts.asks_tasks(q.words) or len(own) <= texts.TASKS_SHOWN + 1
        tasks = own if every else texts.first_tasks(own, asked.shares_words(q, c.title))
        sections.append(Section(heading="Oppgaver", items=tasks))
    calls = [
        g.name
        for g in index.kommune.groups
        if g.innkaller and g.innkaller.strip().lower() == c.title.lower() and not g.shared_with
    ]
    called_elsewhere = [
        f"{g.name}: {g.innkaller}" for g in index.kommune.groups if g.shared_with and g.innkaller
    ]
    if calls:
        sections.append(Section(heading="Kaller inn til", items=tuple(calls)))
    if called_elsewhere:
        sections.append(
            Section(heading="Felles grupper – kalles inn av", items=tuple(called_elsewhere))
        )
    items: list[Sourced] = [c]
    if c.contact:
        items.append(c.contact)
    sheet = Sheet(
        title=f"{c.title} i {index.kommune.short_name}",
        sections=tuple(sections),
        notes=tuple(other_notes(index, c)),
        sources=sources(index, *items),
    )
    return sheet_reply(sheet, Intent.COORDINATOR, contact=c.contact.name if c.contact else None)


def role_groups(index: KommuneIndex, q: Understood) -> Reply:
    if not q.role_words:
        hits = index.find_role(["slt", "koordinator"]) if q.mentions_coordinator else []
        if hits:
            return _role_answer_from_hits(index, q, hits, "SLT-koordinator")
        if q.mentions_coordinator:  # no seat in the plan's lists: the tasks that name a
            return coordinator_works_in(index) or coordinator(index, q)  # group, or the sheet
        if level_naming(index, q) is not None:  # «er frivilligheten med? på hvilket nivå?»
            return levels(index, q)
        return which_group(index, q)
    hits, whole = seat_hits(index, q)
    return _role_answer_from_hits(index, q, hits, *role_asked(index, q, hits, whole))


def role_hits(index: KommuneIndex, q: Understood) -> list[RoleHit]:
    """The seats the plan gives the role the question names: those matching all its words."""
    return seat_hits(index, q)[0]


def seats(hits: list[RoleHit]) -> tuple[tuple[Group, ...], tuple[str, ...]]:
    """The groups a role sits in, top level first, and one line each: «Operativ SLT-gruppe
    (utførende nivå): Politikontakt»; a group named for its level keeps the plan's name alone
    («Utførende nivå – alle som jobber direkte med barn og unge: Ansatte …»)."""
    by_group: dict[str, list[str]] = {}
    groups: dict[str, Group] = {}
    for hit in hits:
        by_group.setdefault(hit.group.id, [])
        if hit.member not in by_group[hit.group.id]:
            by_group[hit.group.id].append(hit.member)
        groups[hit.group.id] = hit.group
    ordered = tuple(sorted(groups.values(), key=lambda g: workplace.LEVEL_ORDER[g.level]))
    items = tuple(
        f"{level_heading(g.name, LEVEL_LABEL[g.level])}: {', '.join(by_group[g.id])}"
        + texts.seat_tasks(_tasks(g, by_group[g.id]))
        for g in ordered
    )
    return ordered, items


def _tasks(group: Group, members: list[str]) -> tuple[str, ...]:
    """The meeting tasks the plan gives the seat («sekretær» when the group's sekretær is the
    helsesykepleier seated there): what «har jeg noen rolle der» asks beside the seat."""
    seated = [fold_plan_text(m) for m in members]
    holders = (group.innkaller, group.moteleder, group.sekretar)
    return tuple(
        task
        for task, holder in zip(texts.SEAT_TASKS, holders, strict=True)
        if holder
        and any(
            m.startswith(fold_plan_text(holder)) or fold_plan_text(holder).startswith(m)
            for m in seated
        )
    )


CALLS_IN = frozenset({"kaller", "kalle", "innkaller", "innkalling", "innkallinger"})
"""«… er jeg med i eller kaller inn til»: the meetings the role calls in are asked too."""
MEETINGS_ASKED = frozenset({"mote", "moter", "motene", "gruppe", "grupper", "gruppene", "fora"})
"""«hvilke møter/grupper er jeg med i»: the meetings the role is at, not only its seats."""


def _task_hits(
    index: KommuneIndex, patterns: list[list[str]], hits: list[RoleHit], calls: bool, meetings: bool
) -> list[RoleHit]:
    """Groups where the role leads or takes minutes without a member's seat (Gjesdal's
    styringsgruppe has the SLT-koordinator as sekretær): the role is at the table too. Calling
    a meeting in (innkaller) is no seat at it, unless the question asks for that too, or asks
    the meetings the role is at (``meetings``) and the one calling it in is of a
    service at its table (:func:`calls_own_service`)."""
    seated = {h.group.id for h in hits}
    found = []
    for group in index.kommune.groups:
        own = calls or (meetings and calls_own_service(group))
        tasks = (group.moteleder, group.sekretar, group.innkaller if own else None)
        holders = [h for h in tasks if h]
        for holder in holders:
            words = fold_plan_text(holder).split()
            if group.id not in seated and all(  # every role word, in one of its spellings
                any(all(any(w.startswith(p) for w in words) for p in alt.split()) for alt in alts)
                for alts in patterns
            ):
                found.append(RoleHit(group, holder))
                seated.add(group.id)
    return found


def _role_answer_from_hits(
    index: KommuneIndex, q: Understood, hits: list[RoleHit], label: str, note: str | None = None
) -> Reply:
    patterns = [[a for a in alts if not a.startswith("*")] for alts in q.role_patterns]
    calls, meetings = (not CALLS_IN.isdisjoint(q.words), not MEETINGS_ASKED.isdisjoint(q.words))
    held = _task_hits(index, patterns or [[fold(label)]], hits, calls, meetings) if hits else []
    hits = hits + held
    ordered, items = seats(hits)
    if not ordered:
        return no_seat_answer(index, label, q.words)
    sheet = Sheet(
        title=f"Hvor sitter {label}?",
        subtitle=index.kommune.name,
        sections=(Section(items=items, text=note), *workplace.also(index, q, ordered)),
        sources=sources(index, *ordered),
    )
    if asks_level(q):  # «… hvilket nivå hører jeg til?»: each level's own words with its seats
        sheet = role_level_sheet(index, hits, label, note, workplace.also(index, q, ordered))
    return sheet_reply(sheet, Intent.ROLE_GROUPS, groups=[g.id for g in ordered])


def which_group(index: KommuneIndex, q: Understood) -> Reply:
    """The question needs a group but named none: list them, one line each."""
    items = tuple(
        f"{g.name} ({LEVEL_LABEL[g.level]})" + (f" – {g.meets.text}" if g.meets else "")
        for g in sorted(index.kommune.groups, key=lambda g: workplace.LEVEL_ORDER[g.level])
    )
    sheet = Sheet(
        title="Hvilken gruppe mener du?",
        subtitle=f"Disse gruppene finnes i SLT-arbeidet i {index.kommune.short_name}:",
        sections=(Section(items=items),),
        examples=(texts.members_title(index.kommune.groups[0].name.lower()),),
        sources=sources(index, *index.kommune.groups),
    )
    if q.intent is Intent.ROLE_GROUPS:  # every group per level: a list asked for, no question
        title = texts.groups_title(kommune=index.kommune.short_name)
        listed = dataclasses.replace(sheet, title=title, subtitle=texts.GROUPS_BY_LEVEL)
        return sheet_reply(listed, q.intent)
    # Asking back, not an answer: «clarify», with what was asked kept in the facts.
    return Reply(sheet.as_text(), (sheet_card(sheet),), "clarify", {"asked": str(q.intent)})


AnswerFn = Callable[[KommuneIndex, Understood], Reply]

ANSWERS: dict[Intent, AnswerFn] = {
    Intent.MEMBERS: members,
    Intent.INNKALLER: meeting_role,
    Intent.MOTELEDER: meeting_role,
    Intent.SEKRETAR: meeting_role,
    Intent.FREQUENCY: meeting_role,
    Intent.DUTIES: duties,
    Intent.COORDINATOR: coordinator,
    Intent.ROLE_GROUPS: role_groups,
    Intent.LEVELS: levels,
    Intent.TARGET_GROUP: target_group,
    Intent.PLAN: plan,
}
"""Knowledge intents and the function answering each."""


# --- registration on the router -------------------------------------------------------------


async def _help(turn: Turn) -> Reply:
    """The help card: for the asker's own kommune with why, unless the question named one."""
    bot, request, q = turn.bot, turn.request, turn.understood
    who = turn.who
    if request is not None and who is None:
        who = await bot.access.resolve(request)
    if request is not None and not (q is not None and q.kommune_named):
        return await bot.help(who, request)
    return help_reply(turn.index, bot.kb, await bot.channel_hint(turn.index, request, who))


def _answering(answer: AnswerFn) -> Callable[[Turn], Reply]:
    """A router handler that answers from the turn's kommune and understanding."""

    def handle(turn: Turn) -> Reply:
        assert turn.understood is not None  # for_intents matched, so something was understood
        return answer(turn.index, turn.understood)

    return handle


def register(router: Router) -> None:
    """The organisation's questions, help, greetings and the honest fallback."""
    for intent, answer in ANSWERS.items():
        router.message(f"question:{intent}", for_intents(intent), _answering(answer))
    router.message("help", for_intents(Intent.HELP), _help)
    router.message(
        "greeting",
        for_intents(Intent.GREETING),
        lambda turn: greeting(turn.understood.cue if turn.understood else ""),
        group=SMALL_TALK,
    )
    router.fallback(honest_fallback)


__all__ = ["ANSWERS", "fallback", "greeting", "help_reply", "honest_fallback", "register"]
