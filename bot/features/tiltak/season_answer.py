"""The reply to a season's or a month's deadlines asked (by_season.py): the window read, the
deadlines in it, and the plan's period when the window lies outside it."""

from __future__ import annotations

from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.by_season import asks_season
from bot.features.tiltak.by_year import deadlines_between
from bot.router import Turn
from bot.understanding import Intent
from cards.sheet import sheet_card


async def season_question(turn: Turn) -> Reply:
    q, bot = turn.understood, turn.bot
    assert q is not None
    today = bot.clock.now().date()
    window = asks_season(q.words, today)
    assert window is not None
    index = turn.index
    view = await bot.desk.view(index.id)
    first, end = index.kommune.plan.period_start, view.plan_end()
    outside = window.start.year < first or window.start > end
    sheet = deadlines_between(
        view,
        index,
        (window.start, window.end),
        today,
        title=texts.deadlines_in_window_title(window.name),
        outside=texts.window_outside_plan(window.name, view.period_text()) if outside else "",
        empty=texts.no_deadline_in_window(window.name),
        after_plan=window.start > end,
    )
    facts = {"from": window.start.isoformat(), "to": window.end.isoformat()}
    return Reply(sheet.as_text(), (sheet_card(sheet),), Intent.TILTAK_DEADLINE, facts)
