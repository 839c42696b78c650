"""How to reach a group and who may use it, in newcomers' words (session 33, services77). Every
message is made up for this file.

A parent named alone may use a group as «foreldre» may: «kan en mor som er bekymra … bruke
fagteamet direkte?» is what the plan says the group does (Jevnaker's fagteam «kan også brukes av
foreldre, ungdom eller andre som er bekymret»), when the parent stands between «kan» and the
verb of turning (bot/understanding/level_forms.py); the asker who contacts the group about a
pupil whose mother is named is no parent asking. A case group asked only how to reach it
(«hvordan kontakter jeg fagteamet?») gets what it is for and who calls it in (the plan: «Sakene
varsles SLT-koordinator som kaller inn», 001:206), not the fallback
(bot/features/organisation/services.py ``find``); a group the plan names no caller for keeps
the fallback.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

PARENT_MAY_USE = [
    "kan en mor som er bekymra for sønnen sin bruke fagteamet direkte?",
    "kan pappaen selv kontakte fagteamet, eller må skolen gjøre det?",
    "kan en forelder bruke fagteamet uten å gå via skolen",
    "kan mamma til en gutt i 9. kontakte fagteamet selv?",
]


@pytest.mark.parametrize("text", PARENT_MAY_USE)
def test_a_parent_may_use_the_group(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "jevnaker")
    assert str(reply.intent) == "duties", (text, reply.text[:160])
    assert "brukes av foreldre" in reply.text, reply.text[:400]


def test_the_asker_contacting_about_a_mother_is_no_parent_asking(bot: SltBot) -> None:
    text = "kan vi kontakte fagteamet om en elev som har mor på sykehuset?"
    reply = last_reply(bot, text, "jevnaker")
    assert str(reply.intent) != "duties", reply.text[:160]


REACH_A_GROUP = [
    ("jevnaker", "hvordan kontakter jeg fagteamet?"),
    ("jevnaker", "hvordan når jeg fagteamet"),
    ("gjesdal", "hvordan kontakter jeg den operative gruppa?"),
]


@pytest.mark.parametrize(("kommune", "text"), REACH_A_GROUP)
def test_a_case_group_is_reached_through_who_calls_it_in(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert "Innkaller: SLT-koordinator" in reply.text, reply.text[:400]


def test_a_group_with_no_caller_named_keeps_the_fallback(bot: SltBot) -> None:
    """Våler's utøvende nivå is everyone who works with the young: no one calls it in."""
    reply = last_reply(bot, "hvordan kontakter jeg fagteamet?", "valer")
    assert str(reply.intent) == "unknown", reply.text[:160]
