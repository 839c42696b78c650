"""Staff ask whom to turn to for a need, not by a service's name (session 29).

«finnes det noen utenfor skolen vi kan bruke?», «har me nokon me kan ringe …?», «hvem kan
vi bruke …?»: someone asked for, then a modal and a verb of turning to them,
asks whom to contact (bot/understanding/service_work.py ``someone_to_use``); the service is
the one the kommune's plan names for the need – conflicts and mediation to Konfliktrådet
(Våler 000:885–888 «Løse konflikter på et tidlig nivå – Benytte Konfliktrådet»; Gjesdal names
Konfliktrådet, 004:94–96, the national mediation service), offences to Gjesdal's Operativ
SLT-gruppe (004:111 «ungdom som har begått, eller som står i fare for å begå straffbare
handlinger»). «noen» that asks for things («noen tips vi kan bruke») is no service asked for,
and a number no plan gives is said to be missing, never invented. Every message is written
for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import re

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding import Intent, Understanding
from tests.test_answers_confidence import turn


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("finnes det noen utenfor skolen vi kan bruke når to elever er i konflikt?", "valer"),
        ("to elevar har vore i konflikt lenge. har me nokon utanfor skulen me kan bruke?", "valer"),
        ("finnes det noen vi kan ringe for å få hjelp med konflikter mellom elever?", "valer"),
        ("er det noen vi kan ringe for å mekle mellom to jenter som krangler?", "gjesdal"),
        ("to elever har vært i konflikt lenge. noen vi kan kontakte?", "gjesdal"),
        ("hvem kan vi bruke når to gutter er i konflikt?", "gjesdal"),
    ],
)
def test_a_conflict_and_someone_to_turn_to_is_konfliktradet(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert "konfliktrådet" in replies[0].text.lower()


def test_where_the_someone_is_is_no_need(bot: SltBot) -> None:
    """«utenfor skolen» says where the someone is: no skolelos for a need no plan names."""
    text = "finnes det noen utenfor skolen vi kan bruke når to elever er uvenner?"
    replies = turn(bot, text, "valer")
    assert "skolelos" not in replies[-1].text.lower()


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("finnes det noen utenfor skolen vi kan bruke når to elever er i konflikt?", "valer"),
        ("har vi noen ei jente kan snakke med om det?", "jevnaker"),
        ("hvem kan vi bruke når to elever er i konflikt?", "valer"),
        ("er det nokon utanfor skulen me kan bruka når to gutar er i konflikt?", "gjesdal"),
    ],
)
def test_someone_then_a_modal_and_a_verb_of_turning_to_asks_whom(
    understanding: Understanding, text: str, kommune: str
) -> None:
    q = understanding.understand(text, kommune)
    assert q.intent is Intent.CONTACT_SERVICE
    assert q.cue.split()[0] in ("noen", "nokon", "hvem")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("har noen tips vi kan bruke på foreldremøtet?", "jevnaker"),
        ("har noen av dere en mal vi kan bruke?", "valer"),
        ("noen ideer vi kan bruke i klassen om nettvett?", "valer"),
    ],
)
def test_noen_that_asks_for_things_is_no_service_asked_for(
    understanding: Understanding, text: str, kommune: str
) -> None:
    q = understanding.understand(text, kommune)
    assert not (q.intent is Intent.CONTACT_SERVICE and q.cue.startswith(("noen", "nokon")))


@pytest.mark.parametrize(
    "text",
    [
        "hvem kontakter jeg om en ungdom som har gjort lovbrudd flere ganger?",
        "Hvem tar jeg kontakt med om en 16-åring som har begått kriminelle handlinger – har "
        "vi en egen gruppe?",
    ],
)
def test_offences_and_follow_up_reach_the_operative_group(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Operativ SLT-gruppe" in replies[0].text


PHONE = re.compile(r"\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b|\b\d{3} ?\d{2} ?\d{3}\b")
"""An eight-digit Norwegian number, as the bot would print one."""


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("nummeret til barnevernvakta?", "jevnaker"),
        ("kva er telefonen til barnevernvakta?", "valer"),
        ("Hva er telefonnummeret til barnevernvakten?", "gjesdal"),
    ],
)
def test_a_number_no_plan_gives_is_said_to_be_missing(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    answer = replies[0].text.split("Merk:")[0]  # the coordinator's own number stands below
    assert "oppgir ikke telefonnummer" in answer
    assert not PHONE.search(answer)
