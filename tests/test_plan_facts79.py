"""Time, lists and counts asked of the plan (session 35, facts79): a role's tiltak counted, a
joint meeting asked by the two groups it joins, and the last meeting gone by, which is not the
next. Each where the plan states it; the look-alikes keep their reading.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "title"),
    [
        ("hvor mange tiltak har politikontakt ansvar for?", "gjesdal", "politikontakt (1)"),
        ("hvor mange tiltak er politikontakten ansvarlig for?", "gjesdal", "(1)"),
        ("hvor mange tiltak har rektorene ansvar for i planen?", "gjesdal", "rektorene ("),
        ("hvor mange tiltak har skolelederne ansvaret for?", "jevnaker", "("),
    ],
)
def test_a_roles_tiltak_counted_are_listed_with_their_number(
    bot: SltBot, text: str, kommune: str, title: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "tiltak_for_role", (text, reply.intent)
    assert reply.text.startswith("Tiltak for") and title in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("kommunalsjef her: hvor mange tiltak har handlingsdelen?", "valer"),
        ("hvor mange tiltak er det i slt-planen?", "gjesdal"),
    ],
)
def test_the_plans_tiltak_counted_stay_the_plans_total(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "Antall tiltak" in reply.text, reply.text


def test_the_roles_tiltak_listed_without_a_count_have_no_number(bot: SltBot) -> None:
    reply = turn(bot, "hvilke tiltak har politikontakt ansvar for?", "gjesdal")[-1]
    assert reply.text.splitlines()[0] == "Tiltak for politikontakt", reply.text


@pytest.mark.parametrize(
    "text",
    [
        "skal arbeidsgruppa og styringsgruppa ha felles møte snart? når da?",
        "når skal styringsgruppa og arbeidsgruppa samles sammen?",
        "når har styringsgruppa og arbeidsgruppa et felles møte?",
    ],
)
def test_two_groups_meeting_together_are_the_joint_meeting(bot: SltBot, text: str) -> None:
    understood = bot.understand(text, "gjesdal")
    assert understood.group_id == "fellesmote-styringsgruppe-arbeidsgruppe", understood.group_id
    reply = turn(bot, text, "gjesdal")[-1]
    assert "Ungdata" in reply.text and "2025" in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hvor ofte møtes styringsgruppa og arbeidsgruppa?",
        "hvem sitter i både styringsgruppa og arbeidsgruppa?",
    ],
)
def test_two_groups_asked_side_by_side_are_both(bot: SltBot, text: str) -> None:
    understood = bot.understand(text, "gjesdal")
    assert understood.group_id != "fellesmote-styringsgruppe-arbeidsgruppe", text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("når var siste møte i politirådet?", "valer"),
        ("når var det siste møtet i arbeidsgruppa?", "gjesdal"),
        ("når ble siste møte i fagteamet holdt?", "jevnaker"),
        ("hvilken dato var siste møte i slt-nettverket?", "valer"),
    ],
)
def test_the_last_meeting_gone_by_is_no_next_date(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent)
    assert "tidligere møter" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("når er siste møte i politirådet i år?", "valer"),
        ("når er neste møte i arbeidsgruppa?", "gjesdal"),
        ("når er vårt siste møte i fagteamet før jul?", "jevnaker"),
    ],
)
def test_the_last_meeting_to_come_keeps_its_date(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "next_meeting", (text, reply.intent)


@pytest.mark.parametrize(
    ("text", "kommune", "count"),
    [
        ("hvor mange skal delta på fagdagen om radikaliseringsplanen?", "jevnaker", "20"),
        ("hvor mange deltar på fagdag om radikalisering i november?", "jevnaker", "20"),
        ("hvor mange kursholdere har flexid egentlig?", "gjesdal", "seks"),
    ],
)
def test_a_count_the_tiltaks_text_states_is_that_tiltak(
    bot: SltBot, text: str, kommune: str, count: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert count in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        # a record of the course holders, not the plan's count of them
        ("hvor mange kursholdere i flexid har slutta?", "gjesdal"),
        ("hvor mange kursholdere har flexid hatt i år?", "gjesdal"),
        # the tiltak states no count of its pupils
        ("hvor mange elever går på LOS?", "gjesdal"),
        ("hvor mange ungdommer ruser seg i kommunen?", "jevnaker"),
    ],
)
def test_a_count_no_tiltak_states_keeps_the_honest_fallback(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("hvilke tiltak har arbeidsgruppa ansvar for?", ""),
        ("hva slags tiltak er slt-arbeidsgruppa ansvarlig for i planen?", ""),
        ("hvor mange tiltak har arbeidsgruppa ansvaret for?", " (4)"),
    ],
)
def test_a_groups_tiltak_are_those_it_holds_the_ansvar_for(
    bot: SltBot, text: str, count: str
) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == "tiltak_for_role", (text, reply.intent)
    assert reply.text.splitlines()[0] == f"Tiltak for SLT-arbeidsgruppe{count}", reply.text
    assert "Folkemøter" in reply.text and "Årskort" in reply.text, reply.text


def test_a_group_that_holds_no_tiltak_says_so_as_the_plan_names_it(bot: SltBot) -> None:
    reply = turn(bot, "hvilke tiltak har politirådet ansvar for?", "valer")[-1]
    assert reply.intent == "tiltak_for_role", reply.intent
    assert "Ingen tiltak står med Politirådet som ansvarlig" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "intent", "shown"),
    [
        # the writer's seat told first: the question after it is what is asked
        ("jeg er med i styringsgruppa, hva er det vi har ansvar for", "duties", "Gi klare mål"),
        ("jeg sitter i styringsgruppa, hva har vi ansvaret for?", "duties", "Gi klare mål"),
        ("jeg er med i arbeidsgruppa, hva har vi ansvar for da?", "tiltak_mine", "Folkemøter"),
        ("jeg sitter i arbeidsgruppa, hvem kaller inn?", "innkaller", "SLT-koordinator"),
        # asked for tiltak by name: the honest «none», not the mandate
        ("jeg sitter i styringsgruppa. hvilke tiltak har vi ansvar for?", "tiltak_mine", "Ingen"),
        # no question after the seat, or the seat asked: who sits there
        ("jeg er med i styringsgruppa", "members", "Ordfører"),
        ("hvem er med i styringsgruppa?", "members", "Ordfører"),
    ],
)
def test_the_writers_own_seat_told_first_is_no_cue(
    bot: SltBot, text: str, intent: str, shown: str
) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == intent, (text, reply.intent)
    assert shown in reply.text, reply.text
