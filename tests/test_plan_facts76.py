"""Plan facts, levels, group members and tiltak asked in newcomers' words (session 32,
facts76): bokmål «vårt» that folds to nynorsk «vart» (ble), a visit asked of a service that a
tiltak states, the age group of a tiltak named in a tiltak's text, «nivåa» folded to the one
level, who decides asked with no thing a plan fact decides over, and a follow-up that asks
nothing by itself. Each where the plan states it; the look-alikes stay as they were.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.normalise import Normaliser, possessive, typed_ours
from tests.test_answers_confidence import turn

DIALECT = {"vart": "ble", "vert": "blir"}


@pytest.mark.parametrize(
    "text",
    [
        "kan politiet komme på foreldremøtet vårt?",
        "kan politiet komme paa foreldremotet vart?",  # typed without «å»
        "kan politiet komme på vårt foreldremøte i mars?",
        "huset vart i Oltedal",
    ],
)
def test_bokmal_vaart_is_never_nynorsk_ble(text: str) -> None:
    words = Normaliser((), DIALECT).words(text)
    assert "vart" in words and "ble" not in words, words


@pytest.mark.parametrize(
    "text",
    [
        "ho vart slått på festen",
        "det vart bråk i friminuttet",
        "barnet vart skada i går",
        "når vart planen vedteken?",
    ],
)
def test_nynorsk_vart_still_reads_as_past(text: str) -> None:
    words = Normaliser((), DIALECT).words(text)
    assert "ble" in words and "vart" not in words, words


def test_typed_vaart_needs_the_letter_and_no_vart_beside_it() -> None:
    assert typed_ours("møtet vårt")
    assert not typed_ours("møtet vårt, der ho vart sint")  # both: each word by its place
    assert possessive(["foreldremotet", "vart"], 1)
    assert not possessive(["det", "vart", "brak"], 1)


@pytest.mark.parametrize(
    "text",
    [
        "kan politiet komme på foreldremøtet vårt?",
        "kan politiet delta på foreldremøte hos oss og fortelle om nettvett?",
        "kommer politiet på foreldremøtene og snakker om rus?",
        # the gathering told first, its day with it (walked as a teacher in session 32)
        "skal ha foreldremøte på torsdag, kan politiet komme og snakke om rus?",
        "vi har foreldremøte i morgen, kan politiet komme?",
    ],
)
def test_a_visit_a_tiltak_states_is_that_tiltak(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert "etter avtale" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "kan helsesykepleier komme på foreldremøtet og snakke om søvn?",
        "skal ha foreldremøte på torsdag, kan helsesykepleier komme?",
    ],
)
def test_a_visit_no_tiltak_names_is_not_that_tiltak(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert "etter avtale" not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "skriver vedtak: hvilken aldersgruppe gjelder ungdomsgarantien for?",
        "hvor gamle må ungdommene være for ungdomsgarantien?",
    ],
)
def test_the_age_group_of_a_named_tiltak_is_the_tiltaks(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert "16 år" in reply.text and "30 år" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hvilken aldersgruppe er slt for her?",
        "målgruppe for slt? og gjelder det de over 18?",
    ],
)
def test_the_age_group_of_the_slt_work_stays_the_plans(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "target_group", (text, reply.intent)
    assert "10–25" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "skal lage velkomstmappe: hvem er med på utøvende nivå?",
        "lager en oversikt for nye lærere – hvem sitter på utførende nivå?",
    ],
)
def test_members_of_a_level_after_a_scene_of_an_overview(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "members", (text, reply.intent)
    assert "Ungdomslos" in reply.text


def test_who_keeps_the_overview_of_the_levels_is_still_the_coordinator(bot: SltBot) -> None:
    reply = turn(bot, "hvem har oversikten over nivåene?", "valer")[-1]
    assert reply.intent == "coordinator", reply.intent


@pytest.mark.parametrize(
    "text",
    [
        "det er bråk om ballbingen i storefri, hvem bestemmer hvem som får bruke den?",
        "hvem bestemmer hvilken klasse som får gymsalen først?",
    ],
)
def test_who_decides_over_no_money_is_not_the_money_fact(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert "stimuleringsmidler" not in reply.text, (text, reply.intent)


def test_who_decides_over_the_money_is_still_the_fact(bot: SltBot) -> None:
    reply = turn(bot, "hvem bestemmer over slt-pengene her?", "gjesdal")[-1]
    assert reply.intent == "plan", reply.intent
    assert "stimuleringsmidler" in reply.text


@pytest.mark.parametrize("text", ["ja, men hvem av dem?", "ok, men hvem av dem da?"])
def test_a_follow_up_that_asks_nothing_alone_is_the_fallback(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "unknown", (text, reply.intent)


@pytest.mark.parametrize(
    "text",
    [
        "hvordan følges slt-arbeidet opp, blir det evaluert?",
        "hvordan følges arbeidet i slt opp? rapporterer noen?",
    ],
)
def test_a_plan_fact_asked_by_its_own_word_among_generic_ones(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "halvåret" in reply.text


def test_a_follow_up_without_the_facts_word_is_not_the_fact(bot: SltBot) -> None:
    reply = turn(bot, "hvordan følges elevene opp etter mye fravær?", "jevnaker")[-1]
    assert "halvåret" not in reply.text, reply.intent
