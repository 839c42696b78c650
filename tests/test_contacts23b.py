"""How to reach a service, asked for its web page, its opening hours or in English (session 23).

Policies, not phrases: a service the question names, asked for its link or page, is answered
by how to reach it – the contact's Nettside where the plan gives one; asked for its opening
hours, which no plan holds, the answer says so and how to reach it; a contact question in
English names the service by its English name. Calm look-alikes – a link to a routine, the
plan, a meeting, a form – stay what they were. Every message is written for this file, never
taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "said"),
    [
        ("lenke til konfliktrådet?", "valer", "konfliktraadet.no"),
        ("har dere nettsiden til konfliktrådet", "valer", "konfliktraadet.no"),
        ("har du linken til nav?", "valer", "NAV Våler"),
        # the plan names the link and gives no address: the contact says so
        ("hjemmesiden til konfliktrådet?", "gjesdal", "uten adr"),
        # an e-mail or street address asked of a named service: how to reach it
        ("e-postadressen til barnevernet?", "jevnaker", "Barneverntjenesten i Jevnaker"),
        ("besøksadressen til ppt", "gjesdal", "Pedagogisk-psykologisk tjeneste"),
        # «sosialen», as «sosialkontoret», is the office NAV took over
        ("nummer til sosialen?", "valer", "NAV Våler"),
    ],
)
def test_a_named_services_page_is_how_to_reach_it(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert said in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        ("åpningstider for ungdomshelsestasjonen?", "valer", "Ungdomshelsestasjonen i Moss"),
        ("hva er åpningstida til helsestasjonen", "gjesdal", "Helsestasjonen"),
        # the service named by its short name, beside another reading: still that service
        ("når har hfu åpent i dag?", "jevnaker", "Helsestasjon for ungdom"),
    ],
)
def test_opening_hours_no_plan_holds_are_said_to_be_unknown(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    """No plan gives a service's hours: the honest answer says so for the service named, and
    gives no contact sheet that would read as the answer."""
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["unknown"]
    assert f"planen oppgir ikke åpningstider for {service.lower()}" in replies[0].text.lower()


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        ("what's the phone number for child welfare here?", "jevnaker", "Barneverntjenesten"),
        ("who should I call about child protection", "valer", "Barneverntjenesten"),
        ("how can I reach the educational psychology service?", "gjesdal", "PPT"),
        ("how do I get in touch with the youth health clinic", "valer", "Ungdomshelsestasjonen"),
        ("contact details for the conflict council?", "valer", "Konfliktrådet"),
        # the everyday name of the plan's «Helsestasjon for ungdom (HFU)»
        ("nummer til ungdomshelsestasjonen?", "jevnaker", "Helsestasjon for ungdom"),
    ],
)
def test_a_contact_asked_in_english_names_the_service(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert service in replies[0].text


def test_a_service_named_by_its_old_name_is_the_plans_service(bot: SltBot) -> None:
    # understanding.yaml's role_synonyms: «psykiatri» is «psykisk helse»
    replies = turn(bot, "telefonen til psykiatrien?", "valer")
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith("Psykisk helse og rustjenesten i Våler")


def test_an_old_name_the_plan_has_no_service_for_is_no_other_service(bot: SltBot) -> None:
    # Gjesdal's plan lists no psykisk helse service by that name: no other service's contact
    replies = turn(bot, "telefonen til psykiatrien?", "gjesdal")
    assert [r.intent for r in replies] != ["contact_service"]


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("lenke til teams-møtet i morgen?", "jevnaker"),
        ("kan du sende lenken til planen", "valer"),
        ("link til rutinen ved vold?", "valer"),
        ("er møtet i politirådet åpent for alle?", "valer"),
        ("adressen til møterommet vi skal være i?", "valer"),
        ("foreldrene har flyttet, adressen er ukjent for barnevernet", "jevnaker"),
    ],
)
def test_a_link_or_hours_asked_of_no_service_is_no_contact_question(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert [r.intent for r in turn(bot, text, kommune)] != ["contact_service"]


def test_a_service_told_closed_is_no_question_of_its_hours(bot: SltBot) -> None:
    replies = turn(bot, "barnevernet har ikke åpent nå, hvem ringer jeg?", "valer")
    assert "Planen oppgir ikke åpningstider" not in replies[-1].text
