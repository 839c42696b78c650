"""A reminder card's button typed as a message, a bare «utsett», and a question after a
command verb: said plainly, never a meeting command nobody asked for.

In Gjesdal (no tiltak «Utsett», the plan period over) «Utsett» asked which group's meeting to
move, «Utført» got «Det spørsmålet kan jeg dessverre ikke svare på», «Mer tid» a «Mente du …
skolefravær?», and «Utsett på foreldremøtene – hvem har ansvaret?» was a move command
(session 16's walk). Made-up messages through the whole turn, as Teams runs it.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import console_turn

TYPED = [
    "Utsett",
    "utsett!",
    "utsett fristen",
    "Utført",
    "Mer tid",
    "Ikke mitt ansvar",
    "Kommentar",
]


@pytest.mark.parametrize("text", TYPED)
def test_a_typed_card_verb_says_how_and_that_nothing_is_due(bot: SltBot, text: str) -> None:
    reply = console_turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "tiltak.typed_verb", reply.text
    assert "Handlingsplanen gjaldt 2023–2025" in reply.text
    assert "ingen frister å melde på eller utsette" in reply.text
    assert "Hvilken gruppe" not in reply.text


def test_a_bare_utsett_where_it_is_a_tiltak_points_to_it(bot: SltBot) -> None:
    reply = console_turn(bot, "Utsett", "valer")[-1]
    assert "«Mer tid»" in reply.text and "hva er Utsett?" in reply.text, reply.text


def test_a_question_after_a_command_verb_is_no_command(bot: SltBot) -> None:
    reply = console_turn(bot, "Utsett på foreldremøtene – hvem har ansvaret?", "gjesdal")[-1]
    assert not reply.intent.startswith("meeting"), reply.text
    assert "Hvilken gruppe" not in reply.text


@pytest.mark.parametrize(
    "text", ["utsett neste møte i arbeidsgruppa en uke", "flytt fagteamet en uke", "flytt"]
)
def test_a_meeting_command_is_still_one(bot: SltBot, text: str) -> None:
    reply = console_turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "meeting_move", reply.text
