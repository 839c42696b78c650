"""Plan facts and groups asked with something around the question (session 27, facts59): the
plan's vision asked with a remark after it whose subject is left out («Skal ha det med i …»),
who «regnes som» a level, a group's seat question followed by a second question after «og»,
and a second question opened by «står det noe om …» after a question mark.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.clauses import question_parts
from bot.understanding.preamble import question_part
from tests.test_answers_confidence import turn

# --- a remark after the question, its subject left out ----------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Hva er målene med SLT? Skal bruke det i et innlegg på foreldremøtet",
            "Hva er målene med SLT?",
        ),
        ("hva er visjonen? må ha det med i rapporten i morgen", "hva er visjonen?"),
        (
            "hvem sitter i politirådet? skal presentere dem for klassen",
            "hvem sitter i politirådet?",
        ),
    ],
)
def test_a_remark_without_its_subject_tells_and_does_not_ask(text: str, asked: str) -> None:
    assert question_part(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "hvem leder fagteamet? skal vi ha møte snart",  # a subject after the verb: it asks
        "hvem er med i politirådet? skal rektorene være med",
        "hva gjør arbeidsgruppa? må alle melde fra",
    ],
)
def test_a_verb_first_remark_with_its_subject_is_a_second_question(text: str) -> None:
    assert question_part(text) is None


def test_the_vision_asked_with_a_purpose_after_it_is_the_plans(bot: SltBot) -> None:
    reply = turn(bot, "Hva er visjonen for SLT i Våler? Skal vise den på personalmøtet", "valer")[
        -1
    ]
    assert reply.intent == "plan", reply.intent
    assert "Gode oppvekstsvilkår" in reply.text


# --- «hvem regnes som …» --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "hvem regnes som det utførende nivået hos oss?"),
        ("valer", "Hvem regnes egentlig som utførende nivå?"),
    ],
)
def test_who_counts_as_a_level_is_who_is_in_it(bot: SltBot, kommune: str, text: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "members", (text, reply.intent)


# --- a seat question, then a second question after «og» ---------------------------------------


def test_a_second_question_after_og_is_no_chore_of_the_group(bot: SltBot) -> None:
    text = "styringsgruppa – hvem sitter der fast, og kan vi be andre komme?"
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "members", reply.intent


def test_a_chore_asked_of_a_group_stays_the_honest_answer(bot: SltBot) -> None:
    """The calm look-alike: the chore stands in the first question, before «og»."""
    text = "Styringsgruppa skal ha sommeravslutning – hvem kjøper kake og kan vi ta med barna?"
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "unknown", reply.intent


# --- «står det noe om …» after a question mark -------------------------------------------------


def test_a_plan_topic_question_after_a_question_mark_is_a_second_question() -> None:
    parts = question_parts("hva gjør koordineringsgruppa? står det noe om kriminalitet i planen?")
    assert parts is not None
    assert parts.first == "hva gjør koordineringsgruppa"
    assert parts.second.startswith("står det noe om kriminalitet")


def test_a_plan_topic_question_alone_is_not_split() -> None:
    assert question_parts("står det noe om rus og vold i planen?") is None


def test_a_level_question_then_a_topic_question_answers_the_level(bot: SltBot) -> None:
    reply = turn(bot, "hva gjør vi på det utførende nivået? står noe om bti i planen?", "valer")[0]
    assert reply.intent == "duties", reply.intent
    assert "BTI" in reply.text


# --- a case to bring, and a meeting soon, no group named ---------------------------------------


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "blir det noe møte snart? vil gjerne melde inn en sak om skolevegring"),
        ("gjesdal", "når er neste slt-møte? vil melde inn en sak"),
    ],
)
def test_a_case_for_the_next_meeting_of_no_group_names_the_coordinator(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "next_meeting", (text, reply.intent)
    assert "SLT-koordinator" in reply.text


def test_the_next_meetings_without_a_case_name_no_coordinator(bot: SltBot) -> None:
    """The calm look-alike: the dates alone, no line about who takes a case in."""
    reply = turn(bot, "blir det noe møte snart?", "valer")[-1]
    assert reply.intent == "next_meeting", reply.intent
    assert "Spør gjerne" not in reply.text


# --- the examples vote on the question, not on the remark after it ----------------------------


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "hvem sitter i koordineringsgruppa? skal lage innkalling"),
        ("gjesdal", "hvem er med i styringsgruppa? må sende innkalling før jul"),
    ],
)
def test_a_remark_after_a_seat_question_does_not_outvote_it(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "members", (text, reply.intent)
