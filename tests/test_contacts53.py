"""Services asked by what they do, a role's address, routines asked by name (session 24).

Policies, not phrases: a service is found by the work the plan gives it – a tiltak that names
it as the one to ask, the parts of its own name – and by the one the question names among the
services retrieval found; an e-mail address asked by its compound word is how to reach the
role; a coordinator for a family is a service's, not the SLT-koordinator; a routine for honour
violence or forced marriage is the routine the danger check routes them to; who has a tiltak
named before «hvem har den» is who runs it. Every message is written for this file, never taken
from the evaluation set; no real person is named in a message.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding import Understanding
from bot.understanding.coordinator_for import for_someone
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "said"),
    [
        ("epostadressa til slt-koordinatoren?", "valer", "@valer.kommune.no"),
        ("hva er mailadressen til koordinatoren for slt", "valer", "@valer.kommune.no"),
        # the plan gives no address: the answer says so, never one borrowed
        ("slt-koordinatoren sin e-postadresse", "gjesdal", "står ikke i planen"),
    ],
)
def test_an_address_asked_by_its_compound_is_how_to_reach_the_role(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["coordinator"]
    assert said in replies[0].text
    assert kommune == "valer" or "@" not in replies[0].text


def test_a_named_services_address_is_its_contact(bot: SltBot) -> None:
    replies = turn(bot, "mailadresse til ppt i jevnaker?", "jevnaker")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "PPT" in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # the service named among those retrieval found, though another ranks first by the need
        ("hvem i NAV hjelper unge uten skole eller jobb?", "valer", "NAV Våler"),
        # a tiltak whose ansvar is every virksomhet names whom to ask for help: that service
        (
            "en elev får hatefulle ytringer på nett, hvem kan vi be om bistand fra?",
            "valer",
            "Politiets nettpatrulje",
        ),
        # someone's own coordinator: the office the name says coordinates services
        (
            "trenger en koordinator for familien, de har mange tjenester. hvor henvender jeg meg?",
            "gjesdal",
            "Tjeneste- og koordineringskontoret",
        ),
    ],
)
def test_a_service_is_found_by_the_work_the_plan_gives_it(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service), replies[0].text[:80]


def test_a_tiltak_that_names_a_service_to_ask_is_not_called_its_ansvar(bot: SltBot) -> None:
    question = "hvem kan vi be om bistand fra ved hatefulle ytringer på nett?"
    text = turn(bot, question, "valer")[0].text
    assert "Politiets nettpatrulje" in text
    assert "ansvar for" not in text  # the virksomhet is ansvarlig for tiltak 35, not the police


def test_a_coordinator_for_someone_is_no_slt_coordinator(kb: KnowledgeBase) -> None:
    said = Understanding(kb).lexicon.form
    assert for_someone(("trenger", "koordinator", "for", "en", "familie"), said)
    assert for_someone(("koordinatoren", "for", "barnet"), said)
    assert not for_someone(("hvem", "er", "koordinator", "for", "slt"), said)
    assert not for_someone(("koordinator", "i", "familien"), said)


def test_the_slt_coordinator_is_still_the_slt_coordinator(bot: SltBot) -> None:
    replies = turn(bot, "hvem er koordinator for slt i våler?", "valer")
    assert [r.intent for r in replies] == ["coordinator"]


@pytest.mark.parametrize(
    "text",
    [
        "rutine ved mistanke om tvangsekteskap?",
        "hva gjør jeg ved mistanke om æresrelatert vold?",
        "tvangsgifting, hva er rutinen?",
    ],
)
def test_a_routine_for_forced_marriage_is_the_one_the_danger_check_routes_to(
    bot: SltBot, text: str
) -> None:
    replies = turn(bot, text, "gjesdal")
    assert replies[-1].intent in ("routine", "disclosure")
    assert replies[-1].facts.get("routine") == "vold-naere-relasjoner"
    assert "barnevern" in replies[-1].text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("sorggruppe for barn, finnes det noe sånt i planen?", "valer"),
        ("har vi et tilbud til barn i sorg etter at en forelder døde?", "valer"),
    ],
)
def test_a_child_in_grief_finds_the_plans_tiltak_for_children_left_behind(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].intent == "tiltak_lookup"
    assert "pårørende" in replies[-1].text


def test_who_has_the_tiltak_named_before_is_who_runs_it(bot: SltBot) -> None:
    replies = turn(bot, "aktivitetsdagen der politiet snakker med 9. trinn, hvem har den?", "valer")
    assert replies[-1].intent == "tiltak_owner"
    assert "Ungdomsskolen" in replies[-1].text


def test_the_place_the_plan_gives_for_advice_is_how_to_reach_it(bot: SltBot) -> None:
    # Jevnaker's older plan: «Muligheten for å søke råd på radikalisering.no»; no number.
    replies = turn(bot, "hvor kan vi få råd om radikalisering hos oss?", "jevnaker")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "radikalisering.no" in replies[0].text
    assert "Planen oppgir ikke telefonnummer" in replies[0].text


def test_a_need_the_plan_gives_no_service_lists_the_services_it_names(bot: SltBot) -> None:
    # Gjesdal's plan speaks of psykisk helse and rus (tiltak 1) but makes no contact
    # ansvarlig: the services its plan lists, never one picked by a word in passing.
    question = "skal henvise en jente, hvem jobber med psykisk helse og rus for ungdom her?"
    replies = turn(bot, question, "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Tjenestene planen nevner" in replies[0].text
    assert "Mestringsenheten i Gjesdal" in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "said"),
    [
        # the question's own sentence says the need; the remark after it is no need
        (
            "Hva er nummeret til ambulansen igjen? Skal henge det opp på kjøkkenet.",
            "gjesdal",
            "113",
        ),
        (
            "nummer til legevakta? tenkte å skrive det på tavla på lærerrommet",
            "jevnaker",
            "116 117",
        ),
    ],
)
def test_a_remark_after_the_question_is_no_need(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert said in replies[0].text
    assert "ingen kontaktinformasjon" not in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # Våler's tiltak 34 «Benytte Konfliktrådet» (ansvar: virksomhetene) names the service
        # by a shorter name than its contact's («Konfliktrådet Øst»)
        (
            "to elever er i konflikt etter en slåsskamp, hvem kan hjelpe oss å løse det?",
            "valer",
            "Konfliktrådet Øst",
        ),
        # Gjesdal's familiesenter, by its name's part
        (
            "en familie trenger veiledning, hvor henviser jeg dem?",
            "gjesdal",
            "Familiesenteret i Gjesdal",
        ),
    ],
)
def test_a_service_is_found_by_the_name_the_plan_gives_its_work(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service), replies[0].text[:80]
