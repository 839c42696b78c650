"""What to do should someone unnamed faint or have a fit, asked as a plan, gets the first-aid
steps calmly; a person there now keeps the acute line first.

«hva gjør vi om noen besvimer på foreldremøtet?» got «🚨 Bevisstløs … Ring 113 nå» as if
someone lay there (bot/safety_no_case.py ``supposed``, bot/features/routines/medical.py
``planned_first_aid``). Made-up phrasings, bokmål, nynorsk and English where the danger check
reads them; no real people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety_match import fold_words
from bot.safety_no_case import supposed
from tests.auxil.safety_cases import KOMMUNER, assert_alarm_first, assert_first_aid_calm

PLANNED = [
    "hva gjør vi om noen besvimer på foreldremøtet?",
    "Hva skal vi gjøre hvis en elev får et epileptisk anfall i gymtimen?",
    "kva gjer vi viss ein elev besvimer på juleavslutninga?",
    "kva gjer me om nokon får krampeanfall på leirskulen?",
    "Hvem ringer vi dersom en av foreldrene besvimer på dugnaden?",
    "hva er rutinen om noen besvimer under skoleavslutningen",
]

STILL_ACUTE = [
    "Noen har besvimt på foreldremøtet, hva gjør vi?",
    "hva gjør jeg hvis han ikke våkner?",
    "Hva gjør vi om noen besvimer nå? Hun ligger på gulvet",
    "Eleven besvimte akkurat, hva gjør vi hvis hun ikke kommer til seg selv?",
    "En gutt har et epileptisk anfall i gangen, hva gjør vi?",
    "hun har besvimt i dag igjen, hva gjør vi om en elev besvimer?",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_supposed_someone_is_planned(text: str) -> None:
    assert supposed(fold_words(text))


@pytest.mark.parametrize("text", STILL_ACUTE)
def test_someone_there_or_now_is_not_supposed(text: str) -> None:
    assert not supposed(fold_words(text))


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("text", PLANNED)
def test_a_planned_first_aid_question_gets_the_steps_calmly(
    text: str, kommune: str, bot: SltBot
) -> None:
    assert_first_aid_calm(bot, kommune, text)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("text", STILL_ACUTE)
def test_someone_lying_there_keeps_the_acute_line(text: str, kommune: str, bot: SltBot) -> None:
    assert_alarm_first(bot, kommune, text)
