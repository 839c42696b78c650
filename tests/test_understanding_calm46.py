"""Calm questions read by a general reason (session 20, intent46): made-up phrasings, not the
evaluation's or a corpus's.

- «kva tid», «kor tid» (nynorsk and spoken) ask «når»: dialect.yaml's ``phrases`` reads a form
  of two words as one bokmål word, so «kva tid er konferansen?» asks a date, not who takes part.
"""

from __future__ import annotations

import pytest

from bot.understanding.normalise import Normaliser
from tests.auxil.asking import answered as ask
from tests.eval import Runner


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def test_a_phrase_is_read_as_its_one_word() -> None:
    reader = Normaliser(["oppvekstkonferansen"], {"kva": "hva"}, {("hva", "tid"): "nar"})
    assert reader.words("Kva tid er oppvekstkonferansen?") == ("nar", "er", "oppvekstkonferansen")
    assert reader.words("hva med tida") == ("hva", "med", "tida")


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("kva tid er oppvekstkonferansen?", "jevnaker"),
        ("kor tid er oppvekstkonferansen i haust", "jevnaker"),
        ("ka tid e neste møte i fagteamet", "jevnaker"),
    ],
)
def test_kva_tid_asks_a_date(runner: Runner, question: str, kommune: str) -> None:
    got, _ = ask(runner, question, kommune)
    assert got == "next_meeting"


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("møtes fagteamet hver fjerde uke?", "jevnaker"),
        ("stemmer det at politirådet har to møter i året?", "valer"),
        ("arbeidsgruppa – har de faste møter?", "gjesdal"),
        ("koordineringsgruppa annenhver måned, er det riktig", "jevnaker"),
    ],
)
def test_a_cadence_said_of_a_group_asks_how_often_it_meets(
    runner: Runner, question: str, kommune: str
) -> None:
    got, _ = ask(runner, question, kommune)
    assert got == "frequency"


@pytest.mark.parametrize(
    ("question", "kommune", "not_read"),
    [
        # a meeting word alone, no cadence: a seat or a date, not the rhythm
        ("skal helsesykepleier møte i fagteamet?", "jevnaker", "frequency"),
        ("når er det arbeidsgruppemøte igjen", "gjesdal", "frequency"),
    ],
)
def test_a_meeting_without_a_cadence_is_no_rhythm_question(
    runner: Runner, question: str, kommune: str, not_read: str
) -> None:
    got, _ = ask(runner, question, kommune)
    assert got != not_read


def test_nynorsk_mota_is_a_meeting_compound(runner: Runner) -> None:
    """«fagteammøta» (nynorsk: the meetings) names the group as «fagteammøtene» does."""
    got, text = ask(runner, "kven kallar inn til fagteammøta?", "jevnaker")
    assert got == "innkaller"
    assert "Fagteam" in text


@pytest.mark.parametrize(
    "question",
    ["hvilke satsningsområder har styringsgruppa", "hva er satsningsområdene til styringsgruppa?"],
)
def test_satsning_is_spelt_with_n_too(runner: Runner, question: str) -> None:
    """«satsningsområde» (the common spelling, Jevnaker's plan has it) is read as
    «satsingsområde» is."""
    got, _ = ask(runner, question, "jevnaker")
    assert got == ask(runner, question.replace("satsning", "satsing"), "jevnaker")[0]
    assert got != "clarify"


@pytest.mark.parametrize(
    ("question", "kommune", "intent"),
    [
        # «meeting» and «routines» are read as «møte» and «rutiner» (dialect.yaml): the cues
        # that hold them are looked for so too
        ("next meeting of fagteamet?", "jevnaker", "next_meeting"),
        ("which routines do we have in jevnaker", "jevnaker", "routine_list"),
    ],
)
def test_a_cue_is_looked_for_as_the_question_is_read(
    runner: Runner, question: str, kommune: str, intent: str
) -> None:
    got, _ = ask(runner, question, kommune)
    assert got == intent


def test_levels_in_english_asks_the_levels(runner: Runner) -> None:
    """«levels» is the English «nivåer», a cue of the levels alone as that one is."""
    got, _ = ask(runner, "could you explain the levels of SLT?", "gjesdal")
    assert got == "levels"


def test_who_is_in_charge_asks_as_who_is_responsible(runner: Runner) -> None:
    got, _ = ask(runner, "who is in charge of ungdata?", "valer")
    assert got == ask(runner, "who is responsible for ungdata?", "valer")[0]


def test_english_service_names_of_two_words_are_read_as_the_service(runner: Runner) -> None:
    """«child welfare», «school nurse»: dialect.yaml's phrases, as «childcare» is a word."""
    got, text = ask(runner, "is child welfare part of the arbeidsgruppe?", "gjesdal")
    assert got == "members"
    assert "Ja – barnevern er med i" in text
    got, _ = ask(runner, "which groups is the school nurse in", "gjesdal")
    assert got == "role_groups"
