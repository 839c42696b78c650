"""«Hvor er trygghetsvandringa?», «hvilken ukedag møtes fagteamet?»: a detail the plan does not
hold, asked of a tiltak or group it does (understanding/facets.py found which facet).

The object's sheet would read as an answer to what was asked, so the reply says plainly first
that the plan does not state it, then, briefly, what the plan does say of the object, and whom
to ask. Never a date, place, age or sum made up. The reply keeps the intent ``unknown`` (what
was asked is not in the plan), like the answer about who holds a role (holders.py).
"""

from __future__ import annotations

import re

from bot.features.organisation import texts
from bot.features.organisation.answers import fallback
from bot.features.organisation.sheets import coordinator_line, meets_text, sheet_reply, sources
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak.names import is_numbered, shorten, tiltak_name
from bot.features.tiltak.owners import owners_text
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Coordinator
from bot.knowledge.provenance import Sourced
from bot.router import Router, Turn
from bot.understanding import Intent
from bot.understanding.facets import PAST_MEMBERS, ROLE

NAME_LIMIT = 50
SAYS_LIMIT = 160
"""How much of the object's own text is shown: enough to know it, not the whole sheet."""

DETAIL_NOT_HELD = "detail"
"""A reply's ``asked`` fact: a detail the plan does not hold, of an object it does."""
PLACE = "place"
"""The ``facet`` of a reply that says where an object meets or takes place."""


def _asks_detail(turn: Turn) -> bool:
    q = turn.understood
    return (
        q is not None
        and q.intent is Intent.UNKNOWN
        and bool(q.detail)
        and bool(q.about or q.group_id or q.detail.startswith(ROLE))
    )


def _object(index: KommuneIndex, turn: Turn) -> tuple[str, list[str], Sourced] | None:
    """The object's name, what the plan says of it in a few lines, and the object."""
    q = turn.understood
    assert q is not None
    if q.group_id:
        group = next((g for g in index.kommune.groups if g.id == q.group_id), None)
        if group is None:
            return None
        if q.detail == PAST_MEMBERS:  # today's members, said to be today's
            return group.name, list(group.members), group
        lines = [shorten(group.purpose, SAYS_LIMIT)] if group.purpose else []
        if group.meets:
            lines.append(f"{texts.MEETS}: {meets_text(group)}")
        return group.name, lines, group
    if q.detail.startswith(ROLE):  # «hvor stor stilling har koordinatoren»
        c = index.kommune.coordinator
        roles = [r[0].lower() + r[1:] if r[1:2].islower() else r for r in c.also]
        also = [texts.role_also(roles=texts.joined(roles))] if roles else []
        said = [shorten(c.mandate, SAYS_LIMIT)] if c.mandate else []
        return c.title, [*also, *said], c
    key = next((k for kind, k in q.about if kind == "tiltak"), None)
    tiltak = next((t for t in index.kommune.tiltak if t.id == key), None)
    if tiltak is None:
        return None
    lines = [
        shorten(tiltak.tiltak, SAYS_LIMIT),
        f"{texts.DETAIL_ANSVAR}: {owners_text(tiltak.ansvar)}",
        f"{texts.DETAIL_FRIST}: {tiltak.frist.text}",
    ]
    if is_numbered(tiltak):
        return tiltak_name(tiltak), lines, tiltak
    first = re.split(r"[:.] | \(", tiltak.tiltak, maxsplit=1)[0]
    return texts.quoted(shorten(first.rstrip("."), NAME_LIMIT)), lines, tiltak


def detail(turn: Turn) -> Reply | None:
    """«Planen sier ikke hvor X foregår.», what it says of X, the coordinator; None when the
    object is not found after all (the menu fallback then)."""
    q, index = turn.understood, turn.index
    assert q is not None
    found = _object(index, turn) if index is not None else None
    if found is None or index is None:
        return None
    name, lines, item = found
    said = texts.NOT_STATED_OF_GROUP if q.group_id else texts.DETAIL_NOT_STATED
    said = texts.NOT_STATED_OF_ROLE if isinstance(item, Coordinator) else said
    facet = q.detail.removeprefix(ROLE)
    stated = said.get(facet)
    if stated is None:
        return None
    says = texts.members_now if q.detail == PAST_MEMBERS else texts.plan_says_of
    sheet = Sheet(
        title=texts.DETAIL_TITLE,
        subtitle=index.kommune.name,
        sections=(
            Section(text=stated(name)),
            Section(heading=says(name), items=tuple(lines)),
        ),
        notes=(coordinator_line(index),),
        sources=sources(index, item),
    )
    return sheet_reply(sheet, Intent.UNKNOWN, asked=DETAIL_NOT_HELD, facet=facet)


def register(router: Router) -> None:
    """Before the menu fallback: a detail the plan does not hold, of an object it does."""
    router.message("question:detail_not_held", _asks_detail, _detail_or_fallback)


def _detail_or_fallback(turn: Turn) -> Reply:
    return detail(turn) or fallback(turn.index, turn.bot.kb)
