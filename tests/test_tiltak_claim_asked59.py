"""What the plan does, asked as a claim to check, a why, or with a filler word
(bot/understanding/offer_asked.py).

«stemmer det at politiet er fast på skolen hos oss?», «kvifor er politiet på skulen kvar
veke?»: the tiltak that does it answers, when it holds more of the claim's words than one in
passing; «stemmer det at kantina stenger i juli?» finds a tiltak on «stenge» alone and gets
the fallback. «hva gjør egentlig slt for …», «gjør slt noe for …» ask what «hva gjør slt for …»
asks.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("stemmer det at politiet er fast på ungdomsskolen hos oss?", "gjesdal", "ukentlig"),
        ("en kollega sa noe rart. er det riktig at politiet er på skolene?", "gjesdal", "ukentlig"),
        ("hvorfor er politiet på skolen hver uke?", "gjesdal", "ukentlig"),
        ("hva gjør egentlig slt for barn som har mistet en forelder?", "valer", "pårørende"),
    ],
)
def test_a_claim_or_a_why_finds_the_tiltak_that_does_it(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.text)
    assert shown in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("stemmer det at kantina stenger i juli?", "valer"),
        ("er det sant at bussen går tidligere til vinteren?", "gjesdal"),
        ("hvorfor er det så kaldt i gymsalen?", "jevnaker"),
    ],
)
def test_a_claim_no_tiltak_holds_gets_the_fallback(bot: SltBot, text: str, kommune: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "unknown", (text, reply.text)
    assert "Tiltak i handlingsplanen" not in reply.text
