"""Tiltak questions: «tiltak for <rolle>», ansvar, frist, «hva går … ut på», and the
coordinator's status of the whole plan («mine tiltak»: mine.py).

Each answer is drawn from one :class:`~bot.features.tiltak.view.TiltakView`, read once per
turn; the digest (:func:`plan_status`) reads its own, with the people to choose from.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

from bot.dates import short_date
from bot.features.provenance import provenance_line
from bot.features.reply import Card, Reply
from bot.features.sheet import PROVENANCE, Section, Sheet
from bot.features.tiltak import texts
from bot.features.tiltak.area_named import area_by_head
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.grades import asked_grade, for_grade
from bot.features.tiltak.list_lines import LIST_CHARS, list_section, readable_text
from bot.features.tiltak.model import history_text, matches_role
from bot.features.tiltak.names import tiltak_label, tiltak_list_label
from bot.features.tiltak.present import assign_view, when_label
from bot.features.tiltak.status_sections import status_sections
from bot.features.tiltak.view import TiltakView
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.text import fold
from bot.understanding import Intent, Understood
from bot.understanding.counts import counted
from bot.understanding.retrieval import GENERIC
from bot.understanding.service_asked import names_role
from cards.sheet import sheet_card
from cards.tiltak import extend_plan_action
from cards.tiltak_forms import assign_actions


def _period_notes(view: TiltakView, index: KommuneIndex, today: dt.date) -> tuple[str, ...]:
    """When the plan has ended, say so; and where its period is only inferred."""
    notes = []
    if view.plan_ended(today):
        notes.append(view.ended_text())
    line = provenance_line(index.kommune.plan, sources=index.kommune.sources)
    if line:
        notes.append(line)
    return tuple(notes)


def tiltak_sheet(
    view: TiltakView,
    index: KommuneIndex,
    items: list[Tiltak],
    title: str,
    today: dt.date,
    *,
    empty: str,
    intent: Intent,
) -> Reply:
    k = index.kommune
    listed = list_section(view, items, today, title)
    ended = (Section(text=view.ended_text()),) if view.plan_ended(today) else ()
    sheet = Sheet(
        title=title,
        subtitle=titled_with_period(k.plan.title, view.period_text()),
        # Essentials first: the tiltak and its ansvarlig, then that the period has ended.
        sections=(listed or Section(text=empty), *ended),
        notes=_period_notes(view, index, today)[1 if ended else 0 :],
        sources=(k.sources[k.plan.source].title,),
    )
    return _reply(sheet, intent, items)


def _reply(sheet: Sheet, intent: Intent, items: list[Tiltak]) -> Reply:
    text = readable_text(sheet)
    return Reply(text, (sheet_card(sheet),), intent, {"tiltak": [t.id for t in items]})


def group_ansvar_asked(q: Understood) -> bool:
    """«hvilke tiltak har arbeidsgruppa ansvar for?», «hvor mange tiltak har styringsgruppa
    ansvaret for»: the tiltak whose ansvar is the named group are asked, not a tiltak found by
    its topic (none is named «arbeidsgruppa»)."""
    tiltak = any(w.startswith("tiltak") for w in q.words) and q.said.who_words.isdisjoint(q.words)
    asked = q.intent in GROUP_ANSVAR and bool(q.group_id) and not q.role_words
    return asked and tiltak and not q.said.own_ansvar.isdisjoint(q.words)


GROUP_ANSVAR = frozenset({Intent.TILTAK_LOOKUP, Intent.TILTAK_FOR_ROLE, Intent.TILTAK_OWNER})
"""The readings a group's tiltak asked get: «hvilke tiltak har …» looks one up, «… er
arbeidsgruppa ansvarlig for» reads an owner asked («hvem» is: then it is not the group's)."""


def tiltak_for_role(view: TiltakView, index: KommuneIndex, q: Understood, today: dt.date) -> Reply:
    skip = q.said.own_ansvar | q.said.plan_words | {"tiltak"}  # «ansvar», «handlingsplanen»
    asked = [w for w in q.rest if w not in skip]
    role = " ".join(asked)
    items = view.for_role(role) if role else []
    # one word alone names an owner; «slt» of «slt-planen» names none («SLT-koordinator»)
    named = {w: _ansvar_named(view, w) for w in asked if w not in GENERIC} if not items else {}
    owners = {w: found for w, found in named.items() if found}
    if owners:
        # «jeg jobber på frivilligsentralen, hvilke tiltak har vi»: the words that name an
        # ansvar, shown as the plan spells it – not «jobber frivilligsentralen».
        items = list({t.id: t for w in owners for t in view.for_role(w)}.values())
        role = ", ".join(dict.fromkeys(a for found in owners.values() for a in found))
    if not items and q.role_words:
        # «hvilke tiltak har politiet ansvar for» where the plan names «Politikontakt»: the
        # role words read as «hvor sitter politiet» reads them, the owners as the plan spells them.
        held = [(t, [a for a in t.ansvar if _names(a, q)]) for t in view.all()]
        items = [t for t, named in held if named]
        role = ", ".join(dict.fromkeys(a for _, named in held for a in named)) or role
    group = index.groups_by_id.get(q.group_id or "") if not (items or q.role_words) else None
    if group is not None:  # «hvilke tiltak har arbeidsgruppa ansvar for?»: as the plan names it
        items, role = view.for_role(group.name), group.name
    if not items and group is None:  # never the folded input («Tiltak for star laererne»)
        role = q.role_label if q.role_words else ""  # the lexicon's spelling
    title, empty = texts.for_role(role, example_ansvar(view))
    empty = texts.none_for_stated(roles=role) if group is not None else empty  # named as planned
    if items and (counted(q.words) or "").startswith("tiltak"):
        title = texts.counted_title(title=title, count=len(items))  # «hvor mange tiltak har …»
    return tiltak_sheet(
        view, index, items, title, today, empty=empty, intent=Intent.TILTAK_FOR_ROLE
    )


AREA_NOUNS = ("innsatsomr", "satsingsomr", "satsningsomr", "omrade")
NUMBER_FILLER = frozenset({"nr", "nummer"})


def area_tiltak(
    view: TiltakView, index: KommuneIndex, q: Understood, today: dt.date
) -> Reply | None:
    """«hvilke tiltak har vi under innsatsområde 6?»: the plan numbers its innsatsområder in
    the order its tiltak name them (the plan answer lists them so); that area's tiltak."""
    words = [w for w in q.words if w not in NUMBER_FILLER]
    asked = [b for a, b in itertools.pairwise(words) if a.startswith(AREA_NOUNS)]
    number = next((int(w) for w in asked if w.isdigit()), 0)
    tiltak = index.kommune.tiltak  # in the plan's order, as the plan answer numbers them
    areas = list(dict.fromkeys(t.innsatsomrade for t in tiltak if t.innsatsomrade))
    if q.about[:1] == (AREA,) and not (number or q.tiltak_number):  # «fokustiltakene»
        asked_words = set(q.rest) - TILTAK_WORDS
        named = [n for n, a in enumerate(areas, 1) if asked_words & set(_long_words(a))]
        number = named[0] if len(named) == 1 else 0
    if not (number or q.tiltak_number) and not TILTAK_WORDS.isdisjoint(q.words):
        area_noun = any(w.startswith(AREA_NOUNS) for w in q.words)  # «… under unge lovbrytere»
        number = area_by_head(q.words, areas, area_noun)
    if not 0 < number <= len(areas):
        return None
    area = areas[number - 1]
    items = [t for t in tiltak if t.innsatsomrade == area]
    title = texts.area_title(number=number, area=area)
    return tiltak_sheet(view, index, items, title, today, empty="", intent=Intent.TILTAK_LOOKUP)


def _long_words(text: str) -> list[str]:
    return [w for w in fold(text).split() if len(w) >= AREA_WORD]


AREA = ("plan", "area")
AREA_WORD = 4
"""A word of an area's name this long says which area («fokus», not «i» or «og»)."""

TILTAK_WORDS = frozenset({"tiltak", "tiltaket", "tiltakene", "tiltaka"})


FOR_WORDS = frozenset({"for", "til", "i", "pa"})


def named_not_owner(view: TiltakView, q: Understood) -> tuple[str, list[Tiltak]] | None:
    """«trenger oversikt over tiltak for barnehage»: the one word of the question some
    tiltak's text names, when no tiltak has it as ansvar – and those tiltak. A lookup
    («liste over tiltak for barnehage») only with the owner right after «tiltak for»."""
    if q.intent is Intent.TILTAK_LOOKUP:
        after = [
            c
            for a, b, c in zip(q.words, q.words[1:], q.words[2:], strict=False)
            if a in TILTAK_WORDS and b in FOR_WORDS
        ]
        candidates = tuple(w for w in after if w in q.rest)
    else:
        candidates = q.rest
    # «ansvar» frames the question («hvilke tiltak har X ansvar for»): a tiltak whose Mål says
    # «gi ansvar» is not named by it
    frame = TILTAK_WORDS | q.said.own_ansvar
    named = [w for w in candidates if w not in frame and len(w) >= 4 and view.search((w,))]
    if len(named) != 1:
        return None
    word = named[0]
    if view.for_role(word) or _ansvar_named(view, word):
        return None  # an ansvar here («politiet»: Politikontakt)
    if word not in q.role_words and not view.desk.names_an_owner(word):
        return None  # no owner anywhere («unge»); a role («helsesykepleier») is one to ask of
    return word, view.search((word,))


def _names(ansvar: str, q: Understood) -> bool:
    """The ansvar names the role asked: by its word, or by the lexicon's other spelling of it
    (``role_synonyms``: «psykiatri» is «Psykisk helse og rustjenesten»), every word of one."""
    words = fold(ansvar).split()
    return names_role(ansvar, q.role_words) or any(
        all(any(w.startswith(p) for w in words) for p in alt.split())
        for alts in q.role_patterns
        for alt in alts
        if " " in alt and not alt.startswith("*")
    )


def example_ansvar(view: TiltakView) -> str:
    """The ansvar this plan names most often, lower case unless it is an acronym."""
    counts = Counter(a for t in view.all() for a in t.ansvar)
    if not counts:
        return "SLT-koordinator"
    top = counts.most_common(1)[0][0]
    return top if top[:3].isupper() else top[0].lower() + top[1:]


def _ansvar_named(view: TiltakView, word: str) -> list[str]:
    """The ansvar entries a word names as their lead («frivilligsentralen» names
    «Frivilligsentralen»; «jobber» does not name «Alle som jobber med barn og unge»)."""
    return [
        a
        for t in view.for_role(word)
        for a in t.ansvar
        if matches_role(word, a) and fold(a).startswith(word[: max(4, len(word) - 2)])
    ]


def find(view: TiltakView, q: Understood) -> list[Tiltak]:
    if q.intent is Intent.TILTAK_OWNER and not q.tiltak_number and q.cue in q.rest:
        named = view.search((q.cue,))  # «hvem står bak friluftsskolen»: named by its word,
        if named:  # not «9» of «9. trinn»
            return named
    grade = asked_grade(q.words, view.desk.grades)  # «… på 8.-10. trinn»: a grade, no tiltak
    bare = q.number if q.intent is not Intent.TILTAK_LOOKUP and grade is None else None
    number = q.tiltak_number or bare
    if number:
        found = view.by_id(number)
        if found:
            return [found]
        if q.tiltak_number:  # «tiltak 4» where the plan has no 4: not some other tiltak
            return []
    retrieved = [view.by_id(key) for kind, key in q.about if kind == "tiltak"]
    ranked = [t for t in retrieved if t is not None][:3]
    words = tuple(w for w in q.rest if w not in {"tiltak", "tiltaket", q.number})
    grades = view.desk.grades
    graded = (
        for_grade([t for t in retrieved if t], view.all(), grade, words, grades) if grade else []
    )
    if q.intent is Intent.TILTAK_LOOKUP:  # «hva går … ut på»: the best-ranked tiltak first
        return graded[:3] or ranked or view.search(words) or _same_as_group(view, q)
    # an owner/deadline; of a group that is a tiltak too, that tiltak first («hvem står
    # ansvarlig for oppvekstteamet»: «står» is no tiltak's word here)
    return _same_as_group(view, q) or view.search(words) or ranked


def _same_as_group(view: TiltakView, q: Understood) -> list[Tiltak]:
    """The tiltak that has the named group's id: Jevnaker's «oppvekstkonferansen» is both a
    group (with its meeting) and a tiltak (with its ansvar), and the reader takes the name as
    the group's, so «hvem har ansvar for oppvekstkonferansen» has no other words to search.
    Or the one tiltak whose title leads with the group's name (Våler's tiltak 8 «Oppvekstteam –
    tverrfaglig støtte …»: «hvem har ansvar for oppvekstteamet»)."""
    found = view.by_id(q.group_id) if q.group_id else None
    if found or not q.group_id:
        return [found] if found else []
    name = q.group_id.replace("-", " ")
    led = [t for t in view.all() if fold(t.tiltak.split(" – ")[0]) == name]
    return led if len(led) == 1 else []


def not_found(view: TiltakView, q: Understood) -> str:
    """Why nothing was found, and what to try in this plan: its numbers, if it has any."""
    numbers = [t.id for t in view.all() if t.id.isdigit()]
    unnumbered = len(numbers) < len(view.all())
    return texts.not_found(q.tiltak_number, numbers, unnumbered=unnumbered)


def tiltak_owner(view: TiltakView, index: KommuneIndex, q: Understood, today: dt.date) -> Reply:
    items = find(view, q)
    return tiltak_sheet(
        view,
        index,
        items,
        "Hvem har ansvaret?",
        today,
        empty=not_found(view, q),
        intent=Intent.TILTAK_OWNER,
    )


def tiltak_deadline(view: TiltakView, index: KommuneIndex, q: Understood, today: dt.date) -> Reply:
    items = find(view, q)
    k = index.kommune
    sections = []
    for t in items[:5]:
        occurrence = view.current(t, today)
        if not view.is_current(t):
            when = (texts.DEADLINE_LABEL, "ingen – tiltaket står bare i den eldre planen")
        elif occurrence is not None:
            when = when_label(occurrence)
        elif view.plan_ended(today) and t.frist.continuous:
            # a løpende tiltak never had a frist; the ended period is why no statussjekk comes
            when = (texts.DEADLINE_LABEL, texts.CONTINUOUS_ENDED)
        elif view.plan_ended(today):
            when = (texts.DEADLINE_LABEL, "ingen – planperioden er over")
        elif t.frist.has_date:
            end = short_date(view.plan_end())
            when = (texts.DEADLINE_LABEL, f"ingen flere før planen slutter {end}")
        else:
            when = ("Statussjekk", "ingen flere i planperioden – løpende tiltak, uten frist")
        history = view.history(t, today)
        facts = [
            when,
            ("Planen sier", t.frist.text),
            ("Ansvar", texts.owners_text(t.ansvar)),
        ]
        if history:
            facts.append(("Status", history_text(history)))
        line = provenance_line(t, sources=k.sources, frist=t.frist)
        if line:
            facts.append(("Grunnlag", line.removeprefix(PROVENANCE)))
        sections.append(Section(heading=tiltak_label(t), facts=tuple(facts)))
    if not sections:
        sections.append(Section(text=not_found(view, q)))
    elif view.plan_ended(today):  # after the answer: the frister, then why there are none
        sections.append(Section(text=view.ended_text()))
    sheet = Sheet(
        title=texts.DEADLINE_LABEL,
        subtitle=titled_with_period(k.plan.title, view.period_text()),
        sections=tuple(sections),
        sources=(k.sources[k.plan.source].title,),
    )
    return _reply(sheet, Intent.TILTAK_DEADLINE, items)


def _full_chars(t: Tiltak) -> int:
    return len(t.tiltak) + len(t.mal or "") + len(t.innsatsomrade or "")


def tiltak_lookup(
    view: TiltakView,
    index: KommuneIndex,
    items: list[Tiltak],
    today: dt.date,
    missing: str = texts.NOT_FOUND,
    lead: str = "",
) -> Reply:
    """What a tiltak is about: title, goal, area, who owns it and its deadline (at most 3)."""
    k = index.kommune
    sections = [Section(text=lead)] if lead else []
    for n, t in enumerate(items[:3]):
        occurrence = view.current(t, today) if view.is_current(t) else None
        when = (texts.DEADLINE_LABEL, t.frist.text)
        if occurrence is not None:
            kind, value = when_label(occurrence)
            when = (kind, f"{value} ({t.frist.text})")
        # the best match in full; the next ones short when the three are long in full (their
        # goals and areas count too: three of 250 characters each make a 1,300-character text)
        whole = n == 0 or sum(_full_chars(i) for i in items[:3]) <= LIST_CHARS // 2
        goal = (("Mål", t.mal or ""), ("Innsatsområde", t.innsatsomrade)) if whole else ()
        # after a best match of many lines, the next ones by their owner only (their frist is
        # a question away: «når er fristen for …»)
        dated = (when,) if whole or _full_chars(items[0]) <= LIST_CHARS // 2 else ()
        sections.append(
            Section(
                heading=tiltak_label(t) if whole else tiltak_list_label(t, 160),
                facts=(("Ansvar", texts.owners_text(t.ansvar)), *goal, *dated),
            )
        )
    if not sections:
        sections.append(Section(text=missing))
    more = len(items) - 3
    title = "Tiltak i handlingsplanen"
    if len(items) == 1 and not lead:  # the tiltak itself is the title
        title, sections = tiltak_label(items[0]), [Section(facts=sections[0].facts)]
    sheet = Sheet(
        title=title,
        subtitle=k.plan.title,
        sections=tuple(sections),
        notes=(texts.more_match(more),) if more > 0 else (),
        sources=(k.sources[k.plan.source].title,),
    )
    return _reply(sheet, Intent.TILTAK_LOOKUP, items)


async def plan_status(
    desk: TiltakDesk, index: KommuneIndex, today: dt.date, part: str | None = None
) -> Reply:
    """The coordinator's digest of the whole plan, as stored now — or one ``part`` of it
    (:func:`~bot.features.tiltak.present.overview_sections` names the parts)."""
    view = await desk.view(index.id)
    overview = view.overview(today)
    k = index.kommune
    ended = view.plan_ended(today)
    sections = status_sections(overview, part, ended=ended)
    if ended:  # the period's end: no frister or checks after it, so no empty lists either
        sections = (Section(text=view.ended_text()), *sections)
    elif view.plan_ending(today):  # the last month: extend it, or a new plan
        sections = (Section(text=view.ending_text()), *sections)
    title = texts.PART_TITLES[part][0] if part else "Status for handlingsplanen"
    sheet = Sheet(
        title=f"{title} {short_date(today)}",
        subtitle=titled_with_period(k.plan.title, view.period_text()),
        sections=sections,
        notes=_period_notes(view, index, today)[1 if ended else 0 :],
        sources=(k.sources[k.plan.source].title,),
    )
    card = sheet_card(sheet)
    if ended or view.plan_ending(today):  # what the text says she can do, as a button
        action = extend_plan_action(texts.CARD, k.id, view.plan_end().isoformat())
        card = {**card, "actions": [*card.get("actions", ()), action]}
    if overview.missing_owner and part in (None, "missing_owner"):
        choices = await desk.people_choices(k.id)
        card = _with_assign_actions(card, k.id, overview.missing_owner, choices)
    counts = {
        "not_mine": len(overview.not_mine),
        "done": len(overview.done),
        "due_soon": len(overview.due_soon),
        "overdue": len(overview.overdue),
        "unanswered": len(overview.unanswered),
        "missing_owner": len(overview.missing_owner),
        "plan_ended": ended,
    }
    return Reply(readable_text(sheet, -1), (card,), Intent.TILTAK_STATUS, counts)


def _with_assign_actions(
    card: Card, kommune_id: str, missing: tuple[Tiltak, ...], choices: list[tuple[str, str]]
) -> Card:
    """The digest card with «Sett ansvarlig» right under the «Mangler ansvarlig» list."""
    extra = assign_actions(assign_view(kommune_id, missing, choices))
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


def titled_with_period(title: str, period: str) -> str:
    """«SLT-plan 2023–2026», not «SLT-plan 2023–2026 (2023–2026)»; an extended period shows."""
    return title if period in title else f"{title} ({period})"
