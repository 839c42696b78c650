"""Two questions in one message are answered apart, never as a blend of the two.

«hvem er koordinator og når møtes …» got the cue of one question with the group of the other.
Now each part is read on its own (a second part without a group takes the first's), both are
answered, and when neither part is a question the bot reads, the honest fallback – not what
the words of both make together. Phrasings written for this file, not taken from the eval.
"""

from __future__ import annotations

import json

import pytest

from bot.routing import SltBot
from bot.understanding.clauses import question_parts
from tests.auxil.activities import message
from tests.auxil.asking import console_turn as turn
from tests.auxil.cards import validate_card
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer


def test_both_questions_are_answered(bot: SltBot) -> None:
    replies = turn(bot, "hvem er slt-koordinator og hvor ofte møtes fagteamet", "jevnaker")
    assert [r.intent for r in replies] == ["coordinator", "frequency"]
    assert "Fagteam" in replies[1].text


def test_the_second_question_takes_the_first_ones_group(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem innkaller til arbeidsgruppa og hvem skriver referat", "gjesdal")
    assert reply.facts["intents"] == ("innkaller", "sekretar")
    assert reply.text.count("SLT-arbeidsgruppe") >= 2


def test_two_short_answers_come_as_one_message_with_both_cards(bot: SltBot) -> None:
    """«når møtes X, og hvem kaller inn til Y»: one reply, both answers, under 1,200 chars."""
    [reply] = turn(
        bot, "når møtes koordineringsgruppa, og hvem kaller inn til fagteamet?", "jevnaker"
    )
    assert reply.facts["intents"] == ("frequency", "innkaller")
    assert len(reply.cards) == 2 and len(reply.text) < 1200
    assert "Koordineringsgruppe" in reply.text and "Fagteam" in reply.text


def test_neither_part_read_gets_the_honest_fallback_not_a_blend(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem er politikontakten vår og hva er e-posten hans", "valer")
    assert reply.intent == "unknown"


def test_a_second_part_that_points_back_is_answered_by_the_first(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem er slt-koordinator og hvordan kontakter jeg henne", "valer")
    assert reply.intent == "coordinator"


@pytest.mark.parametrize(
    "text",
    [
        "hva er bti og må jeg bruke det",  # «må jeg» is no second question word
        "det har vært bråk i sentrum, hvem i politiet kontakter jeg",  # a case, then one ask
        "hvem sitter i fagteamet?",
    ],
)
def test_one_question_is_not_split(text: str) -> None:
    assert question_parts(text) is None


async def test_over_http_two_questions_get_two_answers(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text = "hvem er koordinator, og når er neste møte i slt-nettverket"
    await bot_server.post(message(text, connector.url))
    first, second = await connector.wait_for(2)
    assert "SLT-koordinator" in str(first) and "Neste møte i SLT-nettverket" in str(second)


def test_a_read_first_part_is_answered_when_the_whole_and_the_second_are_not(
    bot: SltBot,
) -> None:
    """«kven er slt-koordinator i gjesdal og kva gjer vedkomande»: the whole message is no
    reading and its second part none either – the first is answered, and the reply says so."""
    replies = turn(bot, "kven er slt-koordinator i gjesdal og kva gjer vedkomande", "gjesdal")
    assert [r.intent for r in replies] == ["coordinator"]
    assert "jeg svarte på det første" in replies[0].text


def test_the_card_says_the_second_question_was_left_too(bot: SltBot) -> None:
    # Teams shows the card, not the text: the note that only the first was answered is in
    # both, and the card stays a valid Adaptive Card 1.5.
    [reply] = turn(bot, "hvem er slt-koordinator, og hvor er kantina", "jevnaker")
    assert reply.intent == "coordinator"
    assert "jeg svarte på det første" in reply.text
    [card] = reply.cards
    assert "jeg svarte på det første" in json.dumps(card, ensure_ascii=False)
    assert not validate_card(card)


def test_a_detail_the_plan_does_not_hold_is_said_so_not_the_first_part_answered(
    bot: SltBot,
) -> None:
    """«hvor mange årskort har vi» is no number the plan gives: the whole message's honest
    answer (what the plan says of the tiltak, and that the number is not in it) stands; the
    first part alone read as answered by the tiltak's sheet."""
    replies = turn(bot, "hvor trener de med årskortet, og hvor mange kort har vi?", "gjesdal")
    assert [r.intent for r in replies] == ["unknown"]
    assert "Planen oppgir ikke" in replies[0].text
    assert "Årskort på sportssenter" in replies[0].text
    assert "jeg svarte på det første" not in replies[0].text


def test_a_second_part_asking_more_of_a_tiltak_named_like_a_routine_sign(bot: SltBot) -> None:
    """«bekymringssamtale» is a sign of the rus routine and the name of Våler's tiltak 27:
    «… og når bruker vi dem?» asks more of the tiltak, which its sheet answers."""
    text = "hva er bekymringssamtalene hos politiet, og når bruker vi dem?"
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["tiltak_lookup"]
    assert "Tiltak 27" in replies[0].text
    other = turn(bot, "hva er kakebordet og når brukes det?", "jevnaker")
    assert [r.intent for r in other] == ["unknown"]  # nothing of the plan's is named
