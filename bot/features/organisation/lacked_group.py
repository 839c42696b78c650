"""«Finnes det en operativ SLT-gruppe i Jevnaker?»: a group asked for by a name another
kommune's plan gives and this one's does not (understanding/group_lacked.py found it).

The reply says plainly that the plan names no group of that name, then which groups the plan
has on the same level (the group a level synonym found would otherwise answer as if it were
the one asked for), and whom to ask. Its intent is ``unknown``: what was asked is not there.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.answers import fallback
from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.sheets import coordinator_line, sheet_reply, sources
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.router import Router, Turn
from bot.understanding import Intent


def _asks_lacked(turn: Turn) -> bool:
    q = turn.understood
    return q is not None and q.intent is Intent.UNKNOWN and q.group_lacked is not None


def lacked(turn: Turn) -> Reply:
    """«Planen for Jevnaker nevner ingen gruppe som heter «operativ SLT-gruppe».», the groups
    on its level, the coordinator."""
    q, index = turn.understood, turn.index
    if q is None or q.group_lacked is None or index is None:
        return fallback(turn.index, turn.bot.kb)
    asked = q.group_lacked
    kommune = index.kommune.short_name
    on_level = [g for g in index.kommune.groups if g.level == asked.level]
    sections = [Section(text=texts.group_lacked(kommune=kommune, name=asked.name))]
    if on_level:
        heading = texts.groups_on_level(level=asked.level.value, kommune=kommune)
        sections.append(Section(heading=heading, items=tuple(g.name for g in on_level)))
    sheet = Sheet(
        title=texts.DETAIL_TITLE,
        subtitle=index.kommune.name,
        sections=tuple(sections),
        notes=(coordinator_line(index),),
        sources=sources(index, *on_level),
    )
    facts = {"group_lacked": asked.name, PLAN_LACKS: True}
    return sheet_reply(sheet, Intent.UNKNOWN, **facts)


def register(router: Router) -> None:
    """Before the detail and menu fallbacks: a group the plan does not name."""
    router.message("question:group_lacked", _asks_lacked, lacked)
