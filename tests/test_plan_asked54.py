"""The SLT work itself asked indirectly (session 25, facts54): what it is for, whom it is for,
whether a law demands it, and who ties its groups together; a question asked again of a
level («samme spørsmål for …») is no comparison of levels. Each answered by what the plan
states; what a plan does not state stays honest.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

GOAL_LINES = {
    "gjesdal": "Forebygge rus og kriminalitet",
    "valer": "riktig hjelp til riktig tid",
    "jevnaker": "riktig hjelp til riktig tid",
}


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "hva er egentlig hensikten med slt hos oss?"),
        ("valer", "hva prøver kommunen å oppnå med slt-arbeidet?"),
        ("jevnaker", "hva er liksom poenget med slt?"),
        ("gjesdal", "hva skal slt-samarbeidet føre til på sikt?"),
        ("valer", "formålet med slt, kort fortalt?"),
        ("jevnaker", "hvorfor holder kommunen på med slt i det hele tatt?"),
        ("gjesdal", "hva er egentlig meningen med slt-arbeidet?"),
    ],
)
def test_what_slt_is_for_is_answered_with_the_plans_goals(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent, reply.text)
    assert GOAL_LINES[kommune] in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "hvorfor ble slt-møtet i dag flyttet?"),  # a meeting, not what SLT is for
        ("valer", "hva er hensikten med en bekymringsmelding i slt?"),  # the purpose of a thing
        ("jevnaker", "hvorfor er kommunen så sein med å svare?"),  # no SLT asked about
    ],
)
def test_a_why_or_a_purpose_of_something_else_is_not_the_plans_goals(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent != "plan", (text, reply.text)


def test_the_purpose_of_a_group_stays_the_groups_duties(bot: SltBot) -> None:
    """A group named: its own purpose («Hensikt»), not the plan's goals."""
    reply = turn(bot, "hva er hensikten med politirådet?", "valer")[-1]
    assert reply.intent == "duties", (reply.intent, reply.text)


@pytest.mark.parametrize(
    ("kommune", "text", "said"),
    [
        ("jevnaker", "er slt-arbeidet mest retta mot elevene, eller mot mor og far?", "foresatte"),
        ("jevnaker", "gjelder slt foreldrene også, eller bare barna?", "foresatte"),
        ("gjesdal", "hvem er slt her egentlig rettet mot?", "12–18 år"),
        ("valer", "hvem er slt-arbeidet tenkt for?", "10–25 år"),
        ("gjesdal", "hvem retter slt-samarbeidet seg egentlig mot?", "12–18 år"),
    ],
)
def test_whom_slt_is_aimed_at_is_the_target_group(
    bot: SltBot, kommune: str, text: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "target_group", (text, reply.intent, reply.text)
    assert said in reply.text


def test_tiltak_aimed_at_someone_are_not_the_target_group(bot: SltBot) -> None:
    """«tiltak rettet mot foreldre» asks for tiltak, not whom SLT as a whole is for."""
    reply = turn(bot, "finnes det tiltak i slt som er rettet mot foreldre?", "jevnaker")[-1]
    assert reply.intent != "target_group", reply.text


def test_whether_a_law_demands_slt_is_the_plan_fact_where_the_plan_says_it(bot: SltBot) -> None:
    """The writer's role in passing («jobber i barnevernet») does not make it a seat."""
    text = "må kommunen ha slt, er det lovpålagt? jobber i barnevernet og lurer"
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "plan", (reply.intent, reply.text)
    assert "ikke lovpålagt" in reply.text


def test_the_law_asked_in_other_words_is_the_same_plan_fact(bot: SltBot) -> None:
    reply = turn(bot, "står det noe i loven om at kommunen må ha slt?", "jevnaker")[-1]
    assert reply.intent == "plan", (reply.intent, reply.text)
    assert "ikke lovpålagt" in reply.text


@pytest.mark.parametrize("kommune", ["gjesdal", "valer"])
def test_whether_a_law_demands_slt_stays_honest_where_the_plan_is_silent(
    bot: SltBot, kommune: str
) -> None:
    reply = turn(bot, "er kommunen vår pålagt å drive med slt?", kommune)[-1]
    assert reply.intent == "unknown", (reply.intent, reply.text)
    assert "lovpålagt" not in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "hvem knytter sammen alle gruppene, altså nettverket og politirådet?"),
        ("gjesdal", "hvem er limet mellom gruppene – styringsgruppa, arbeidsgruppa og resten?"),
        ("jevnaker", "hvem passer på at fagteamet og koordineringsgruppa jobber sammen?"),
        ("valer", "hvem har oversikten over alle gruppene i slt?"),
    ],
)
def test_who_ties_the_groups_together_is_the_coordinator(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "coordinator", (text, reply.intent, reply.text)


def test_who_sits_in_a_group_listed_stays_its_members(bot: SltBot) -> None:
    """No tie asked: the group's members."""
    reply = turn(bot, "hvem sitter i politirådet?", "valer")[-1]
    assert reply.intent == "members", reply.intent


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "samme spørsmål om det styrende nivået: hvem sitter der?"),
        ("valer", "samme for det koordinerende nivået – hvem er med der?"),
    ],
)
def test_the_same_question_asked_of_a_level_is_no_comparison(
    bot: SltBot, kommune: str, text: str
) -> None:
    """«samme spørsmål for …», «samme for …» ask again of another object: who is there."""
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent in ("members", "levels"), (reply.intent, reply.text)
    assert "Tre nivåer" not in reply.text


def test_two_levels_compared_still_get_the_levels(bot: SltBot) -> None:
    reply = turn(bot, "er styrende og koordinerende nivå det samme?", "gjesdal")[-1]
    assert reply.intent == "levels", reply.intent
