"""A question mostly about things no knowledge knows gets no «Mente du …?»: «gulrøtene i
skulehagen har dødd, sniglar overalt – nokon som har gift som er trygt for ungar?» (f20-087)
was asked back with the SLT plan and the routine for violence in close relations, found by
«trygt» and «gift» (married, in the routine). Three or more words no knowledge knows
(bot/understanding/cue_check.py ``STRANGE_MANY``): the honest fallback answers. A bare topic
keeps its options.

The phrasings are made up for these tests.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import intent_and_text


@pytest.mark.parametrize(
    "text",
    [
        "Tomatplantene i drivhuset visner, bladlusene er overalt. Noen som vet om et middel "
        "som er trygt for barna?",
        "Sykkelstativet ved gymsalen er knust, glasskår overalt. Hvem rydder opp så det er "
        "trygt for elevene?",
    ],
)
def test_a_question_about_unknown_things_is_not_asked_back(bot: SltBot, text: str) -> None:
    intent, answer = intent_and_text(bot, text, "valer")
    assert intent == "unknown", answer
    assert "Mente du" not in answer


def test_a_bare_topic_is_still_asked_back(bot: SltBot) -> None:
    intent, answer = intent_and_text(bot, "rus", "valer")
    assert intent == "clarify", answer
    assert "rusbekymring" in answer
