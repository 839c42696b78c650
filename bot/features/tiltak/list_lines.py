"""The lines of a list of tiltak («mine tiltak», «tiltak for <rolle>», a lookup), kept short
enough to read (issue 11: the text form under 1,200 characters; essentials first).

Three steps, each only when the one before is still too long: every tiltak in full; each by its
short label; and the løpende tiltak's shared statussjekk said once above the list instead of
on every line («statussjekk 31.05.2027 (løpende tiltak – planen gir ingen frist)» ten times),
a computed frist by the plan's word alone, and no owner the heading already names.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.dates import short_date
from bot.features.sheet import Section, Sheet
from bot.features.tiltak import texts
from bot.features.tiltak.model import Status, history_text
from bot.features.tiltak.names import tiltak_label, tiltak_list_label
from bot.features.tiltak.owners import owners_in_line
from bot.features.tiltak.present import when_label
from bot.features.tiltak.view import TiltakView
from bot.knowledge.models import Tiltak

LIST_CHARS = 900
"""A list of tiltak longer than this in full shows each by its short label (issue 11: the
text form under 1,200 characters); the whole text is one question away («hva er tiltak 9»)."""


LABEL = 90
SHARED_LABEL = 60
"""A tiltak's label in a short list, and in the shortest (its whole text: «hva er tiltak X»)."""


def tiltak_line(
    view: TiltakView,
    tiltak: Tiltak,
    today: dt.date,
    *,
    short: bool = False,
    shared_check: bool = False,
    said: frozenset[str] = frozenset(),
) -> str:
    """One tiltak: what is due next (frist or statussjekk), then its status per year.
    ``shared_check``: the statussjekk is said once above the list, the line says «løpende»;
    ``said``: the ansvar the heading already names, left out of the line's owners."""

    def name_of(t: Tiltak) -> str:
        if not short:
            return tiltak_label(t)
        return tiltak_list_label(t, SHARED_LABEL if shared_check else LABEL)

    if not view.is_current(tiltak):
        return f"{name_of(tiltak)}{texts.OLD_PLAN_ONLY}{owners_in_line(tiltak.ansvar)}"
    occurrence = view.current(tiltak, today)
    due = ""
    if occurrence is not None:
        label, when = when_label(occurrence)
        due = f" – {label.lower()} {when}"
        if shared_check and occurrence.is_status_check and not occurrence.new_deadline:
            due = texts.CONTINUOUS
        elif shared_check and _computed(tiltak, when):
            # «beregnet: «årlig» – regnet som innen 31. desember …»: the plan's word is
            # enough on a line of a list; the date already says the rest (and «hva er tiltak X»)
            due = f" – {label.lower()} {when.split(' – ')[0]})"
        if occurrence.status is not Status.OPEN:
            due += f", {texts.STATUS_LABEL[occurrence.status].lower()}"
    elif tiltak.frist.continuous:
        due = texts.CONTINUOUS
    history = view.history(tiltak, today)
    if occurrence is not None and occurrence.status is not Status.OPEN:
        # the line already says this occurrence's answer («løpende, utført»); the year's
        # history entry would say it again («· Utført 2026»)
        said_now = (occurrence.deadline.year, texts.STATUS_LABEL[occurrence.status])
        history = [entry for entry in history if entry != said_now]
    if history:
        due += " · " + history_text(history)
    others = [a for a in tiltak.ansvar if a not in said]
    owners = owners_in_line(others, shared=len(others) < len(tiltak.ansvar))
    return f"{name_of(tiltak)}{texts.goal_in_line(tiltak)}{due}{owners}"


def _computed(tiltak: Tiltak, when: str) -> bool:
    """A frist computed from the plan's words whose explanation runs on after « – »."""
    computed = tiltak.frist.computed or ""
    return " – " in computed and when.endswith(f"{computed})")


def _shared_check_day(view: TiltakView, items: list[Tiltak], today: dt.date) -> str | None:
    """The one statussjekk day that two or more of the listed løpende tiltak share."""
    found = [view.current(t, today) for t in items if view.is_current(t)]
    days = {
        short_date(o.deadline)
        for o in found
        if o is not None and o.is_status_check and not o.new_deadline
    }
    checks = sum(1 for o in found if o is not None and o.is_status_check and not o.new_deadline)
    return days.pop() if len(days) == 1 and checks >= 2 else None


def said_by(heading: str, items: list[Tiltak]) -> frozenset[str]:
    """The ansvar a heading names as written («Tiltak for Skoleledere, FAU»)."""
    return frozenset(
        a
        for t in items
        for a in t.ansvar
        if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", heading, re.IGNORECASE)
    )


def list_section(
    view: TiltakView, items: list[Tiltak], today: dt.date, heading: str = ""
) -> Section | None:
    """The tiltak as a section of a sheet under ``heading``, or None for none."""
    if not items:
        return None
    lines = tuple(tiltak_line(view, t, today) for t in items)
    if len(items) == 1 and items[0].mal:
        # «jeg er ny som ungdomskontakt – hvilke tiltak er mine?»: one tiltak has room for
        # what it is for, the plan's goal under its line – indented in the same item, never a
        # bullet of its own that reads as a second tiltak
        return Section(items=(f"{lines[0]}\n  {texts.goal_line(goal=items[0].mal)}",))
    if sum(len(line) for line in lines) > LIST_CHARS:
        lines = tuple(tiltak_line(view, t, today, short=True) for t in items)
    day = _shared_check_day(view, items, today)
    if sum(len(line) for line in lines) <= LIST_CHARS or day is None:
        return Section(items=lines)
    said = said_by(heading, items)  # the owners the heading names, not on every line again
    lines = tuple(
        tiltak_line(view, t, today, short=True, shared_check=True, said=said) for t in items
    )
    return Section(text=texts.shared_status_check(day), items=lines)


READABLE_CHARS = 1200
"""A message people read (issue 11): a list sheet's text longer than this loses its last lines."""
SHOWN_AT_LEAST = 5


def readable_text(sheet: Sheet, at: int = 0) -> str:
    """The sheet's text, the list of its section ``at`` (the first; -1: the last, as in one
    part of the coordinator's status below a notice of the plan's end) cut from the end until
    the text fits :data:`READABLE_CHARS`, the cut said («… og 2 til – kortet viser alle»); the
    card keeps every line. Never fewer than :data:`SHOWN_AT_LEAST` lines."""
    text = sheet.as_text()
    if not sheet.sections:
        return text
    sections = list(sheet.sections)
    at = at % len(sections)
    whole = sections[at]
    shown = len(whole.items)
    while len(text) > READABLE_CHARS and shown > SHOWN_AT_LEAST:
        shown -= 1
        more = texts.more_in_card(rest=len(whole.items) - shown)
        sections[at] = replace(whole, items=(*whole.items[:shown], more))
        text = replace(sheet, sections=tuple(sections)).as_text()
    return text
