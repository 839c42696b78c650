"""A question about a kommune the bot has no plan for is not answered from the asker's own plan
(bot/features/organisation/other_kommune.py): the bot names the kommuner it knows and who to
ask. Places inside a served kommune, surnames and everyday words are no other kommune."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.features.organisation.other_kommune import OTHER_KOMMUNE, kommuner_of
from bot.knowledge.country import COUNTRY_FILE, CountryFile, bundled_country
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.asking import ask
from tests.test_language_words import _copy, _the_one_problem


@pytest.mark.parametrize(
    ("kommune", "text", "named"),
    [
        ("gjesdal", "hvem er slt-koordinator i oslo?", "Oslo"),
        ("gjesdal", "Hva sier Sandnes kommune sin SLT-plan om natteravner?", "Sandnes"),
        ("valer", "hvem leder politirådet i Råde", "Råde"),
        ("jevnaker", "hva står i planen til hole kommune om utekontakt", "Hole"),
        ("gjesdal", "Hvem sitter i arbeidsgruppa i Time?", "Time"),
        ("valer", "Who is the SLT coordinator in Bergen?", "Bergen"),
        ("jevnaker", "hvem er slt-koordinator i Guovdageaidnu?", "Kautokeino"),  # SSB's Sami name
        ("gjesdal", "hva står i Hå sin plan om rus?", "Hå"),  # a word too, with its capital
        ("gjesdal", "hva står i hå kommune sin plan?", "Hå"),
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
        # a name that is also a word, then its own phrase «ha sin»: no kommune asked about
        ("jevnaker", "hva sier planen om vold? må hver tjeneste ha sin egen prosedyre?"),
        ("valer", "skal skolen ha sin egen rutine for rusbekymring i planen?"),
        ("gjesdal", "må hver skole ha sitt eget beredskapsteam i planen?"),
    ],
)
def test_no_other_kommune(bot: SltBot, kommune: str, text: str) -> None:
    assert OTHER_KOMMUNE not in ask(bot, text, kommune).facts


def test_the_list_holds_every_kommune_once_by_name(kb: KnowledgeBase) -> None:
    listed = [name for _, _, name in kb.country.listed()]
    assert len(listed) == kb.country.count == 357
    assert len(set(listed)) == 355  # Våler and Herøy are two kommuner each
    names = kommuner_of(kb).names
    assert len(names) == 355 + len(kb.country.parallel_names)
    assert ("indre", "ostfold") in names and ("nore", "og", "uvdal") in names
    assert names[("guovdageaidnu",)] == "Kautokeino" and names[("trante",)] == "Trondheim"
    assert ("algard",) not in names


def test_the_list_and_its_words_are_read_once_per_knowledge_base(kb: KnowledgeBase) -> None:
    """No YAML per message: the folded names and words are built with the knowledge base."""
    known = kommuner_of(kb)
    assert kommuner_of(kb) is known
    assert "pa" in known.before and "kommunes" in known.after and "oss" in known.we
    assert known.plan_words == ("plan", "slt")


def test_a_knowledge_base_without_the_file_uses_the_shipped_one() -> None:
    assert KnowledgeBase.build(None, []).country is bundled_country()


def _broken(tmp_path: Path, old: str, new: str) -> tuple[Path, str, str, int | None]:
    directory = _copy(tmp_path)
    path = directory / COUNTRY_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problem = _the_one_problem(directory)
    assert problem.file == path
    return path, problem.path, problem.message, problem.line


@pytest.mark.parametrize(
    ("old", "new", "field", "wrong", "line_holds"),
    [
        (
            "Haugesund, Sandnes,",
            "Haugesund, Haugesund,",
            "kommuner.rogaland",
            "'Haugesund' is listed twice",
            "rogaland:",
        ),
        ("Klepp, Time,", "Klepp, Time, Ålgård,", "count", "358 names are listed", "count:"),
        (
            "Eigersund, Stavanger,",
            "Eigersund, ,",
            "kommuner.rogaland",
            "name 2 is empty",
            "rogaland:",
        ),
        (
            "Luster, Modalen,",
            "Luster, Modalen, Ålgård,",
            "also_words",
            "'Ålgård' is no kommune",
            "also_words:",
        ),
        (
            "  Rosse: Røros",
            "  Rosse: Rørås",
            "parallel_names.Rosse",
            "'Rørås' is no kommune",
            "Rosse:",
        ),
        ("count: 357", "count: many", "count", "valid integer", "count:"),
        ("  oslo: Oslo\n", "  Oslo!: Oslo\n", "kommuner.Oslo!.[key]", "pattern", "Oslo!:"),
    ],
)
def test_a_broken_country_file_is_refused_with_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, wrong: str, line_holds: str
) -> None:
    """``app.py validate`` checks kommuner_norge.yaml like every knowledge file."""
    path, where, message, line = _broken(tmp_path, old, new)
    assert where == field and wrong in message, (where, message)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert line is not None and line_holds in lines[line - 1], (line, lines[line - 1])


def test_the_country_file_model_refuses_an_unknown_field() -> None:
    data = bundled_country().model_dump() | {"fylker": 15}
    with pytest.raises(ValueError, match="fylker"):
        CountryFile.model_validate(data)


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
