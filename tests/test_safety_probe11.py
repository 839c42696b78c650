"""Fresh probes of danger first (issue 11): each routine in varied wording, in every kommune.

The messages (tests/safety_probe11_data.py) were written for this test, not taken from the
eval set: reported speech, third person, nynorsk and dialect, missing æøå, typos, slang and
English; tests/safety_probe12_data.py as staff outside school type them. Each goes through
the bot's own answer (danger check, then the router) and must get its routine with the acute
line – naming the number to call – first; each look-alike must get no danger routine at all.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from tests import safety_probe12_data as probe12
from tests.auxil.safety_cases import DANGER, KOMMUNER
from tests.safety_probe11_data import CASES, FORMS_CASES, LOOK_ALIKES


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize(("message", "routines", "number"), [*CASES, *FORMS_CASES, *probe12.CASES])
def test_a_probe_gets_its_routine_with_the_acute_line_first(
    bot: SltBot, kommune: str, message: str, routines: tuple[str, ...], number: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    if routines:
        assert reply.facts["routine"] in routines, (message, reply.facts["routine"])
    first = reply.text.lstrip().splitlines()[0]
    assert first.startswith("🚨"), (message, first)
    assert any(n in first for n in number.split("|")), (message, first)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", [*LOOK_ALIKES, *probe12.LOOK_ALIKES])
def test_a_look_alike_raises_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) not in DANGER, (message, reply.text[:120])
