"""«Hvilke tiltak har vi?»: the plan's tiltak by innsatsområde, asked with nothing narrower —
and the list words that make a question a list, not a lookup of one tiltak that shares a
word. Over the whole turn after authentication, on the three kommuners' real plans."""

from __future__ import annotations

import asyncio

import pytest

from bot.features.reply import Reply
from bot.features.tiltak.names import number_ranges
from bot.features.tiltak.plan_list import MISSING_OWNER, OVERDUE, asked_part, asks_plan_list
from bot.routing import SltBot
from bot.text import fold
from tests.test_answers_confidence import turn

KOMMUNER = ("valer", "jevnaker", "gjesdal")


def words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("hvilke tiltak mangler ansvarlig", MISSING_OWNER),
        ("tiltak uten ansvarlig", MISSING_OWNER),
        ("er det noen tiltak som ikke har ansvarlig", MISSING_OWNER),
        ("hvilke tiltak er forsinket", OVERDUE),
        ("hvilke tiltak har passert fristen", OVERDUE),
        ("tiltak som henger etter", OVERDUE),
        ("hvem har ansvar for tiltak 12", None),  # one tiltak's owner
        ("hva skjer etter tiltak 4", None),  # «etter» alone is no lateness
        ("hvem henger opp plakater for tiltaket", None),  # nor «henger» alone
        ("hvem mangler i politirådet", None),  # no tiltak word
    ],
)
def test_the_part_of_the_status_a_question_asks_for(text: str, part: str | None) -> None:
    assert asked_part(words(text)) == part


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("hvilke tiltak har vi", True),
        ("oversikt over tiltakene", True),
        ("vis alle tiltak i planen", True),
        ("mangler oversikt over tiltakene i jevnaker", True),
        ("hvilke tiltak har vi for rusforebygging", False),  # a topic: the lookup searches it
        ("oversikt over tiltak for helsesykepleier", False),  # a role
        ("hva er tiltak 12", False),  # a number
    ],
)
def test_only_list_words_ask_for_the_whole_list(text: str, listed: bool) -> None:
    assert asks_plan_list(words(text), KOMMUNER) is listed


def test_number_ranges_join_runs_of_three_or_more() -> None:
    assert number_ranges([1, 2, 3, 5, 7, 8]) == "1–3, 5, 7, 8"
    assert number_ranges([]) == ""


def answer(bot: SltBot, text: str, kommune: str) -> Reply:
    """The one reply; ``bot`` is conftest's (a list does not depend on the date)."""
    [reply] = turn(bot, text, kommune)
    return reply


def test_valer_lists_its_numbered_tiltak_by_area_in_the_plans_order(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak har vi?", "valer")
    assert reply.text.startswith("Tiltakene i handlingsplanen\nSLT – plan for arbeidet i Våler")
    assert "Trygge og inkluderende skoler (9):\n- tiltak 1–9" in reply.text
    assert "kunnskapsoverføring (3):\n- tiltak 37–39" in reply.text
    assert reply.text.index("(9):") < reply.text.index("tiltak 10–17")
    assert "«Hva går tiltak 1 ut på?»" in reply.text  # where to go next
    assert reply.cards and "Fant ikke" not in reply.text


@pytest.mark.parametrize("kommune", KOMMUNER)
def test_every_plan_lists_each_current_tiltak_once_and_briefly(bot: SltBot, kommune: str) -> None:
    reply = answer(bot, "oversikt over tiltakene", kommune)
    counts = [
        int(line.rsplit("(", 1)[1].rstrip("):"))
        for line in reply.text.splitlines()
        if line.endswith("):")
    ]
    view = asyncio.run(bot.desk.view(kommune))
    assert sum(counts) == sum(1 for t in view.all() if view.is_current(t)) > 0
    assert len(reply.text) < 1200  # a list to pick from, not the plan
    assert "politiet-pa-skolene" not in reply.text  # never an internal id


def test_a_list_narrowed_to_a_role_is_not_the_status_digest(bot: SltBot) -> None:
    reply = answer(bot, "oversikt over tiltak for helsesykepleier", "jevnaker")
    assert not reply.text.startswith("Status for handlingsplanen")
    assert "helsesykepleier" in reply.text.lower()
