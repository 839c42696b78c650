"""A question about a kommune the bot has no plan for is not answered from the asker's own plan
(bot/features/organisation/other_kommune.py): the bot names the kommuner it knows and who to
ask. Places inside a served kommune, surnames and everyday words are no other kommune."""

from __future__ import annotations

import pytest

from bot.features.organisation.other_kommune import OTHER_KOMMUNE, kommuner
from bot.routing import SltBot
from tests.auxil.asking import ask


@pytest.mark.parametrize(
    ("kommune", "text", "named"),
    [
        ("gjesdal", "hvem er slt-koordinator i oslo?", "Oslo"),
        ("gjesdal", "Hva sier Sandnes kommune sin SLT-plan om natteravner?", "Sandnes"),
        ("valer", "hvem leder politirådet i Råde", "Råde"),
        ("jevnaker", "hva står i planen til hole kommune om utekontakt", "Hole"),
        ("gjesdal", "Hvem sitter i arbeidsgruppa i Time?", "Time"),
        ("valer", "Who is the SLT coordinator in Bergen?", "Bergen"),
    ],
)
def test_another_kommune_is_named_and_not_answered(
    bot: SltBot, kommune: str, text: str, named: str
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "unknown"
    assert reply.facts.get(OTHER_KOMMUNE) == named
    assert "Gjesdal, Jevnaker og Våler" in reply.text
    assert "112" not in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "hvem er med i styringsgruppa på Ålgård"),  # a place in Gjesdal
        ("valer", "hvem sitter i koordineringsgruppa i Svinndal"),
        ("valer", "skal ha møte med Kari Moss, hvem er med i fagteamet?"),  # a surname
        ("gjesdal", "jeg har en time hos helsesykepleier, hvem er slt-koordinator?"),
        ("jevnaker", "Hvem leder politirådet for Ringerike, Hole og Jevnaker?"),  # shared
        ("gjesdal", "i Stavanger har de et SLT-nettverk, har vi noe tilsvarende?"),
    ],
)
def test_no_other_kommune(bot: SltBot, kommune: str, text: str) -> None:
    assert OTHER_KOMMUNE not in ask(bot, text, kommune).facts


def test_the_list_holds_every_kommune_once_by_name() -> None:
    names = kommuner().names
    assert len(names) == 355  # 357 kommuner; Våler and Herøy are two each
    assert ("indre", "ostfold") in names and ("nore", "og", "uvdal") in names
    assert ("algard",) not in names


@pytest.mark.parametrize(
    ("kommune", "text"),
    [("valer", "hvilke grupper finnes i slt"), ("gjesdal", "hva slags grupper har vi")],
)
def test_the_groups_asked_for_are_listed_per_level_not_asked_back(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "role_groups"
    assert "mener du" not in reply.text and "nivå)" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "eleven bor i Moss og sier hun gruer seg til å gå hjem, hva gjør jeg?"),
        ("gjesdal", "rutine ved rusbekymring for en gutt som går på skole i Sandnes"),
        ("gjesdal", "en elev flytter til Stavanger, hvem skal ha beskjed?"),
    ],
)
def test_a_kommune_named_in_passing_in_a_case_is_no_question_about_it(
    bot: SltBot, kommune: str, text: str
) -> None:
    assert OTHER_KOMMUNE not in ask(bot, text, kommune).facts


def test_another_kommunes_routine_asked_for_by_its_plan_is_named(bot: SltBot) -> None:
    reply = ask(bot, "hva sier planen i Sandnes om rusbekymring?", "gjesdal")
    assert reply.facts.get(OTHER_KOMMUNE) == "Sandnes"


def test_a_question_off_the_plans_naming_a_kommune_stays_the_fallback(bot: SltBot) -> None:
    reply = ask(bot, "har noen sett filmen om russetida i Bergen? vil vise den i klassen", "valer")
    assert OTHER_KOMMUNE not in reply.facts
