"""A harm named as what a talk or a debate is about is a topic, not a case (branch safety72).

- «jente lurer på ting om kropp og sex, hvem kan hun snakke med?» raised the sexual-abuse
  alarm: the girl was named after the harm word («… sex, hvem … kan hun …»), and only a match
  whose last word follows «om» was read as a topic. Now the harm may come first, and topics
  listed after one «om» («om kropp og sex») are all what it is about.
- «har vi noe for ungdom …, etter en debatt om æresvold i klassen» raised the honour-violence
  alarm: a debate is a topical word (knowledge/language/danger.yaml ``topical``) like a
  course or a lesson.

A child telling of abuse, a threat of a forced marriage and a blow told stay alarms, whatever
debate or talk they came after. Every message is written for this file (none is an
evaluation item), with made-up people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.safety_cases import assert_alarm_first
from tests.test_answers_confidence import turn

CALM = [
    ("ei jente lurer på ting om kropp og sex, hvem kan hun snakke med?", "jevnaker"),
    ("en gutt i 9. vil snakke med noen om pubertet og sex, hvem kan han gå til?", "valer"),
    ("etter en debatt om æresvold i klassen: har vi noe for ungdom med ulik bakgrunn?", "gjesdal"),
    ("vi hadde en debatt om rus og vold i 10. trinn, har vi tiltak for det?", "valer"),
]

ROUTED = [
    ("jenta fortalte at onkelen har hatt sex med henne, hvem snakker hun med?", "jevnaker"),
    ("hun fortalte om sex med treneren sin, hva gjør jeg?", "valer"),
    ("hun sier hun blir tvunget til sex av kjæresten, hva gjør jeg?", "gjesdal"),
    (
        "etter debatten om æresvold kom en jente og sa at familien truer henne hvis hun har "
        "kjæreste",
        "gjesdal",
    ),
    ("debatten ble så heftig at han slo henne i ansiktet", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), CALM)
def test_a_harm_named_as_a_topic_raises_no_alarm(bot: SltBot, text: str, kommune: str) -> None:
    assert bot.safety.check(text) is None
    replies = turn(bot, text, kommune)
    assert all(r.intent not in ("danger", "disclosure") for r in replies)
    assert not replies[-1].text.lstrip().startswith("🚨"), replies[-1].text[:80]


@pytest.mark.parametrize(("text", "kommune"), ROUTED)
def test_a_case_told_beside_a_topic_stays_routed(bot: SltBot, text: str, kommune: str) -> None:
    assert_alarm_first(bot, kommune, text)
