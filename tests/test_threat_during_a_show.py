"""A threat made during a show is real: «under revyen ringte noen inn en bombetrussel».

A revue, a play, a concert named after «under» says when something happened, as «under
øvelsen» does (bot/safety_topics.py ``EVENTS``) – not what a scene is about. Found by calm75:
the revue's name read as a story's topic and the bomb threat got the menu fallback. A scene
the revue plays («et nummer der noen ringer inn en bombetrussel») stays calm.

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.safety_cases import KOMMUNER, assert_alarm_first, assert_no_alarm

REAL = [
    "under revyen ringte noen inn en bombetrussel, salen er evakuert",
    "under forestillingen kom det en bombetrussel mot skolen, vi har gått ut",
    "under konserten i kveld truet en gutt med å skyte vakta",
]
PLAYED = [
    "revyen har et nummer der noen ringer inn en bombetrussel",
    "under revyen spiller vi en scene der noen ringer inn en bombetrussel",
    "vi har en sketsj om bombetrusler i revyen, er det greit?",
]


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("text", REAL)
def test_a_threat_during_a_show_gets_the_alarm(bot: SltBot, kommune: str, text: str) -> None:
    assert_alarm_first(bot, kommune, text)


@pytest.mark.parametrize("text", PLAYED)
def test_a_threat_the_show_plays_stays_calm(bot: SltBot, text: str) -> None:
    assert_no_alarm(bot, "valer", text)
