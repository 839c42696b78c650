"""A hurt on an outing asked as whom to call is first aid, not self-harm (branch safety72).

«hvem ringer vi hvis noen skader seg på tur?» raised the self-harm alarm: «skader seg» is the
self-harm phrase's verb, and «tur» was not among the activities (knowledge/language/danger.yaml
``aktivitet``) whose «skader seg på …» is an accident. Now a hurt on a trip, an outing, a
leirskole or a skidag is cancelled as an accident and asked calmly gets the national emergency
numbers (bot/understanding/medical_asked.py). A child who hurts herself («skader seg selv …»)
and a hurt bleeding now stay alarms.

Every message is written for this file (none is an evaluation item).
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.medical_asked import asks_what_if_taken_ill
from tests.auxil.safety_cases import assert_alarm_first
from tests.test_answers_confidence import turn

CALM = [
    ("hvem ringer vi hvis noen skader seg på tur?", "gjesdal"),
    ("hva gjør vi hvis en elev skader seg på leirskolen?", "valer"),
    ("om en jente skadet seg på utflukten, hvem ringer vi da?", "jevnaker"),
]

ROUTED = [
    ("hvis en elev skader seg selv på tur, hvem ringer vi?", "gjesdal"),
    ("hun skader seg selv, hva gjør vi?", "valer"),
    ("eleven har skadet seg på tur og blør kraftig nå, hvem ringer vi?", "jevnaker"),
]


@pytest.mark.parametrize(("text", "kommune"), CALM)
def test_a_hurt_on_an_outing_asked_calmly_gets_the_numbers_without_an_alarm(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert bot.safety.check(text) is None
    answer = turn(bot, text, kommune)[-1]
    assert answer.intent == "routine", answer.intent
    assert answer.facts.get("taken_ill") is True
    assert "113" in answer.text and "116 117" in answer.text
    assert not answer.text.lstrip().startswith(("🚨", "⚠")), answer.text[:80]


@pytest.mark.parametrize(("text", "kommune"), ROUTED)
def test_self_harm_or_a_hurt_now_stays_routed(bot: SltBot, text: str, kommune: str) -> None:
    assert_alarm_first(bot, kommune, text)


def test_a_hurt_alone_or_to_oneself_is_not_read_as_taken_ill() -> None:
    """The outing is what makes «skader seg» an accident; «selv» never is one."""
    assert asks_what_if_taken_ill(
        ("hvem", "ringer", "vi", "hvis", "noen", "skader", "seg", "pa", "tur")
    )
    assert not asks_what_if_taken_ill(("hvem", "ringer", "vi", "hvis", "noen", "skader", "seg"))
    assert not asks_what_if_taken_ill(
        ("hvem", "ringer", "vi", "hvis", "noen", "skader", "seg", "selv", "pa", "tur")
    )
