"""Services asked by a need, a visit or a group named (session 27, contact59).

Policies, not phrases: whom the writer turns to in the present tense («hvem snakker jeg med om
…», «hvem kobler jeg inn») asks whom to contact, and a routine's topic in the message does not
take it over; the tiltak a service is found by is told whole; a service asked «hvem i …» beside
the age it serves from is the service with what the plan has it do; a case-taking group named in
a whom-to-turn-to question, whose plan line on who may use it holds the question's words,
answers with what it is for and that line, and no acute line under a group (it is brought a
case at its meetings, not called). Every message is written for
this file, never taken from the evaluation set; no real person is named in a message.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    "text",
    [
        "en elev i 9. ble tatt med cannabis – hvem snakker jeg med om ruskontrakt?",
        "hvem prater jeg med om ruskontrakt for en ungdom?",
        "kven snakkar eg med om ruskontrakt?",
    ],
)
def test_whom_the_writer_turns_to_is_the_service_of_the_need(bot: SltBot, text: str) -> None:
    """The ruskontrakt is the ungdomskonsulent's tiltak (Jevnaker's older plan); the drugs
    named beside the question do not turn it into the routine's steps."""
    replies = turn(bot, text, "jevnaker")
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith("Ungdomskonsulent")


def test_the_tiltak_a_service_is_found_by_is_told_whole(bot: SltBot) -> None:
    """Who gives the talks of a ruskontrakt stands in the tiltak's last sentences: the tiltak
    the question is about is shown whole, with the older plan as its source."""
    text = turn(bot, "hvem prater jeg med om ruskontrakt for en elev i 10.?", "jevnaker")[0].text
    assert "helsestasjon for ungdom" in text
    assert "eldre plan" in text


def test_a_service_asked_beside_the_age_it_serves_from_is_the_service(bot: SltBot) -> None:
    """«fra hvilken alder» is asked of the service's work, not of SLT's target group."""
    text = "hvem i NAV tar seg av unge som vil i jobb, og fra hvilken alder da?"
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith("NAV")
    assert "16 år" in replies[0].text


@pytest.mark.parametrize(
    "text",
    [
        "en far som er bekymret for datteren spør hvem han kan snakke med – kan foreldre ta det "
        "til fagteamet?",
        "foreldrene til en elev er bekymret og lurer på hvem de kan snakke med – kan foreldre "
        "bruke fagteamet?",
    ],
)
def test_a_group_named_for_a_worried_parent_answers_who_may_use_it(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "jevnaker")
    assert replies[-1].intent == "contact_service"
    answer = replies[-1].text
    assert "Fagteam" in answer
    assert "brukes av foreldre" in answer
    assert "112" not in answer
