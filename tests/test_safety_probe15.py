"""Fresh probes of danger first, round 15: the harm's source decides the routine.

A child used by someone older to carry or deliver is exploitation (a drug named keeps the drug
routine); a family's threat over a marriage is honour violence with 112, and a goodbye next to
a marriage is the trip abroad, not suicide; fighting for a terror group abroad is
radicalisation; English reaches the Norwegian concepts. The messages
(tests/safety_probe15_data.py) go through the bot's own answer in every kommune.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety_precedence import yielded
from tests.auxil.safety_cases import (
    KOMMUNER,
    assert_no_alarm,
    assert_routed_with_number_first,
)
from tests.safety_probe15_data import CASES, KEEP, LOOK_ALIKES


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize(("message", "topic", "routine", "number"), [*CASES, *KEEP])
def test_a_probe_gets_its_topic_and_routine_with_the_number_first(
    bot: SltBot, kommune: str, message: str, topic: str, routine: str, number: str
) -> None:
    assert_routed_with_number_first(bot, kommune, message, topic, routine, number)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_a_look_alike_raises_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    assert_no_alarm(bot, kommune, message)


def test_a_finding_yields_only_to_a_topic_that_matched() -> None:
    farewell = ("selvmord_selvskading", frozenset({"tvangsekteskap_aere"}))
    marriage = ("tvangsekteskap_aere", frozenset[str]())
    threat = ("trusler", frozenset[str]())
    assert yielded([farewell, marriage], lambda f: f) == [marriage]
    assert yielded([farewell, threat], lambda f: f) == [farewell, threat]
    assert yielded([farewell], lambda f: f) == [farewell]
