"""«rutine ved bekymring for pengespill?» where no routine is about pengespill: retrieval found
a routine by a generic word alone («rutine», «bekymring»), and understanding/generic_match.py
left it out, keeping the specific word the routine lacks (``Understood.lacks``). The answer is
the honest «vet ikke» with what was not found said first and the coordinator named – never
another topic's routine."""

from __future__ import annotations

from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.features.routines import texts
from bot.router import ROUTINES, Router, Turn
from bot.text import echoable
from bot.understanding import Intent


def lacks_routine(turn: Turn) -> bool:
    """A question whose routine was found by a generic word alone, and nothing else read."""
    q = turn.understood
    return q is not None and bool(q.lacks) and q.intent is Intent.UNKNOWN and not q.routine


def none_about(turn: Turn) -> Reply:
    """The fallback, led by the word no routine is about, as the writer spelled it."""
    q = turn.understood
    assert q is not None  # lacks_routine checked it
    word = echoable(turn.text, q.lacks)  # never folded, never a possible name
    lead = texts.none_about(word=word) if word else texts.NONE_ABOUT_IT
    reply = fallback(turn.index, turn.bot.kb, topic=True, lead=lead)
    return Reply(reply.text, reply.cards, reply.intent, {**reply.facts, PLAN_LACKS: True})


def register(router: Router) -> None:
    router.message("routine:none_about", lacks_routine, none_about, group=ROUTINES)


__all__ = ["lacks_routine", "none_about", "register"]
