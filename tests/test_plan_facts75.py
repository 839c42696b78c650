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
def test_money_the_plan_does_not_state_stays_honest(bot: SltBot, kommune: str, text: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent)


def test_a_named_group_deciding_over_money_is_its_duties(bot: SltBot) -> None:
    text = "NAV-leder her: får koordineringsgruppa bestemme over pengene selv?"
    reply = turn(bot, text, "jevnaker")[-1]
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


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "hvor får dere kunnskapen fra når dere velger tiltak – ungdata eller mer?"),
        ("jevnaker", "er det bare ungdata dere bygger kunnskapen på?"),
    ],
)
def test_a_plan_fact_asked_by_its_own_words_is_the_fact(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "folkehelseprofil" in reply.text.lower()


def test_one_word_of_a_fact_in_a_remark_is_no_fact_asked(bot: SltBot) -> None:
    reply = turn(bot, "vi snakket om ungdata i timen i dag", "jevnaker")[-1]
    assert reply.intent != "plan", reply.intent


def test_which_kommuner_share_a_named_group_is_the_plans_note(bot: SltBot) -> None:
    reply = turn(bot, "hvilke kommuner deler vi styringsgruppa med?", "jevnaker")[-1]
    assert reply.intent == "plan", reply.intent
    assert "Ringerike" in reply.text and "Hole" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "service"),
    [
        ("jevnaker", "familiens hus her: hvilke tiltak er vi satt opp på?", "Familiens hus"),
        ("jevnaker", "frivilligsentralen – hvilke tiltak er vi oppført på?", "Frivilligsentralen"),
    ],
)
def test_which_tiltak_a_named_service_is_put_down_for_is_its_own(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "tiltak_mine", (text, reply.intent)
    assert f"Tiltak for {service}" in reply.text


def test_tiltak_set_going_by_us_is_still_the_plans_tiltak(bot: SltBot) -> None:
    reply = turn(bot, "hvilke tiltak har vi satt i gang mot vold?", "jevnaker")[-1]
    assert reply.intent == "tiltak_lookup", reply.intent


@pytest.mark.parametrize(
    "text",
    [
        "hvem lager den felles rutinen for rusbekymring?",
        "hvem skal utarbeide rutinen ved rusbekymring, og når er den klar?",
    ],
)
def test_who_makes_a_routine_a_tiltak_makes_is_the_tiltaks_owner(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "tiltak_owner", (text, reply.intent)
    assert "SLT-koordinator" in reply.text
    assert "foregår i fagteam" in reply.text  # the one tiltak, in full: where it is made


def test_the_routine_itself_is_still_the_routine(bot: SltBot) -> None:
    reply = turn(bot, "hva gjør jeg ved rusbekymring?", "jevnaker")[-1]
    assert reply.intent == "routine", reply.intent
