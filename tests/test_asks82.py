"""The safety net's strongest ask-backs, session 38 (asks82): measured, not routed.

A message the danger rules leave quiet gets the net's question back – the acute line first,
the routines as buttons – when its nearest examples read it as danger. Routing the strongest
of them (all seven neighbours danger, one routine, a clear margin) was measured with every
guard the reader's modules give (someone named, someone telling, no story or game, a harm done
in the scene, the routine book's own routine agreeing; tests/eval/asks_probe.py, README
«Session 38 (asks82)»): calm look-alikes from family life and leisure meet each guard as often
as real cases do, so the question back stays. These tests hold the made-up probes to that:

* a calm look-alike the danger rules leave quiet never becomes an alarm by likeness;
* the strongest calm look-alikes (x1.5–2.5, safety70's «gutten vil på fest …» among them) get
  no routine;
* a case told – a harm named, or told without its word (a punishment, a deprivation, a
  secret) – gets its routine or the acute line first, never the plain fallback.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask
from tests.eval import DANGER_INTENTS, ROUTED
from tests.eval.asks_probe import ACTS, CASES, IMPLICIT_FROM, KNOWN_MISSES, LEISURE

STRONG_CALM = (
    "gutten vil på fest i helgen, mamma sier nei, han låser seg inne på rommet",
    "mor sier at jenta ikke får gå på fest før hun er 16",
    "hun er lei av lillebroren som alltid tar ladern hennes",
)
"""Calm look-alikes the net reads with all seven neighbours danger, one routine, x1.5–2.5."""


def _net_asked(bot: SltBot, message: str) -> bool:
    reply = ask(bot, message, "valer")
    return str(reply.intent) == "clarify" and "net" in reply.facts


def _rules_read(bot: SltBot, message: str) -> bool:
    """The danger rules themselves find it (a finding or the soft hint): their false alarm,
    not the net's (left to the rules' own work)."""
    reading = bot.safety.read(message)
    return reading.finding is not None or reading.hinted() is not None


def test_the_probes_are_as_many_as_the_brief_asks() -> None:
    assert len(LEISURE) + len(ACTS) >= 60
    assert len(CASES) >= 40
    assert len(CASES) - IMPLICIT_FROM >= 10
    assert not set(CASES) & set(LEISURE + ACTS)


@pytest.mark.parametrize("message", [*LEISURE, *ACTS])
def test_a_calm_look_alike_is_never_an_alarm_by_likeness(bot: SltBot, message: str) -> None:
    reply = ask(bot, message, "valer")
    if str(reply.intent) in DANGER_INTENTS:
        assert _rules_read(bot, message), (message, reply.text[:120])


@pytest.mark.parametrize("message", STRONG_CALM)
def test_the_strongest_calm_look_alikes_get_no_routine(bot: SltBot, message: str) -> None:
    assert not _rules_read(bot, message), message  # the net's reading alone is measured here
    reply = ask(bot, message, "valer")
    assert str(reply.intent) not in ROUTED, (message, reply.text[:120])


@pytest.mark.parametrize("message", CASES)
def test_a_case_told_gets_its_routine_or_the_acute_line_first(bot: SltBot, message: str) -> None:
    reply = ask(bot, message, "valer")
    if str(reply.intent) in ROUTED:
        return
    assert _net_asked(bot, message), (message, str(reply.intent), reply.text[:120])
    assert reply.text.startswith("🚨"), reply.text[:120]


@pytest.mark.parametrize("message", KNOWN_MISSES)
@pytest.mark.xfail(reason="the plain fallback today: the rules' triggers, not the net's work")
def test_a_known_miss_gets_the_acute_line_first(bot: SltBot, message: str) -> None:
    reply = ask(bot, message, "valer")
    assert str(reply.intent) in ROUTED or _net_asked(bot, message), reply.text[:120]


def test_some_implicit_cases_are_read_by_likeness_alone(bot: SltBot) -> None:
    """The class this session measured: told without the harm's word, the rules quiet, the
    net's question back – not lost to the plain fallback."""
    implicit = CASES[IMPLICIT_FROM:]
    asked = [m for m in implicit if not _rules_read(bot, m) and _net_asked(bot, m)]
    assert len(asked) >= 2, asked
