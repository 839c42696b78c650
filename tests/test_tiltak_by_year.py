"""«Hvilke tiltak slutter i år?»: the coordinator's planning question, answered with the year's
deadlines as the reminders see them – never the whole plan, never a date the plan lacks, and
plainly when the year lies outside the plan's period. The clock is fixed (Europe/Oslo)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.features.reply import Reply
from bot.features.tiltak.by_year import asked_year
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import start_bot, with_settings
from tests.test_answers_confidence import turn

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=OSLO)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("hvilke tiltak slutter i år?", 2026),
        ("hvilke tiltak går ut i år", 2026),
        ("har noen tiltak frist i 2027", 2027),
        ("hvilke tiltak skal være ferdige til neste år", 2027),
        ("hvilke tiltak hadde frist i fjor", 2025),
        ("hva går tiltak 3 ut på i år", None),  # what it is about, not a deadline
        ("hvilke tiltak har vi i år", None),  # no deadline word
        ("hvem har ansvar for tiltak 12", None),
    ],
)
def test_the_year_a_deadline_question_asks_for(text: str, year: int | None) -> None:
    assert asked_year(tuple(fold(text).split()), TODAY) == year


@pytest.fixture(scope="module")
def bot(kb: KnowledgeBase) -> SltBot:
    return SltBot(kb, SqliteStore.open(":memory:"), Settings(), clock=FixedClock(NOW))


def answer(bot: SltBot, text: str, kommune: str) -> Reply:
    [reply] = turn(bot, text, kommune)
    return reply


def test_a_year_inside_the_plan_lists_its_deadlines_earliest_first(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak slutter i år?", "valer")
    assert str(reply.intent) == "tiltak_deadline"
    assert reply.text.startswith("Tiltak med frist i 2026")
    assert "Tiltak 18" in reply.text and "15.06.2026" in reply.text  # «før hver sommerferie»
    dates = [
        dt.datetime.strptime(word.rstrip(")"), "%d.%m.%Y").date()
        for word in reply.text.split()
        if len(word.rstrip(")")) == 10 and word.count(".") == 2
    ]
    assert dates and all(d.year == 2026 for d in dates)
    assert dates == sorted(dates)
    assert "løpende tiltak har ingen frist" in reply.text  # counted, not dated


def test_a_year_after_the_plan_says_so_instead_of_listing_the_plan(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak har frist neste år", "valer")
    assert "Handlingsplanen gjelder 2023–2026, så den har ingen frister i 2027." in reply.text
    assert "Tiltak 18" not in reply.text


def test_an_ended_plan_says_it_has_ended_and_lists_nothing(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak går ut i år", "gjesdal")
    assert "Handlingsplanen gjaldt 2023–2025" in reply.text
    assert "Ungdata" not in reply.text and "Flexid" not in reply.text


def test_a_past_year_of_an_ended_plan_still_shows_that_years_deadlines(bot: SltBot) -> None:
    reply = answer(bot, "hvilke tiltak hadde frist i 2025", "gjesdal")
    assert "Handlingsplanen gjaldt 2023–2025" in reply.text
    assert "Ungdata 2025" in reply.text and "31.12.2025" in reply.text


def test_a_question_about_what_a_tiltak_is_is_not_taken_for_a_year(bot: SltBot) -> None:
    reply = answer(bot, "hva går tiltak 3 ut på i år", "valer")
    assert str(reply.intent) == "tiltak_lookup"


async def test_over_http_the_coordinator_asks_which_tiltak_end_this_year(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    server, client = await start_bot(
        with_settings(settings, default_kommune="jevnaker"), kb, clock=FixedClock(NOW)
    )
    try:
        response = await client.post(message("hvilke tiltak slutter i år?", connector.url))
        assert response.status < 300
        [sent] = await connector.wait_for(1)
    finally:
        await client.session.close()
        await server.close()
    shown = json.dumps(sent, ensure_ascii=False)
    assert "Tiltak med frist i 2026" in shown
    assert "Oppvekstkonferanse" in shown and "31.12.2026" in shown
    assert not re.search(r"\d\d\.\d\d\.20(?!26)\d\d", shown)  # only this year's dates
