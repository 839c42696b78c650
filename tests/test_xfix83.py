"""Session 39's xfix83: the two product tests fresh39's examples had turned into «Mente du
…?», and the word lists of topic_asked.py and asks.py moved from code to understanding.yaml.

Every message is written for this file, never taken from the evaluation set.

- A question that asks someone for a need the plan names a service for («finnes det noen et
  barn med … kan snakke med?») gets that service, not the rescue's «Mente du <a tiltak>?»
  that its nearest examples («finnes det et tiltak for barn som er pårørende») offered by the
  words they share (bot/features/needs/handlers.py ``instead_of_fallback``).
- The word lists read from data answer as the lists in code did (question_form.asks,
  question_form.tiltak.plan_against).
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.text import fold
from bot.understanding.asks import (
    asks_a_task,
    asks_nothing_held,
    asks_whom_to_call,
    has_in_plan,
    only_follows_up,
    takes_back,
)
from bot.understanding.leaning import leaning
from bot.understanding.question_form import QuestionForm
from bot.understanding.topic_asked import _a_plan_against
from tests.auxil.asking import last_reply


def _said(bot: SltBot) -> QuestionForm:
    return bot.understanding.lexicon.form


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


# -- 1. someone for a need: the plan's service, not «Mente du <tiltak>?» ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "fins det noen et barn med en pappa som drikker kan snakke med?",
        "finnes det noen en jente med en far som drikker kan prate med?",
        "fins det noen barn som har en pappa som drikker kan snakke med",
    ],
)
def test_someone_for_a_child_of_a_drinking_parent_is_the_parorende_offer(
    bot: SltBot, text: str
) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "contact_service", (text, reply.intent, reply.text)
    assert "pårørende" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        # a tiltak asked for stays the tiltak
        ("finnes det et tiltak for barn som er pårørende?", "valer", "tiltak_lookup"),
        # a plan that names no service for the need: said so, never another kommune's
        ("finnes det noen en elev med en far som drikker kan snakke med?", "gjesdal", "unknown"),
    ],
)
def test_a_tiltak_asked_or_a_need_without_a_service_keeps_its_answer(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == intent, (text, reply.intent, reply.text)


# -- 2. a plan against a topic: understanding.yaml's plan_against ------------------------------


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("har vi en plan mot mobbing?", True),
        ("finst det ein handlingsplan for rus her?", True),
        ("har kommunen en handlingsplan mot radikalisering", True),
        ("hva står det i planen om mobbing?", False),
        ("er det plan for møtet i morgen?", False),
        ("har vi noe om rus i handlingsplanen?", False),
    ],
)
def test_a_plan_against_a_topic_is_read_from_data(bot: SltBot, text: str, against: bool) -> None:
    assert _a_plan_against(_words(text), _said(bot)) is against


# -- 4. asks.py's forms, read from understanding.yaml's question_form.asks --------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("hvem ringer vi når en ungdom ikke kommer hjem om natta", True),
        ("hvor kan foreldre ringa om kvelden", True),
        ("who do I call after hours", True),
        ("hvem er politikontakten", False),
        ("ring meg i morgen", False),
    ],
)
def test_whom_to_call(bot: SltBot, text: str, asked: bool) -> None:
    assert asks_whom_to_call(_words(text), _said(bot)) is asked


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("kan du booke et møterom til torsdag", True),
        ("oversett rutinen til engelsk", True),
        ("vil du skrive referatet", True),
        ("kan du si hvem som sitter i fagteamet", False),
        ("hvem skriver referatet i arbeidsgruppa", False),
    ],
)
def test_a_task_asked_of_the_bot(bot: SltBot, text: str, task: bool) -> None:
    assert asks_a_task(_words(text), _said(bot)) is task


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("samme for gjesdal?", True),
        ("og samme i jevnaker", True),
        ("det samme som forrige gang?", True),
        ("samme som styringsgruppa?", False),
        ("samme om utenforskap", False),
    ],
)
def test_a_bare_follow_up(bot: SltBot, text: str, follows: bool) -> None:
    assert only_follows_up(_words(text), _said(bot)) is follows


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("hvem er politikontakt? nei tuller, når er lunsj", True),
        ("just kidding, forget it", True),
        ("hun tuller ikke, hun er redd", False),
    ],
)
def test_a_question_taken_back(bot: SltBot, text: str, back: bool) -> None:
    assert takes_back(_words(text), _said(bot)) is back


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("har du privatnummeret til politikontakten?", True),
        ("hjemmeadressen til rektor, og mobilen hans?", True),
        ("hva er telefonnummeret til helsestasjonen?", False),
        ("har vi privat barnehage med i planen?", False),
    ],
)
def test_a_private_number_is_nothing_held(bot: SltBot, text: str, held: bool) -> None:
    said = _said(bot)
    assert asks_nothing_held(_words(text), leaning(bot.kb), said) is held


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("har vi Steg for steg i planen?", True),
        ("har me MOT i planen vår", True),
        ("har vi noe om rus i planen?", False),
        ("har vi tiltak for foreldre i planen?", False),
    ],
)
def test_one_thing_asked_in_the_plan(bot: SltBot, text: str, named: bool) -> None:
    assert has_in_plan(_words(text), _said(bot)) is named


# -- 5. the help-offer card's shared line -------------------------------------------------------


def test_a_line_shared_by_several_services_reads_as_a_colleague_writes_it(bot: SltBot) -> None:
    reply = last_reply(bot, "hvilke hjelpetilbud har vi for ungdom i gjesdal?", "gjesdal")
    assert "Felles for alle:" in reply.text, reply.text
    assert "Om hver av dem" not in reply.text
