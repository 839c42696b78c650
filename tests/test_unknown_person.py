"""The coordinator as a person («er koordinatoren gift?», «hvilken utdanning har
slt-koordinatoren») or who stands in («hvem er vikar for koordinatoren?»): the card gives the
role and how to reach it, nothing of the person who holds it nor of a deputy, so the honest
answer says so (understanding/facets.py ``PERSONAL``, ``STAND_IN``) – never the card as if it
answered. The role asked about keeps the card, and a tiltak «for utdanning» is another
question. Every message is made up.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

PERSONAL = [
    ("Er koordinatoren gift?", "gjesdal"),
    ("Hvilken utdanning har SLT-koordinatoren?", "valer"),
    ("når har slt-koordinatoren bursdag?", "jevnaker"),
    ("hva gjør koordinatoren på fritiden?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), PERSONAL)
def test_the_holder_as_a_person_is_not_in_the_plan(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "som person" in reply.text


def test_the_role_keeps_its_card(bot: SltBot) -> None:
    reply = turn(bot, "hvem er slt-koordinator?", "jevnaker")[-1]
    assert str(reply.intent) == "coordinator"


def test_a_tiltak_about_schooling_is_not_a_person(bot: SltBot) -> None:
    reply = turn(bot, "har vi tiltak for ungdom uten utdanning?", "valer")[-1]
    assert str(reply.intent) == "tiltak_lookup"


STAND_IN = [
    ("SLT-koordinatoren er sykmeldt, hvem er stedfortreder?", "valer"),
    ("hvem er vikar for koordinatoren?", "valer"),
    ("Koordinatoren har slutta, kven overtek jobben?", "gjesdal"),
]


@pytest.mark.parametrize(("text", "kommune"), STAND_IN)
def test_who_stands_in_for_the_coordinator_is_not_in_the_plan(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "stedfortreder" in reply.text


def test_a_stand_in_asking_for_their_own_tiltak_gets_them(bot: SltBot) -> None:
    text = "jeg er vikar for slt-koordinatoren i høst. hvilke tiltak har jeg ansvaret for?"
    reply = turn(bot, text, "jevnaker")[-1]
    assert str(reply.intent) == "tiltak_mine"
