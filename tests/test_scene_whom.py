"""A calm scene told, then whom to contact (session 31, scene31).

A conflict told, then «finnes det noen utenfor skolen som kan mekle?»: where the someone is
ranked other objects first in the reader and was taken for the need in the services feature,
and «som kan mekle» lost its work verb with them (service_work.someone_where); the
konfliktråd a plan names answers, and a plan naming none stays honest.

«mora sier de ikke har penger til mat, hvem hjelper med sånt?»: the money word stands in the
scene as the NEED a service meets, never as a cost or a sum asked of an object – the reader
kept the whom-to-contact reading instead of turning it into the honest «vet ikke» for an
unanswered facet (bot/understanding/facts_asked.py, service_work.asks_whom_for_need). A
cost asked of a service stays unanswered. Every message is written for this file.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.understanding import Intent, Understanding
from bot.understanding.service_work import asks_whom_for_need
from tests.auxil.asking import answered
from tests.eval import Runner


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
@pytest.mark.parametrize(
    "text",
    [
        "faren til Kari Nordbø sier de ikke har penger til strøm, hvem hjelper med sånt?",
        "ein gut i 10. seier at dei manglar pengar til mat heime, kven kan me kontakte?",
    ],
)
def test_money_told_in_a_scene_is_the_need_asked_whom(
    understanding: Understanding, text: str, kommune: str
) -> None:
    q = understanding.understand(text, kommune)
    assert q.intent is Intent.CONTACT_SERVICE, (q.intent, q.cue)


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
@pytest.mark.parametrize(
    "text",
    [
        "hva koster det å bruke konfliktrådet?",
        "hvor mye penger får helsestasjonen i budsjettet?",
    ],
)
def test_a_cost_asked_of_a_service_stays_unanswered(
    understanding: Understanding, text: str, kommune: str
) -> None:
    assert understanding.understand(text, kommune).intent is not Intent.CONTACT_SERVICE


def test_someone_and_what_they_do_ask_whom_for_a_need(understanding: Understanding) -> None:
    said = understanding.lexicon.form
    assert asks_whom_for_need({"hvem", "hjelper", "penger"}, said)
    assert asks_whom_for_need({"noen", "kan", "ringe", "penger"}, said)
    assert not asks_whom_for_need({"hvor", "mye", "penger", "koster"}, said)
    assert not asks_whom_for_need({"hvem", "penger"}, said)  # no work: «hvem får pengene»


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


CONFLICTS = [
    # where the someone is said («utenfor skolen», «i kommunen») ranks other objects first
    "to elever har kranglet hele høsten, finnes det noen utenfor skolen som kan mekle?",
    "to jenter i 9. klasse har en konflikt som aldri tar slutt. er det noen i kommunen som"
    " kan mekle?",
    # nynorsk, and the other spelling of «mekle»
    "to gutar i 10. har vore uvener lenge, finst det nokon utanfor skulen som kan megle?",
    # «siden» is since, never the web page a contact's note names
    "Nils og Emil har kranglet siden august, hvem kan mekle?",
]


@pytest.mark.parametrize("text", CONFLICTS)
@pytest.mark.parametrize("kommune", ["valer", "gjesdal"])
def test_a_conflict_told_then_whom_to_mediate_is_the_konfliktrad(
    runner: Runner, text: str, kommune: str
) -> None:
    intent, answer = answered(runner, text, kommune)
    assert intent == "contact_service", answer
    assert "konfliktrådet" in answer.lower()


@pytest.mark.parametrize("text", CONFLICTS)
def test_a_plan_naming_no_mediator_stays_honest(runner: Runner, text: str) -> None:
    """Jevnaker's plan names Konfliktrådet only in a list of other plans (001): no service
    is made up for it, nor one a word in passing found («siden» for BTI's «Siden om …»)."""
    intent, answer = answered(runner, text, "jevnaker")
    assert intent == "unknown", answer
    assert "BTI" not in answer
