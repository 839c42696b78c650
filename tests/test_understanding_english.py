"""English questions read as a class (session 31, english31): staff from abroad, an
English-speaking volunteer or a parent ask in English.

- English question words, pronouns and auxiliaries are stopwords
  (knowledge/language/understanding.yaml ``stopwords``): «who decides on the money for SLT?»
  searches «decides», «money», «slt», not «who» and «the».
- The plans' groups and roles in English are read as their Norwegian names
  (dialect.yaml ``phrases``: «working group», «coordination group», «police council»), and
  the plans' single words as synonyms (synonyms.yaml: «goals», «priorities», «decides»).

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding import Understanding
from tests.auxil.asking import last_reply


@pytest.fixture(scope="module")
def understanding(bot: SltBot) -> Understanding:
    return Understanding(bot.kb)


@pytest.mark.parametrize(
    "text",
    [
        "who decides on the money for SLT?",
        "which people approve how the SLT money is spent?",
        "how is it decided what the SLT funding should go to?",
    ],
)
def test_english_function_words_are_never_searched(understanding: Understanding, text: str) -> None:
    q = understanding.understand(text, "jevnaker")
    assert not {"who", "which", "how", "the", "it", "what", "should"} & set(q.rest), q.rest


@pytest.mark.parametrize(
    ("kommune", "text", "seen"),
    [
        ("gjesdal", "who is in the working group in Gjesdal?", "arbeidsgruppe"),
        ("gjesdal", "who are the members of the work group?", "arbeidsgruppe"),
        ("jevnaker", "who are the members of the coordination group?", "koordineringsgruppe"),
        ("valer", "who is part of the police council?", "politirådet"),
    ],
)
def test_a_group_named_in_english_gets_its_members(
    bot: SltBot, kommune: str, text: str, seen: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "members", reply.text[:200]
    assert seen in reply.text.lower()


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "how often is the working group meeting?"),
        ("jevnaker", "how many times a year does the coordinating group meet"),
    ],
)
def test_an_english_group_s_rhythm(bot: SltBot, kommune: str, text: str) -> None:
    assert str(last_reply(bot, text, kommune).intent) == "frequency"


def test_who_leads_an_english_group(bot: SltBot) -> None:
    reply = last_reply(bot, "who leads the working group?", "gjesdal")
    assert str(reply.intent) in {"innkaller", "moteleder"}, reply.text[:200]


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "who decides on the money for SLT?"),
        ("jevnaker", "who approves the funding for SLT?"),
        ("gjesdal", "who decides on the funding for SLT?"),
    ],
)
def test_who_decides_on_the_money_is_the_plan_fact(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "plan", reply.text[:200]
    assert "midler" in reply.text.lower() or "økonomi" in reply.text.lower()


def test_the_plans_goals_asked_in_english(bot: SltBot) -> None:
    reply = last_reply(bot, "what are the goals of the SLT plan?", "gjesdal")
    assert str(reply.intent) == "plan", reply.text[:200]


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "what measures are in the action plan?"),
        ("gjesdal", "which measures does the plan have against drugs?"),
    ],
)
def test_measures_asked_in_english_are_the_tiltak(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent).startswith("tiltak"), reply.text[:200]


def test_a_bare_coordinator_question_in_english(bot: SltBot) -> None:
    reply = last_reply(bot, "is there a coordinator for slt?", "valer")
    assert str(reply.intent) == "coordinator", reply.text[:200]
