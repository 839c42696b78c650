"""«finnes det en egen handlingsplan mot vold i nære relasjoner i kommunen?»: a plan beside
the SLT plan asked for. Where the kommune's knowledge names one (a note, a tiltak that follows
it), the list of routines opens with what the plan says of it (plan_also.py); where nothing of
the plan holds what was asked, the routine list would read as the answer – yet the plan names
no such plan. The honest «vet ikke» says so first and names the coordinator; the routines stay
one question away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.features.routines import texts
from bot.features.routines.plan_also import plan_also
from bot.understanding import Intent

if TYPE_CHECKING:
    from bot.router import Turn

ASKED_PLAN = frozenset({"handlingsplan", "handlingsplaner"})
"""A plan asked for by its kind, indefinite: «handlingsplanen» is most often the SLT plan."""


def asks_absent_plan(turn: Turn) -> bool:
    """A routine-list reading that asks for a plan of its own, of which the plan says nothing."""
    q = turn.understood
    if q is None or q.intent is not Intent.ROUTINE_LIST or ASKED_PLAN.isdisjoint(q.words):
        return False
    return not plan_also(turn)


def absent_plan(turn: Turn) -> Reply:
    """The fallback, led by the plan's silence on such a plan."""
    lead = texts.no_other_plan(kommune=turn.index.kommune.short_name)
    reply = fallback(turn.index, turn.bot.kb, topic=True, lead=lead)
    return Reply(reply.text, reply.cards, reply.intent, {**reply.facts, PLAN_LACKS: True})


__all__ = ["absent_plan", "asks_absent_plan"]
