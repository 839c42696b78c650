"""Answers about the kommune's SLT plan as a whole: the levels, the target group, the plan.

Kept apart from the group answers: these read the plan's own facts (period, goals,
innsatsområder, levels) rather than one group's.
"""

from __future__ import annotations

import datetime as dt

from bot.dates import short_date
from bot.features.organisation import texts
from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.sheets import (
    LEVEL_LABEL,
    SLT_NAME,
    coordinator_line,
    other_notes,
    sheet_reply,
    sources,
)
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group, Level, LevelInfo, PlanFact
from bot.text import fold
from bot.understanding import Intent, Understood
from bot.understanding.entities import groups_named
from bot.understanding.normalise import stem
from bot.understanding.plan_asked import purpose_asked


def level_heading(name: str, label: str) -> str:
    """The plan's own name of the level, with the model's label only when that name does not
    say it is a level: «Styrende nivå», «Utøvende nivå» and «Styrende nivå – Politirådet»
    stay as the plan writes them, not «Styrende nivå (styrende nivå)»."""
    return name if texts.LEVEL_WORD in name.casefold() else f"{name} ({label})"


def levels(index: KommuneIndex, q: Understood) -> Reply:
    group = index.groups_by_id.get(q.group_id) if q.level_of and q.group_id else None
    if group is not None:
        return level_of(index, q, group)
    sections = []
    notes = _level_notes(index, q)
    for info in sorted(_compared(index, q), key=lambda i: list(Level).index(i.level)):
        group = index.group_for_level(info.level)
        items = []
        # a group named for the level itself («Utførende nivå – alle som …») says nothing new
        if group and not fold(group.name).startswith(fold(info.name)):
            items.append(texts.level_group(group.name, group.meets.text if group.meets else None))
        if info.coordinated_by:
            items.append(texts.coordinated_by(info.coordinated_by))
        sections.append(
            Section(
                heading=level_heading(info.name, LEVEL_LABEL[info.level]),
                text=_unsaid(info.description, notes),
                items=tuple(items),
            )
        )
    sheet = Sheet(
        title=texts.levels_title(index.kommune.short_name, len(index.kommune.levels)),
        subtitle=texts.levels_subtitle(index.kommune.coordinator.title),
        sections=(*(Section(text=note) for note in notes), *sections),
        sources=sources(index, *index.kommune.levels),
    )
    return sheet_reply(sheet, Intent.LEVELS)


def _compared(index: KommuneIndex, q: Understood) -> list[LevelInfo]:
    """The levels a question compares («forskjellen på styrende og koordinerende nivå»: those
    two, not the third), or every level when it names fewer than two."""
    named = {index.groups_by_id[g].level for _, _, g in groups_named(q.words, index)}
    infos = list(index.kommune.levels)
    return [i for i in infos if i.level in named] if len(named) >= 2 else infos


def _unsaid(text: str | None, notes: list[str]) -> str | None:
    """A level's description without a plan note the answer already leads with («I Gjesdal er
    det koordinerende og utøvende nivået i stor grad sammenfallende.» said once)."""
    for note in notes:
        text = " ".join(text.replace(note, "").split()) if text else text
    return text


LEVEL_NOTES = 2
"""Plan notes on the levels a levels answer leads with, at most."""
RANKED_NOTES = 5


def _level_notes(index: KommuneIndex, q: Understood) -> list[str]:
    """What the plan notes about its levels, when retrieval ranked it near the question:
    «stemmer det at koordinerende og utførende nivå er nesten det samme i gjesdal» is
    answered by «… i stor grad sammenfallende», beside the levels themselves."""
    notes = index.kommune.notes
    ranked = [notes[int(key)] for kind, key in q.about[:RANKED_NOTES] if kind == "note"]
    return [n for n in ranked if texts.LEVEL_WORD in n.casefold()][:LEVEL_NOTES]


def level_of(index: KommuneIndex, q: Understood, group: Group) -> Reply:
    """«er fagteamet det utøvende nivået?»: the group's level, yes or no for a level named,
    the plan's words for that level and the other groups on it."""
    infos = {i.level: i for i in index.kommune.levels}
    info = infos[group.level]

    def named(level: Level) -> str:
        name = level_heading(infos[level].name, LEVEL_LABEL[level]) if level in infos else ""
        return (name[:1].lower() + name[1:]) if name else LEVEL_LABEL[level]

    if q.level is None or not q.level_named:
        lead = texts.level_of_is(group=group.name, level=named(group.level))
    elif q.level is group.level:
        lead = texts.level_of_yes(group=group.name, level=named(group.level))
    else:
        lead = texts.level_of_no(group=group.name, level=named(group.level), asked=named(q.level))
    sections = [Section(text=lead)]
    if info.description:
        sections.append(Section(text=info.description))
    others = tuple(
        g.name for g in index.kommune.groups if g.level is group.level and g.id != group.id
    )
    if others:
        sections.append(Section(heading=texts.LEVEL_OF_OTHERS, items=others))
    sheet = Sheet(
        title=texts.level_of_title(group=group.name),
        subtitle=f"{LEVEL_LABEL[group.level].capitalize()} – {index.kommune.name}",
        sections=tuple(sections),
        sources=sources(index, group, info),
    )
    return sheet_reply(sheet, Intent.LEVELS, group=group.id, level=group.level.value)


def target_group(index: KommuneIndex, q: Understood) -> Reply:
    t = index.kommune.target_group
    text = f"{t.text}."
    if t.min_age is None:
        text += texts.NO_AGE_LIMIT
    sheet = Sheet(
        title=texts.target_group_title(index.kommune.short_name),
        sections=(Section(text=text),),
        notes=tuple(other_notes(index, t)),
        sources=sources(index, t),
    )
    return sheet_reply(sheet, Intent.TARGET_GROUP, min_age=t.min_age, max_age=t.max_age)


def plan_fact(index: KommuneIndex, q: Understood) -> PlanFact | None:
    """The plan fact the question is about: the first of the plan's own objects retrieval
    ranked, when that is a fact (not the plan, a goal line or a note); with a group named, a
    fact retrieval found that names the group (:func:`_group_fact`)."""
    for kind, key in q.about[:3]:
        if kind == "planfact":
            return index.kommune.plan_facts[int(key)]
        if kind in ("plan", "note", "target"):
            break
    return _group_fact(index, q)


def _group_fact(index: KommuneIndex, q: Understood) -> PlanFact | None:
    """«kan du lista opp satsingsområda politirådet har vedteke?»: the group's name is no
    word retrieval searched, so the plan's own innsatsområder rank above the fact on what the
    politiråd decided; a fact retrieval found by the other words that names the group named
    (in its text or the words it is asked by) is what is asked of that group."""
    group = index.groups_by_id.get(q.group_id) if q.group_id else None
    if group is None:
        return None
    names = tuple(fold(n) for n in (group.name, *group.aliases))
    for kind, key in q.about:
        fact = index.kommune.plan_facts[int(key)] if kind == "planfact" else None
        said = fold(" ".join((fact.text, *fact.asked_as))) if fact is not None else ""
        if fact is not None and any(n in said for n in names):
            return fact
    return None


def fact_sheet(index: KommuneIndex, fact: PlanFact) -> Reply:
    """What the plan says on one thing, in its words, with where it says it."""
    sheet = Sheet(
        title=fact.topic,
        sections=(Section(text=fact.text),),
        notes=tuple(other_notes(index, fact)),
        sources=sources(index, fact),
    )
    return sheet_reply(sheet, Intent.PLAN)


SLT_NAME_SECTION = Section(text=SLT_NAME)


def plan(index: KommuneIndex, q: Understood) -> Reply:
    p = index.kommune.plan
    # «hvem vedtok planen?» of a plan that names no vedtak: the honest line answers it
    unadopted = p.adopted is None and any(w.startswith(ADOPTION_WORDS) for w in q.words)
    fact = plan_fact(index, q)
    plan_adoption = unadopted and any("plan" in w for w in q.words)  # not a group's vedtak
    if fact is not None and not (plan_adoption and not _tells_adoption(fact)):
        # «når ble planen vedtatt?»: a fact retrieval ranked first by other words («planen»:
        # the plan's useful links) is no answer to when it was adopted
        return fact_sheet(index, fact)
    k = index.kommune
    asked = [k.notes[int(key)] for kind, key in q.about if kind == "note"][:2]
    if len(asked) > 1:  # two notes answer: retrieval's order is no sure sign which one more
        asked = [_cut(note, NOTE_PAIR_CHARS) for note in asked]
    asked_district = any(key == "politidistrikt" for _, key in q.about)
    goals = index.kommune.goals
    areas = _areas(index, q, beside=bool(asked))
    # «hva vil kommunen oppnå med slt»: what SLT is for is asked, its goals answer
    goals_asked = purpose_asked(q.words, q.said) or any(w.startswith(GOAL_WORDS) for w in q.words)
    headed = any(a.heading for a in areas)
    noted = any(_says_adoption(note) for note in asked)  # not a note found by «planen» alone
    if unadopted and not (noted or asked_district or headed or _period_asked(q.words)):
        return _adoption_unknown(index)
    if unadopted:  # the plan's own «oppgir ingen vedtaksdato» would repeat NO_ADOPTION
        asked = [note for note in asked if not _says_adoption(note)]
    # Something specific asked (a note, the district, the areas listed) is the answer: the
    # plan's goals and what SLT stands for would bury it. They answer the plan in general.
    specific = bool(asked) or asked_district or unadopted or any(a.heading for a in areas)
    # «hva står slt for», «hvem utviklet slt-modellen»: the model, not this plan's goals
    about_plan = any("plan" in w for w in q.words)
    goal_sections = []
    if goals is not None and (goals_asked or not (specific or not about_plan)):
        goal_sections = [
            Section(heading=heading, items=items)
            for heading, items in zip(
                texts.GOAL_HEADINGS, (goals.vision, goals.goals, goals.strategies), strict=True
            )
            if items
        ]
    # the plan's facts; when its goals are asked, only when they hold (period, adopted)
    facts = tuple(
        zip(
            texts.PLAN_FACT_LABELS,
            (
                f"{p.period_start}–{p.period_end}",
                _adopted(p.adopted, p.adopted_by),
                str(len(k.tiltak)) if k.tiltak else "",
                k.politidistrikt or "",
                k.region or "",
            ),
            strict=True,
        )
    ) + tuple(f for a in areas if not a.heading for f in a.facts)  # the areas counted
    if noted:  # the note asked says when and by whom: a «Vedtatt» line would say it twice
        facts = tuple(f for f in facts if f[0] != texts.PLAN_FACT_LABELS[1])
    named = _group_named(index, q)
    sheet = Sheet(
        title=p.title,
        sections=(
            *((Section(text=named),) if named else ()),
            *((Section(text=texts.NO_ADOPTION),) if unadopted else ()),
            *(Section(text=note) for note in asked),
            # goals asked: the goals are the answer, not what the letters stand for
            *(() if specific or goals_asked or (goals and about_plan) else (SLT_NAME_SECTION,)),
            Section(facts=facts[:2] if goals_asked and goal_sections else facts),
            *goal_sections,
            *(a for a in areas if a.heading),
        ),
        notes=tuple(other_notes(index, p))
        + (() if specific else _aim_notes(k.notes[:2], goals_asked, goals is None)),
        sources=sources(index, p, *([goals] if goals else [])),
    )
    return sheet_reply(sheet, Intent.PLAN, **({PLAN_HAS_GROUP: q.group_id} if named else {}))


PLAN_HAS_GROUP = "plan_has_group"
"""A plan answer's fact: the group a yes/no question asked whether the plan has, named with
its level in the answer (the second look keeps it: features/doubt.py)."""

YES_NO_OPENING = frozenset({"er", "har", "finnes", "fins", "star"})
"""Folded first words of a question whether the plan has something («er det politiråd i
planen?», «har planen et slt-nettverk?»)."""


def _group_named(index: KommuneIndex, q: Understood) -> str:
    """«er det politiråd i planen?»: yes – the group the plan has by that name, and its level."""
    group = index.groups_by_id.get(q.group_id) if q.group_id else None
    if group is None or q.words[:1] == () or q.words[0] not in YES_NO_OPENING:
        return ""
    return texts.plan_has_group(group=group.name, level=LEVEL_LABEL[group.level])


PERIOD_WORDS = ("period", "gjeld", "varer", "varighet", "gyldig")
"""«hvilken periode gjelder planen, og når ble den vedtatt?»: the period is asked too."""


def _period_asked(words: tuple[str, ...]) -> bool:
    return any(w.startswith(PERIOD_WORDS) for w in words)


def _tells_adoption(fact: PlanFact) -> bool:
    """Whether a plan fact speaks of the plan's adoption («Planen ble vedtatt i …»)."""
    return _says_adoption(f"{fact.topic} {fact.text}")


def _says_adoption(text: str) -> bool:
    return any(w.startswith(ADOPTION_WORDS) for w in _words(text))


def _adoption_unknown(index: KommuneIndex) -> Reply:
    """«hvem vedtok handlingsplanen og når?» of a plan that names no vedtak: what was asked is
    not there, so the reply is the honest one (intent ``unknown``) – said plainly, with the
    period the plan does give and whom to ask."""
    p = index.kommune.plan
    sheet = Sheet(
        title=p.title,
        sections=(
            Section(text=texts.NO_ADOPTION),
            Section(facts=((texts.PLAN_FACT_LABELS[0], f"{p.period_start}–{p.period_end}"),)),
        ),
        notes=(coordinator_line(index),),
        sources=sources(index, p),
    )
    return sheet_reply(sheet, Intent.UNKNOWN, **{PLAN_LACKS: True})


def _adopted(adopted: dt.date | None, by: str | None) -> str:
    """«26.10.2023 i kommunestyret»: when and by whom, as far as the plan says."""
    if adopted is None:
        return ""
    return texts.adopted_by(date=short_date(adopted), by=by) if by else short_date(adopted)


def _aim_notes(notes: tuple[str, ...], goals_asked: bool, no_goals: bool) -> tuple[str, ...]:
    """The plan's first notes where they answer its aims («hva er målene for slt-arbeidet»:
    Jevnaker's «Felles satsningsområder …»); all of them for a plan without written goals."""
    if no_goals:
        return tuple(notes)
    aims = AREA_WORDS + GOAL_WORDS
    return tuple(n for n in notes if goals_asked and any(w.startswith(aims) for w in _words(n)))


def _words(text: str) -> list[str]:
    return fold(text).replace("-", " ").split()


AREA_WORDS = ("innsatsomr", "satsingsomr", "satsningsomr", "prioriter", "fokusomr", "satser")
"""Folded word starts that ask for the action plan's areas."""
ADOPTION_WORDS = ("vedt", "godkj")
"""Folded word starts that ask when or by whom the plan was adopted («vedtok», «godkjent»)."""
GOAL_WORDS = ("mal", "hovedmal", "visjon", "malsetting", "strategi")
"""… and for its goals, which a plan without written goals answers with its areas."""


def _areas(index: KommuneIndex, q: Understood, beside: bool = False) -> tuple[Section, ...]:
    """The action plan's innsatsområder, counted – listed only when asked for, so the plan
    answer stays short otherwise. ``beside``: a plan note answers the question, and an area
    it names gets how to ask for its tiltak, not the list."""
    areas = list(dict.fromkeys(t.innsatsomrade for t in index.kommune.tiltak if t.innsatsomrade))
    if not areas:
        return ()
    asked = ("plan", "area") in q.about[:2]  # retrieval found an area's own words
    if index.kommune.goals is None and any(w.startswith(GOAL_WORDS) for w in q.words):
        asked = True  # no goals written down: the plan's areas are what it aims at
    if not asked and not any(w.startswith(AREA_WORDS) for w in q.words):
        return (Section(facts=((texts.AREAS, str(len(areas))),)),)
    numbered = tuple(f"{n}. {area}" for n, area in enumerate(areas, start=1))
    listed = Section(heading=texts.areas_heading(len(areas)), items=numbered)
    area = _area_asked(areas, q) if ("plan", "area") in q.about[:2] else None
    if area is None:
        return (listed,)
    titles = tuple(_title(t.tiltak) for t in index.kommune.tiltak if t.innsatsomrade == area)
    number = areas.index(area) + 1
    if beside:
        ask = texts.ask_area_tiltak(number=number)
        return (listed, Section(heading=texts.area_tiltak(area=area), text=ask))
    if len(titles) > AREA_TILTAK_SHOWN:  # the area's own answer has them all, one ask away
        rest = len(titles) - AREA_TILTAK_SHOWN
        titles = (*titles[:AREA_TILTAK_SHOWN], texts.more_area_tiltak(rest=rest, number=number))
    return (listed, Section(heading=texts.area_tiltak(area=area), items=titles))


TITLE_CHARS = 80
AREA_TILTAK_SHOWN = 6
"""An area's tiltak listed in a plan answer, at most; «hvilke tiltak er det under
innsatsområde N?» lists them all (issue 11: a message people read is under 1,200 characters)."""
NOTE_PAIR_CHARS = 240
"""Two plan notes that answer a question together are each cut to this (a message people
read is under 1,200 characters); one note is the answer and is shown whole."""


def _cut(text: str, limit: int) -> str:
    """Cut at the last sentence's end before ``limit`` when that keeps half of it, else at
    the last word, and mark the cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - 2]
    end = head.rfind(". ")
    if end > limit // 2:
        return head[: end + 1] + " …"
    return head.rsplit(" ", 1)[0].rstrip(",:;–") + " …"


def _area_asked(areas: list[str], q: Understood) -> str | None:
    """The one area whose own words the question shares most («det spesielle fokuset i
    2023–2025»: «Spesielt fokus i 2023–2025: …»), or None when no area or two tie."""
    asked = set(stem(q.rest))
    shared = sorted(((len(asked & set(stem(fold(a).split()))), a) for a in areas), reverse=True)
    best = shared[0] if shared else (0, "")
    tie = len(shared) > 1 and shared[1][0] == best[0]
    return best[1] if best[0] and not tie else None


def _title(text: str) -> str:
    """A tiltak's own name where its text starts with one («Livsmestring ungdomstrinn: …»),
    else its first words."""
    text = " ".join(text.split())
    head = text.split(": ", 1)[0]
    if len(head) <= TITLE_CHARS:
        return head
    return text[: TITLE_CHARS - 2].rsplit(" ", 1)[0] + " …"
