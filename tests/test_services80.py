"""«Who offers it, how do they reach it» asked for an offer the plan names as a tiltak
(session 36, services80). Every message is made up for this file.

- Someone who would use an offer asked the writer («en mor spurte», «noen lurte på»), and the
  writer asks who gives it: the service that offers it and how to reach it
  (bot/understanding/relayed_offer.py), when the plan makes a kommune service its giver.
  Who is *ansvarlig*, or a question with no one relayed, keeps the tiltak's reading.
- Asked whom to contact about an offer whose ansvar is no contact of the kommune (Våler's
  Sommeruka: «Kulturrådgiver, VS-IL»): the plan's ansvar and the offer, never a contact the
  tiltak names only as a partner (bot/features/needs/tiltak_giver.py).
- A need service the plan names by its tiltak alone says who gives it (the tiltak's ansvar).
- «hvem (i kommunen) kan en ungdom som ruser seg snakke med?»: someone cared for, told
  between the modal and the talk verb, asks whom they can turn to
  (bot/understanding/service_work.py ``_talks_later``).
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

RELAYED = [
    ("jevnaker", "en far spurte meg i dag: hvem har PMTO her i kommunen?", "familiens hus"),
    ("jevnaker", "naboen lurte på hvem som tilbyr foreldreveiledning hos oss", "familiens hus"),
    (
        "jevnaker",
        "Hei! Ei bestemor på biblioteket spurte, hvem gjennomfører PMTO i Jevnaker?",
        "familiens hus",
    ),
    (
        "valer",
        "Etter kveldsmøtet lurte noen foreldre på hvem som har samtalegruppe for barn som er "
        "pårørende",
        "helse",
    ),
]


@pytest.mark.parametrize(("kommune", "text", "must"), RELAYED)
def test_an_offer_asked_for_someone_is_the_service_giving_it(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]


CALM = [
    ("jevnaker", "hvem har ansvaret for pmto", "tiltak_owner"),
    (
        "jevnaker",
        "Foreldrene på 7. trinn lurer på hvem som har ansvaret for PMTO, så de kan ta kontakt",
        "tiltak_owner",
    ),
    ("jevnaker", "hvem gjennomfører undervisningen om overgrep på 3. trinn og når?", None),
    (
        "jevnaker",
        "En forelder spurte om 3. trinn. Står det noe i planen om overgrep, og hvem holder "
        "undervisningen?",
        None,
    ),
]


@pytest.mark.parametrize(("kommune", "text", "intent"), CALM)
def test_the_owner_or_the_tiltak_asked_keeps_its_reading(
    bot: SltBot, kommune: str, text: str, intent: str | None
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) != "contact_service", (text, reply.text[:200])
    if intent:
        assert str(reply.intent) == intent, (text, reply.text[:200])


GIVER = [
    "hvem kontakter jeg om sommeruka?",
]


@pytest.mark.parametrize("text", GIVER)
def test_an_offer_no_contact_owns_is_answered_with_its_ansvar(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert "Kulturrådgiver og VS-IL" in reply.text, reply.text[:400]
    assert not reply.text.startswith("Barneverntjenesten"), reply.text[:200]
    assert "uke 25" in reply.text, reply.text[:600]


def test_the_owner_of_the_offer_keeps_the_owner_reading(bot: SltBot) -> None:
    reply = last_reply(bot, "who runs the summer week?", "valer")
    assert str(reply.intent) == "tiltak_owner", reply.text[:200]
    assert "Kulturrådgiver" in reply.text, reply.text[:400]


TALKS = [
    ("valer", "hvem i kommunen kan en ungdom som ruser seg snakke med, om ikke barnevernet?"),
    ("valer", "hvem kan en ungdom som ruser seg prate med her i Våler?", "psykisk helse og rus"),
    ("gjesdal", "hvem kan en elev som ruser seg snakke med, bortsett fra helsesykepleier?"),
    ("jevnaker", "hvem kan en gutt på 16 som ruser seg prate med?"),
]
SERVICE_FOR_RUS = {"valer": "psykisk helse og rus", "gjesdal": "mestringsenheten"}


@pytest.mark.parametrize(("kommune", "text"), [t[:2] for t in TALKS])
def test_whom_someone_cared_for_can_talk_to_is_a_service(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert SERVICE_FOR_RUS.get(kommune, "") in reply.text.lower(), reply.text[:400]
    assert not reply.text.startswith(("Barneverntjenesten", "Helsesykepleier")), reply.text[:200]


REACHED = [
    ("jevnaker", "Hei, kort spørsmål: hvordan får vi tak i PPT?", "PPT"),
    ("jevnaker", "Rektor lurte på hvordan vi får tak i frivilligsentralen", "Frivilligsentralen"),
    ("gjesdal", "korleis får me tak i familiesenteret?", "Familiesenteret"),
    ("valer", "How do we reach the child welfare service?", "Barneverntjenesten"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), REACHED)
def test_how_the_team_reaches_a_service_is_its_contact(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert reply.text.startswith(service), reply.text[:200]


def test_where_young_people_get_alcohol_asks_no_contact(bot: SltBot) -> None:
    reply = last_reply(bot, "hvor får ungdommene tak i alkohol?", "gjesdal")
    assert str(reply.intent) != "contact_service", reply.text[:200]


def test_someone_talking_in_a_meeting_is_no_service_asked(bot: SltBot) -> None:
    reply = last_reply(
        bot, "hvem kan en forelder snakke med på foreldremøtet om Utsett?", "jevnaker"
    )
    assert not reply.text.startswith("Familiens hus"), reply.text[:200]


NEED_OVER_A_GUESS = [
    ("gjesdal", "hvem kan foreldre kontakte om foreldreveiledning? en mor spurte"),
    ("gjesdal", "Hei! hvem kan en familie kontakte om foreldreveiledning i Gjesdal?"),
]


@pytest.mark.parametrize(("kommune", "text"), NEED_OVER_A_GUESS)
def test_the_need_named_is_served_by_its_services_not_a_tiltaks_owner(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert "Familiesenteret" in reply.text, reply.text[:400]
    assert not reply.text.startswith("Politikontakt"), reply.text[:200]


def test_a_service_named_beside_the_need_is_that_service(bot: SltBot) -> None:
    reply = last_reply(
        bot, "nummer til helsestasjonen? en mor vil ha foreldreveiledning", "gjesdal"
    )
    assert str(reply.intent) == "contact_service", reply.text[:200]
    assert reply.text.startswith("Helsestasjonen"), reply.text[:200]


def test_a_relayed_remark_asks_how_to_reach_the_service_named(bot: SltBot) -> None:
    reply = last_reply(bot, "En trener lurte på hvordan han får tak i politikontakten", "valer")
    assert str(reply.intent) == "contact_service", reply.text[:200]
    assert reply.text.startswith("Politikontakt"), reply.text[:200]
