"""The router with every handler on it: each feature's ``register(router)`` line, and the
bot's own commands (link a team, reload, choose a kommune), the
fallback for an unknown button, and the one error path (a busy store is a kind message)."""

from __future__ import annotations

import logging

from bot import policies
from bot.features import clarify, rescue
from bot.features.meetings import handlers as meetings
from bot.features.needs import handlers as needs
from bot.features.organisation import handlers as organisation
from bot.features.plan_topic import answer as plan_topic
from bot.features.reply import Reply
from bot.features.routines import handlers as routines
from bot.features.routines import none_about
from bot.features.tiltak import handlers as tiltak
from bot.router import Router, Turn
from bot.storage import StoreError
from bot.storage.records import KommuneChannel
from bot.understanding import Intent
from cards.verbs import Verb

log = logging.getLogger(__name__)

STORE_BUSY = "Jeg fikk ikke lagret dette akkurat nå. Prøv igjen om litt."


# --- the router: every feature registers its handlers here ---------------------------------


def build_router() -> Router:
    """One router with every feature's handlers, the fallback and the one error path."""
    router = Router()
    router.command(Intent.RELOAD, _reload, access=policies.ADMIN_RELOAD)
    router.verb(Verb.KOMMUNE_CHOOSE, _kommune_chosen)
    router.command(Intent.LINK_TEAM, _link_team, access=policies.ADMIN_LINK)
    plan_topic.register(router)
    routines.register(router)
    none_about.register(router)
    meetings.register(router)
    tiltak.register(router)
    needs.register(router)
    organisation.register(router)
    clarify.register(router)
    rescue.register(router)
    router.unknown_verb(
        lambda turn: Reply(
            "Den knappen kjenner jeg ikke igjen. Prøv å spørre på nytt.", intent="action"
        )
    )
    router.error(_store_busy)
    return router


def _store_busy(turn: Turn, exc: Exception) -> Reply | None:
    """The database is locked or full: say so kindly; anything else goes to the adapter."""
    if not isinstance(exc, StoreError):
        return None
    what = turn.understood.intent if turn.understood else turn.data.get("verb")
    log.warning("%s not done: the database is not writable", what)
    return Reply(STORE_BUSY, intent="store.busy")


async def _reload(turn: Turn) -> Reply:
    bot = turn.bot
    if turn.request is None or bot.reloader is None:
        return Reply(
            "Kunnskapen lastes inn på nytt i Teams, eller ved omstart av boten. "
            "Sjekk filene først med «app.py validate».",
            intent=Intent.RELOAD,
        )
    return Reply(await bot.reloader(), intent=Intent.RELOAD)


async def _link_team(turn: Turn) -> Reply:
    bot, request, q = turn.bot, turn.request, turn.understood
    if request is None:
        return Reply("Kobling til kommune gjøres i Teams.", intent=Intent.LINK_TEAM)
    if q is None or not q.kommune_named or q.kommune_id is None:
        known = ", ".join(i.kommune.short_name for i in bot.kb.kommuner.values())
        return Reply(
            f"Hvilken kommune skal dette teamet bruke? Skriv for eksempel «koble teamet til "
            f"gjesdal». Kjente kommuner: {known}.",
            intent=Intent.LINK_TEAM,
        )
    kommune_id = q.kommune_id
    index = bot.kb.kommuner[kommune_id]
    by = request.sender.stable_id
    await bot.repos.team_links.link(request.conversation_key, kommune_id, by)
    bot.forget_references()  # conversation references are re-saved with the new kommune
    log.info("conversation linked to kommune %s", kommune_id)
    await bot.repos.channels.forget_team(request.conversation_key, kommune_id)
    where = ""
    if request.channel_key:  # the linked team's channel: the coordinator chose it here
        await bot.repos.channels.choose_for_kommune(
            KommuneChannel(kommune_id, request.channel_key, request.conversation_key, by)
        )
        where = " Påminnelser og innkallinger kommer i denne kanalen."
    return Reply(
        f"Klart! Dette teamet bruker nå SLT-planen for {index.kommune.name}.{where}",
        intent=Intent.LINK_TEAM,
        facts={"kommune": kommune_id},
    )


async def _kommune_chosen(turn: Turn) -> Reply:
    """A click on «Hvilken kommune jobber du i?»: remember it, then answer the question."""
    bot, request, data = turn.bot, turn.request, turn.data
    kommune_id = data.get("kommune")
    if request is None or not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Den kommunen kjenner jeg ikke. Prøv å spørre på nytt.", intent="own_kommune")
    await bot.access.choose(request, kommune_id)
    name = bot.kb.kommuner[kommune_id].kommune.short_name
    confirmation = f"Klart – jeg svarer for {name} heretter."
    question = data.get("question")
    if not isinstance(question, str) or not question.strip():
        return Reply(confirmation, intent="own_kommune", facts={"kommune": kommune_id})
    who = await bot.access.resolve(request)
    understood = bot.understand(question, who.kommune_id)
    answer = await bot.respond(understood, who.kommune_id, request, text=question, who=who)
    cards = (
        tuple(
            {
                **c,
                "body": [
                    {"type": "TextBlock", "text": confirmation, "wrap": True, "isSubtle": True},
                    *c.get("body", []),
                ],
            }
            for c in answer.cards[:1]
        )
        + answer.cards[1:]
    )
    return Reply(
        f"{confirmation}\n\n{answer.text}", cards, answer.intent, answer.facts, answer.followups
    )
