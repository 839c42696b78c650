"""Fresh probes of danger first (issue 11), round 13: the right routine, not only an alarm.

A choking child is a body in trouble, not a rusbekymring; someone shut in alone with a blade
is a risk to themselves, not a threat to others; a sexual threat said indirectly is abuse. The
messages (tests/safety_probe13_data.py) go through the bot's own answer in every kommune; the
look-alikes must get no danger routine at all.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.config import Settings
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from tests.safety_probe13_data import BLADE_ALONE, CASES, CHOKING, LOOK_ALIKES, SEXUAL_THREAT

KOMMUNER = ["valer", "jevnaker", "gjesdal"]
DANGER = ("danger", "disclosure")


@pytest.fixture(scope="module")
def bot(kb: KnowledgeBase) -> SltBot:
    return SltBot(kb, SqliteStore.open(":memory:"), Settings())


def _first_line(reply: Reply) -> str:
    return reply.text.lstrip().splitlines()[0]


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", CHOKING)
def test_a_body_in_trouble_without_a_substance_gets_113_and_no_rus_routine(
    bot: SltBot, kommune: str, message: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert reply.intent == "danger", (message, reply.text[:120])
    assert reply.facts["topic"] == "akutt_medisinsk", (message, reply.facts)
    assert reply.facts["routine"] is None, (message, reply.facts["routine"])
    assert "rusbekymring" not in reply.text.lower(), message
    assert _first_line(reply).startswith("🚨") and "113" in _first_line(reply), message


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", BLADE_ALONE)
def test_alone_with_a_blade_is_self_harm_with_113(bot: SltBot, kommune: str, message: str) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert reply.intent == "danger", (message, reply.text[:120])
    assert reply.facts["topic"] == "selvmord_selvskading", (message, reply.facts)
    assert reply.facts["routine"] == "selvskading", (message, reply.facts["routine"])
    assert "113" in _first_line(reply), (message, _first_line(reply))


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", SEXUAL_THREAT)
def test_an_indirect_sexual_threat_is_abuse_with_112(
    bot: SltBot, kommune: str, message: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    assert reply.facts["topic"] == "seksuelle_overgrep", (message, reply.facts)
    assert reply.facts["routine"] == "vold-naere-relasjoner", (message, reply.facts["routine"])
    assert "112" in _first_line(reply), (message, _first_line(reply))


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
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) not in DANGER, (message, reply.text[:120])
