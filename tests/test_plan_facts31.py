"""What the plan states, asked as staff ask it (session 29, facts31).

- A term the plan defines in one sentence, asked «hva er X» in another inflection than the
  one the routine book spells («hastemøtene», «hastemøta»): the plan fact that says what it is.
- A plan fact asked with its source named («på nettsida», «på hjemmesida», «i
  kommuneplanen»): the page says where, not what, is asked.
- A topic before a dash, the question after it pointing back («kommuneplanen … – hva er
  målet?»): the topic's words are searched too.
- Who decides over the SLT money («hvem bestemmer over økonomien», «kven godkjenner …»): the
  plan fact that gives the decision to a group.
- A service introducing itself («X her, har vi noe i planen?»): the tiltak the plan gives it.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding import Understanding
from bot.understanding.preamble import question_part
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    "text",
    [
        "hva betyr hastemøtene i slt?",
        "kva er hastemøta?",
        "hva menes med hastemøter?",
        "hastemøtet, hva er det egentlig?",
    ],
)
def test_a_term_the_plan_defines_is_its_plan_fact_in_any_inflection(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "plan", (text, reply.intent)
    assert "alvorlig situasjon" in reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hvem sitter i hastemøtet?", "members"),
        ("hvem kaller inn til hastemøter?", "innkaller"),
        ("hva er fagteamet?", "duties"),
    ],
)
def test_a_group_asked_for_its_members_or_duties_keeps_that_reading(
    bot: SltBot, text: str, intent: str
) -> None:
    assert bot.understand(text, "jevnaker").intent.value == intent


@pytest.mark.parametrize(
    "text",
    [
        "hva står det om visjonen på hjemmesida til kommunen?",
        "kva er visjonen på nettsida?",
        "visjonen på slt-nettsiden, hva er den?",
    ],
)
def test_a_plan_fact_asked_with_the_web_page_named_is_the_fact(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "plan", (text, reply.intent)
    assert "Gode oppvekstsvilkår" in reply.text


def test_the_page_named_is_kept_as_typed_not_corrected(bot: SltBot) -> None:
    understanding: Understanding = bot.understanding
    words = understanding.normaliser.words("står det på hjemmesida eller nettsida?")
    assert "hjemmesida" in words and "nettsida" in words


@pytest.mark.parametrize(
    "text",
    [
        "hva er målet i kommuneplanens samfunnsdel?",
        "kommuneplanen som planen viser til – hva er målet der?",
        "Hva står i kommuneplanen som planen viser til – hva er hovedmålet der?",
        "kva seier kommuneplanen om mål for innbyggarane?",
    ],
)
def test_the_kommuneplan_the_plan_cites_gives_its_goal(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "plan", (text, reply.intent)
    assert "mestring og livsglede" in reply.text
    assert "000:" not in reply.text  # a line reference is for developers, not staff


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hva sier rutinen vi bruker – hva er første steg?", None),
        ("kva står i årshjulet – når er fagdagen?", None),
        ("skal ha et foredrag i norsk – finnes det et tiltak om nettvett?", "finnes"),
    ],
)
def test_a_question_a_dash_narrows_is_read_whole_a_scene_is_not(
    text: str, part: str | None
) -> None:
    found = question_part(text)
    assert (found.split()[0] if found else None) == part


def test_a_plan_that_cites_no_kommuneplan_invents_no_goal_for_it(bot: SltBot) -> None:
    reply = last_reply(bot, "hva er målet i kommuneplanens samfunnsdel?", "jevnaker")
    assert "livsglede" not in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "decider"),
    [
        ("jevnaker", "hvem disponerer slt-pengene?", "Politirådet"),
        ("gjesdal", "kven godkjenner bruken av slt-midlar?", "arbeidsgruppa"),
        ("gjesdal", "hvem avgjør hva stimuleringsmidlene skal brukes til?", "arbeidsgruppa"),
    ],
)
def test_who_decides_over_the_money_is_the_plan_fact_that_says(
    bot: SltBot, kommune: str, text: str, decider: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "plan", (text, reply.intent)
    assert decider in reply.text


def test_over_is_no_work_a_level_does(bot: SltBot) -> None:
    """«hvem bestemmer over økonomien»: not the koordineringsgruppe's duties because they say
    «økonomiske rammer» – «over» names no work."""
    understood = bot.understand("hvem bestemmer over økonomien i slt?", "jevnaker")
    assert understood.intent.value != "duties"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("hallo, frivilligsentralen her, er vi med noe sted i handlingsplanen?", "Natteravn"),
        ("Flyktningkonsulenten her – er vi nevnt i slt-planen?", "Flexid"),
        ("frivilligsentralen her. har vi noko i planen?", "Natteravn"),
    ],
)
def test_a_service_introducing_itself_asking_for_its_part_gets_its_tiltak(
    bot: SltBot, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent in ("tiltak_mine", "tiltak_for_role"), (text, reply.intent)
    assert shown in reply.text


def test_a_service_asking_a_topic_of_the_plan_is_not_asking_for_its_tiltak(bot: SltBot) -> None:
    understood = bot.understand("rektor her, har vi noe om mobbing i planen?", "gjesdal")
    assert understood.intent.value not in ("tiltak_mine", "tiltak_for_role")
