"""Answers people read (issue 11, item 6): essentials first and the text form under 1,200
characters, by design — the kinds that ran long (a routine list beside what the plan says of
the topic, a plan answer whose note answers beside an area's tiltak, a contact question that
points back) — and a tiltak's name cut where its first clause ends, never at an ordinal.
Made-up questions and titles only."""

from __future__ import annotations

import json

import pytest

from bot.features.tiltak.names import first_clause
from bot.routing import SltBot
from tests.answer_check import MAX_CHARS
from tests.auxil.asking import ask

KOMMUNER = ("valer", "jevnaker", "gjesdal")


@pytest.mark.parametrize(
    ("title", "clause"),
    [
        ("Undervisning på 6. trinn om nettvett", "Undervisning på 6. trinn om nettvett"),
        ("Nattvandring: trygge voksne i sentrum", "Nattvandring"),
        ("Foreldremøte om rus. Skolen inviterer", "Foreldremøte om rus"),
        ("Temakveld om spill m.m. Alle er velkomne", "Temakveld om spill m.m."),
    ],
)
def test_a_title_is_cut_where_its_first_clause_ends(title: str, clause: str) -> None:
    assert first_clause(title) == clause


ROUTINE_LISTS = (
    "hvilke rutiner har vi",
    "har vi en egen rutine for samarbeid med politiet om ungdom som ruser seg?",
    "finnes det planer og rutiner mot vold og rus hos oss, og hvilke er det?",
)


@pytest.mark.parametrize("kommune", KOMMUNER)
def test_a_routine_list_reads_short_and_its_card_keeps_every_line(
    bot: SltBot, kommune: str
) -> None:
    for question in ROUTINE_LISTS:
        reply = ask(bot, question, kommune)
        if reply.intent != "routine_list":
            continue
        assert len(reply.text) <= MAX_CHARS, (question, reply.text)
        card = json.dumps(reply.cards, ensure_ascii=False)
        national = reply.text.split("Nasjonale standardrutiner:\n", 1)
        lines = national[1].split("\n\n", 1)[0].splitlines() if len(national) == 2 else []
        # by title in the text, but the routine asked about, which may lead the list
        assert sum(" – " in line for line in lines[1:]) == 0, lines
        for line in lines:
            assert line[2:].split(" – ")[0] in card
        assert card.count(" – ") >= reply.text.count(" – ")  # the card says when each applies


def test_every_routine_is_named_in_the_list(bot: SltBot) -> None:
    for kommune in KOMMUNER:
        reply = ask(bot, "hvilke rutiner finnes hos oss?", kommune)
        for routine in bot.routines.by_kommune[kommune].values():
            assert routine.routine.title in reply.text


PLAN_QUESTIONS = (
    "hvilke andre planer enn slt-planen har kommunen mot vold og rus?",
    "hvilke kommuner deler politirådet med oss?",
    "hva er innsatsområdene i planen, og hva gjør vi mot rus og kriminalitet?",
)


@pytest.mark.parametrize("kommune", KOMMUNER)
def test_plan_answers_read_short(bot: SltBot, kommune: str) -> None:
    for question in PLAN_QUESTIONS:
        reply = ask(bot, question, kommune)
        assert len(reply.text) <= MAX_CHARS, (question, reply.text)


@pytest.mark.parametrize("question", ["korleis får eg tak i ho?", "hvordan får jeg tak i han?"])
def test_a_contact_question_that_points_back_names_no_service_by_chance(
    bot: SltBot, question: str
) -> None:
    """«få tak i» is how one asks to reach someone: alone, the pronoun is someone named before
    (bot/two_questions.py answers it by the first answer), never the barnevernvakt whose note
    says «Får du ikke tak i barnevernvakten»."""
    for kommune in KOMMUNER:
        assert ask(bot, question, kommune).intent != "contact_service"


def test_who_and_how_to_reach_her_is_one_answer(bot: SltBot) -> None:
    reply = ask(bot, "kven er slt-koordinator hjå oss og korleis får eg tak i ho?", "valer")
    assert reply.intent == "coordinator"
    assert "Barnevernvakten" not in reply.text
    assert len(reply.text) <= MAX_CHARS


def test_a_tiltak_list_too_long_to_read_ends_with_how_many_more() -> None:
    from bot.features.sheet import Section, Sheet
    from bot.features.tiltak.list_lines import READABLE_CHARS, SHOWN_AT_LEAST, readable_text

    lines = tuple(f"Tiltak {n}: Foreldrekveld om skjermbruk og søvn – løpende" for n in range(40))
    sheet = Sheet(title="Tiltak for Fritidsleder", sections=(Section(items=lines),))
    text = readable_text(sheet)
    assert len(text) <= READABLE_CHARS
    shown = text.count("Foreldrekveld")
    assert shown >= SHOWN_AT_LEAST
    assert text.endswith(f"… og {40 - shown} til – kortet viser alle")
    short = Sheet(title="Tiltak", sections=(Section(items=lines[:3]),))
    assert readable_text(short) == short.as_text()


def test_the_reader_check_takes_words_for_words_and_ids_for_ids() -> None:
    from tests.answer_check import check

    def kinds(text: str) -> list[str]:
        return [f.kind for f in check("hva", "members", text, ())]

    assert kinds("Et barn er savnet? Ring politiet på 112 nå.") == []  # a danger lead's word
    assert kinds("Hvor sitter ungdomslos?") == []  # the plan writes «Ungdomslos»
    assert kinds("Spør los om hjelp.") == ["internal-id"]  # the plan writes «LOS»


@pytest.mark.parametrize(
    "text",
    [
        "Datoen er regnet ut fra «hver 6. uke eller ved behov.». Koordinatoren kan flytte møtet.",
        "Trivselsgruppa har ingen planlagte møter (Møtes 4 ganger i året.).",
        "Spør koordinatoren..",
        "Innkaller: SLT-koordinator,.",
    ],
)
def test_the_reader_check_finds_a_stop_too_many(text: str) -> None:
    from tests.answer_check import check

    assert "punctuation" in {f.kind for f in check("hva", "members", text, ())}


def test_an_abbreviation_keeps_its_stop_before_the_sentences() -> None:
    from tests.answer_check import check

    text = "Kurs om angst, søvn m.m.). Gruppen møtes én gang per mnd.»."
    assert "punctuation" not in {f.kind for f in check("hva", "members", text, ())}


def test_a_phrase_sets_one_stop_after_a_quoted_sentence() -> None:
    from bot.features.meetings import texts as meeting_texts
    from bot.features.phrase import Phrase

    said = Phrase("Datoen er regnet ut fra «{meets}». Koordinatoren kan flytte møtet.")
    assert said("hver 6. uke eller ved behov.") == (
        "Datoen er regnet ut fra «hver 6. uke eller ved behov». Koordinatoren kan flytte møtet."
    )
    assert said("én gang per mnd.") == (
        "Datoen er regnet ut fra «én gang per mnd.». Koordinatoren kan flytte møtet."
    )
    assert said("annenhver måned") == (
        "Datoen er regnet ut fra «annenhver måned». Koordinatoren kan flytte møtet."
    )
    none = meeting_texts.no_meetings_planned_ahead("Trivselsgruppa", "Møtes 4 ganger i året.")
    assert none == "Trivselsgruppa har ingen planlagte møter framover (Møtes 4 ganger i året)."
