"""A service the plans name by its person, and an offer asked beside a group retrieval guessed
(session 32, services76). Every message is made up for this file.

«skolehelsetjenesten» is where the plans' helsesykepleier works: Jevnaker's plan names only
«Helsesykepleier JUS», and «hvordan når jeg skolehelsetjenesten?» got the fallback
(knowledge/language/synonyms.yaml). «Har vi noe lavterskel?» found the fagteam by
«lavterskelnivå» in its purpose and got its members; an offer asked for a need, no group named,
is the plan's service for it (bot/features/needs/handlers.py ``group_guessed_for_need``). A
group the question names keeps its members.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

SCHOOL_HEALTH = [
    ("jevnaker", "hvordan når jeg skolehelsetjenesten?"),
    ("jevnaker", "trenger nummeret til skolehelsetjenesten på ungdomsskolen"),
    ("valer", "hvordan får jeg tak i skolehelsetjenesten?"),
]


@pytest.mark.parametrize(("kommune", "text"), SCHOOL_HEALTH)
def test_school_health_service_is_the_helsesykepleier(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert "helsesykepleier" in reply.text.lower(), reply.text[:300]


def test_school_health_service_shown_once(bot: SltBot) -> None:
    reply = last_reply(bot, "hvem er skolehelsetjenesten hos oss?", "jevnaker")
    assert "skolehelsetjenesten helsesykepleier" not in reply.text.lower(), reply.text[:300]


OFFER_ASKED = [
    ("jevnaker", "en mor lurer på hvor hun kan få støtte. har vi noe lavterskel?"),
    ("jevnaker", "har vi noe lavterskel for foreldre som strever?"),
    ("jevnaker", "fins det noe lavterskel for foreldre som er bekymret?"),
]


@pytest.mark.parametrize(("kommune", "text"), OFFER_ASKED)
def test_offer_for_a_need_is_the_plans_service(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert "lavterskel" in reply.text.lower(), reply.text[:300]


GROUP_NAMED = [
    ("jevnaker", "hvem sitter i fagteamet?"),
    ("jevnaker", "hvem er med i fagteamet, er det lavterskel?"),
]


@pytest.mark.parametrize(("kommune", "text"), GROUP_NAMED)
def test_a_named_group_keeps_its_members(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "members", (text, reply.text[:160])


BEFORE_IT_BECOMES = [
    "to jenter i 8. krangler hele tiden, hvem kan mekle før det havner hos politiet?",
    "hvem kan hjelpe to gutter i konflikt med hverandre, før det går til politiet?",
    "kven kan hjelpa når elevar er i konflikt, før det blir politisak",
]


@pytest.mark.parametrize("text", BEFORE_IT_BECOMES)
def test_a_service_to_get_ahead_of_is_not_the_one_asked(bot: SltBot, text: str) -> None:
    """«før det blir politisak»: the police is what the writer wants to get ahead of, as after
    «uten at det blir …» (bot/understanding/service_asked.py ``BEFORE``)."""
    reply = last_reply(bot, text, "valer")
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert reply.text.startswith("Konfliktrådet"), reply.text[:160]


BEFORE_ASKS_THE_SERVICE = [
    "hvem kontakter jeg i politiet før det blir en sak?",
    "hvordan når jeg politiet, for det er en sak for dem",
]


@pytest.mark.parametrize("text", BEFORE_ASKS_THE_SERVICE)
def test_a_service_asked_before_the_clause_keeps_it(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert "politi" in reply.text.lower()[:80], reply.text[:160]


FAMILY_CENTRE = [
    ("jevnaker", "hvordan når jeg familiesenteret?", "familiens hus"),
    ("jevnaker", "hvem jobber på familiesenteret hos oss?", "familiens hus"),
    ("gjesdal", "hvordan når jeg familiesenteret?", "familiesenteret"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), FAMILY_CENTRE)
def test_family_centre_by_either_name(bot: SltBot, kommune: str, text: str, service: str) -> None:
    """Jevnaker's plan says «Familiens hus» for what staff also call the familiesenter
    (understanding.yaml ``role_synonyms``, synonyms.yaml)."""
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower()[:80], reply.text[:160]


def test_family_centre_calm_detail_stays_unknown(bot: SltBot) -> None:
    reply = last_reply(bot, "er det parkering ved familiesenteret?", "jevnaker")
    assert str(reply.intent) == "unknown", reply.text[:160]


DRUG_COUNSELLOR = [
    ("jevnaker", "hvem er ruskonsulenten vår?", "fagteam"),
    ("valer", "har vi en ruskonsulent en elev kan få snakke med?", "rustjenesten"),
    ("gjesdal", "kven er ruskonsulenten i kommunen?", "mestringsenheten"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), DRUG_COUNSELLOR)
def test_drug_counsellor_is_the_plans_service_for_rus(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    """No plan names a «ruskonsulent»: the plan's service for psykisk helse og rus answers
    (needs.yaml ``psykisk-helse``), with what it rests on where the plan does not say so."""
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower(), reply.text[:300]


def test_drug_counsellor_told_is_no_contact_question(bot: SltBot) -> None:
    reply = last_reply(bot, "ruskonsulenten kommer på foreldremøtet i mai", "valer")
    assert str(reply.intent) != "contact_service", reply.text[:160]


GUESSED = [
    (
        "jevnaker",
        "hvem har helsesamtalene på ungdomsskolen? skolehelsetjenesten?",
        "helsesykepleier",
    ),
    ("valer", "hvem tar helsesamtaler med elevene i 8.? helsesykepleier?", "helsesykepleier"),
    ("valer", "hvem kan snakke med en elev som sliter? helsesøster?", "helsesykepleier"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), GUESSED)
def test_a_guessed_service_after_the_question_is_reached(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    """The question, then the writer's guess at the service on its own: that service's
    contact (bot/features/organisation/contact_questions.py ``guessed_service``)."""
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower()[:80], reply.text[:160]


NOT_GUESSED = [
    # the question names the service itself: a detail the plan lacks, not a guess
    ("jevnaker", "har helsesykepleier kontor på skolen? helsesøster?"),
    # no service guessed after the question
    ("jevnaker", "hvem har helsesamtalene med 8. trinn? noen som vet?"),
]


@pytest.mark.parametrize(("kommune", "text"), NOT_GUESSED)
def test_no_guess_is_no_contact_question(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) != "contact_service", reply.text[:160]
