"""Someone asked to speak on a topic: «hvem kan komme og snakke om rus på foreldremøtet?».

Found walking as a teacher preparing a parents' evening in a Gjesdal team: the question got
the menu fallback, though each plan has tiltak for parents' meetings that say who takes part
(Gjesdal's «Felles opplegg på foreldremøter … Ulike fagpersoner deltar» and «Politiet kan delta
på foreldremøter etter avtale»; Våler's and Jevnaker's «Utsett»). A talk *with* someone
(«noen hun kan snakke med om prevensjon») is a need, not a speaker, and keeps its answer.

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import intent_and_text


@pytest.mark.parametrize(
    ("text", "kommune", "tiltak"),
    [
        ("hvem kan komme og snakke om rus på foreldremøtet?", "gjesdal", "Felles opplegg"),
        (
            "skal ha foreldremøte på 8. trinn neste uke, hvem kan komme og snakke om rus?",
            "gjesdal",
            "Politiet kan delta på foreldremøter",
        ),
        ("har vi noen som kan holde foredrag om rus på foreldremøtet?", "valer", "Utsett"),
        ("hvem kan komme og snakke om rus på foreldremøtet?", "jevnaker", "Utsett"),
    ],
)
def test_a_speaker_for_a_parents_meeting_gets_the_plans_tiltak_for_it(
    bot: SltBot, text: str, kommune: str, tiltak: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "tiltak_lookup", answer
    assert tiltak in answer
    assert "kan jeg dessverre ikke svare på" not in answer


def test_a_talk_with_someone_is_a_need_not_a_speaker(bot: SltBot) -> None:
    intent, answer = intent_and_text(
        bot, "har vi noen ei jente kan snakke med om prevensjon?", "gjesdal"
    )
    assert intent != "tiltak_lookup", answer
    assert "Helsestasjon" in answer


def test_a_speaker_on_a_topic_the_plan_does_not_name_is_told_so(bot: SltBot) -> None:
    intent, answer = intent_and_text(
        bot, "noen som kan snakke om sopp og bær på temakvelden?", "valer"
    )
    assert intent == "unknown", answer
    assert "SLT-koordinator" in answer
