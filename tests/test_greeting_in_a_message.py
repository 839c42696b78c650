"""A greeting at the start of a longer message is manners, not the question.

«Hei. Nettopp hatt utviklingssamtale med ein elev …» got «Hei! Spør meg om SLT-arbeidet»,
whatever the rest said. Only a message that is (nearly) all greeting gets the greeting back.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.understanding.intents import Intent


@pytest.mark.parametrize("text", ["hei", "Hei!", "hallo hallo", "tusen takk", "Hei, takk for sist"])
def test_a_greeting_alone_is_greeted(bot: SltBot, text: str) -> None:
    assert asyncio.run(bot.answer(text, "valer")).intent is Intent.GREETING


@pytest.mark.parametrize(
    "text",
    [
        "Hei. Nettopp hatt en lang samtale med en elev om fag og framtid, alt gikk greit",
        "hei! kan du hjelpe meg å bestille lunsj til fagdagen på fredag",
    ],
)
def test_a_greeting_before_a_longer_message_is_no_greeting(bot: SltBot, text: str) -> None:
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent is not Intent.GREETING, reply.text
    assert "Spør meg om SLT-arbeidet" not in (reply.text or ""), reply.text


@pytest.mark.parametrize(
    ("text", "thanked"), [("takk for hjelpen!", True), ("tusen takk", True), ("hei", False)]
)
def test_a_thank_you_gets_a_you_are_welcome_not_a_hello(
    bot: SltBot, text: str, thanked: bool
) -> None:
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent is Intent.GREETING
    assert reply.text.startswith("Bare hyggelig") is thanked, reply.text
