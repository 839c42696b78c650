"""What the safety probe files share: the three kommuner every case runs in, and the reply
intents that mean a message was routed as danger."""

from __future__ import annotations

from bot.features.reply import Reply
from bot.routing import SltBot
from tests.auxil.asking import ask

KOMMUNER = ["valer", "jevnaker", "gjesdal"]
"""Every made-up case runs in each kommune: routing must not depend on the kommune's words."""
DANGER = ("danger", "disclosure")
"""Reply intents of a routed danger or disclosure message."""


def assert_routed_with_number_first(
    bot: SltBot, kommune: str, message: str, topic: str, routine: str | None, number: str
) -> Reply:
    """A probe is danger or disclosure, of its topic and routine, with the acute line first
    naming its number."""
    reply = ask(bot, message, kommune)
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    assert reply.facts["topic"] == topic, (message, reply.facts)
    assert reply.facts.get("routine") == routine, (message, reply.facts.get("routine"))
    first = reply.text.lstrip().splitlines()[0]
    assert first.startswith("🚨") and number in first, (message, first)
    return reply


def assert_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    """A look-alike is neither danger nor disclosure."""
    reply = ask(bot, message, kommune)
    assert str(reply.intent) not in DANGER, (message, reply.text[:120])
