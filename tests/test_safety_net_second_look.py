"""The safety net's second look at a disclosure the rules found (ask_back.calm_look).

When the danger rules read a disclosure but the nearest labelled examples clearly agree the
message is no danger (``CALM_AGREE`` of the nearest, margin ``CALM_MARGIN``), the bot asks back
instead of sounding the alarm: the acute line first, the rules' routine as a button. Acute
danger is never second-guessed, and a message that itself asks what to do keeps its routine.
Made-up messages only; where the shipped examples decide nothing for a made-up message, the
net's reading is stood in for, so the test is of the decision, not of today's examples.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.features.routines.ask_back import CALM_AGREE, CALM_MARGIN
from bot.routing import SltBot
from bot.safety_net import NEIGHBOURS, Calm, SafetyNet

PLAY = "på juleavslutningen spilte Kari en mor som slår barna sine"
"""A play the rules read as violence at home (a disclosure). Not «på teaterforestillingen»:
since session 34 (safety78) a «forestilling» is topical, and the rules leave that one calm."""
SHOW = "i skuespillet spilte hun en mor som slår barna sine på scenen"
"""A calm example that accounts for every word of the play that alarmed."""
ACUTE = "han puster ikke og er helt blå i ansiktet, hva gjør jeg"
ASKS = "mistenker vold i hjemmet hos en elev, hva gjør jeg"
VOLD = "vold-naere-relasjoner"


def _reads(monkeypatch: pytest.MonkeyPatch, net: SafetyNet, calm: Calm | None) -> None:
    monkeypatch.setattr(net, "calm", lambda text: calm)


def test_the_rules_read_the_play_as_a_disclosure(bot: SltBot) -> None:
    found = bot.safety.check(PLAY)
    assert found is not None and found.kind.value == "disclosure" and found.routine == VOLD


def test_a_clearly_calm_disclosure_is_asked_back_with_the_acute_line_and_the_routine(
    bot: SltBot, net: SafetyNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reads(monkeypatch, net, Calm(NEIGHBOURS, CALM_MARGIN * 2, 0.6, SHOW))
    reply = asyncio.run(bot.answer(PLAY, "valer"))
    assert reply.intent == "clarify"
    first = reply.text.splitlines()[0]
    assert first.startswith("🚨") and "112" in first and "113" in first
    assert reply.facts["options"] == ["Hva gjør jeg ved vold i nære relasjoner?"]
    assert reply.facts["rules"] == VOLD
    assert reply.cards, "the rules' routine as a button"


@pytest.mark.parametrize(
    "calm",
    [
        None,
        Calm(CALM_AGREE - 1, CALM_MARGIN * 2),
        Calm(NEIGHBOURS, CALM_MARGIN * 0.95),
    ],
)
def test_without_clear_agreement_the_alarm_stands(
    bot: SltBot, net: SafetyNet, monkeypatch: pytest.MonkeyPatch, calm: Calm | None
) -> None:
    _reads(monkeypatch, net, calm)
    reply = asyncio.run(bot.answer(PLAY, "valer"))
    assert reply.intent == "disclosure" and reply.facts["routine"] == VOLD


def test_acute_danger_is_never_second_guessed(
    bot: SltBot, net: SafetyNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reads(monkeypatch, net, Calm(NEIGHBOURS, 100.0))
    reply = asyncio.run(bot.answer(ACUTE, "valer"))
    assert reply.intent == "danger"
    assert reply.text.startswith("🚨")


def test_a_message_that_asks_what_to_do_keeps_the_routine(bot: SltBot, net: SafetyNet) -> None:
    calm = net.calm(ASKS)  # the shipped examples read it as a calm routine question
    assert calm is not None and calm.agree >= CALM_AGREE and calm.margin >= CALM_MARGIN
    reply = asyncio.run(bot.answer(ASKS, "valer"))
    assert reply.intent == "disclosure" and reply.facts["routine"] == VOLD


def test_the_net_reads_a_case_as_no_calm_talk(net: SafetyNet) -> None:
    assert net.calm("gutten fortalte at faren slår ham når han er sint og at han gruer seg") is None
    calm = net.calm("vi skal ha et kurs om vold i nære relasjoner for de ansatte i barnehagen")
    assert calm is not None and calm.agree >= CALM_AGREE


def test_a_new_case_after_a_closed_one_keeps_its_alarm(bot: SltBot, net: SafetyNet) -> None:
    """The closed case's words may find calm examples (6 of the 7 nearest when this was
    written; fewer since fresh19's cases joined the examples): agreement of all seven is asked
    for, so the threat told after it stays routed whatever the neighbours say."""
    text = (
        "saken om gutten som ble truet i fjor er avsluttet, men nå truer de ham igjen på skoleveien"
    )
    calm = net.calm(text)
    assert calm is None or calm.agree < CALM_AGREE
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent in ("danger", "disclosure") and reply.facts["routine"] == "hastemote"


def test_a_case_the_calm_example_does_not_account_for_keeps_its_alarm(
    bot: SltBot, net: SafetyNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A closed case's example explains «… i fjor … saken er avsluttet», not «men nå truer han
    henne på snap igjen»: what is left is a threat of its own, and the rules' alarm stands."""
    text = (
        "eleven som truet en lærer i fjor er flyttet og saken er avsluttet, "
        "men nå truer han henne på snap igjen"
    )
    closed = "eleven som truet en lærer i fjor har flyttet og saken er avsluttet"
    _reads(monkeypatch, net, Calm(NEIGHBOURS, CALM_MARGIN * 2, 0.6, closed))
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent in ("danger", "disclosure"), reply.text[:80]
