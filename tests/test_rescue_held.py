"""An answer by likeness, or by the object alone, only when it holds what is asked
(bot/features/rescue/held.py): the words left after the object's own words say what is asked
– a comparison, a history, a replacement – and an answer without them is a confident wrong
one. The rescue's reading is set by hand, as in tests/test_rescue.py; the phrasings are made
up."""

from __future__ import annotations

import pytest

from bot.compiled import Compiled
from bot.features.rescue.held import beyond
from bot.intent_net import Reading
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.asking import ask

LEVELS = "Tre nivåer i SLT-arbeidet: styrende, koordinerende og utøvende nivå."


def _reading(bot: SltBot, monkeypatch: pytest.MonkeyPatch, reading: Reading | None) -> None:
    shipped = Compiled.of(bot.kb).intents
    assert shipped is not None
    monkeypatch.setattr(shipped, "read", lambda text: reading)


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("hva er forskjellen pa nivaene her og i sverige", "comparison"),
        ("hvor gammel er nivamodellen egentlig", "history"),
        ("hvem tar over nar lederen er borte", "replacement"),
    ],
)
def test_what_is_asked_beyond_the_object_is_named(kb: KnowledgeBase, words: str, kind: str) -> None:
    assert beyond(kb).asked(words.split(), LEVELS) == kind


@pytest.mark.parametrize(
    "words",
    [
        "hvilke nivaer har slt",
        "er det forskjellige folk pa nivaene",  # who sits where: the levels say it
    ],
)
def test_a_question_of_the_object_itself_is_not(kb: KnowledgeBase, words: str) -> None:
    assert beyond(kb).asked(words.split(), LEVELS) == ""


def test_an_answer_that_holds_the_asking_word_still_answers(kb: KnowledgeBase) -> None:
    held = LEVELS + " Forskjellen på nivåene er hvem som sitter der."
    words = "hva er forskjellen pa nivaene"
    assert beyond(kb).asked(words.split(), held) == ""


@pytest.mark.parametrize(
    "question",
    [
        "hva skiller seg mellom nivåene hos oss og på Island?",
        "hvor gammel er nivåmodellen på Grønland?",
    ],
)
def test_a_rescue_whose_answer_lacks_what_is_asked_is_the_fallback(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    _reading(bot, monkeypatch, Reading("level_info", 5, 3.0, (), ("level_info[1]",)))
    reply = ask(bot, question, "valer")
    assert reply.intent == "unknown" and "rescued" not in reply.facts


def test_an_object_answer_asked_its_history_is_the_fallback(bot: SltBot) -> None:
    assert ask(bot, "hvor gammel er egentlig SLT-modellen?", "jevnaker").intent == "unknown"


def test_an_absent_coordinator_asks_for_a_stand_in_the_plan_does_not_name(bot: SltBot) -> None:
    reply = ask(bot, "SLT-koordinatoren vår er borte, hvem tar over?", "gjesdal")
    assert reply.intent != "coordinator" and "stedfortreder" in reply.text
