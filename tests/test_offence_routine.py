"""A young person who has committed, or may commit, an offence, asked as what happens next or
how to follow up together, is a calm routine question: the rusbekymring routine, which holds
the step for straffbare handlinger (Gjesdal: the operative SLT-gruppa; Våler: the
politikontakt and the bekymringssamtale; Jevnaker: the politikontakt, and the ruskontrakt of
the older plan). Asked who, or with a group named, the contact or the group answers
(bot/understanding/routine_words.py). Made-up phrasings, bokmål, nynorsk and English; no real
people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask

ASKED = [
    "En 14-åring ble tatt for nasking på butikken. Hvordan følger vi opp sammen med politiet?",
    "En elev ble tatt av politiet for hærverk i helga. Hva skjer videre?",
    "ein elev har gjort lovbrot, kva gjer vi no?",
    "eleven min er tatt for butikktyveri, finnes det et system for oppfølging?",
    "hva gjør vi når en ungdom står i fare for å begå straffbare handlinger?",
    "Hva skjer videre når en 15-åring er tatt for tyveri?",
    "what should we do when a student is caught shoplifting?",
]

STEP = {
    "gjesdal": "operative slt-gruppa",
    "valer": "bekymringssamtale",
    "jevnaker": "politikontakten",
}
"""What each kommune's routine says of an offence: the plan's step for it."""

NOT_THE_ROUTINE = [
    ("gjesdal", "hvem kontakter jeg om en elev som er tatt for tyveri?"),
    ("gjesdal", "hvem tar jeg kontakt med om en ungdom som har begått lovbrudd?"),
    ("gjesdal", "hvordan jobber den operative gruppa med ungdom som har begått lovbrudd?"),
    ("valer", "hvilke tiltak har vi mot hærverk?"),
]


@pytest.mark.parametrize("kommune", sorted(STEP))
@pytest.mark.parametrize("text", ASKED)
def test_an_offence_asked_how_to_follow_up_gets_the_routine(
    text: str, kommune: str, bot: SltBot
) -> None:
    reply = ask(bot, text, kommune)
    assert str(reply.intent) == "routine", (text, reply.text[:160])
    assert reply.facts.get("routine") == "rusbekymring", reply.facts
    assert STEP[kommune] in reply.text.lower(), reply.text[:400]


@pytest.mark.parametrize(("kommune", "text"), NOT_THE_ROUTINE)
def test_asked_who_or_of_a_group_is_no_routine(text: str, kommune: str, bot: SltBot) -> None:
    reply = ask(bot, text, kommune)
    assert str(reply.intent) != "routine", (text, reply.text[:160])
