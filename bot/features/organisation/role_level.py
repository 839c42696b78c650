"""«Jobber på ungdomsklubben, hvilket nivå i SLT hører jeg til?»: a role's or a workplace's
level, read from where the plan seats it.

A role's seats answer where it sits (answers.py ``role_groups``); when the question asks
which level («hvilket nivå», «kva nivå»: the reader's cue), the seats are shown under each
level they are on, with the plan's own words for that level – a seat line alone does not say
what the level is («alle som jobber med barn og unge …»). Nothing is added the plan does not
state: a role seated nowhere keeps the honest «no fixed seat» (no_seat.py).
"""

from __future__ import annotations

from bot.features.organisation import texts, workplace
from bot.features.organisation.plan import level_heading
from bot.features.organisation.sheets import LEVEL_LABEL, sources
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex, RoleHit
from bot.knowledge.models import Group, Level
from bot.understanding import Understood

LEVEL_CUE_WORD = "niva"
"""The folded «nivå» of a which-level cue («hvilket niva», «kva niva»)."""


def asks_level(q: Understood) -> bool:
    """Whether the question's own cue asks which level («… hvilket nivå hører jeg til?»)."""
    return LEVEL_CUE_WORD in q.cue.split()


def role_level_sheet(
    index: KommuneIndex,
    hits: list[RoleHit],
    label: str,
    note: str | None,
    also: tuple[Section, ...] = (),
) -> Sheet:
    """The role's seats under each level they are on, top level first, each level with the
    plan's description of it; ``also``: the seats of a place the question names."""
    infos = {i.level: i for i in index.kommune.levels}
    by_level: dict[Level, list[str]] = {}
    groups: list[Group] = []
    for hit in sorted(hits, key=lambda h: workplace.LEVEL_ORDER[h.group.level]):
        seat = f"{hit.group.name}: {hit.member}"
        if seat not in by_level.setdefault(hit.group.level, []):
            by_level[hit.group.level].append(seat)
        if hit.group not in groups:
            groups.append(hit.group)
    sections = [Section(text=note)] if note else []
    for level, seats in by_level.items():
        info = infos.get(level)
        name = info.name if info else LEVEL_LABEL[level]
        sections.append(
            Section(
                heading=level_heading(name, LEVEL_LABEL[level]),
                text=info.description if info else None,
                items=tuple(seats),
            )
        )
    return Sheet(
        title=texts.level_of_title(group=label),
        subtitle=index.kommune.name,
        sections=(*sections, *also),
        sources=sources(index, *groups, *(infos[lv] for lv in by_level if lv in infos)),
    )


__all__ = ["asks_level", "role_level_sheet"]
