"""Meaning questions: «hva menes med …», «hva betyr …», «hva er en …».

The object whose title or name opens with the word asked defines it and answers; a routine
that only lists the word among its triggers does not make the bot ask back. «menes» is no
search word (its stem is «men», which plan notes say). A word no object defines stays
«vet ikke» or a question back – never a guess. Made-up phrasings, not the evaluation's.
"""

from __future__ import annotations

import pytest

from bot.understanding.options import defines
from bot.understanding.retrieval import Doc, Hit
from tests.auxil.asking import answered as ask
from tests.eval import Runner


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


@pytest.mark.parametrize(
    ("question", "kommune", "intent", "holds"),
    [
        ("hva betyr egentlig bekymringssamtale?", "valer", "tiltak_lookup", "politiet"),
        ("hva menes med en bekymringssamtale i våler", "valer", "tiltak_lookup", "politiet"),
        ("hva menes med indikativ forebygging?", "jevnaker", "plan", "enkeltpersoner"),
        ("kva tyder selektiv forebygging", "jevnaker", "plan", "utvalgte grupper"),
        (
            "en kollega sa «på rett kjøl» i lunsjen, hva betyr det?",
            "jevnaker",
            "tiltak_lookup",
            "ruskontrakt",
        ),
    ],
)
def test_the_object_that_defines_the_word_answers(
    runner: Runner, question: str, kommune: str, intent: str, holds: str
) -> None:
    got, text = ask(runner, question, kommune)
    assert got == intent
    assert holds in text


@pytest.mark.parametrize(
    ("question", "kommune", "holds"),
    [
        ("hva står det i planen om folkemøter?", "gjesdal", "Folkemøter"),
        ("hva er tiltaket med konfliktrådet?", "valer", "Konfliktrådet"),
    ],
)
def test_the_tiltak_whose_title_names_the_topic_is_what_the_plan_says(
    runner: Runner, question: str, kommune: str, holds: str
) -> None:
    # «tiltaket» names the kind of object asked about, not a word its title must hold
    got, text = ask(runner, question, kommune)
    assert got == "tiltak_lookup"
    assert holds in text


def test_a_topic_no_title_names_is_not_a_tiltak(runner: Runner) -> None:
    got, _ = ask(runner, "hva står det i planen om gaming?", "valer")
    assert got in ("unknown", "clarify")


def test_a_group_asked_by_meaning_gets_its_work_not_the_plan(runner: Runner) -> None:
    got, _ = ask(runner, "hva betyr fagteamet i planen vår?", "jevnaker")
    assert got == "duties"  # «i planen» says where the word stands, not that the plan is asked


def test_menes_is_no_search_word(runner: Runner) -> None:
    got, text = ask(runner, "hva menes med hastemøte?", "jevnaker")
    assert "Legevakt" not in text  # «menes» stems to «men», which the Legevakt note says
    # Jevnaker's plan says what a hastemøte is (001:276-279): its own words answer, as they do
    # «hva er et hastemøte» (facts53), not «Mente du» between the group and the routine
    assert got == "plan" and "hver sin brikke" in text


def test_a_word_no_object_defines_stays_honest(runner: Runner) -> None:
    got, _ = ask(runner, "hva menes med flaskehalsanalyse?", "gjesdal")
    assert got in ("unknown", "clarify")


def _hit(label: str) -> Hit:
    return Hit(Doc("tiltak", "1", label), 3.0)


def test_defines_reads_the_title_lead_only() -> None:
    title = "Bekymringssamtaler med politiet. Få ungdom til å reflektere over egne handlinger"
    assert defines(_hit(title), ("bekymringssamtale",))
    assert not defines(_hit(title), ("reflektere",))  # in the text, not the lead
    assert not defines(_hit(title), ())
    assert defines(_hit(title), ("tiltaket", "bekymringssamtaler"))  # the kind's own name


def test_a_remark_after_the_question_is_no_word_it_asks_about(runner: Runner) -> None:
    # «skal», «har», «kan» open yes/no questions; a sentence with a full stop only tells
    question = "Hvilke strategier har SLT-planen? Skal presentere for formannskapet."
    got, _ = ask(runner, question, "valer")
    assert got == "plan"
