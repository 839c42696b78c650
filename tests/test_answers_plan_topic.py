"""Session 26 (facts57): whether the plan says something about a topic.

«står det noe om X i planen?», «har planen noe om X?», «hva sier planen om X?», «er X nevnt i
planen?» ask what the plan says on X. The answer is what the plan says on it – its goals,
innsatsområder, tiltak and notes that name X, cited – or, when nothing of the plan names it,
«Planen nevner ikke X» with the coordinator to ask. Never the plan's general sheet, which
reads as an answer and says nothing on X, nor the menu fallback that names no topic. Every
message is written for this file.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.question_form import QuestionForm
from bot.understanding.topic_asked import names_topic, terms, topic_words
from tests.test_answers_confidence import turn

GENERAL_SHEET = "Antall tiltak"
"""A line of the plan's general sheet, which says nothing on a topic."""


@pytest.fixture(scope="module")
def said(bot: SltBot) -> QuestionForm:
    return bot.understanding.lexicon.form


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("star det noe om foreldre i planen", ("foreldre",)),
        ("har planen noko om foreldre", ("foreldre",)),
        ("hva sier sltplanen om vold i naere relasjoner", ("vold", "naere", "relasjoner")),
        ("finnes det noe i planen om fritid", ("fritid",)),
        ("er fritid nevnt i handlingsplanen", ("fritid",)),
        ("nevner planen fritid", ("fritid",)),
        ("har vi en plan mot fritid", ("fritid",)),
        ("hva gjor planen med fritid", ("fritid",)),
        ("hvilke mal har vi for fritid", ("fritid",)),  # the plan's goals on a topic
        ("hva er malene for ungdom", ()),  # whom every goal is for: the goals themselves
        ("vi prater om fritid i klassen har slt en plan pa det", ("fritid",)),  # told before
        ("hvem sitter i politiradet", ()),  # no plan named, nothing asked of it
        ("star det noe om naboen i avisa", ()),  # another text than the plan
    ],
)
def test_the_topic_asked_of_the_plan_is_read(
    said: QuestionForm, text: str, topic: tuple[str, ...]
) -> None:
    assert topic_words(tuple(text.split()), said) == topic


def test_a_compound_and_its_head_are_one_word_of_the_topic() -> None:
    """The reader adds a compound's head after it («leksehjelp», «hjelp»): either names it."""
    stems = terms(("leksehjelp", "hjelp"))
    assert len(stems) == 1
    assert names_topic(stems, "Vi tilbyr hjelp med lekser")
    assert not names_topic(terms(("fritid",)), "Leksehjelp for 5. trinn")


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "står det noe om foreldre i planen?"),
        ("valer", "har handlingsplanen noko om foreldra?"),
        ("jevnaker", "hva sier slt-planen om foreldre?"),
    ],
)
def test_a_topic_the_plan_names_gets_what_the_plan_says_on_it(
    bot: SltBot, kommune: str, text: str
) -> None:
    """Tiltak alone name it in these plans: the reply is a tiltak list, by the plan's words."""
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "tiltak_lookup"
    assert reply.text.startswith("Dette sier planen om «foreldr")
    assert GENERAL_SHEET not in reply.text
    listed = [line for line in reply.text.splitlines() if line.startswith("- ")]
    assert listed and all("oreld" in line.casefold() for line in listed)
    assert "Kilde:" in reply.text


def test_a_topic_the_plans_goals_name_too_shows_them_beside_its_tiltak(bot: SltBot) -> None:
    reply = turn(bot, "sier planen vår noe om kriminalitet?", "valer")[-1]
    assert reply.intent == "plan"
    assert "Mål og strategier:" in reply.text
    assert "Tiltak:" in reply.text
    assert GENERAL_SHEET not in reply.text


@pytest.mark.parametrize("text", ["har planen noe om sjakk?", "hva gjør planen med sjakk?"])
def test_a_topic_the_plan_does_not_name_is_said_so_with_the_coordinator(
    bot: SltBot, text: str
) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "unknown"
    assert "Planen nevner ikke «sjakk»." in reply.text
    assert "SLT-koordinator" in reply.text
    assert GENERAL_SHEET not in reply.text


def test_a_topic_one_tiltak_alone_names_is_that_tiltak(bot: SltBot) -> None:
    reply = turn(bot, "står det noe om skilsmisse i planen?", "valer")[-1]
    assert reply.intent == "tiltak_lookup"
    assert "kilsmisse" in reply.text


def test_the_plans_own_goals_asked_so_keep_the_plans_sheet(bot: SltBot) -> None:
    reply = turn(bot, "står det noe om målene i planen?", "valer")[-1]
    assert reply.intent == "plan"
    assert "Mål:" in reply.text


def test_a_group_named_as_the_topic_keeps_the_groups_reading(bot: SltBot) -> None:
    understood = bot.understand("står det noe om politirådet i planen?", "valer")
    assert understood.topic == ()


def test_a_topic_only_the_bots_own_routine_names_says_so_and_how_to_ask(bot: SltBot) -> None:
    """Våler's plan has no text with «rusbekymring», the bot's national routine is titled so:
    the honest answer points to it rather than saying nothing exists."""
    reply = turn(bot, "har planen noko om rusbekymring?", "valer")[-1]
    assert reply.intent == "unknown"
    assert "Planen nevner ikke «rusbekymring», men det finnes en rutine: «Rusbekymring»" in (
        reply.text
    )


def test_a_tiltak_the_plan_gives_no_number_is_listed_by_its_words_never_its_id(
    bot: SltBot,
) -> None:
    """Gjesdal's «Politiet til stede på skolene» has no number in the plan: the line is its
    own words, not «Tiltak politiet-pa-skolene: …» (the knowledge file's id)."""
    reply = turn(bot, "står det noe om foreldre i planen?", "gjesdal")[-1]
    assert "Politiet til stede på skolene" in reply.text
    assert "politiet-pa-skolene" not in reply.text
    assert "Tiltak 2: Felles opplegg på foreldremøter" in reply.text  # a numbered one keeps it
