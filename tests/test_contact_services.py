"""People outside the SLT groups ask whom to contact or where they fit, over real HTTP.

A need is answered with the services the kommune's plan gives it (through its tiltak, its
contacts and its list of hjelpetilbud), each with how to reach it; a service the question
names wins over words it shares with another; a role the plan seats nowhere is told so, with
the coordinator and the BTI page – never a seat, a service or a number the plan does not have.
"""

from __future__ import annotations

from typing import Any

from bot.knowledge.index import KnowledgeBase
from bot.understanding import Understanding
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer
from tests.test_staff_questions import ask, words


def title(card: dict[str, Any]) -> str:
    return str(card["body"][0]["text"])


async def test_a_need_the_plan_gives_two_services_names_both_with_what_they_do(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # Våler: tiltak 20 (psykisk helse og rustjenesten) and tiltak 3 (ungdomskontakt) both
    # follow up young people with psychological trouble; «hjelp» is no reason for Slettmeg.no.
    question = "trener i idrettslaget: hvem kan vi kontakte om en gutt som sliter psykisk?"
    text, card = await ask(bot_server, connector, question)
    assert title(card) == "Hvem kan hjelpe?"
    said = words(text, card)
    assert "psykisk helse og rustjenesten i våler" in said
    assert "ungdomskontakt (psykisk helse og rustjenesten i våler)" in said
    assert "tiltak 3" in said and "tiltak 20" in said
    assert "slettmeg" not in said
    assert "anne grønsleth" in said  # the coordinator, as the plan gives her


async def test_the_plans_hjelpetilbud_are_listed_from_the_kommunes_own_contacts(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text, card = await ask(bot_server, connector, "hvilke hjelpetilbud finnes for ungdom i gjesdal")
    said = words(text, card)
    assert "familiesenteret i gjesdal" in said
    assert "helsestasjonen i gjesdal" in said
    assert "planen oppgir ikke telefonnummer" in said  # Gjesdal's plan gives no numbers
    assert "våler" not in said and "grønsleth" not in said


async def test_the_service_the_question_names_wins_over_a_place_it_shares(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # «Ålgård» is in the Frivilligsentralen's note (natteravner); «politiet» is what is asked.
    question = "gjengen ved ålgård stasjon knuser ruter, hvem i politiet kontakter jeg i gjesdal?"
    text, card = await ask(bot_server, connector, question)
    assert title(card).startswith("Politikontakt for Gjesdal"), title(card)
    assert "frivilligsentralen" not in words(text, card)


async def test_a_role_the_plan_does_not_seat_is_told_so_and_pointed_to_the_coordinator(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text, card = await ask(
        bot_server, connector, "jeg er fastlege, hvilket slt-forum hører jeg til?"
    )
    said = words(text, card)
    assert title(card) == "Planen gir ikke fastlege en fast plass i SLT-gruppene i Våler."
    assert "anne grønsleth" in said and "906 68 644" in said
    assert "https://valer.bedreinnsats.no/bti-veileder/" in said
    assert "fant ikke" not in said and "hvilken gruppe mener du" not in said


def test_the_words_that_ask_whom_to_contact_are_read_once_from_the_cues(kb: KnowledgeBase) -> None:
    """Every contact question reads its need without «nummer til», «hvordan kontakter jeg»:
    that set comes with the lexicon, the same object for every question, not rebuilt per turn."""
    lexicon = Understanding(kb).lexicon
    words = lexicon.contact_cue_words
    assert {"nummer", "telefonnummeret", "kontakter", "til"} <= words
    assert lexicon.contact_cue_words is words


async def test_a_need_no_service_covers_gets_the_honest_fallback_not_a_word_in_passing(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # «foreldre» is in the natteravner's text, «kvelden» in the barnevernvakt's: neither is
    # what these needs are about, so no service is named as the answer.
    for question in (
        "hvor kan jeg henvise foreldre som trenger veiledning i jevnaker",
        "hvem kan vi kontakte om ei jente som trenger noen voksne å prate med på kvelden",
    ):
        text, card = await ask(bot_server, connector, question)
        said = words(text, card)
        assert "natteravner" not in said and "barnevernvakt" not in said, question
        assert "anne grønsleth" in said or "slt-koordinator i jevnaker" in said, question


async def test_a_need_the_plan_words_as_a_services_work_names_that_service(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # «støttesamtaler» is what the plan says psykisk helse og rustjenesten offers (000:681-691,
    # its contact's alias since session 27): that service answers, with its støttesamtaler
    # tiltak, though «rådgivning» beside it is no work of its own.
    question = "hvem kontakter jeg om en elev som trenger støttesamtaler og rådgivning"
    text, card = await ask(bot_server, connector, question)
    assert title(card) == "Psykisk helse og rustjenesten i Våler"
    assert "støttesamtaler" in words(text, card)


async def test_a_help_question_that_names_no_need_lists_the_kommunes_services(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # Only whom it is for («en ungdom») and that it asks whom to turn to: every service the
    # plan lists, not one a word in passing found, and not «vet ikke».
    text, card = await ask(bot_server, connector, "hvor kan jeg henvise en ungdom i gjesdal")
    assert title(card) == "Hvem kan hjelpe?"
    said = words(text, card)
    assert "mestringsenheten i gjesdal" in said and "familiesenteret i gjesdal" in said
    assert "våler" not in said


async def test_a_number_asked_for_a_role_with_no_contact_is_no_list_of_services(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    _, card = await ask(bot_server, connector, "hva er telefonnummeret til ordføreren")
    assert title(card) != "Hvem kan hjelpe?"


async def test_the_numbers_to_call_fit_one_short_list_with_giftinformasjonen(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    """Eight national numbers, each with what it is for in one clause — never cut so far that
    a line loses its point («Akutt fare – ring 112», «selvmordstanker»)."""
    text, card = await ask(bot_server, connector, "viktige telefonnumre")
    said = words(text, card)
    assert title(card) == "Viktige telefonnumre"
    assert "giftinformasjonen: 22 59 13 00" in said
    assert "02800. akutt fare – ring 112." in said
    assert "selvmordstanker" in said  # Mental Helse's line keeps whom it is for
    shown = [e["text"] for e in card["body"] if e.get("type") == "TextBlock"]
    assert 0 < sum(len(t) for t in shown) < 1200


async def test_giftinformasjonen_is_asked_for_by_name(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text, card = await ask(bot_server, connector, "giftinformasjonen tlf")
    assert title(card) == "Giftinformasjonen"
    assert "22 59 13 00" in words(text, card)


async def test_a_need_word_only_one_service_holds_names_that_service(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # Jevnaker: «familieveileder» is only Familiens hus and the PMTO it is ansvarlig for – one
    # service, though no contact cue asks for it and «sende»/«mora» say nothing of which.
    question = "mora vil ha familieveiledning, hvem sender jeg henne til i jevnaker"
    text, card = await ask(bot_server, connector, question)
    assert "familiens hus" in words(text, card), text


async def test_where_a_named_service_is_gets_how_to_reach_it(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # Gjesdal: no contact cue, but «hvor» and a service its contacts name.
    _text, card = await ask(bot_server, connector, "hvor finner jeg ppt i gjesdal")
    assert title(card).startswith("Pedagogisk-psykologisk tjeneste"), title(card)


async def test_whom_to_call_in_acute_danger_is_the_list_of_numbers_not_one_service(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # «akutt» is in the police's non-urgent entry; the question names no service.
    _text, card = await ask(bot_server, connector, "hva ringer en ved akutt fare i jevnaker")
    assert title(card) == "Viktige telefonnumre", title(card)


async def test_whom_to_reach_in_a_named_service_gets_that_service(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    _text, card = await ask(bot_server, connector, "hvem kan jeg ringe i nav om en elev i våler")
    assert title(card).startswith("NAV"), title(card)


async def test_services_a_plan_fact_lists_are_answered_in_the_plans_words(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    # Gjesdal: no one service is asked for; the plan's vedlegg lists the hjelpetilbud.
    question = "hvilke hjelpetilbud står i vedlegget til planen i gjesdal?"
    text, card = await ask(bot_server, connector, question)
    assert title(card) == "Hjelpetilbud for dem som jobber direkte med unge", title(card)
    assert "mestringsenheten" in words(text, card)
