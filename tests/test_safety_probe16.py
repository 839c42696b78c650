"""Fresh probes of danger first, round 16: what goes on, what was told, and who it is about.

A fit that does not stop is 113; what a bomb needs, got hold of, is a threat; a goodbye sent and
a phone gone quiet is suicide; «krig hjemme» in a child's words is violence at home; a child
minding the younger ones for long while the carers are away is neglect; a grown man inviting a
child to his place, or a partner of an adult's age she sleeps over with, is grooming. A game
in the schoolyard, a closed case and a colleague's crisis asked as a question for the numbers
are no alarm. The messages (tests/safety_probe16_data.py) go through the bot's own answer in
every kommune.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.safety_closed import Resolved
from bot.safety_match import BREAK
from tests.auxil.safety_cases import (
    KOMMUNER,
    assert_no_alarm,
    assert_routed_with_number_first,
)
from tests.safety_probe16_data import CASES, KEEP, LOOK_ALIKES


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize(("message", "topic", "routine", "number"), [*CASES, *KEEP])
def test_a_probe_gets_its_topic_and_routine_with_the_number_first(
    bot: SltBot, kommune: str, message: str, topic: str, routine: str | None, number: str
) -> None:
    assert_routed_with_number_first(bot, kommune, message, topic, routine, number)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_a_look_alike_raises_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    assert_no_alarm(bot, kommune, message)


def test_a_colleagues_crisis_asked_for_numbers_gets_the_numbers_with_113(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvis en kollega har selvmordstanker, hvilket nummer?", "valer"))
    assert str(reply.intent) == "hotlines", reply.text[:120]
    assert "113" in reply.text and "116 123" in reply.text


def test_a_closed_case_ends_only_when_nothing_after_it_in_its_sentence_goes_on() -> None:
    closed = Resolved(["saken er avsluttet"])
    case = ["saken", "er", "avsluttet"]
    assert closed.ended(["han", "truet", "henne", *case])
    assert closed.ended([*case, BREAK, "hva", "gjor", "vi", "na"])
    assert not closed.ended([*case, "men", "na", "truer", "han", "igjen"])
    assert not closed.ended(["han", "truer", "henne"])
