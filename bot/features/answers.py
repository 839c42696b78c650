"""Answers about the SLT organisation: who sits where, who calls in, how often, what for.

Each function turns an :class:`Understood` question and a kommune's index into a
:class:`Sheet`, which becomes both the text answer and the card. Every sheet names its
source, and mentions what a losing source said where two disagree.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.features.provenance import provenance_line
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KnowledgeBase, KommuneIndex, RoleHit
from bot.knowledge.models import Group, Level, OtherSource, Sourced, SourceKind
from bot.router import SMALL_TALK, Router, Turn, for_intents
from bot.understanding import Intent, Understood
from cards.sheet import sheet_card

LEVEL_LABEL = {
    Level.STYRENDE: "styrende nivå",
    Level.KOORDINERENDE: "koordinerende nivå",
    Level.UTFORENDE: "utførende nivå",
}

SLT_NAME = (
    "SLT står for Samordning av lokale rus- og kriminalitetsforebyggende tiltak – en modell "
    "utviklet av Det kriminalitetsforebyggende råd (KRÅD), som Konfliktrådet nå har ansvaret "
    "for nasjonalt."
)

EXAMPLES = (
    "Hvem sitter i politirådet?",
    "Hvor ofte møtes fagteamet?",
    "Hvem kaller inn til SLT-nettverket?",
    "Hvilken gruppe sitter helsesykepleier i?",
    "Hvem er SLT-koordinator?",
    "Hva gjør jeg ved rusbekymring?",
)


def _sources(index: KommuneIndex, *items: Sourced) -> tuple[str, ...]:
    keys = dict.fromkeys(item.source for item in items)
    return tuple(index.source(key).title for key in keys)


def _other_notes(index: KommuneIndex, item: Sourced, fields: set[str] | None = None) -> list[str]:
    """One note per losing source (e.g. what the web page says about the cadence), then the
    one-line provenance when the item rests on more than the plan's own words."""
    notes = []
    for other in item.other_sources:
        if fields is None or other.field in fields:
            notes.append(_other_note(index, other))
    line = provenance_line(item, sources=index.kommune.sources)
    if line:
        notes.append(line)
    return notes


def _other_note(index: KommuneIndex, other: OtherSource) -> str:
    """A losing source's difference. An older plan's figure is not repeated: staff read the
    first number they see, and a superseded «6 ganger» next to the valid «2 ganger» is how
    wrong facts spread. A web page's wording is quoted, because it is what people find."""
    winner = "den vedtatte planen" if index.kommune.plan.adopted else "den nyeste planen"
    source = index.source(other.source)
    if source.kind is SourceKind.PLAN:
        return f"{source.title} sa noe annet om dette. Her gjelder {winner}."
    return f"{source.title} sa: «{other.says}». Her gjelder {winner}."


def _kommune_line(index: KommuneIndex, group: Group | None = None) -> str:
    line = index.kommune.name
    if group and group.shared_with:
        line += f" (felles med {' og '.join(group.shared_with)})"
    return line


def _reply(sheet: Sheet, intent: Intent, **facts: object) -> Reply:
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=intent, facts=facts)


def members(index: KommuneIndex, q: Understood) -> Reply:
    group = _group(index, q)
    if group is None:
        return which_group(index, q)
    sections = []
    if q.level_named:
        info = next(i for i in index.kommune.levels if i.level == group.level)
        if info.description:
            sections.append(Section(text=info.description))
    members_text = group.members or ("Planen lister ingen faste deltakere.",)
    sections.append(Section(heading="Deltakere", items=members_text, text=group.members_note))
    sections.append(Section(facts=_meeting_facts(group)))
    sheet = Sheet(
        title=f"Hvem sitter i {group.name}?",
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {_kommune_line(index, group)}",
        sections=tuple(sections),
        notes=tuple(_other_notes(index, group, {"members", "members_note"})),
        sources=_sources(index, group),
    )
    return _reply(sheet, Intent.MEMBERS, group=group.id, members=list(group.members))


def _meets(group: Group) -> str:
    """The cadence under the label «Møtes»: «Møtes 4 ganger i året.» would say it twice."""
    text = group.meets.text if group.meets else ""
    if text.lower().startswith("møtes "):
        text = text[len("møtes ") :]
    return text


def _meeting_facts(group: Group) -> tuple[tuple[str, str], ...]:
    return (
        ("Møtes", _meets(group)),
        ("Innkaller", group.innkaller or ""),
        ("Møteleder", group.moteleder or ""),
        ("Sekretær", group.sekretar or ""),
    )


def _group(index: KommuneIndex, q: Understood) -> Group | None:
    if q.group_id:
        return index.groups_by_id.get(q.group_id)
    return index.group_for_level(q.level) if q.level else None


def meeting_role(index: KommuneIndex, q: Understood) -> Reply:
    """Who calls in, chairs or takes minutes — or how often the group meets."""
    group = _group(index, q)
    if group is None:
        return which_group(index, q)
    asked: dict[Intent, tuple[str, str | None, str]] = {
        Intent.INNKALLER: ("Hvem kaller inn til", group.innkaller, "innkaller"),
        Intent.MOTELEDER: ("Hvem leder møtene i", group.moteleder, "moteleder"),
        Intent.SEKRETAR: ("Hvem skriver referat i", group.sekretar, "sekretar"),
        Intent.FREQUENCY: ("Hvor ofte møtes", group.meets.text if group.meets else None, "meets"),
    }
    question, value, field = asked[q.intent]
    if value:
        lead = value.rstrip(".") + "."
    else:
        lead = "Planen sier ikke noe om dette for denne gruppen."
        if q.intent is not Intent.FREQUENCY and group.innkaller:
            lead += f" Spør gjerne innkalleren ({group.innkaller})."
        elif group.members_note:
            lead += f" {group.members_note}"
    sheet = Sheet(
        title=f"{question} {group.name}?",
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {_kommune_line(index, group)}",
        sections=(Section(text=lead), Section(facts=_meeting_facts(group))),
        notes=tuple(_other_notes(index, group, {field})),
        sources=_sources(index, group),
    )
    return _reply(sheet, q.intent, group=group.id, value=value)


def duties(index: KommuneIndex, q: Understood) -> Reply:
    group = _group(index, q)
    if group is None:
        if q.mentions_coordinator:
            return coordinator(index, q)
        return levels(index, q)
    info = next(i for i in index.kommune.levels if i.level == group.level)
    sections = []
    if group.purpose:
        sections.append(Section(heading="Hensikt", text=group.purpose))
    group_duties = group.duties or (info.duties if q.level_named or group.primary else ())
    if group_duties:
        sections.append(Section(heading="Ansvar og oppgaver", items=group_duties))
    if not sections and info.description:
        sections.append(Section(text=info.description))
    if not sections:
        sections.append(Section(text="Planen beskriver ikke oppgavene for denne gruppen."))
    sheet = Sheet(
        title=f"Hva gjør {group.name}?",
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {_kommune_line(index, group)}",
        sections=tuple(sections),
        notes=tuple(_other_notes(index, group, {"duties", "purpose"})),
        sources=_sources(index, group, info),
    )
    return _reply(sheet, Intent.DUTIES, group=group.id)


def coordinator(index: KommuneIndex, q: Understood) -> Reply:
    c = index.kommune.coordinator
    sections = []
    if c.also:
        sections.append(Section(text=f"Rollen er også {', '.join(c.also)}."))
    if c.mandate:
        sections.append(Section(heading="Mandat", text=c.mandate))
    if c.tasks:
        sections.append(Section(heading="Oppgaver", items=c.tasks))
    if c.contact:
        sections.append(
            Section(
                heading="Kontakt",
                facts=(
                    ("Navn", c.contact.name or ""),
                    ("Telefon", c.contact.phone or ""),
                    ("E-post", c.contact.email or ""),
                ),
            )
        )
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
        subtitle=index.kommune.name,
        sections=tuple(sections),
        notes=tuple(_other_notes(index, c)),
        sources=_sources(index, *items),
    )
    return _reply(sheet, Intent.COORDINATOR, contact=c.contact.name if c.contact else None)


def role_groups(index: KommuneIndex, q: Understood) -> Reply:
    if not q.role_words:
        if q.mentions_coordinator:
            return _role_answer(index, q, ("slt koordinator",), "SLT-koordinator")
        return which_group(index, q)
    hits = []
    for alternatives in q.role_patterns:
        hits.append([h for alt in alternatives for h in index.find_role(alt.split())])
    label = q.role_label
    return _role_answer_from_hits(index, q, [h for found in hits for h in found], label)


def _role_answer(index: KommuneIndex, q: Understood, words: tuple[str, ...], label: str) -> Reply:
    hits = [h for w in words for h in index.find_role(w.split())]
    return _role_answer_from_hits(index, q, hits, label)


def _role_answer_from_hits(
    index: KommuneIndex, q: Understood, hits: list[RoleHit], label: str
) -> Reply:
    by_group: dict[str, list[str]] = {}
    groups: dict[str, Group] = {}
    for hit in hits:
        by_group.setdefault(hit.group.id, [])
        if hit.member not in by_group[hit.group.id]:
            by_group[hit.group.id].append(hit.member)
        groups[hit.group.id] = hit.group
    if not by_group:
        sheet = Sheet(
            title=f"Fant ikke «{label}» i {index.kommune.short_name}s SLT-grupper",
            sections=(
                Section(
                    text="Prøv et annet ord for rollen, eller spør hvem som sitter i en gruppe.",
                    items=tuple(g.name for g in index.kommune.groups),
                    heading="Gruppene",
                ),
            ),
            sources=_sources(index, index.kommune.plan),
        )
        return _reply(sheet, Intent.ROLE_GROUPS, groups=[])
    ordered = sorted(groups.values(), key=lambda g: list(Level).index(g.level))
    items = tuple(
        f"{g.name} ({LEVEL_LABEL[g.level]}): {', '.join(by_group[g.id])}" for g in ordered
    )
    sheet = Sheet(
        title=f"Hvor sitter {label}?",
        subtitle=index.kommune.name,
        sections=(Section(items=items),),
        sources=_sources(index, *ordered),
    )
    return _reply(sheet, Intent.ROLE_GROUPS, groups=[g.id for g in ordered])


def which_group(index: KommuneIndex, q: Understood) -> Reply:
    """The question needs a group but named none: list them, one line each."""
    items = tuple(
        f"{g.name} ({LEVEL_LABEL[g.level]})" + (f" – {g.meets.text}" if g.meets else "")
        for g in sorted(index.kommune.groups, key=lambda g: list(Level).index(g.level))
    )
    sheet = Sheet(
        title="Hvilken gruppe mener du?",
        subtitle=f"Disse gruppene finnes i SLT-arbeidet i {index.kommune.short_name}:",
        sections=(Section(items=items),),
        examples=("Hvem sitter i " + index.kommune.groups[0].name.lower() + "?",),
        sources=_sources(index, *index.kommune.groups),
    )
    return _reply(sheet, q.intent)


def levels(index: KommuneIndex, q: Understood) -> Reply:
    sections = []
    for info in sorted(index.kommune.levels, key=lambda i: list(Level).index(i.level)):
        group = index.group_for_level(info.level)
        items = []
        if group:
            items.append(
                f"Gruppe: {group.name}" + (f" ({group.meets.text})" if group.meets else "")
            )
        if info.coordinated_by:
            items.append(f"Koordineres av: {info.coordinated_by}")
        sections.append(
            Section(
                heading=f"{info.name} ({LEVEL_LABEL[info.level]})",
                text=info.description,
                items=tuple(items),
            )
        )
    sheet = Sheet(
        title=f"SLT-nivåene i {index.kommune.short_name}",
        subtitle=f"{index.kommune.coordinator.title} er bindeleddet mellom nivåene. {SLT_NAME}",
        sections=tuple(sections),
        sources=_sources(index, *index.kommune.levels),
    )
    return _reply(sheet, Intent.LEVELS)


def target_group(index: KommuneIndex, q: Understood) -> Reply:
    t = index.kommune.target_group
    text = f"{t.text}."
    if t.min_age is None:
        text += " Planen oppgir ingen aldersgrense."
    sheet = Sheet(
        title=f"Målgruppen i {index.kommune.short_name}",
        sections=(Section(text=text),),
        notes=tuple(_other_notes(index, t)),
        sources=_sources(index, t),
    )
    return _reply(sheet, Intent.TARGET_GROUP, min_age=t.min_age, max_age=t.max_age)


def plan(index: KommuneIndex, q: Understood) -> Reply:
    p = index.kommune.plan
    k = index.kommune
    asked = [k.notes[int(key)] for kind, key in q.about if kind == "note"][:2]
    asked_district = any(key == "politidistrikt" for _, key in q.about)
    goals = index.kommune.goals
    goal_sections = []
    if goals is not None:
        goal_sections = [
            Section(heading=heading, items=items)
            for heading, items in (
                ("Visjon", goals.vision),
                ("Mål", goals.goals),
                ("Strategier", goals.strategies),
            )
            if items
        ]
    sheet = Sheet(
        title=p.title,
        sections=(
            *(Section(text=note) for note in asked),
            Section(text=SLT_NAME),
            Section(
                facts=(
                    ("Periode", f"{p.period_start}–{p.period_end}"),
                    ("Vedtatt", p.adopted.strftime("%d.%m.%Y") if p.adopted else ""),
                    (
                        "Antall tiltak",
                        str(len(index.kommune.tiltak)) if index.kommune.tiltak else "",
                    ),
                    ("Politidistrikt", k.politidistrikt or ""),
                    ("Region", k.region or ""),
                )
            ),
            *goal_sections,
            *_areas(index, q),
        ),
        notes=tuple(_other_notes(index, p))
        + (() if asked or asked_district else tuple(k.notes[:2])),
        sources=_sources(index, p, *([goals] if goals else [])),
    )
    return _reply(sheet, Intent.PLAN)


AREA_WORDS = ("innsatsomr", "satsingsomr", "satsningsomr", "prioriter", "fokusomr")
"""Folded word starts that ask for the action plan's areas."""


def _areas(index: KommuneIndex, q: Understood) -> tuple[Section, ...]:
    """The action plan's innsatsområder, counted – listed only when asked for, so the plan
    answer stays short otherwise."""
    areas = list(dict.fromkeys(t.innsatsomrade for t in index.kommune.tiltak if t.innsatsomrade))
    if not areas:
        return ()
    if not any(w.startswith(AREA_WORDS) for w in q.words):
        return (Section(facts=(("Innsatsområder", str(len(areas))),)),)
    return (Section(heading=f"Innsatsområder ({len(areas)})", items=tuple(areas)),)


def help_reply(
    index: KommuneIndex | None,
    kb: KnowledgeBase,
    note: str | None = None,
    *,
    basis: str | None = None,
) -> Reply:
    """What the bot can do. ``note`` is a hint for the coordinator (e.g. no channel chosen);
    ``basis`` says why it answers for this kommune here."""
    kommune = index.kommune.short_name if index else "kommunen"
    others = ", ".join(i.kommune.short_name for i in kb.kommuner.values())
    subtitle = f"Jeg svarer ut fra SLT-planen for {kommune}."
    if basis:
        subtitle += f" {basis}"
    sheet = Sheet(
        title="Dette kan SLT-boten hjelpe med",
        subtitle=subtitle,
        sections=(
            Section(
                items=(
                    "Hvem som sitter i politirådet, SLT-nettverket/koordineringsgruppa "
                    "og fagteamet",
                    "Hvilken gruppe eller hvilket nivå en rolle hører til",
                    "Hvem som er SLT-koordinator, og hva rollen gjør",
                    "Hvor ofte gruppene møtes, hvem som kaller inn, leder og skriver referat",
                    "Hva du gjør ved bekymring: rusbekymring, vold i nære relasjoner "
                    "og flere rutiner",
                )
            ),
            Section(
                text="Spør om en annen kommune ved å nevne den («i gjesdal»). Jobber du i en "
                "annen kommune, skriv «jeg jobber i …» – da svarer jeg for den i chatter med deg. "
                f"Kjente kommuner: {others}."
            ),
            *((Section(text=note),) if note else ()),
        ),
        examples=EXAMPLES,
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.HELP)


SAFETY_NET = (
    "Er et barn eller en ungdom i fare nå? Ring 112 (politi) eller 113 (ambulanse). "
    "Er du bekymret, skriv for eksempel «hva gjør jeg ved vold i nære relasjoner»."
)
"""Under every «vet ikke»: a danger message the danger check missed still shows the numbers
and the way to the routines (held out, about one in six such messages is still missed)."""


def fallback(index: KommuneIndex | None, kb: KnowledgeBase) -> Reply:
    """An unknown question gets what the bot can do, examples and whom to ask instead."""
    sections = [
        Section(
            text="Jeg svarer på spørsmål om SLT-arbeidet: grupper og nivåer, hvem som sitter hvor, "
            "møter og rutiner ved bekymring."
        )
    ]
    if index is not None:
        c = index.kommune.coordinator
        contact = f"{c.title} i {index.kommune.short_name}"
        if c.contact:
            details = [d for d in (c.contact.name, c.contact.phone, c.contact.email) if d]
            if details:
                contact += f" ({', '.join(details)})"
        sections.append(Section(text=f"Finner du ikke svaret, kan du kontakte {contact}."))
    sections.append(Section(text=SAFETY_NET))
    sheet = Sheet(
        title="Det spørsmålet kan jeg dessverre ikke svare på",
        sections=tuple(sections),
        examples=EXAMPLES,
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.UNKNOWN)


def greeting(index: KommuneIndex | None, kb: KnowledgeBase) -> Reply:
    text = "Hei! Spør meg om SLT-arbeidet, eller skriv «hjelp» for å se hva jeg kan."
    return Reply(text=text, intent=Intent.GREETING)


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


def _help(turn: Turn) -> Reply:
    """The help card: for the asker's own kommune with why, unless the question named one."""
    bot, request, q = turn.bot, turn.request, turn.understood
    if request is not None and not (q is not None and q.kommune_named):
        return bot.help(bot.access.resolve(request), request)
    return help_reply(turn.index, bot.kb, bot.channel_hint(turn.index, request))


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
    router.message(
        "help",
        for_intents(Intent.HELP),
        _help,
    )
    router.message(
        "greeting",
        for_intents(Intent.GREETING),
        lambda turn: greeting(turn.index, turn.bot.kb),
        group=SMALL_TALK,
    )
    router.fallback(lambda turn: fallback(turn.index, turn.bot.kb))
