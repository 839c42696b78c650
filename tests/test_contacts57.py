"""Services asked by need, by shorthand and by what is arranged (session 26, contact57).

Policies, not phrases: a service's sheet says the acute line once; a visit or a talk is
arranged with a person (the politikontakt), not the police's switchboard; the shorthand staff
type on the phone («bv», «hs», «pol.kontakt», «ungd.skolen») names the service; a need told
partly in words no plan uses is still the plan's need; where someone cared for gets what a
service gives names that service; a service a question names by its owner («politiet har vel
en egen tjeneste») is the one of its units the need points to. A need the plan never speaks of
keeps the honest fallback, and an opening hour the plan does not give is said to be missing.
Every message is written for this file, never taken from the evaluation set; no real person is
named in a message.
"""

from __future__ import annotations

import json

import pytest

from bot.compiled import Compiled
from bot.features.organisation.contacts import beside_acute, contact_service
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.service_work import where_gets
from tests.test_answers_confidence import turn


def _acute_lines(text: str) -> int:
    return text.lower().count("ring 112")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("nummer til politikontakten", "gjesdal"),
        ("hvordan får jeg tak i politikontakten", "valer"),
        ("kontakt politiet", "jevnaker"),
    ],
)
def test_a_police_contacts_sheet_says_the_acute_line_once(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert _acute_lines(replies[0].text) == 1
    assert _acute_lines(json.dumps(replies[0].cards[0], ensure_ascii=False)) == 1
    assert "02800" in replies[0].text  # the non-acute line stays


def test_a_note_loses_only_the_sentence_that_tells_the_acute_number() -> None:
    assert beside_acute("Akutt fare – ring 112.") == ""
    assert beside_acute("Når noen trenger lege raskt. Livstruende – ring 113.") == (
        "Når noen trenger lege raskt."
    )
    assert beside_acute("112 politi, 113 ambulanse, 110 brann.") == (
        "112 politi, 113 ambulanse, 110 brann."
    )


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("vil ha politiet på foreldremøtet. hvem avtaler jeg besøk med?", "valer"),
        ("politiet skal ha undervisning i 8. trinn, hvem avtaler vi det med?", "jevnaker"),
        ("politiet skal komme til skolen vår, hvem kan jeg avtale med?", "gjesdal"),
    ],
)
def test_a_visit_by_the_police_is_arranged_with_the_politikontakt(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith("Politikontakt for")
    assert _acute_lines(replies[0].text) == 1


def test_the_politikontakts_sheet_shows_the_school_visits_the_plan_gives_it(
    bot: SltBot,
) -> None:
    """Gjesdal's plan makes the politikontakt ansvarlig for the police at the schools: the
    role's name in the ansvar list is the contact «Politikontakt for Gjesdal»."""
    text = turn(bot, "politiet skal besøke skolen, hvem avtaler jeg besøk med", "gjesdal")[0].text
    assert "høst og vår" in text and "etter avtale" in text


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        ("trenger nr til bv", "jevnaker", "Barneverntjenesten"),
        ("mail til bv?", "valer", "Barneverntjenesten"),
        ("når kommer pol.kontakt på ungd.skolen", "gjesdal", "Politikontakt for Gjesdal"),
    ],
)
def test_shorthand_names_the_service(bot: SltBot, text: str, kommune: str, service: str) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service)


def test_an_opening_hour_asked_in_shorthand_is_said_to_be_missing(bot: SltBot) -> None:
    replies = turn(bot, "hs åpningstider?", "valer")
    assert [r.intent for r in replies] == ["unknown"]
    assert "oppgir ikke åpningstider for helsesykepleier" in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # «greier», «går mye» are no plan's words; «hatefulle … på nett» is tiltak 35's need
        (
            "det går mye hatefulle greier om ei jente på nett, hvem kan vi be om hjelp?",
            "valer",
            "Politiets nettpatrulje",
        ),
        # the police named as the owner: the unit the need's tiltak names
        (
            "hvem tar imot tips om hatefulle ytringer på nett, har ikke politiet noe eget for det?",
            "valer",
            "Politiets nettpatrulje",
        ),
        # where someone cared for gets what a service gives
        (
            "hvor kan en elev med rusproblemer få støttesamtaler",
            "valer",
            "Psykisk helse og rustjenesten",
        ),
        ("hvor kan en familie få foreldreveiledning", "gjesdal", "Familiesenteret"),
    ],
)
def test_a_service_asked_by_its_need_is_the_one_the_plan_gives_it(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service)


def test_a_need_the_plan_never_speaks_of_keeps_the_honest_fallback(bot: SltBot) -> None:
    replies = turn(bot, "hvem hjelper med bolig", "valer")
    assert [r.intent for r in replies] == ["unknown"]
    assert "SLT-koordinator" in replies[0].text


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        ("hvor kan en jente med angst fa hjelp", True),
        ("kor far familien hjelp", True),
        # no one cared for: «hvor får jeg tak i …» is the contact cue's, not a need
        ("hvor far jeg tak i brosjyren", False),
        # a where-word later in the message is no such question
        ("eleven lurer pa hvor han kan fa hjelp", False),
    ],
)
def test_where_someone_gets_a_service_is_read_from_the_form(
    kb: KnowledgeBase, words: str, asked: bool
) -> None:
    said = Compiled.of(kb).understanding.lexicon.form
    assert where_gets(tuple(words.split(" ")), said) is asked


def test_a_services_sheet_still_shows_the_tiltak_the_plan_gives_it(kb: KnowledgeBase) -> None:
    """A service with nothing to add under its contact (no out-of-hours line) shows its own
    tiltak, asked about or not."""
    index = kb.get("valer")
    assert index is not None
    reply = contact_service(index, kb.national, "nav")
    assert reply is not None
    assert "Dette har de ansvar for" in reply.text
