"""A group named in the scene, and a «hvem» after it that asks who does an everyday chore for
it («Politirådet skal ha julebord, kven bestiller bord?»): the group's member list is no answer
(understanding/scene_asked.py); the honest fallback is. Who sits there, asked after the same
kind of scene, keeps the member list. Every message is made up.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

CHORES = [
    ("Politirådet skal ha julebord, kven bestiller bord?", "gjesdal"),
    ("Fagteamet trenger ny kaffetrakter, hvem betaler?", "valer"),
    ("Koordineringsgruppa skal på tur i mai. Hvem kjører bussen?", "jevnaker"),
]


@pytest.mark.parametrize(("text", "kommune"), CHORES)
def test_a_chore_for_a_group_is_not_its_member_list(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"


SEATS = [
    ("Jeg skal i SLT-nettverket i morgen. Hvem møter?", "valer"),
    ("Eg skal inn i arbeidsgruppa. Kven er med der?", "gjesdal"),
    ("hvem sitter i fagteamet? skal ta opp noe og vil vite hvem jeg snakker med", "jevnaker"),
]


@pytest.mark.parametrize(("text", "kommune"), SEATS)
def test_who_sits_there_after_a_scene_keeps_the_member_list(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "members"
