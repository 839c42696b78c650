"""«Hvem er politikontakten vår, og hva er nummeret hans?»: the plans name roles, not the people
in them. The answer says so plainly, then gives what the plan does say – the groups the role
sits in and how to reach the service (the police's 02800, and 112 when it is acute) – and never
a name or a number the plan does not hold. Every message is written for this file.
"""

from __future__ import annotations

import json
import re

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer
from tests.test_answers_confidence import turn

NO_HOLDER = "Planen oppgir ikke hvem som er politikontakt"


def numbers(text: str) -> set[str]:
    """Every run of digits in a text (spaces inside a phone number joined)."""
    return {re.sub(r"\s", "", n) for n in re.findall(r"\d[\d ]*\d|\d", text)}


def plan_numbers(kb: KnowledgeBase, kommune: str) -> set[str]:
    """The numbers the knowledge holds for the kommune, the national lines, the plan's
    years and group names, and its tiltak (a role's sheet shows what the plan gives it to do:
    «besøk 8.–10. trinn»): what an answer may show."""
    index = kb.get(kommune)
    assert index is not None
    source = json.dumps(
        [c.model_dump() for c in index.kommune.contacts.values()]
        + [c.model_dump() for c in (kb.national.contacts.values() if kb.national else ())]
        + [index.kommune.coordinator.model_dump()]
        + [index.source(s).title for s in index.kommune.sources]
        + [t.tiltak for t in index.kommune.tiltak],
        ensure_ascii=False,
        default=str,
    )
    return numbers(source) | {"112", "113"}


async def test_over_http_who_the_politikontakt_is_and_the_number_gets_the_role_and_the_police(
    bot_server: BotServer, connector: FakeConnector, kb: KnowledgeBase
) -> None:
    text = "hvem er politikontakten her hos oss, og hva er telefonnummeret til han?"
    await bot_server.post(message(text, connector.url))
    [answer] = await connector.wait_for(1)
    shown = json.dumps(answer, ensure_ascii=False)
    assert NO_HOLDER in shown
    assert "Politirådet" in shown  # where the role sits in Våler
    assert "02800" in shown and "112" in shown
    assert "Det spørsmålet kan jeg dessverre ikke svare på" not in shown
    shown_text = " ".join(re.findall(r'"text": "([^"]*)"', shown))
    assert numbers(shown_text) <= plan_numbers(kb, "valer")  # no number made up


async def test_over_http_a_kommune_named_gets_its_own_politikontakt(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    await bot_server.post(message("kven er politikontakt i Gjesdal?", connector.url))
    [answer] = await connector.wait_for(1)
    shown = json.dumps(answer, ensure_ascii=False)
    assert NO_HOLDER in shown
    assert "Operativ SLT-gruppe" in shown and "02800" in shown


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
@pytest.mark.parametrize(
    "text",
    [
        "hva heter politikontakten vår",
        "vet du navnet på politikontakten og mobilnummeret hans",
        "hvem er politikontakt nå",
    ],
)
def test_the_name_of_the_politikontakt_is_not_in_the_plan_and_the_answer_says_so(
    bot: SltBot, kb: KnowledgeBase, text: str, kommune: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "unknown"  # what was asked (a person) is not in the plan
    assert reply.text.startswith("Politikontakt for ")
    assert NO_HOLDER in reply.text and "02800" in reply.text
    assert numbers(reply.text) <= plan_numbers(kb, kommune)


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_the_number_of_the_politikontakt_shows_where_the_role_sits(
    bot: SltBot, kb: KnowledgeBase, kommune: str
) -> None:
    [reply] = turn(bot, "telefonnummeret til politikontakten?", kommune)
    assert reply.intent == "contact_service"
    assert "Rollen sitter i" in reply.text and "02800" in reply.text
    assert "Planen oppgir ikke telefonnummer" in reply.text
    assert numbers(reply.text) <= plan_numbers(kb, kommune)


def test_who_holds_a_seated_role_without_a_contact_gets_its_seats(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem er ordføreren vår", "valer")
    assert reply.intent == "unknown"
    assert "Planen oppgir ikke hvem som er ordfører" in reply.text
    assert "Politirådet" in reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hvem er slt-koordinator og hva er nummeret", "coordinator"),  # the plan names them
        ("hvem er med i politirådet", "members"),
        ("hvor sitter politikontakten", "role_groups"),
    ],
)
def test_questions_the_plan_answers_keep_their_answer(bot: SltBot, text: str, intent: str) -> None:
    [reply] = turn(bot, text, "valer")
    assert reply.intent == intent
    assert "Planen oppgir ikke hvem" not in reply.text


def test_a_person_no_role_names_gets_the_plain_fallback(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem er vaktmesteren på skolen vår", "valer")
    assert reply.intent == "unknown"
    assert "Det spørsmålet kan jeg dessverre ikke svare på" in reply.text


@pytest.mark.parametrize(
    ("text", "intent", "shown"),
    [
        ("tlf til pk?", "contact_service", "Politikontakt for "),
        ("hvem er pk hos oss", "unknown", NO_HOLDER),
        ("hvor sitter pk", "role_groups", "Hvor sitter politikontakt?"),
    ],
)
def test_pk_is_how_staff_abbreviate_the_politikontakt(
    bot: SltBot, text: str, intent: str, shown: str
) -> None:
    [reply] = turn(bot, text, "jevnaker")
    assert reply.intent == intent
    assert shown in reply.text


@pytest.mark.parametrize(
    ("kommune", "shown"),
    [
        ("valer", "BTI-koordinator i Våler"),  # a role of its own in Våler's plan
        ("jevnaker", "står bare i den eldre planen"),  # what the two plans say, with the quote
        ("gjesdal", "Planen oppgir ikke hvem som er BTI-koordinator i Gjesdal"),
    ],
)
def test_the_bti_coordinator_is_not_taken_for_the_slt_coordinator(
    bot: SltBot, kommune: str, shown: str
) -> None:
    [reply] = turn(bot, "hvem har jobben som bti koordinator her?", kommune)
    assert reply.intent == "bti"
    assert reply.text.startswith("Hvem er BTI-koordinator?")
    assert shown in reply.text


def test_the_slt_coordinator_asked_first_keeps_the_coordinators_answer(bot: SltBot) -> None:
    """«er slt-k også bti-koordinator?»: the SLT-koordinator is the subject; its answer says
    what the plans hold about the two roles."""
    [reply] = turn(bot, "har slt-koordinatoren også rollen som bti koordinator?", "jevnaker")
    assert reply.intent == "coordinator"
    assert "BTI-koordinator" in reply.text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("kva nummer har legevakta", "116 117"),
        ("barnevernvakta – hva er telefonen dit?", "Barnevernvakt"),
    ],
)
def test_a_number_asked_for_a_service_retrieval_finds_is_its_contact(
    bot: SltBot, text: str, shown: str
) -> None:
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "contact_service"
    assert shown in reply.text


@pytest.mark.parametrize(
    "text",
    ["i hvor mange grupper sitter helsesykepleier?", "hvor mange av foraene er pk med i"],
)
def test_how_many_groups_a_role_sits_in_lists_its_seats(bot: SltBot, text: str) -> None:
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "role_groups"
    assert "SLT-arbeidsgruppe" in reply.text


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_what_bti_is_says_it_is_a_model_of_four_levels(bot: SltBot, kommune: str) -> None:
    """«hvor mange nivåer har bti-modellen»: the answer says how many, not only lists them."""
    [reply] = turn(bot, "hvor mange nivåer har bti-modellen?", kommune)
    assert reply.intent == "bti"
    assert "samhandlingsmodell med fire nivåer (0–3)" in reply.text
