"""Messages that ask nothing the plans hold, a tiltak named by a command verb, a routine in nynorsk.

A question taken back («… Nei tuller, hvor er kaka?») and someone's private number get the
honest «vet ikke», not the sheet of the role they name; «Utsett på foreldremøtene – hvem har
ansvaret?» asks who owns the tiltak Utsett, not to move a meeting (bot/understanding/asks.py).
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("Hvem er politikontakt forresten? Nei tuller, hvor er kaka?", "gjesdal"),
        ("hvem er slt-koordinator? bare tuller", "valer"),
        ("Hva er telefonnummeret til politikontakten på privaten hans?", "gjesdal"),
        ("har du hjemmeadressen til SLT-koordinatoren?", "valer"),
    ],
)
def test_a_question_taken_back_or_a_private_number_gets_the_honest_answer(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "906 68 644" not in reply.text or "Finner du ikke svaret" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        ("hva er telefonnummeret til politikontakten?", "gjesdal", "contact_service"),
        ("samarbeider vi med private aktører i planen?", "gjesdal", "plan"),
    ],
)
def test_a_plain_question_is_still_answered(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    assert str(turn(bot, text, kommune)[-1].intent) == intent


def test_a_command_verb_that_names_a_tiltak_asked_about_is_a_question(bot: SltBot) -> None:
    reply = turn(bot, "Utsett på foreldremøtene – hvem har ansvaret?", "jevnaker")[-1]
    assert str(reply.intent) == "tiltak_owner"
    assert "Utsett" in reply.text


def test_the_verb_with_a_group_is_still_the_command(bot: SltBot) -> None:
    assert str(turn(bot, "utsett fagteamet en uke", "jevnaker")[-1].intent) == "meeting_move"


def test_the_verb_alone_says_how_a_frist_or_a_meeting_is_postponed(bot: SltBot) -> None:
    """A bare «utsett» is a frist or a meeting (tests/test_typed_verbs.py)."""
    reply = turn(bot, "utsett", "jevnaker")[-1]
    assert str(reply.intent) == "tiltak.typed_verb"
    assert "«Mer tid»" in reply.text and "flytt neste møte i" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "kva er rutina ved mistanke om vald i heimen, generelt sett?",
        "kva er rutina ved vald i heimen?",
    ],
)
def test_a_routine_asked_in_nynorsk_is_matched_as_bokmal(bot: SltBot, text: str) -> None:
    """dialect.yaml reads «vald» as «vold»: the routine, not «vet ikke» or a tiltak."""
    reply = turn(bot, text, "valer")[-1]
    assert reply.facts.get("routine") == "vold-naere-relasjoner"


def test_guidelines_asked_for_a_course_are_the_routine(bot: SltBot) -> None:
    """«retningslinjer» names the routine as «rutine» does, also beside a course's words."""
    text = "Skal holde kurs for lærere om selvskading. Finnes det retningslinjer jeg kan vise til?"
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.facts.get("routine") == "selvskading"


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("Politikontakt i Gjesdal – hvilke tiltak er mine?", "gjesdal", "Tiltak for Politikontakt"),
        ("hvilke tiltak er mine som politikontakt?", "gjesdal", "Tiltak for Politikontakt"),
        (
            "Jeg er rektor på Våler ungdomsskole. Hvilke tiltak har vi ansvaret for?",
            "valer",
            "Tiltak for Ungdomsskolen",
        ),
        ("jeg er rektor, hvilke tiltak er mine?", "gjesdal", "Rektor"),
    ],
)
def test_own_tiltak_are_the_stated_role_s_or_else_the_stated_place_s(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    """A role word that also names a group («Politikontakt og SLT-koordinator») is the
    asker's role; a role no ansvar names gives way to the place the asker stated."""
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "tiltak_mine"
    assert shown in reply.text


@pytest.mark.parametrize(
    ("text", "intent"), [("samme for jevnaker?", "unknown"), ("samme i gjesdal", "unknown")]
)
def test_a_bare_follow_up_gets_the_honest_answer(bot: SltBot, text: str, intent: str) -> None:
    """No earlier question is kept to carry over; «samme» is no «Sammen om …» asked."""
    reply = turn(bot, text, "valer")[-1]
    assert str(reply.intent) == intent
