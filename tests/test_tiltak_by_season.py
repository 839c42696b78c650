"""«Hva skal være ferdig i vår?»: deadlines asked in a season or a month (session 36, facts80),
answered with the window read and the deadlines in it as the reminders see them – never a
tiltak that only has «ferdig» in its text (Jevnaker's «Link til livet: ferdig
undervisningsopplegg …» has no frist), never a date the plan lacks. The clock is fixed
(Europe/Oslo). Every question here is written for this file, not taken from the evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.features.reply import Reply
from bot.features.tiltak.by_season import asks_season
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from tests.test_answers_confidence import turn

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=OSLO)


@pytest.fixture
def bot(kb: KnowledgeBase) -> SltBot:
    return SltBot(kb, SqliteStore.open(":memory:"), Settings(), clock=FixedClock(NOW))


def answer(bot: SltBot, text: str, kommune: str) -> Reply:
    return turn(bot, text, kommune)[-1]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # in december, «i vår» is the coming spring: january to june
        ("hva skal være ferdig i vår", dt.date(2027, 1, 1), dt.date(2027, 6, 30)),
        ("hvilke tiltak har frist på våren?", dt.date(2027, 1, 1), dt.date(2027, 6, 30)),
        # the autumn now running: from today to its end
        ("hvilke tiltak skal være ferdige i høst", TODAY, dt.date(2026, 12, 31)),
        ("hva må være ferdig til høsten", TODAY, dt.date(2027, 7, 31)),
        ("hva skal være ferdig før sommeren?", TODAY, dt.date(2027, 5, 31)),
        ("hvilke tiltak har frist i januar", dt.date(2027, 1, 1), dt.date(2027, 1, 31)),
        ("hva må være ferdig innen mars", TODAY, dt.date(2027, 3, 31)),
    ],
)
def test_a_season_or_a_month_asked_with_a_deadline_word_is_a_window(
    text: str, start: dt.date, end: dt.date
) -> None:
    window = asks_season(tuple(fold(text).split()), TODAY)
    assert window is not None, text
    assert (window.start, window.end) == (start, end), (text, window)


@pytest.mark.parametrize(
    "text",
    [
        "hva skjer i januar",  # no deadline word: what happens, no plan lists it by month
        "hva skal vi gjøre i vår",
        "når er fristen for link til livet i vår",  # one tiltak's frist
        "hvilke tiltak har vi i vår",
        "var det ferdig i går",
        "hva må vi gjøre med søknaden før fristen i mars",  # one deadline, something else asked
        "hva skal elevene ha lært ferdig i vår",
    ],
)
def test_other_questions_with_a_season_or_month_are_no_window(text: str) -> None:
    assert asks_season(tuple(fold(text).split()), TODAY) is None, text


def test_a_season_inside_the_plan_lists_its_deadlines(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak skal være ferdige før sommeren?", "jevnaker")
    assert reply.intent == "tiltak_deadline", reply.text
    assert reply.text.startswith("Tiltak med frist før sommeren (til og med 31.05.2027)")
    assert "Oppvekstkonferanse" in reply.text and "Frist: 31.12.2026" in reply.text, reply.text


def test_a_season_with_no_deadline_says_so_and_no_tiltak_is_guessed(bot: SltBot) -> None:
    reply = answer(bot, "hva skal være ferdig i vår", "jevnaker")
    assert reply.intent == "tiltak_deadline", reply.text
    assert "Ingen tiltak i planen har frist våren 2027 (januar–juni)." in reply.text
    assert "Link til livet" not in reply.text, reply.text


def test_a_season_after_the_plan_says_the_plans_period(bot: SltBot) -> None:
    reply = answer(bot, "hva skal være ferdig i vår", "valer")
    assert "Handlingsplanen gjelder 2023–2026, så den har ingen frister våren 2027" in reply.text


def test_an_ended_plan_says_it_has_ended(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak har frist i januar?", "gjesdal")
    assert "Handlingsplanen gjaldt 2023–2025" in reply.text, reply.text


def test_a_groups_meeting_in_a_holiday_stays_a_meeting_question(bot: SltBot) -> None:
    reply = answer(bot, "har fagteamet møte i vinterferien?", "jevnaker")
    assert reply.intent != "tiltak_deadline", reply.text
