"""The rescue of the honest fallback (bot/features/rescue/): when the reader gives up and the
intent net's examples agree on a reading the bot answers, the question is answered as that
reading, or asked back «Mente du …?» with buttons that answer in place; a forged button does
nothing; a doubted answer gets the same question back. The net's reading is set by hand here
(the shipped examples change with every round); the evidence rules are tests/test_intent_net.py's.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.compiled import Compiled
from bot.features.reply import Reply
from bot.intent_net import Doubt, Reading
from bot.messages import Request, Sender
from bot.routing import CONSOLE, SltBot
from cards.verbs import Verb
from tests.auxil.asking import ask, console_turn
from tests.auxil.cards import actions_of, validate_card

ODD = "blåbærsyltetøy og sykkelstativ"
"""A question the reader cannot read (the honest fallback)."""


def _reading(bot: SltBot, monkeypatch: pytest.MonkeyPatch, reading: Reading | None) -> None:
    shipped = Compiled.of(bot.kb).intents
    assert shipped is not None
    monkeypatch.setattr(shipped, "read", lambda text: reading)


def _buttons(reply: Reply) -> list[dict[str, Any]]:
    actions = [a for card in reply.cards for a in actions_of(card).values()]
    return [a for a in actions if a.get("verb") == Verb.ASK_READING]


def _press(bot: SltBot, data: dict[str, Any]) -> Reply | None:
    request = Request(text="", conversation_key=CONSOLE, sender=Sender("console", name="Konsoll"))
    return asyncio.run(bot.on_action(request, data))


def test_the_question_is_the_fallback_without_the_examples(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reading(bot, monkeypatch, None)
    assert ask(bot, ODD, "valer").intent == "unknown"


def test_a_strong_reading_is_answered_directly(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reading(bot, monkeypatch, Reading("bti", 5, 3.0, (), ("bti[1]", "bti[4]")))
    reply = ask(bot, ODD, "valer")
    assert reply.intent == "bti"
    assert reply.facts["rescued"] == "bti" and reply.facts["examples"] == ["bti[1]", "bti[4]"]


def test_a_weaker_reading_asks_back_with_buttons_that_answer_in_place(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reading(bot, monkeypatch, Reading("bti", 3, 1.05, ("hotlines",), ("bti[1]",)))
    console_turn(bot, "hei", "valer")  # links the console conversation to the kommune
    reply = ask(bot, ODD, "valer")
    assert reply.intent == "clarify" and reply.facts["readings"] == ["bti", "hotlines"]
    assert reply.facts["options"] == ["Hva er BTI", "Nødnumre og hjelpetelefoner"]
    coordinator = bot.kb.kommuner["valer"].kommune.coordinator
    assert coordinator.title.lower() in reply.text.lower()  # «spør koordinatoren» kept
    for card in reply.cards:
        assert validate_card(card) == []
    buttons = _buttons(reply)
    assert [b["title"] for b in buttons] == reply.facts["options"]
    pressed = _press(bot, buttons[1]["data"])
    assert pressed is not None and pressed.intent == "hotlines"
    pressed = _press(bot, buttons[0]["data"])
    assert pressed is not None and pressed.intent == "bti"


def test_a_forged_button_does_nothing(bot: SltBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _reading(bot, monkeypatch, Reading("bti", 3, 1.05, ("hotlines",), ("bti[1]",)))
    console_turn(bot, "hei", "valer")
    data = dict(_buttons(ask(bot, ODD, "valer"))[0]["data"])
    data["reading"] = "coordinator"  # altered after signing
    pressed = _press(bot, data)
    assert pressed is not None and pressed.intent == "action.unsigned"
    unsigned = {
        "verb": str(Verb.ASK_READING),
        "question": ODD,
        "reading": "bti",
        "kommune": "valer",
    }
    pressed = _press(bot, unsigned)
    assert pressed is not None and pressed.intent == "action.unsigned"


def test_danger_is_never_rescued(bot: SltBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _reading(bot, monkeypatch, Reading("bti", 5, 3.0, (), ("bti[1]",)))
    danger = ask(bot, "gutten sier faren slår ham hver kveld", "valer")
    assert danger.intent in ("danger", "disclosure") and "rescued" not in danger.facts


def test_a_reading_without_its_object_stays_the_fallback(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tiltak reading where retrieval finds no tiltak in the question's words."""
    _reading(bot, monkeypatch, Reading("tiltak_lookup", 5, 3.0, (), ("tiltak_lookup[1]",)))
    assert ask(bot, ODD, "valer").intent == "unknown"


def test_a_doubted_answer_asks_back_with_both_readings(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "hvem sitter i politirådet"
    assert ask(bot, question, "valer").intent == "members"
    shipped = Compiled.of(bot.kb).intents
    assert shipped is not None

    def doubt(text: str, answered: str) -> Doubt | None:
        return Doubt(answered, "bti", 4, 2.0, ("bti[3]",)) if answered == "members" else None

    monkeypatch.setattr(shipped, "doubt", doubt)
    console_turn(bot, "hei", "valer")
    reply = ask(bot, question, "valer")
    assert reply.intent == "clarify" and reply.facts["doubted"] == "members"
    assert reply.facts["readings"] == ["bti", ""]
    politiradet = reply.facts["options"][1]
    assert politiradet.startswith("Hvem sitter i ")
    pressed = _press(bot, _buttons(reply)[1]["data"])
    assert pressed is not None and pressed.intent == "members"


def test_a_doubted_routine_asks_back_with_the_routine_as_written(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A routine is no reply intent of a reading the rescue answers: its button says «the
    answer to what you wrote» and gives the routine again."""
    question = "hva gjør jeg ved rusbekymring"
    assert ask(bot, question, "valer").intent == "routine"
    shipped = Compiled.of(bot.kb).intents
    assert shipped is not None

    def doubt(text: str, answered: str) -> Doubt | None:
        return Doubt(answered, "bti", 5, 2.0, ("bti[3]",)) if answered == "routine" else None

    monkeypatch.setattr(shipped, "doubt", doubt)
    console_turn(bot, "hei", "valer")
    reply = ask(bot, question, "valer")
    assert reply.intent == "clarify" and reply.facts["options"][1] == "Svaret på det du skrev"
    pressed = _press(bot, _buttons(reply)[1]["data"])
    assert pressed is not None and pressed.intent == "routine"


def test_no_question_back_when_an_unanswerable_example_is_among_the_nearest(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reading(bot, monkeypatch, Reading("bti", 3, 1.05, ("unknown",), ("bti[1]",)))
    assert ask(bot, ODD, "valer").intent == "unknown"


def test_a_strong_reading_whose_object_is_half_the_question_asks_back(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tiltak on vold for 4. trinn holds half of «krisesenteret … opplegg om vold for 8.
    klasse»: not enough to answer as if that were the tiltak asked about."""
    text = "krisesenteret har et opplegg om vold for 8. klasse, er det med?"
    _reading(bot, monkeypatch, Reading("tiltak_lookup", 5, 3.0, (), ("tiltak_lookup[1]",)))
    reply = ask(bot, text, "jevnaker")
    assert reply.intent == "clarify", reply.intent
    assert "Inkludering på timeplanene" not in reply.text


def test_a_routine_reading_offers_the_routine_named_never_answers_it(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The routines' guards leave «temadag om rusbekymring …» to the fallback; the examples
    reading it as a routine offer the routine it names as a button, not the routine itself."""
    question = "temadag om rusbekymring for lærerne"
    _reading(bot, monkeypatch, None)
    assert ask(bot, question, "valer").intent == "unknown"
    _reading(bot, monkeypatch, Reading("routine", 5, 3.0, (), ("routine[1]",)))
    console_turn(bot, "hei", "valer")
    reply = ask(bot, question, "valer")
    assert reply.intent == "clarify" and reply.facts["readings"] == ["routine"]
    assert reply.facts["options"] == ["Rutinen «Rusbekymring»"]
    pressed = _press(bot, _buttons(reply)[0]["data"])
    assert pressed is not None and pressed.intent == "routine"


def test_a_routine_reading_without_a_routine_named_stays_the_fallback(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reading(bot, monkeypatch, Reading("routine", 5, 3.0, (), ("routine[1]",)))
    assert ask(bot, ODD, "valer").intent == "unknown"
    _reading(bot, monkeypatch, Reading("routine", 3, 0.9, (), ("routine[1]",)))
    assert ask(bot, "temadag om rusbekymring for lærerne", "valer").intent == "unknown"


def test_a_service_without_a_number_in_the_plan_is_still_named(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan names no number for the youth health station: the answer says so and still
    tells who they are («ungdomshelsestasjonen» is the everyday name the synonyms read as the
    plan's). Asked of the colleagues («…, noen erfaringer?») it is no question of the plan."""
    _reading(bot, monkeypatch, None)
    asked_around = ask(bot, "ungdomshelsestasjonen, noen erfaringer?", "valer")
    assert asked_around.intent == "unknown" and "kollegaene dine" in asked_around.text
    reply = ask(bot, "ungdomshelsestasjonen, erfaringer?", "valer")
    assert reply.intent == "contact_service" and "Ungdomshelsestasjonen" in reply.text
    assert "oppgir ikke telefonnummer" in reply.text


@pytest.mark.parametrize("text", ["han har røde øyne i timene", "jenta har raude auge i dag"])
def test_one_weak_sign_offers_its_routine_never_opens_it(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """A weak sign alone (routines.yaml ``signs``) opens no routine; with nothing else read it
    offers the routine it is a sign of, and the button answers with the routine in place."""
    _reading(bot, monkeypatch, None)
    console_turn(bot, "hei", "valer")
    reply = ask(bot, text, "valer")
    assert reply.intent == "clarify" and reply.facts["readings"] == ["routine"]
    assert reply.facts["options"] == ["Rutinen «Rusbekymring»"] and reply.facts["sign"]
    pressed = _press(bot, _buttons(reply)[0]["data"])
    assert pressed is not None and pressed.intent == "routine"
    assert pressed.facts["routine"] == "rusbekymring"
