"""What to do should a child tell something (branch unknown59): a telling supposed, not told,
its topic unnamed – «vi har filmvisning i 6. trinn, hvis et barn forteller noe etterpå, hva
gjør jeg?» – gets the duty to report (listen, write down, report to barnevernet), not the
honest fallback, and not the tiltak the film or the theme names. A topic named opens its own
routine; a telling that already happened is the danger check's; «hvis noen sier nei …» is no
child's telling.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.told_worry import asks_what_if_told, supposed_telling
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "vi har filmvisning om mobbing for 6. trinn. hvis et barn forteller noe etterpå, "
            "hva gjør jeg?",
            "valer",
        ),
        (
            "ungdomshuset har temakveld om rus, hvem melder vi til om en ungdom sier noe "
            "bekymringsfullt etterpå?",
            "gjesdal",
        ),
        ("kva gjer eg viss ein elev fortel noko vondt etter timen?", "jevnaker"),
    ],
)
def test_a_supposed_telling_gets_the_duty_to_report(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert str(replies[-1].intent) == "routine", text
    assert replies[-1].facts.get("routine") == "bekymringsmelding", text
    assert "barnevern" in replies[-1].text.lower()


@pytest.mark.parametrize(
    "words",
    [
        # no question of what to do
        ("hvis", "et", "barn", "forteller", "noe", "skriver", "jeg", "det", "ned"),
        # «noen» is no child
        ("hva", "gjor", "jeg", "hvis", "noen", "sier", "nei", "til", "samtykke"),
        # the child tells nothing: «sier» is far from it
        ("hva", "gjor", "vi", "om", "barn", "i", "klassen", "ikke", "vil", "si", "noe"),
    ],
)
def test_not_a_supposed_telling(words: tuple[str, ...]) -> None:
    assert not asks_what_if_told(words)


def test_a_telling_supposed_after_the_conditional() -> None:
    assert supposed_telling(("om", "en", "ungdom", "sier", "noe"))
    assert not supposed_telling(("om", "en", "ungdom", "sier", "at", "han", "ruser", "seg"))
    assert not supposed_telling(("en", "ungdom", "sier", "noe"))
