"""«loggføre» is «dokumentere»: where to log what several services do around a child is the
reporting routine's step «Skriv ned …» (knowledge/national/routines.yaml ``bekymringsmelding``),
where Våler's plan adds the Stafettloggen (``routine_asides``, tiltak 23). Logging in, or the
minutes of a meeting, is no routine.

Every message is written for this file (none is an evaluation item)."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    "text",
    [
        "hvor skal vi loggføre det vi gjør rundt en elev når flere tjenester er inne?",
        "må vi loggføre bekymringen for eleven et sted?",
    ],
)
def test_logging_around_a_child_is_the_reporting_routine(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "routine", (text, reply.intent)
    assert reply.facts.get("routine") == "bekymringsmelding"
    assert "Stafettloggen" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hvor loggfører vi møtereferatet fra slt-nettverket?",
        "hvordan logger jeg inn på Teams-rommet til SLT?",
    ],
)
def test_minutes_or_logging_in_is_no_routine(bot: SltBot, text: str) -> None:
    assert last_reply(bot, text, "valer").intent != "routine"


@pytest.mark.parametrize(
    "text",
    [
        "hvor skal tiltakene for eleven loggføres når flere tjenester er inne?",
        "hvor loggfører vi tiltakene rundt en gutt som både barnevernet og skolen følger opp?",
    ],
)
def test_measures_around_a_child_logged_are_no_tiltak_of_the_plan(bot: SltBot, text: str) -> None:
    """«tiltakene for eleven» are the child's measures: the reporting routine's step, not the
    plan's tiltak «tiltakene for» would read (Våler's fritidstilbud, tiltak 17)."""
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "routine", (text, reply.intent)
    assert "Stafettloggen" in reply.text


def test_the_plans_own_tiltak_asked_for_stay_tiltak(bot: SltBot) -> None:
    assert last_reply(bot, "hvilke tiltak for elevene har vi på nett?", "valer").intent in (
        "tiltak_lookup",
        "tiltak_for_role",
    )
