"""«men» and «dem» name no object: «ja, men hvem av dem?» found the Legevakt's entry, whose text
says «… men det ikke er livstruende», and answered with it. Retrieval reads past them as it
reads past «og» and «de» (bot/understanding/retrieval.py ``GENERIC``); a question that names
its object keeps it.

The phrasings are made up for these tests.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import intent_and_text


@pytest.mark.parametrize(
    "text", ["ja, men hvem av dem?", "ok men hvem av dem da?", "men hva med dem?"]
)
@pytest.mark.parametrize("kommune", ["jevnaker", "gjesdal"])
def test_a_follow_up_of_function_words_finds_no_service(
    bot: SltBot, text: str, kommune: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "unknown", answer
    assert "Legevakt" not in answer


@pytest.mark.parametrize(
    ("text", "reading", "says"),
    [
        ("hva er nummeret til legevakten?", "contact_service", "116 117"),
        ("hvem av dem sitter i fagteamet?", "members", "Fagteam"),
    ],
)
def test_a_question_naming_its_object_keeps_it(
    bot: SltBot, text: str, reading: str, says: str
) -> None:
    intent, answer = intent_and_text(bot, text, "jevnaker")
    assert intent == reading, answer
    assert says in answer
