"""Routines asked calmly by one of their steps, or by what to do should someone be taken ill
(branch routine59):

- what to do should someone have a fit, faint or fall and get hurt, asked as a routine or «hvem
  ringer vi» – even beside a drill or a course that keeps the danger check quiet – gets the
  national emergency numbers calmly, and the plan's silence said, never a routine of its own
  making; a faint told as a joke, a printer that falls, a fit of laughter do not;
- a term a routine is named by that one of its steps alone holds («hva betyr påtaleunnlatelse
  med vilkår?», «hva betyr avvergeplikt?») gets that routine with the step in full;
  a count of a thing a step names («hvor mange …») and a question the plan itself reads do not.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

import json

import pytest

from bot.routing import SltBot
from bot.understanding.medical_asked import asks_what_if_taken_ill
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "evakueringsøvelse i dag, men hva er rutinen om en elev får et krampeanfall på "
            "skidagen",
            "valer",
        ),
        (
            "vi har hatt førstehjelpskurs, men hva gjør vi egentlig hvis en deltaker besvimer?",
            "jevnaker",
        ),
        ("turnhallen: om en gutt faller fra ribbeveggen og slår seg, hvem ringer vi?", "gjesdal"),
        ("ballbingen: om en gutt faller og brekker armen, hvem ringer vi", "jevnaker"),
    ],
)
def test_what_to_do_if_someone_is_taken_ill_gets_the_numbers_calmly(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    answer = replies[-1]
    assert answer.intent == "routine", [r.intent for r in replies]
    assert answer.facts.get("taken_ill") is True
    assert "113" in answer.text and "116 117" in answer.text
    assert "ingen egen rutine" in answer.text
    assert "Kilde: Nasjonal standardrutine" in answer.text  # every answer cites its source
    assert not answer.text.lstrip().startswith(("🚨", "⚠")), answer.text[:80]


@pytest.mark.parametrize(
    "text",
    [
        "jeg besvimte nesten da jeg så strømregninga, hva gjør jeg",
        "hva gjør vi om skjermen faller ned fra veggen?",
        "hvis en elev får et anfall av latter i timen, hva gjør vi",
        "hvem ringer vi om kopimaskinen slår seg vrang?",
    ],
)
def test_no_body_in_trouble_gets_no_emergency_numbers(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "valer")
    assert all(not r.facts.get("taken_ill") for r in replies), [r.intent for r in replies]


def test_a_fit_told_as_a_case_now_is_the_danger_checks() -> None:
    """The reading asks a supposition: «har et anfall nå» names no «hvis» and asks nothing
    (the danger check answers such a case before any question is read)."""
    assert not asks_what_if_taken_ill(("eleven", "har", "et", "anfall", "na"))
    assert asks_what_if_taken_ill(("hva", "gjor", "vi", "hvis", "noen", "besvimer"))


@pytest.mark.parametrize(
    ("text", "kommune", "routine", "step_words"),
    [
        (
            "hva betyr egentlig påtaleunnlatelse med vilkår, og når er det aktuelt?",
            "gjesdal",
            "rusbekymring",
            "i stedet for straff",
        ),
        (
            "hva betyr egentlig avvergeplikt, og når gjelder den for oss?",
            "gjesdal",
            "vold-naere-relasjoner",
            "sikkert eller mest sannsynlig",
        ),
    ],
)
def test_a_step_asked_gets_its_routine_with_the_step_in_full(
    bot: SltBot, text: str, kommune: str, routine: str, step_words: str
) -> None:
    replies = turn(bot, text, kommune)
    answer = replies[-1]
    assert answer.facts.get("routine") == routine, [r.intent for r in replies]
    assert "Det du spør om står i steg" in answer.text
    assert step_words in answer.text
    if answer.text.startswith("⚠"):  # a case keeps the acute line first, the step after it
        assert answer.text.index("⚠") < answer.text.index("Det du spør om")
    # Teams shows the card, not the text: the step is in the card too (found walking the
    # police contact, session 28)
    card = json.dumps(answer.cards[0], ensure_ascii=False)
    assert "Det du spør om står i steg" in card and step_words in card


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvor mange ruskontrakter ble skrevet i fjor?", "jevnaker"),
        ("hva heter handlingsplanen mot vold i nære relasjoner hos oss?", "valer"),
    ],
)
def test_a_count_or_the_plan_asked_is_no_step(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert all("Det du spør om står i steg" not in r.text for r in replies)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva sier rutinen om vold i nære relasjoner?", "gjesdal"),
        ("til fagdagen: hva står i rutinen for vold i nære relasjoner? ingen konkret sak", "valer"),
        ("kva seier rutina om vald i nære relasjonar?", "jevnaker"),
    ],
)
def test_the_routine_asked_by_its_own_name_is_no_step(bot: SltBot, text: str, kommune: str) -> None:
    """The routine's own name is not a step's rare word: step 10 names the kommune's plan «mot
    vold i nære relasjoner» and was shown as «what you ask about» (found walking, session 29)."""
    replies = turn(bot, text, kommune)
    answer = replies[-1]
    assert answer.facts.get("routine") == "vold-naere-relasjoner", [r.intent for r in replies]
    assert "Det du spør om står i steg" not in answer.text
