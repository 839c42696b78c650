"""Calm questions about a routine or a meeting read as what they ask (branch routine54):

- signs of neglect told calmly with «når skal vi melde?» open the routine that says when to
  report (two different weak signs, knowledge/national/routines.yaml ``signs``);
- raising a young person in a group («kan vi diskutere en elev i …») is the consent routine;
  so is where the consent is kept («hvor finner jeg samtykket …»);
- «finnes det noe skriftlig om …» asks whether a routine is written down: the list of
  routines, the one asked about first;
- a named school break with a meeting question («møtes vi i vinterferien?») asks for the
  meetings in that break: the meeting plan's dates, and what the plan says of holidays.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.routine_form import asks_if_routine_exists
from tests.test_answers_confidence import turn


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "ei elev har ofte tynne klær og er sulten om morgonen, ikkje akutt. når skal vi melde?",
            "gjesdal",
        ),
        ("jenta har ofte for lite klær og er sulten. ingen fare nå, når bør vi melde?", "jevnaker"),
    ],
)
def test_neglect_told_calmly_opens_the_reporting_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[0].facts.get("routine") == "vold-naere-relasjoner", text
    assert "barnevern" in replies[0].text.lower()


def test_one_weak_sign_alone_opens_no_routine(bot: SltBot) -> None:
    replies = turn(bot, "elevene er sultne etter svømmingen, kan vi kjøpe frukt?", "jevnaker")
    assert replies[0].facts.get("routine") != "vold-naere-relasjoner"


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("kan vi diskutere en elev fra 8. trinn i fagteamet?", "jevnaker"),
        ("får jeg ta opp en ungdom i operativ gruppe uten at mora vet det?", "gjesdal"),
        ("hvor finner jeg samtykket før vi drøfter en sak i fagteamet?", "jevnaker"),
    ],
)
def test_raising_a_young_person_in_a_group_is_the_consent_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["routine"], text
    assert replies[0].facts.get("routine") == "samtykke"


def test_discussing_a_theme_in_a_group_is_no_case(bot: SltBot) -> None:
    replies = turn(bot, "kan vi diskutere rusvaner blant elever i fagteamet?", "jevnaker")
    assert replies[0].facts.get("routine") != "samtykke"


def test_something_written_asks_whether_a_routine_exists() -> None:
    assert asks_if_routine_exists(_words("finnes det noe skriftlig om hvordan vi melder rus"))
    assert asks_if_routine_exists(_words("har dere noe nedskrevet om fravaer"))
    # a case told, then «har vi en rutine»: the routine's steps, not the list
    assert not asks_if_routine_exists(_words("en elev ruser seg har vi en rutine for dette"))
    assert not asks_if_routine_exists(_words("hva skrev du skriftlig i referatet"))


def test_something_written_lists_the_routines_the_one_asked_first(bot: SltBot) -> None:
    replies = turn(bot, "finnes det noe skriftlig om hva vi gjør ved skolefravær?", "valer")
    assert [r.intent for r in replies] == ["routine_list"]
    assert replies[0].facts["routines"][0] == "skolefravaer"


@pytest.mark.parametrize(
    ("text", "kommune", "group"),
    [
        ("blir det møte i koordineringsgruppa i vinterferien?", "jevnaker", "koordineringsgruppe"),
        ("har operativ slt-gruppe møte i påskeferien, eller er det fri?", "gjesdal", None),
    ],
)
def test_a_break_named_asks_the_meetings_in_it(
    bot: SltBot, text: str, kommune: str, group: str | None
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["next_meeting"], text
    reply = replies[0]
    assert reply.facts["period"]  # the break's own days
    assert group is None or reply.facts["group"] == group
    assert "Planen sier ikke noe om møter i skoleferiene" in reply.text  # and the plan's silence


def test_a_break_with_no_group_lists_every_groups_meetings(bot: SltBot) -> None:
    replies = turn(bot, "møtes vi i høstferien?", "valer")
    assert [r.intent for r in replies] == ["next_meeting"]
    assert replies[0].facts["group"] is None


def test_how_often_in_a_break_keeps_the_cadence(bot: SltBot) -> None:
    replies = turn(bot, "hvor ofte møtes koordineringsgruppa, også i vinterferien?", "jevnaker")
    assert [r.intent for r in replies] == ["frequency"]
