"""The coordinator's status of the whole plan («status handlingsplan», the Monday digest) as
sections a coordinator reads in one look.

What needs her first: one line with what waits for action (forfalt, «ikke mitt ansvar»,
uten ansvarlig), then those lists, then what is due soon and what is done. An empty list is
no heading of its own with «Ingen» under it: the empty ones share one line, so the card says
they are empty without five headings of nothing. A long list shows its first lines and how
many more, with the question that shows the part whole («hvilke tiltak mangler ansvarlig»)
— the count is in the heading, so nothing she must act on is hidden.

One part asked for («hvilke tiltak er forsinket») is that list whole, «Ingen» if empty.
"""

from __future__ import annotations

from bot.features.sheet import Section
from bot.features.tiltak import texts
from bot.features.tiltak.model import Overview
from bot.features.tiltak.present import missing_owner_groups, overview_sections

SHOWN = 5
"""Lines of one list in the whole status; the rest are counted («… og 18 til»)."""

ORDER = ("overdue", "not_mine", "missing_owner", "due_soon", "done")
"""What the coordinator acts on first, then what the owners have coming, then what is done."""

TO_DO = ("overdue", "not_mine", "missing_owner")
"""The lists that wait for the coordinator herself."""


def status_sections(overview: Overview, part: str | None, *, ended: bool) -> tuple[Section, ...]:
    """The digest's sections: one ``part`` whole, or the whole status in one look."""
    parts = {key: (heading, lines) for key, heading, lines in overview_sections(overview)}
    if part is not None:
        heading, lines = parts[part]
        return (Section(heading=heading, items=tuple(lines) or (texts.NONE_LISTED,)),)
    counts = _counts(overview)
    shown = [key for key in ORDER if counts[key]]
    if ended:  # the period's end: no frister or checks after it, nor lines about none
        return tuple(_listed(key, *parts[key], overview) for key in shown)
    to_do = [(counts[key], texts.PART_EMPTY[key]) for key in TO_DO if counts[key]]
    lead = [texts.status_to_do(to_do) if to_do else texts.NOTHING_TO_DO]
    empty = [texts.PART_EMPTY[key] for key in ORDER if not counts[key]]
    if empty:
        lead.append(texts.status_none(empty))
    listed = (_listed(key, *parts[key], overview) for key in shown)
    return (Section(text="\n".join(lead)), *listed)


def _counts(overview: Overview) -> dict[str, int]:
    return {
        "overdue": len(overview.overdue),
        "not_mine": len(overview.not_mine),
        "missing_owner": len(overview.missing_owner),
        "due_soon": len(overview.due_soon),
        "done": len(overview.done),
    }


def _listed(key: str, heading: str, lines: list[str], overview: Overview) -> Section:
    """One list, its first :data:`SHOWN` lines and a count of the rest. A «mangler
    ansvarlig» line holds every tiltak of one role, so the rest is counted in tiltak. A list
    that waits for the coordinator and that no question shows whole («ikke mitt ansvar») is
    never cut."""
    if key in TO_DO and key not in texts.PART_TITLES:  # no question shows it whole: all here
        return Section(heading=heading, items=tuple(lines))
    if key == "missing_owner":
        groups = missing_owner_groups(overview.missing_owner)
        hidden = sum(len(items) for _, items in groups[SHOWN:])
    else:
        hidden = _counts(overview)[key] - SHOWN
        lines = [line for line in lines if not line.startswith("…")]  # counted here instead
    if hidden <= 0 or len(lines) <= SHOWN:
        return Section(heading=heading, items=tuple(lines))
    more = texts.status_more(hidden, texts.PART_TITLES.get(key, ("", ""))[1])
    return Section(heading=heading, items=(*lines[:SHOWN], more))
