"""Whom to ask, and an offer for pupils about to fall out of school (session 31, services75).

«vil ha politiet med på foreldremøte i 9., kven spør eg» got the fallback: «hvem spør jeg»
asks whom to reach as «hvem avtaler jeg med» does (language/understanding.yaml, contact
cues). «elever som står i fare for å falle ut» is the need the plan's LOS, skolelos and
fagteam meet (needs.yaml ``fravaer``). Every message is made up for this file.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

WHOM_ASKED = [
    ("gjesdal", "skal ha politiet med på foreldremøtet i 8., kven spør eg?", "politikontakt"),
    ("gjesdal", "vi ønsker politiet inn i klassen før jul, hvem spør jeg?", "politikontakt"),
    ("gjesdal", "hvem skal jeg spørre om å få politiet på besøk på skolen?", "politi"),
    ("valer", "vi vil ha politiet på foreldremøtet, hvem kan vi spørre?", "politi"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), WHOM_ASKED)
def test_whom_to_ask_for_a_service_is_a_contact_question(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower(), reply.text[:300]


CALM_TWINS = [
    # whom to ask about the SLT work itself: the coordinator, as before
    ("valer", "hvem spør jeg hvis jeg lurer på noe om slt?", ("coordinator",)),
    # a group's meetings asked through «hvem spør jeg»: never a service's contact
    ("gjesdal", "hvem spør jeg om møteplanen til arbeidsgruppa?", ("unknown", "frequency")),
]


@pytest.mark.parametrize(("kommune", "text", "intents"), CALM_TWINS)
def test_whom_to_ask_about_the_slt_work_is_no_service(
    bot: SltBot, kommune: str, text: str, intents: tuple[str, ...]
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) in intents, (text, reply.text[:160])


FALLING_OUT = [
    (
        "gjesdal",
        "Har fått ansvar for en gutt i 10. som er skolelei. Noen sa det finnes et eget tilbud "
        "for elever som står i fare for å falle ut, men ikke hvem som har det. Hvem kontakter "
        "jeg?",
        "los",
    ),
    (
        "gjesdal",
        "Eg er ny kontaktlærar. Har me nokon som kan hjelpa elevar som held på å falla ut av "
        "skulen?",
        "los",
    ),
]


@pytest.mark.parametrize(("kommune", "text", "service"), FALLING_OUT)
def test_pupils_about_to_fall_out_get_the_plans_offer(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower(), reply.text[:300]


OFFERS_LISTED = [
    "Hvilke hjelpetilbud har kommunen som jeg kan sende en ungdom videre til?",
    "jobber på fritidsklubben – hvilke hjelpetilbud kan vi vise ungdommene videre til?",
]


@pytest.mark.parametrize("text", OFFERS_LISTED)
def test_the_plans_list_of_hjelpetilbud_answers_which_offers(bot: SltBot, text: str) -> None:
    """Gjesdal's plan lists its hjelpetilbud for all who work with the young (004:110): asked
    which offers there are, that list – not the fallback."""
    reply = last_reply(bot, text, "gjesdal")
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    for service in ("familiesenter", "mestringsenheten", "ppt"):
        assert service in reply.text.lower(), reply.text[:300]


def test_one_service_asked_by_hjelpetilbud_keeps_its_contact(bot: SltBot) -> None:
    reply = last_reply(bot, "hvor finner jeg hjelpetilbud for rus", "gjesdal")
    assert "Aktuelle hjelpetilbud" not in reply.text[:200]


SERVICES_CONTACT = [
    ("jevnaker", "politiet – hvem er kontakten vår i kommunen?"),
    ("valer", "hvem er kontaktpersonen vår i politiet?"),
    ("gjesdal", "hvem er kontakten vår hos politiet?"),
]


@pytest.mark.parametrize(("kommune", "text"), SERVICES_CONTACT)
def test_a_services_contact_asked_by_the_word_is_its_role(
    bot: SltBot, kommune: str, text: str
) -> None:
    """The police's contact with the kommune asked by the generic word: the politikontakt,
    the role the plan gives it, and how to reach it – no name is asked."""
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert "politikontakt" in reply.text.lower(), reply.text[:300]


PERSON_ASKED = [
    ("valer", "hvem er politikontakten vår nå?"),
    ("jevnaker", "hvem er kontaktpersonen i politiet, hva heter hun?"),
    ("jevnaker", "hvem er kontaktpersonen vår i PPT?"),
]


@pytest.mark.parametrize(("kommune", "text"), PERSON_ASKED)
def test_the_person_holding_it_stays_unnamed(bot: SltBot, kommune: str, text: str) -> None:
    """The role's own title, a name asked, or a service with no contact role: a person, whom
    no plan names – the honest answer as before."""
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "unknown", (text, reply.text[:160])


PERSON_BESIDE_TILTAK = [
    "hvor finner jeg en familieveileder til pmto?",
    "pmto: kor finn eg familieveiledaren?",
]


@pytest.mark.parametrize("text", PERSON_BESIDE_TILTAK)
def test_where_to_find_the_person_a_tiltak_names_is_its_service(bot: SltBot, text: str) -> None:
    """Jevnaker's Familiens hus is «bl.a. PMTO med familieveileder» (001:431–435): where to
    find the familieveileder for PMTO is how to reach Familiens hus, not PMTO's sheet."""
    reply = last_reply(bot, text, "jevnaker")
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert "familiens hus" in reply.text.lower(), reply.text[:300]


def test_the_tiltak_asked_by_its_name_stays_the_tiltak(bot: SltBot) -> None:
    reply = last_reply(bot, "hva går pmto ut på?", "jevnaker")
    assert str(reply.intent) == "tiltak_lookup", reply.text[:160]
