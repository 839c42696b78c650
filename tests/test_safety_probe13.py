"""Fresh probes of danger first (issue 11), round 13: the right routine, not only an alarm.

A choking child is a body in trouble, not a rusbekymring; someone shut in alone with a blade
is a risk to themselves, not a threat to others; a sexual threat said indirectly is abuse. The
messages (tests/safety_probe13_data.py) go through the bot's own answer in every kommune; the
look-alikes must get no danger routine at all.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.features.reply import Reply
from bot.routing import SltBot
from tests.auxil.safety_cases import DANGER, KOMMUNER, assert_no_alarm
from tests.safety_probe13_data import BLADE_ALONE, CASES, CHOKING, LOOK_ALIKES, SEXUAL_THREAT


def _first_line(reply: Reply) -> str:
    return reply.text.lstrip().splitlines()[0]


CONCEPTS = [
    *((m, "akutt_medisinsk", None, "113") for m in CHOKING),
    *((m, "selvmord_selvskading", "selvskading", "113") for m in BLADE_ALONE),
    *((m, "seksuelle_overgrep", "vold-naere-relasjoner", "112") for m in SEXUAL_THREAT),
]
"""Each concept's topic, routine (None: the acute line alone) and the number its first line
names: a choking child is no rusbekymring, a blade shut in alone is self-harm, a man at her bed
at night is abuse."""


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize(("message", "topic", "routine", "number"), CONCEPTS)
def test_a_concept_gets_its_topic_and_routine_with_the_number_first(
    bot: SltBot, kommune: str, message: str, topic: str, routine: str | None, number: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    assert reply.facts["topic"] == topic, (message, reply.facts)
    assert reply.facts["routine"] == routine, (message, reply.facts["routine"])
    if routine is None:
        assert "rusbekymring" not in reply.text.lower(), message
    first = _first_line(reply)
    assert first.startswith("🚨") and number in first, (message, first)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize(("message", "routines", "number"), CASES)
def test_a_probe_gets_its_routine_with_the_acute_line_first(
    bot: SltBot, kommune: str, message: str, routines: tuple[str, ...], number: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    if routines:  # empty: any routine, as long as the first line names the number
        assert reply.facts["routine"] in routines, (message, reply.facts["routine"])
    first = _first_line(reply)
    assert first.startswith("🚨") and any(n in first for n in number.split("|")), (message, first)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_a_look_alike_raises_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    assert_no_alarm(bot, kommune, message)
