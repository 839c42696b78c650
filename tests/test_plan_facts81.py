"""Managers' overview questions (session 37, facts81). Every message is made up for this file.

- A count asked after a story that names people («… ordføreren har bedt om en kort status …
  hvor mange tiltak har vi i planen?»): the plan's count, not the tiltak of the people told
  about, nor a «topic» of the story's words (preamble.py ``told_before``, topic_asked.py).
- A question with what the answer is for after a comma («…, til en presentasjon for
  politikerne»): the question is read, the purpose is a remark (preamble.py).
- A question, then «gjør de det likt i X?», «hva med X?»: answered for both kommuner, each
  with its source (understanding/compared.py).
"""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.compared import compared_kommune
from tests.auxil.asking import last_reply

COUNTS = [
    (
        "valer",
        "Hei, jeg skal orientere formannskapet på torsdag. Rådmannen og ordføreren vil vite "
        "litt om omfanget. Så spørsmålet er: hvor mange tiltak har vi i SLT-planen?",
        "39",
    ),
    (
        "jevnaker",
        "Kommunalsjefen skal orientere politikerne neste uke. Hvor mange tiltak står i "
        "handlingsplanen?",
        "30",
    ),
    ("valer", "hvor mange innsatsområder har planen vår?", "7"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), COUNTS)
def test_a_count_after_a_story_is_the_plans_count(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "plan", (text, reply.text[:300])
    assert must in reply.text, reply.text[:600]
    assert "Kilde:" in reply.text


def test_people_the_question_asks_about_keep_their_tiltak(bot: SltBot) -> None:
    """A calm look-alike: the question names the role's ansvar, so it asks the role's tiltak."""
    text = "Ny rektor her. Hvilke tiltak har rektorene ansvar for i planen?"
    reply = last_reply(bot, text, "gjesdal")
    assert str(reply.intent) in ("tiltak_for_role", "tiltak_mine"), reply.text[:300]


PURPOSE = [
    (
        "valer",
        "hva er visjonen for SLT i Våler, til et innlegg i kommunestyret",
        "gode oppvekstsvilkår",
    ),
    ("jevnaker", "hvor ofte møtes fagteamet, til bruk i et notat", "6. uke"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), PURPOSE)
def test_a_purpose_after_a_comma_is_no_part_of_the_question(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) != "unknown", reply.text[:300]
    assert must in reply.text.lower(), reply.text[:600]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)


@pytest.mark.parametrize(
    ("text", "team", "asked"),
    [
        (
            "hvor ofte møtes fagteamet? gjør de det likt i gjesdal?",
            "jevnaker",
            ("jevnaker", "gjesdal"),
        ),
        ("hvem er slt-koordinator – hva med Våler?", "gjesdal", ("gjesdal", "valer")),
        ("hvor mange tiltak har vi, er det sånn i Jevnaker også?", "valer", ("valer", "jevnaker")),
        ("hvem leder koordineringsgruppa i våler? og i gjesdal?", "jevnaker", ("valer", "gjesdal")),
    ],
)
def test_the_same_asked_of_another_kommune(
    kb: KnowledgeBase, text: str, team: str, asked: tuple[str, str]
) -> None:
    found = compared_kommune(text, kb, team)
    assert found is not None and (found.own, found.other) == asked, found


@pytest.mark.parametrize(
    "text",
    [
        "hvem er koordinator i gjesdal?",
        "jeg jobbet i Jevnaker før, hva med Gjesdal?",
        "hvor ofte møtes politirådet, har de møter i gjesdal om sommeren?",
        "i Våler har de SLT-nettverk, har vi noe tilsvarende?",
        "hvor ofte møtes fagteamet? hva med her?",
    ],
)
def test_no_comparison_without_a_question_and_another_kommune(kb: KnowledgeBase, text: str) -> None:
    assert compared_kommune(text, kb, "jevnaker") is None


def test_both_kommuner_answer_with_their_own_source(bot: SltBot) -> None:
    text = "hvor ofte møtes koordineringsgruppa? er det likt i gjesdal?"
    reply = last_reply(bot, text, "jevnaker")
    assert "2 ganger" in reply.text and "4 ganger" in reply.text, reply.text[:800]
    assert "Jevnaker kommune" in reply.text and "Gjesdal kommune" in reply.text
    assert reply.text.count("Kilde:") >= 2
