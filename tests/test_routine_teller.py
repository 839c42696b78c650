"""Who told the asker, set aside when a routine is asked (bot/understanding/routine_words.py):
the coordinator named right before a verb of saying, or after «ifølge» / «fikk høre av», is
the source of a remark, not what is asked. Made-up phrasings, none from the eval."""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.understanding.intents import Intent

TOLD_BY_THE_COORDINATOR = [
    "hva er rutinen naar en elev ruser seg, SLT-koord sa det fantes en",
    "hva er rutinen når jeg tror en gutt i klassen ruser seg? slt-koordinatoren vår sa vi har en",
    "slt-koordinator sa jeg skulle spørre om rutinen ved rusbekymring",
    "rutinen for rus, koordinatoren har sagt at den ligger her et sted",
    "ifølge SLT-koordinatoren finnes det en rutine når en elev ruser seg, hva står i den?",
    "fikk høre av koordinatoren at vi har en rutine ved rusbekymring, hvor finner jeg den?",
]


@pytest.mark.parametrize("text", TOLD_BY_THE_COORDINATOR)
def test_the_routine_answers_when_the_coordinator_only_told(bot: SltBot, text: str) -> None:
    reply = asyncio.run(bot.answer(text, "jevnaker"))
    assert reply.intent == "routine", reply.text[:200]
    assert reply.facts.get("routine") == "rusbekymring"


@pytest.mark.parametrize(
    "text",
    [
        "hvem er slt-koordinator",
        "hvem er koordinatoren? hun sa det fantes en rutine",  # the coordinator asked first
        "koordinatoren sa noe om et møte, hva er nummeret til slt-koordinator?",  # no routine
    ],
)
def test_the_coordinator_asked_stays_the_coordinator(bot: SltBot, text: str) -> None:
    assert bot.understand(text, "jevnaker").intent is Intent.COORDINATOR


def test_a_principal_who_told_was_never_a_cue(bot: SltBot) -> None:
    text = "hva er rutinen når en elev ruser seg, rektor sa det fantes en"
    assert asyncio.run(bot.answer(text, "jevnaker")).facts.get("routine") == "rusbekymring"
