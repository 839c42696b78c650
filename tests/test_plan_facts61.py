"""What the plan states, asked as staff ask it (session 28, facts61): with a remark after the
question that holds a number, beside the services the writer already knows («…
utenom politiet»); a role's meetings including the one it calls in for its own service; and
whether new staff learn BTI, which Jevnaker's plan says.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.features.organisation.seat_match import calls_own_service
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("kommune", "text", "goal"),
    [
        ("jevnaker", "Hva er målet med SLT? Skal presentere det om 20 minutter", "riktig tid"),
        ("valer", "hva er målet med slt-arbeidet? må si det på et foreldremøte kl 18", "Mål"),
    ],
)
def test_a_number_in_a_remark_after_the_question_is_not_searched(
    bot: SltBot, kommune: str, text: str, goal: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert goal in reply.text


def test_a_number_in_a_topic_before_the_question_is_still_searched(bot: SltBot) -> None:
    understood = bot.understand("Ungdata 2025 – hvor ofte gjennomføres den?", "gjesdal")
    assert understood.about[:1] == (("tiltak", "ungdata-2025"),)


@pytest.mark.parametrize(
    "text",
    [
        "hvem er viktige samarbeidspartnere utenom politiet?",
        "hvilke samarbeidspartnere har vi unntatt kommunen og politiet?",
    ],
)
def test_services_named_after_utenom_are_known_not_asked(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "frivillige aktører" in reply.text


def test_a_service_named_after_utenom_s_own_word_is_still_asked(bot: SltBot) -> None:
    """«utenom kontortid, barnevernvakta?»: only a service in the list right after «utenom»
    is ruled out, not one further on."""
    understood = bot.understand("hvem kan jeg ringe utenom kontortid, barnevernvakta?", "gjesdal")
    assert understood.intent == "contact_service"


@pytest.mark.parametrize(
    "text",
    ["jeg er barnevernleder – hvilke møter skal jeg på?", "hvilke grupper er barnevernlederen i?"],
)
def test_a_role_s_meetings_include_the_one_it_calls_in_for_its_service(
    bot: SltBot, text: str
) -> None:
    """Its seats alone («hvor sitter barnevernleder?») stay the plan's member lists
    (tests/test_answers_own_seat.py)."""
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "role_groups"
    assert "Samarbeidsmøte politi og barnevern" in reply.text
    assert "Operativ SLT-gruppe" in reply.text


def test_calling_in_is_a_seat_only_for_a_service_at_the_table(kb: KnowledgeBase) -> None:
    groups = {g.id: g for g in kb.kommuner["gjesdal"].kommune.groups}
    assert calls_own_service(groups["samarbeidsmote-politi-barnevern"])
    # the SLT-koordinator calls styringsgruppa in, but is no member of it (its sekretær)
    assert not calls_own_service(groups["styringsgruppe"])


@pytest.mark.parametrize("text", ["lærer nye ansatte om BTI?", "får nytilsatte kurs i bti?"])
def test_whether_new_staff_learn_bti_is_what_the_plan_says(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "bti", (text, reply.intent)
    assert "nytilsatte vil få kompetanse" in reply.text
