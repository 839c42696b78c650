"""«Er SLT-modellen egentlig bra?»: what is asked is of a kind no knowledge holds (a judgment;
understanding/opinion.py). The honest «vet ikke» says so first, with what the bot can do and
whom to ask; never the sheet of the thing judged, and no safety net (a question about things)."""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.router import Router, Turn
from bot.understanding import Intent


def _asks_beyond(turn: Turn) -> bool:
    q = turn.understood
    return q is not None and q.intent is Intent.UNKNOWN and q.beyond in texts.BEYOND


def beyond(turn: Turn) -> Reply:
    q = turn.understood
    lead = texts.BEYOND.get(q.beyond, "") if q is not None else ""
    reply = fallback(turn.index, turn.bot.kb, topic=True, lead=lead)
    return Reply(reply.text, reply.cards, reply.intent, {"beyond": q.beyond if q else ""})


def register(router: Router) -> None:
    """Before the detail and menu fallbacks: a judgment asked."""
    router.message("question:beyond", _asks_beyond, beyond)
