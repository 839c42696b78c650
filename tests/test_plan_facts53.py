"""Facts of the plan itself, asked as staff ask them (session 24, facts53): who adopted it and
whether it has a group, when the action plan runs out, who decides over SLT money (Jevnaker's
styringsgruppe) or over the coordinator's work (Våler's politiråd), what a hastemøte is where
a plan fact says it, and the name a plan note gives. Each where the plan states it; the
look-alikes the plans do not answer stay honest.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "hvem er det som godkjenner slt-planen?"),
        ("valer", "hvem har godkjent planen vår?"),
    ],
)
def test_who_approves_the_plan_names_the_kommunestyre_beside_the_date(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "26.10.2023 i kommunestyret" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "group"),
    [
        ("valer", "er det et slt-nettverk i planen?", "SLT-nettverket"),
        ("jevnaker", "har planen et fagteam?", "Fagteam"),
        # the intent net's nearest examples read «SLT-nettverket, hvilket nivå er det?»
        # (level_info); the yes names the group with its level, which both readings want
        ("gjesdal", "finnes det en arbeidsgruppe i planen?", "SLT-arbeidsgruppe"),
        ("valer", "er politirådet i planen?", "Politirådet"),
    ],
)
def test_whether_the_plan_has_a_group_is_answered_yes_with_its_name(
    bot: SltBot, kommune: str, text: str, group: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert f"Ja – planen har {group}" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "period"),
    [
        ("gjesdal", "når går handlingsplanen ut for oss?", "2023–2025"),
        ("valer", "hvor lenge gjelder handlingsplanen?", "2023–2026"),
        ("jevnaker", "hvilken tiltaksperiode har vi?", "2025–2028"),
        ("gjesdal", "hvilke år gjelder slt-planen?", "2023–2025"),
    ],
)
def test_when_the_action_plan_runs_out_is_its_period(
    bot: SltBot, kommune: str, text: str, period: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert period in reply.text


def test_a_tiltak_about_an_action_plan_is_not_the_plan(bot: SltBot) -> None:
    """«handlingsplanen mot …» names a tiltak's subject: when its fagdag is, not the plan."""
    text = "når er fagdagen om handlingsplanen mot utenforskap og ekstremisme?"
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent != "plan", reply.text


def test_who_decides_over_slt_money_is_the_steering_group_where_the_plan_says(
    bot: SltBot,
) -> None:
    reply = turn(bot, "hvem bestemmer over slt-midlene?", "jevnaker")[-1]
    assert reply.intent == "plan", reply.intent
    assert "SLT-styringsgruppen" in reply.text and "økonomi" in reply.text


def test_who_decides_in_a_group_is_not_the_money_fact(bot: SltBot) -> None:
    """«bestemmer» alone asks nothing of money: the fact about the economy answers only money."""
    reply = turn(bot, "hvem bestemmer i koordineringsgruppa?", "jevnaker")[-1]
    assert "økonomi" not in reply.text, reply.text


def test_how_much_money_stays_unanswered(bot: SltBot) -> None:
    """No plan states a sum: the honest fallback, never the fact about who decides."""
    reply = turn(bot, "hvor mye penger har vi til slt i år?", "jevnaker")[-1]
    assert reply.intent == "unknown", (reply.intent, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "hvem bestemmer egentlig over slt-koordinatoren?",
        "hvem har det siste ordet over koordinatoren?",
    ],
)
def test_who_decides_over_the_coordinator_is_the_group_whose_duty_says_so(
    bot: SltBot, text: str
) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "duties", (text, reply.intent)
    assert "Politirådet" in reply.text and "koordinatorens faglige virksomhet" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "hvem bestemmer over koordinatoren?"),  # no group's duty says it here
        ("valer", "hvem er sjefen til koordinatoren?"),  # the employer: no plan names one
        ("valer", "hvem er vara for koordinatoren?"),
    ],
)
def test_who_is_above_the_coordinator_stays_honest_where_no_plan_says(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent, reply.text)


def test_what_a_hastemote_is_reads_the_plan_fact_where_there_is_one(bot: SltBot) -> None:
    reply = turn(bot, "hva betyr hastemøte egentlig?", "jevnaker")[-1]
    assert reply.intent == "plan", reply.intent
    assert "alvorlig situasjon" in reply.text


def test_the_name_a_plan_note_gives_answers_what_something_is_called(bot: SltBot) -> None:
    text = "hva heter planen vår mot vold i nære relasjoner?"
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "plan", reply.intent
    assert "Uten vold" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "group"),
    [
        ("gjesdal", "hvem styrer slt-arbeidet i kommunen?", "SLT-styringsgruppe/politiråd"),
        ("valer", "hvem er det som sitter på toppen i slt?", "Politirådet"),
    ],
)
def test_who_steers_slt_itself_is_the_steering_level(
    bot: SltBot, kommune: str, text: str, group: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "members", (text, reply.intent)
    assert group in reply.text


def test_who_chairs_a_named_group_stays_its_chair(bot: SltBot) -> None:
    """«styrer» of a group's meetings asks its chair, as before."""
    reply = turn(bot, "hvem styrer møtene i fagteamet?", "jevnaker")[-1]
    assert reply.intent == "moteleder", reply.intent
