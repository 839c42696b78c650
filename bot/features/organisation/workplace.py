"""Where the workplace a question names sits besides the role's own seats: «jeg er sosiallærer
på Våler ungdomsskole, hvilke slt-grupper hører jeg til» – the sosiallærer sits on the utøvende
level, and the school is also at the table of SLT-nettverket through its virksomhetsleder, a
seat the plan lists by the school's name."""

from __future__ import annotations

import itertools

from bot.features.organisation import texts
from bot.features.organisation.sheets import LEVEL_LABEL
from bot.features.sheet import Section
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group, Level
from bot.text import fold_plan_text
from bot.understanding import Understood

PLACE_WORDS = 2
"""A workplace is named by the last two words of a member line («Virksomhetsleder Våler
ungdomsskole»): one word («NAV») is a service, the role's own seat says where it sits."""
SHORTEST = 4
"""… each of them a word of four letters or more («og unge» of «barn og unge» names no place)."""
LEVEL_ORDER = {level: order for order, level in enumerate(Level)}
"""Top level first, as ``Level`` lists them."""


def also(index: KommuneIndex, q: Understood, seated: tuple[Group, ...]) -> tuple[Section, ...]:
    """Seats in groups the role does not sit in whose member line ends with a place the
    question names, top level first: one section headed by the place."""
    if not seated:
        return ()
    pairs = set(itertools.pairwise(q.words))
    shown = {g.id for g in seated}
    found: dict[str, list[str]] = {}
    for group in sorted(index.kommune.groups, key=lambda g: LEVEL_ORDER[g.level]):
        for member in group.members if group.id not in shown else ():
            written = member.split()[-PLACE_WORDS:]
            place = tuple(fold_plan_text(w) for w in written)
            if len(written) == PLACE_WORDS and place in pairs and min(map(len, place)) >= SHORTEST:
                line = f"{group.name} ({LEVEL_LABEL[group.level]}): {member}"
                found.setdefault(" ".join(written), []).append(line)
    return tuple(
        Section(heading=texts.workplace_also(place=place), items=tuple(lines))
        for place, lines in found.items()
    )
