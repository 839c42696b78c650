"""Services asked for by what they can do (session 27, contact60).

Policies, not phrases: «hvem kan mekle», «hvem kan snakke med en ungdom som …» and «finnes
det noen som kan …» ask for a service by its work as «hvem jobber med …» does – a modal
between the who-word and the work verb changes nothing – and the service whose work the plan
states in its own words answers. A who-word alone with a modal asks nothing of a service's
work («hvem kan komme på møtet»), and a need no plan gives a service keeps the honest fallback.
Every message is written for this file, never taken from the evaluation set; no real person is
named in a message.
"""

from __future__ import annotations

import pytest

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.service_work import asks_by_work, opens_by_work
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("words", "asked", "opens"),
    [
        ("hvem kan mekle mellom to naboer", True, True),
        ("kven kan snakke med ein gut som har byrja a drikke", True, True),
        ("tre jenter krangler hele tida finnes det noen som kan mekle", True, False),
        # after a case, who in the kommune does the work (services78, f35-199's class: the
        # kommune's service for it, skolelos or the ungdomskonsulent, where the reader gave
        # «Mente du …?» or the fallback); at the start a place between keeps the reading of the
        # cue it already has («hvem i kommunen tar imot …»)
        ("gutten har sluttet pa skolen hvem i kommunen hjelper ham", True, False),
        ("hvem i kommunen tar imot bekymringsmeldinger", True, True),
        ("hvem tilbyr kurs for foreldre", True, True),
        # a modal and no work verb: no service asked by its work
        ("hvem kan komme pa motet i morgen", False, False),
        ("hvem kan jeg snakke med", False, False),
        # «hvem snakker» alone asks who is speaking
        ("hvem snakker pa fagdagen", False, False),
    ],
)
def test_a_service_asked_by_what_it_can_do_is_read_from_the_form(
    kb: KnowledgeBase, words: str, asked: bool, opens: bool
) -> None:
    said = Compiled.of(kb).understanding.lexicon.form
    split = tuple(words.split(" "))
    assert bool(asks_by_work(split, said)) is asked
    assert opens_by_work(split, said) is opens


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # 000:885–888 «Løse konflikter på et tidlig nivå – Benytte Konfliktrådet»
        (
            "to gutter i 9. har en krangel som blir verre, er det noen som kan mekle?",
            "valer",
            "Konfliktrådet",
        ),
        # 000:491–497 tiltak 3: the ungdomskontakt follows up youth at risk of using drugs
        ("kven kan snakke med ein ungdom som har byrja å ruse seg?", "valer", "Ungdomskontakt"),
        # 000:681–691 tiltak 20: «tilbyr støttesamtaler …»
        (
            "hvem tilbyr støttesamtaler til voksne som har det tungt?",
            "valer",
            "Psykisk helse og rustjenesten",
        ),
    ],
)
def test_a_service_asked_by_its_work_is_the_one_the_plan_gives_it(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service)


def test_a_work_no_plan_gives_a_service_keeps_the_honest_fallback(bot: SltBot) -> None:
    replies = turn(bot, "hvem kan snakke med vaktmesteren om nøkler til gymsalen?", "valer")
    assert [r.intent for r in replies] == ["unknown"]
    assert "SLT-koordinator" in replies[-1].text
