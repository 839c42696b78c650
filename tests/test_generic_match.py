"""An answer chosen on a generic word alone is a confident wrong answer
(bot/understanding/generic_match.py): when the question's specific words are nowhere in the
object retrieval chose, and only a generic word («bekymring», «rutine», «tiltak») is, the bot
says honestly that it does not know (naming the coordinator) instead of answering a nearby
question. A look-alike whose topic word the object holds keeps its answer. Every message is
made up for this file."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

OTHER_TOPIC = [
    # Gjesdal's one worry routine is the rusbekymring; these worries are about something else
    ("rutine ved bekymring for pengespill?", "gjesdal"),
    ("har vi en rutine ved bekymring for spisevansker?", "gjesdal"),
    # (a worry about radicalisation gets Hastemøte, where the danger check sends it:
    # tests/test_routine_asides.py)
]

FUNCTION_WORDS_ONLY = [
    # Gjesdal's selvskading routine says «ta opp»; the question's topic is bikes and reflexes
    ("elevene sykler uten refleks til skolen. Bør vi ta det opp i FAU?", "gjesdal"),
]

OWN_TOPIC = [
    ("rutine ved rusbekymring?", "gjesdal"),
    ("rutine ved bekymring for rus?", "gjesdal"),
    ("hva er rutinen ved bekymring for rus hos en elev?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), OTHER_TOPIC)
def test_a_routine_found_by_a_generic_word_alone_is_not_shown(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.facts.get("routine") is None
    assert str(reply.intent) == "unknown"
    assert "Jeg finner ingen rutine om «" in reply.text
    assert "SLT-koordinator" in reply.text


@pytest.mark.parametrize(("text", "kommune"), OWN_TOPIC)
def test_a_routine_that_holds_the_topic_asked_keeps_its_steps(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.facts.get("routine") == "rusbekymring"


@pytest.mark.parametrize(("text", "kommune"), FUNCTION_WORDS_ONLY)
def test_a_routine_found_by_function_words_alone_is_not_shown(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.facts.get("routine") is None
    assert str(reply.intent) == "unknown"  # no routine, no acute line for a bike


def test_a_routine_the_question_names_by_its_topic_keeps_it(bot: SltBot) -> None:
    """«ta opp» beside the routine's own topic: the routine is what is asked."""
    reply = turn(bot, "hvordan tar vi opp selvskading med en elev?", "gjesdal")[-1]
    assert reply.facts.get("routine") == "selvskading"


TILTAK_BY_A_GENERIC_WORD = [
    # Våler's tiltak found by «skolen» alone: none is about mobbing or hærverk
    ("har vi tiltak mot mobbing på skolen?", "valer", "mobbing"),
    ("har skolen et tiltak mot hærverk?", "valer", "hærverk"),
]

TILTAK_BY_ITS_TOPIC = [
    ("har vi tiltak i planen mot mobbing på nett blant elever?", "valer"),  # the nettpatrulje
    ("finnes det tiltak i planen for unge som sliter med rus?", "gjesdal"),
    ("har vi tiltak mot mobbing på skolen?", "jevnaker"),  # Jevnaker's plan has one
    # «droppe ut» is said for what the plan calls frafall (synonyms.yaml): no generic match
    ("har vi tiltak for ungdom som vurderer å droppe ut?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune", "word"), TILTAK_BY_A_GENERIC_WORD)
def test_tiltak_found_by_a_generic_word_alone_are_not_the_answer(
    bot: SltBot, text: str, kommune: str, word: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert f"Ingen av tiltakene i handlingsplanen handler om «{word}»" in reply.text
    assert "SLT-koordinator" in reply.text


@pytest.mark.parametrize(("text", "kommune"), TILTAK_BY_ITS_TOPIC)
def test_tiltak_found_by_the_topic_asked_keep_their_answer(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert str(turn(bot, text, kommune)[-1].intent) == "tiltak_lookup"


@pytest.mark.parametrize(
    ("text", "kommune", "word"),
    [
        ("rutine ved bekymring for Pengespill hos gutter?", "gjesdal", "Pengespill"),
        ("har skolen et tiltak mot Hærverksgjengen?", "valer", "Hærverksgjengen"),
    ],
)
def test_a_word_capitalised_inside_a_sentence_is_never_echoed(
    bot: SltBot, text: str, kommune: str, word: str
) -> None:
    """It may be someone's name: the honest answer says it lacks «what you ask about»."""
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert word not in reply.text and word.lower() not in reply.text
    assert "SLT-koordinator" in reply.text
