"""What the safety probe files share: the three kommuner every case runs in, and the reply
intents that mean a message was routed as danger."""

from __future__ import annotations

from bot.features.reply import Reply
from bot.routing import SltBot
from bot.safety import DangerCheck
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


def assert_check_routes(vocabulary: DangerCheck, text: str, routine: str | None) -> None:
    """The danger check alone finds ``text`` and sends it to ``routine`` (None: no routine)."""
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == routine, (text, finding.describe())


def assert_check_calm(vocabulary: DangerCheck, text: str) -> None:
    """The danger check alone finds nothing in ``text``."""
    finding = vocabulary.check(text)
    assert finding is None, (text, finding.describe() if finding else None)
