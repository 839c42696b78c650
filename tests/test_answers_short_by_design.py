"""Answers short by design (issue 11, item 6: the text form under 1,200 characters): a long list
of tiltak says the shared statussjekk once and no owner its heading names, the coordinator's
other roles are not a question about every task, and a question about the plan's goals gets the
goals – all with made-up questions."""

from __future__ import annotations

import pytest

from bot.features.organisation.texts import asks_tasks
from bot.features.tiltak.owners import owners_in_line
from bot.routing import SltBot
from tests.answer_check import MAX_CHARS
from tests.auxil.asking import console_turn


def test_a_line_names_only_the_owners_its_heading_does_not() -> None:
    assert owners_in_line(["Rektor", "FAU"]) == " (Rektor og FAU)"
    assert owners_in_line(["FAU"], shared=True) == " (med FAU)"
    assert owners_in_line([], shared=True) == ""


@pytest.mark.parametrize(
    ("question", "tasks"),
    [
        ("har koordinatoren andre roller også", False),
        ("er samme person bti-koordinator", False),
        ("hva er rollen til slt-koordinatoren", True),
        ("hvilke oppgaver har slt-koordinatoren, og andre roller", True),
    ],
)
def test_other_roles_are_not_every_task(question: str, tasks: bool) -> None:
    assert asks_tasks(tuple(question.replace("-", " ").split())) is tasks


def test_a_role_with_many_tiltak_says_the_statussjekk_once(bot: SltBot) -> None:
    (reply,) = console_turn(bot, "jeg er skoleleder her, hvilke tiltak er våre", "jevnaker")
    assert len(reply.text) <= MAX_CHARS
    assert reply.text.count("statussjekk") == 1
    assert "planen gir ingen frist" in reply.text


@pytest.mark.parametrize("kommune", ["valer", "jevnaker"])
def test_the_goals_asked_come_without_what_slt_stands_for(bot: SltBot, kommune: str) -> None:
    (reply,) = console_turn(bot, "hvilke mål har planen vår", kommune)
    assert "Mål:" in reply.text and "Samordning av lokale" not in reply.text
    assert len(reply.text) <= MAX_CHARS


def test_after_a_long_best_match_the_next_tiltak_by_their_owner(bot: SltBot) -> None:
    """A tiltak whose text runs to many lines first; the next matches say who holds them."""
    (reply,) = console_turn(bot, "er på rett kjøl en ruskontrakt for ungdom", "jevnaker")
    assert reply.text.count("- Ansvar") >= 2
    assert len(reply.text) <= MAX_CHARS


def test_who_coordinates_bti_leads_without_the_four_levels(bot: SltBot) -> None:
    (reply,) = console_turn(bot, "hvem har ansvaret som bti-koordinator hos oss", "jevnaker")
    assert reply.text.startswith("Hvem er BTI-koordinator?")
    assert "Nivå 2" not in reply.text and len(reply.text) <= MAX_CHARS
    (whole,) = console_turn(bot, "hva er bti", "jevnaker")
    assert "Nivå 2" in whole.text
