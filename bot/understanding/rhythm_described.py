"""«Den gruppa der skolen, helsesøster og politiet møtes hver 6. uke»: a group described by how
often it meets and who meets there, instead of by its name.

Staff new in the job know a group by the meeting they were called to: who sat there and how
often it comes round. The plan holds both for every group (``meets``, ``members``), so the
description is read against the groups' own facts, not against a list of phrasings: the
groups whose cadence is the one the message states, and of those the ones where every role it
names sits. One group left is the group the question names, read as if it had named it; none
or several: no reading here, and the bot asks which group as before.

Only a description counts: a phrase of ``described_by`` («gruppa der», «de som møtes») must
stand in the message, so «hvor ofte møtes fagteamet, hver 6. uke?» (a named group's cadence
checked) and «møtes noen hver 6. uke?» (no group described) are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Frequency, Group

EVERY = frozenset({"hver", "hvert", "kvar", "kvart"})
"""«hver 6. uke», «hvert kvartal»: a cadence by its interval follows."""
EVERY_OTHER = frozenset({"annenhver", "annakvar", "annakvart", "annethvert"})
"""«annenhver måned»: every second unit."""
WEEKS = frozenset({"uke", "uka", "uken", "veke", "veka", "week", "weeks"})
MONTHS = frozenset({"maned", "maneden", "mnd", "manad", "manaden", "month", "months"})
TIMES = frozenset({"gang", "ganger", "gonger", "gonga", "times"})
"""«4 ganger i året»: a count per year follows «i/pr/per/om året»."""
YEARS = frozenset({"aret", "ar", "year", "arlig"})
HALF_YEARS = frozenset({"halvaret", "halvar", "halvarlig"})
QUARTERS = frozenset({"kvartal", "kvartalet"})
ONE_WORDS: dict[str, tuple[str, int]] = {
    "ukentlig": ("week", 1),
    "ukentleg": ("week", 1),
    "weekly": ("week", 1),
    "manedlig": ("month", 1),
    "manadleg": ("month", 1),
    "monthly": ("month", 1),
    "arlig": ("year", 1),
    "arleg": ("year", 1),
    "yearly": ("year", 1),
    "annually": ("year", 1),
}
"""A cadence said in one word: (unit, count) – «årlig» is once a year."""
NUMBERS = {
    "en": 1,
    "ein": 1,
    "ei": 1,
    "ett": 1,
    "eit": 1,
    "one": 1,
    "to": 2,
    "two": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "four": 4,
    "fem": 5,
    "seks": 6,
    "andre": 2,
    "tredje": 3,
    "fjerde": 4,
    "femte": 5,
    "sjette": 6,
    "sjuende": 7,
    "syvende": 7,
    "attende": 8,
}
"""Numbers and ordinals written as words («hver sjette uke», «fire ganger i året»)."""


@dataclass(frozen=True)
class Cadence:
    """A cadence as the message states it: every ``every`` weeks or months, or ``per_year``
    meetings a year (one of the two)."""

    every: int = 0
    unit: str = ""
    per_year: int = 0

    def of(self, meets: Frequency | None) -> bool:
        """Whether a group meeting so has this cadence (the plan's own figures)."""
        if meets is None:
            return False
        if self.per_year:
            yearly = meets.per_year or (
                12 // meets.every if meets.unit == "month" and meets.every else 0
            )
            return yearly == self.per_year
        return meets.every == self.every and meets.unit == self.unit


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS.get(word, 0)


def cadence_stated(words: tuple[str, ...]) -> Cadence | None:
    """The cadence the words state, or None: «hver 6. uke», «hver sjette uke», «annenhver
    måned», «hver måned», «ukentlig», «4 ganger i året», «fire ganger pr år», «en gang i
    halvåret», «hvert kvartal», «årlig»."""
    found = cadence_span(words)
    return found[0] if found else None


def cadence_span(words: tuple[str, ...]) -> tuple[Cadence, int] | None:
    """The cadence the words state and the position after its last word."""
    for i, word in enumerate(words):
        after = words[i + 1 : i + 3]
        if word in ONE_WORDS:
            unit, count = ONE_WORDS[word]
            one = Cadence(per_year=count) if unit == "year" else Cadence(every=count, unit=unit)
            return one, i + 1
        if word in EVERY or word in EVERY_OTHER:
            step, at = (2 if word in EVERY_OTHER else 1), i + 1
            if after[:1] and _number(after[0]) and word not in EVERY_OTHER:
                step, at = _number(after[0]), i + 2
            head = words[at] if at < len(words) else ""
            if head in WEEKS:
                return Cadence(every=step, unit="week"), at + 1
            if head in MONTHS:
                return Cadence(every=step, unit="month"), at + 1
            if head in QUARTERS and step == 1:
                return Cadence(per_year=4), at + 1
            if head in HALF_YEARS and step == 1:
                return Cadence(per_year=2), at + 1
        if word in TIMES and i > 0 and _number(words[i - 1]):
            count = _number(words[i - 1])
            for j in range(i + 1, min(i + 3, len(words))):
                if words[j] in YEARS:
                    return Cadence(per_year=count), j + 1
                if words[j] in HALF_YEARS:
                    return Cadence(per_year=2 * count), j + 1
    return None


def _holds(group: Group, index: KommuneIndex, patterns: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every role the message names sits in the group (any of its spellings)."""
    for alternatives in patterns:
        seated = {h.group.id for alt in alternatives for h in index.find_role(alt.split())}
        if group.id not in seated:
            return False
    return True


def group_by_cadence(
    words: tuple[str, ...],
    index: KommuneIndex | None,
    patterns: tuple[tuple[str, ...], ...],
) -> tuple[str, int] | None:
    """The one group that meets as the message says and holds every role it names, and the
    position after the cadence (the description ends there), or None. The caller has checked
    that the message describes a group (``described_by``)."""
    stated = cadence_span(words) if index is not None else None
    if stated is None or index is None:
        return None
    cadence, end = stated
    found = [
        g.id for g in index.kommune.groups if cadence.of(g.meets) and _holds(g, index, patterns)
    ]
    return (found[0], end) if len(found) == 1 else None


__all__ = ["Cadence", "cadence_span", "cadence_stated", "group_by_cadence"]
