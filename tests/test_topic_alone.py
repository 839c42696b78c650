"""A danger topic named alone gets its routine, with the kommune's steps – not a hotline alone.

«vold i nære relasjoner» got Vold- og overgrepslinjen's number and nothing else: retrieval
read the topic as that contact, and four words were too many to count as a search for the
routine. «omsorgssvikt» got Alarmtelefonen alone. «overgrep» and other words the danger rules
hold get the routine after their acute line. Made-up messages through the whole turn.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import console_turn


@pytest.mark.parametrize(
    ("text", "kommune", "routine"),
    [
        ("vold i nære relasjoner", "gjesdal", "Vold i nære relasjoner"),
        ("vold i nære relasjoner?", "valer", "Vold i nære relasjoner (Våler kommune)"),
        ("omsorgssvikt", "jevnaker", "Melde bekymring til barnevernet"),
        ("overgrep", "valer", "Vold i nære relasjoner (Våler kommune)"),
        ("overgrep", "gjesdal", "Vold i nære relasjoner"),
    ],
)
def test_a_topic_alone_gets_the_routine(bot: SltBot, text: str, kommune: str, routine: str) -> None:
    reply = console_turn(bot, text, kommune)[-1]
    assert routine in reply.text, reply.text
    assert "Steg:" in reply.text, reply.text
    assert reply.intent != "contact_service"


def test_a_hotline_named_is_still_its_number(bot: SltBot) -> None:
    reply = console_turn(bot, "nummer til vold og overgrepslinjen", "gjesdal")[-1]
    assert reply.intent == "contact_service"
    assert "116 006" in reply.text
