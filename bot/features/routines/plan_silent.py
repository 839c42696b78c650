"""«hva gjør vi mot skolefravær? står det noe i slt-handlingsplanen?»: the plan asked about a
routine's topic where the kommune's plan has no routine of its own – only the national
standard the bot carries. The plan's silence is what was asked, so it is said first with the
honest «vet ikke» (which names the coordinator), and the national routine is offered by name,
never shown as if it were the plan's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.features.routines import texts
from bot.features.tiltak.not_in_plan import IN_PLAN
from bot.understanding.options import lower_first

if TYPE_CHECKING:
    from bot.router import Turn

ASKS_PLAN = IN_PLAN - {"plan"}
"""«står det noe i planen», «er det et tiltak»: the plan itself asked («en plan» may be
someone's plan to harm, which the danger check reads first)."""


def asks_silent_plan(turn: Turn) -> bool:
    """The question asks the plan about a routine the kommune has only as the national one."""
    q = turn.understood
    if q is None or not q.routine or ASKS_PLAN.isdisjoint(q.words):
        return False
    resolved = turn.bot.routines.by_kommune.get(turn.kommune_id, {}).get(q.routine)
    return resolved is not None and resolved.is_national_default


def plan_silent(turn: Turn) -> Reply:
    """The fallback, led by what the plan lacks and the national routine's name."""
    q = turn.understood
    assert q is not None and q.routine is not None  # asks_silent_plan checked it
    resolved = turn.bot.routines.by_kommune[turn.kommune_id][q.routine]
    title = resolved.routine.title
    lead = texts.plan_silent(
        kommune=turn.index.kommune.short_name, title=lower_first(title), asked=lower_first(title)
    )
    reply = fallback(turn.index, turn.bot.kb, topic=True, lead=lead)
    return Reply(reply.text, reply.cards, reply.intent, {**reply.facts, PLAN_LACKS: True})


__all__ = ["asks_silent_plan", "plan_silent"]
