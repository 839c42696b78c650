"""Questions the plans answer that once found no object: a role named only in the writer's
introduction, an English «which groups», a group's level asked as «A eller B nivå», a service
asked whether it is there, and who decides over SLT money (a plan fact, not a sum).

Policies, not phrases: every message is written for this file (none is an evaluation item).
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


def test_a_role_in_the_introduction_only_asks_for_every_group(bot: SltBot) -> None:
    replies = turn(bot, "hei, ny miljøterapeut her – hvilke grupper har vi i slt?", "gjesdal")
    assert [r.intent for r in replies] == ["role_groups"]
    assert "Gruppene, nivå for nivå" in replies[0].text


def test_a_question_that_points_back_at_the_role_keeps_it(bot: SltBot) -> None:
    replies = turn(bot, "ny kontaktlærer. hvilke grupper er jeg med i?", "gjesdal")
    assert [r.intent for r in replies] == ["role_groups"]
    assert replies[0].text.startswith("Hvor sitter kontaktlærer?")


def test_which_groups_in_english_asks_the_roles_seats(bot: SltBot) -> None:
    replies = turn(bot, "which groups does the ordfører sit in?", "valer")
    assert [r.intent for r in replies] == ["role_groups"]
    assert "Politirådet" in replies[0].text


def test_two_levels_with_eller_ask_the_groups_level(bot: SltBot) -> None:
    replies = turn(bot, "er fagteamet på styrende eller utøvende nivå?", "jevnaker")
    assert [r.intent for r in replies] == ["levels"]
    assert "Fagteam hører til utøvende nivå" in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        ("finnes det en ungdomskontakt i kommunen?", "valer", "Ungdomskontakt"),
        ("finnes det helsestasjon for ungdom i kommunen?", "valer", "Ungdomshelsestasjonen"),
        ("finnes det helsestasjon her?", "gjesdal", "Helsestasjonen i Gjesdal"),
    ],
)
def test_a_service_asked_whether_it_is_there_is_that_contact(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"], text
    assert replies[0].text.startswith(service), replies[0].text[:120]


def test_who_decides_over_slt_money_is_the_plan_fact(bot: SltBot) -> None:
    replies = turn(bot, "hvem godkjenner bruken av stimuleringsmidlene?", "gjesdal")
    assert [r.intent for r in replies] == ["plan"]
    assert "arbeidsgruppa" in replies[0].text


def test_how_much_money_is_still_not_in_the_plan(bot: SltBot) -> None:
    replies = turn(bot, "hvor mye midler har arbeidsgruppa til fordeling?", "gjesdal")
    assert [r.intent for r in replies] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "kommune", "title"),
    [
        ("hvilke tiltak har rektorene ansvar for?", "gjesdal", "Tiltak for rektorene"),
        ("hvilke tiltak har skolelederne ansvar for?", "jevnaker", "Tiltak for skolelederne"),
    ],
)
def test_a_roles_tiltak_are_listed_not_doubted(
    bot: SltBot, text: str, kommune: str, title: str
) -> None:
    """The net's examples file such questions under the asker's own tiltak (eval
    ``tiltak_mine``), which a role's tiltak answers; «ansvar» is no part of the role."""
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["tiltak_for_role"], replies[0].text[:120]
    assert replies[0].text.startswith(title), replies[0].text[:120]
    assert replies[0].facts["tiltak"]


@pytest.mark.parametrize("kommune", ["jevnaker", "gjesdal"])
def test_a_service_as_owner_finds_the_tiltak_its_contact_owns(bot: SltBot, kommune: str) -> None:
    """«politiet» as «hvor sitter politiet» reads it: the plans name «Politikontakt» as ansvarlig,
    and the answer names the owner as the plan spells it."""
    replies = turn(bot, "hvilke tiltak har politiet ansvar for", kommune)
    assert [r.intent for r in replies] == ["tiltak_for_role"]
    assert replies[0].text.startswith("Tiltak for Politikontakt")
    assert "Fant ingen tiltak" not in replies[0].text


def test_a_service_no_tiltak_names_still_says_so(bot: SltBot) -> None:
    replies = turn(bot, "hvilke tiltak har barnevernet ansvar for", "gjesdal")
    assert [r.intent for r in replies] == ["tiltak_for_role"]
    assert "Fant ingen tiltak der «barnevernet» står som ansvarlig" in replies[0].text


def test_a_tiltak_topic_no_tiltak_holds_names_its_routine(bot: SltBot) -> None:
    """No tiltak in Gjesdal's plan is about school absence, but there is a routine: it is named
    with how to ask for its steps, not opened (a tiltak question tells no case)."""
    replies = turn(bot, "er det noe tiltak for å få ned skolefravær", "gjesdal")
    assert [r.intent for r in replies] == ["tiltak_lookup"]
    assert "Fant ikke noe tiltak om dette i planen" in replies[0].text
    assert "«Bekymringsfullt skolefravær»" in replies[0].text
    asked = turn(bot, "rutinen ved bekymringsfullt skolefravær", "gjesdal")
    assert asked[0].facts["routine"] == "skolefravaer"
