"""Levels, groups, meetings and tiltak asked in words dictation split, in English, or as a
bare follow-up (session 33, facts77). Each where the plan states it; the look-alikes stay as
they were.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.split_words import joined_spoken, named_words
from tests.test_answers_confidence import turn

WHOLE = frozenset({"nettverket", "barnevernet", "foreldre", "utsett", "helsestasjon"})
KNOWN = frozenset({"nett", "barne", "helse", "for", "eldre", "ut", "sett", "gruppa"})


def test_a_split_knowledge_word_is_read_whole() -> None:
    words = ["hva", "gjor", "barne", "vernet"]
    assert joined_spoken(words, WHOLE, KNOWN, frozenset()) == ["hva", "gjor", "barnevernet"]
    words = ["hvem", "fra", "helse", "stasjon"]
    assert joined_spoken(words, WHOLE, KNOWN, frozenset())[-1] == "helsestasjon"


def test_two_known_words_stay_two_unless_they_name_a_tiltak() -> None:
    words = ["tilbud", "for", "eldre"]
    assert joined_spoken(words, WHOLE, KNOWN, frozenset()) == words  # no «foreldre»
    names = named_words(["Tiltak for elevene i forbindelse med Utsett!"])
    assert "utsett" in names
    assert joined_spoken(["ut", "sett", "trinn"], WHOLE, KNOWN, names) == ["utsett", "trinn"]


def test_a_function_word_opens_no_compound() -> None:
    words = ["ansvar", "for", "mal"]
    whole = frozenset({"formal"})
    assert joined_spoken(words, whole, frozenset({"for"}), frozenset(), {"for"}) == words


def test_names_are_capitals_inside_a_sentence_or_in_quotes() -> None:
    names = named_words(["Skolen har ansvar. Politiet kommer", "«Kjentmann» for nye"])
    assert names == {"kjentmann"}


@pytest.mark.parametrize(
    ("text", "intent", "must"),
    [
        ("hva driver slt nett verket med egentlig", "duties", "avdekke utfordringer"),
        ("hvor ofte møtes slt nett verket", "frequency", "annenhver måned"),
        ("ut sett, hvilke trinn er det for", "tiltak_lookup", "10. trinn"),
        ("hva er ut sett for noe", "tiltak_lookup", "10. trinn"),
        ("hvem sitter i styrings gruppa", "members", "Ordfører"),
    ],
)
def test_split_words_in_valer_read_as_the_knowledge_word(
    bot: SltBot, text: str, intent: str, must: str
) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == intent, (text, reply.intent)
    assert must in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "har dere noe tilbud for eldre elever",
        "kommer politiet for eldre ungdom også",
    ],
)
def test_calm_look_alikes_keep_their_words(bot: SltBot, text: str) -> None:
    words = bot.understanding.normalise(text)
    assert "foreldre" not in words and "utsett" not in words, words


def test_the_whole_word_typed_whole_keeps_its_reading(bot: SltBot) -> None:
    reply = turn(bot, "hvem sitter i slt-nettverket", "valer")[-1]
    assert reply.intent == "members", reply.intent


@pytest.mark.parametrize(
    ("text", "kommune", "intent", "must"),
    [
        ("who sits on the operational level", "valer", "members", "Ungdomslos"),
        ("who is on the executive level in our kommune", "valer", "members", "Ungdomslos"),
        ("what does the governing level do here", "gjesdal", "duties", "Styrende nivå"),
    ],
)
def test_english_level_names_are_the_plans_levels(
    bot: SltBot, text: str, kommune: str, intent: str, must: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == intent, (text, reply.intent)
    assert must in reply.text, reply.text


def test_an_english_question_with_no_level_stays_unread_as_one(bot: SltBot) -> None:
    understood = bot.understand("is the operation of the youth club paid by the kommune", "valer")
    assert understood.level is None, understood


@pytest.mark.parametrize(
    "text",
    ["samme som i går?", "det samme som sist", "samme som forrige gang?", "og samme i jevnaker?"],
)
def test_a_bare_follow_up_gets_the_honest_fallback(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "unknown", (text, reply.intent)


def test_a_follow_up_that_names_what_it_compares_is_read(bot: SltBot) -> None:
    reply = turn(bot, "samme som styringsgruppa?", "gjesdal")[-1]
    assert reply.intent != "unknown", reply.text


@pytest.mark.parametrize(
    "text",
    [
        "blir det en felles samling for styringsgruppa og arbeidsgruppa snart?",
        "når er felles samlinga",
        "neste felles samling?",
    ],
)
def test_the_joint_gathering_is_the_joint_meeting_with_the_plans_year(
    bot: SltBot, text: str
) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "next_meeting", (text, reply.intent)
    assert "Fellesmøte" in reply.text and "2025" in reply.text, reply.text


def test_who_is_at_the_joint_gathering_is_its_members(bot: SltBot) -> None:
    reply = turn(bot, "hvem er med på felles samling", "gjesdal")[-1]
    assert reply.intent == "members", reply.intent


def test_a_gathering_the_plan_gives_no_date_stays_without_one(bot: SltBot) -> None:
    reply = turn(bot, "når er årets samling sammen for ungdom? trenger dato", "gjesdal")[-1]
    assert reply.intent != "next_meeting", reply.text


@pytest.mark.parametrize(
    "text",
    [
        "teamet for de tunge sakene – hvem leder det?",
        "gruppa der mange etater møtes om kompliserte saker, hvem leder den og hvordan melder vi?",
    ],
)
def test_a_group_described_by_its_cases_is_asked_who_leads_it(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "moteleder", (text, reply.intent)
    assert "Nestleder i barneverntjenesten" in reply.text, reply.text


def test_a_description_without_the_cases_stays_as_it_was(bot: SltBot) -> None:
    reply = turn(bot, "teamet som jobber forebyggende med foreldregrupper – hvem er med?", "valer")
    assert "Forebyggende team" in reply[-1].text, reply[-1].text


@pytest.mark.parametrize("text", ["hvem lager årshjulet?", "hvem skal lage årshjulet?"])
def test_who_makes_the_year_wheel_is_each_tiltak_that_makes_one(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "tiltak_owner", (text, reply.intent)
    assert "Rektorene" in reply.text and "SLT-arbeidsgruppe" in reply.text, reply.text


def test_the_meeting_plan_asked_without_a_making_stays_the_meeting_plan(bot: SltBot) -> None:
    assert str(bot.understand("hvor finner jeg årshjulet", "gjesdal").intent) == "meeting_plan"
    assert str(bot.understand("hvem lager møteplanen", "gjesdal").intent) != "tiltak_owner"
