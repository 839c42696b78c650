"""«Hvilke tiltak har frist i år?»: the plan's deadlines in one calendar year.

A coordinator planning the year asks which tiltak end, are due or «går ut» this year, next
year or in a named year. The answer lists the deadlines that year as the reminders see them
(the plan's own dates, yearly dates, dates the coordinator set), never a date the plan does
not give: løpende tiltak are counted, not dated, and a year outside the plan's period says
so instead of listing the whole plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.features.sheet import Section, Sheet
from bot.features.tiltak import texts
from bot.features.tiltak.names import tiltak_label
from bot.features.tiltak.present import when_label
from bot.features.tiltak.questions import titled_with_period
from bot.features.tiltak.view import TiltakView
from bot.knowledge.index import KommuneIndex

DEADLINE_WORDS = frozenset(
    {
        "frist",
        "fristen",
        "frister",
        "fristene",
        "slutter",
        "slutte",
        "avsluttes",
        "avslutte",
        "ferdig",
        "ferdige",
        "utloper",
        "ut",  # «går ut i år», but not «hva går tiltak 3 ut på i år» (see asked_year)
        "forfaller",
        "skal",
    }
)
"""Words that make a year in a tiltak question a deadline's year («slutter i år», «går ut i
2025», «har frist neste år», «skal være ferdige i år»). Folded, as the reader's words are."""

TILTAK_WORDS = frozenset({"tiltak", "tiltaket", "tiltakene", "tiltaka"})
LIST_WORDS = frozenset(
    {"hvilke", "hvilken", "noen", "alle", "tiltakene", "tiltaka", "oversikt", "liste"}
)
"""A year's deadlines are asked as a list («hvilke tiltak …», «har noen tiltak …», «oversikt
over tiltakene …»); «når er fristen for sommeruka i år» asks for one tiltak's."""

_YEAR = re.compile(r"^20[2-4]\d$")


def asked_year(words: Sequence[str], today: dt.date) -> int | None:
    """The calendar year a tiltak question asks deadlines for, or None.

    «i år» / «iår» is this year, «neste år» / «til neste år» next year, «i fjor» last year, and
    «2026» that year; only with a deadline word, so «hva går tiltak 3 ut på i år» and «tiltak
    for 2025-kullet» are not read as a deadline question.
    """
    said = DEADLINE_WORDS.intersection(words)
    if said == {"ut"} and "pa" in words:  # «hva går … ut på»: what it is about
        return None
    if not said:
        return None
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if _YEAR.match(word):
            return int(word)
        if word == "iar" or (word == "ar" and before in {"i", "dette", "inneverende"}):
            return today.year
        if word == "ar" and before == "neste":
            return today.year + 1
        if word == "fjor" and before == "i":
            return today.year - 1
    return None


def deadlines_in_year(view: TiltakView, index: KommuneIndex, year: int, today: dt.date) -> Sheet:
    """The tiltak with a deadline in ``year``, earliest first, as one sheet."""
    k = index.kommune
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    current = [t for t in view.all() if view.is_current(t)]
    rows: list[tuple[dt.date, Section]] = []
    for tiltak in current:
        for due in view.due_in(tiltak, start, end):
            if due.kind == "status":
                continue
            kind, when = when_label(view.occurrence(tiltak, due.day, due))
            facts = ((kind, when), (texts.CARD.ansvar, texts.owners_text(tiltak.ansvar)))
            rows.append((due.day, Section(heading=tiltak_label(tiltak), facts=facts)))
    rows.sort(key=lambda row: row[0])
    period = view.period_text()
    first, last = k.plan.period_start, view.plan_end().year
    ended = (Section(text=view.ended_text()),) if view.plan_ended(today) else ()
    body: tuple[Section, ...]
    if year > last and ended:  # «Handlingsplanen gjaldt 2023–2025 …» says it all
        body = ()
    elif not first <= year <= last:
        body = (Section(text=texts.year_outside_plan(year, period)),)
    elif rows:
        body = tuple(section for _, section in rows)
    else:
        body = (Section(text=texts.no_deadline_in_year(year)),)
    continuous = sum(1 for t in current if t.frist.continuous)
    notes = (texts.continuous_not_dated(continuous),) if continuous and rows else ()
    return Sheet(
        title=texts.deadlines_in_year_title(year),
        subtitle=titled_with_period(k.plan.title, period),
        sections=(*body, *ended),
        notes=notes,
        sources=(k.sources[k.plan.source].title,),
    )
