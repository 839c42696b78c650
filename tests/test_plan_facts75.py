"""Plan facts, levels and English questions as staff ask them (session 31, facts75): who
decides over SLT money where a plan fact says it (and what a named group may decide over it,
by its own duties), two levels compared by a name the plan does not use, the model's arrival
in Norway (no plan says), and an English «who is …» question the intent net read by its
English words. Each where the plan states it; the look-alikes the plans do not answer stay
honest.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("kommune", "text", "said"),
    [
        ("jevnaker", "rektor her - hvem har ansvaret for økonomien i slt?", "økonomi"),
        ("jevnaker", "who decides on the SLT budget and money here?", "økonomi"),
        ("gjesdal", "we want to use SLT money for a trip, who approves that?", "godkjenning"),
        ("gjesdal", "hvem godkjenner at vi bruker slt-midler på en tur?", "godkjenning"),
    ],
)
def test_who_decides_over_money_is_the_plan_fact(
    bot: SltBot, kommune: str, text: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert said in reply.text.lower()


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "hvem bestemmer over slt-pengene?"),  # Våler's plan has no money fact
        ("jevnaker", "hvor mye penger har koordineringsgruppa?"),  # a sum: no plan says
    ],
)
def test_money_the_plan_does_not_state_stays_honest(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent)


def test_a_named_group_deciding_over_money_is_its_duties(bot: SltBot) -> None:
    reply = turn(bot, "NAV-leder her: får koordineringsgruppa bestemme over pengene selv?", "jevnaker")[-1]
    assert reply.intent == "duties", reply.intent
    assert "økonomiske rammer" in reply.text


def test_a_group_whose_duties_say_nothing_of_money_stays_honest(bot: SltBot) -> None:
    reply = turn(bot, "kan fagteamet bestemme bruk av penger selv?", "jevnaker")[-1]
    assert reply.intent == "unknown", reply.intent
    assert "økonomiske rammer" not in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "kort: forskjellen på utførende og styrende nivå?"),
        ("jevnaker", "hva er forskjell på styrende og utførende nivå"),
        ("valer", "forskjellen mellom styrende og utøvende nivå?"),
    ],
)
def test_levels_compared_by_another_name_for_a_level_are_the_levels(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "levels", (text, reply.intent)


def test_a_comparison_the_levels_do_not_hold_stays_honest(bot: SltBot) -> None:
    reply = turn(bot, "hva er forskjellen på SLT i Sverige og Danmark?", "jevnaker")[-1]
    assert reply.intent == "unknown", reply.intent


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "til quizen: når kom slt-modellen til norge?"),
        ("valer", "hvilket år kom SLT til Norge egentlig"),
    ],
)
def test_when_the_model_came_to_norway_is_no_plan_fact(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent)


def test_the_model_itself_is_still_the_levels(bot: SltBot) -> None:
    reply = turn(bot, "hvordan er slt-modellen bygd opp?", "gjesdal")[-1]
    assert reply.intent == "levels", reply.intent


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "who is the coordinator in Gjesdal?"),
        ("jevnaker", "who is our SLT coordinator?"),
    ],
)
def test_an_english_who_is_question_keeps_the_coordinator(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "coordinator", (text, reply.intent)


def test_an_english_who_are_question_keeps_the_members(bot: SltBot) -> None:
    reply = turn(bot, "who are the members of the fagteam?", "jevnaker")[-1]
    assert reply.intent == "members", reply.intent
