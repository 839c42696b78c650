"""The period a meeting question names: «møtes politirådet i juli?», «hvilke møter har fagteamet
i vår», «neste møte etter jul», «er det noe møte neste uke».

One job: read the words that say *which stretch of the calendar* into dates. A month is its
next occurrence (this month from today); «våren» is the spring term (to 1 July), «høsten» the
autumn term (from 1 August); a school break is the kommune's own (WorkCalendar.school_break:
the school holidays in its knowledge file, else the national standard weeks) after «før» or
«etter», and the break itself after «i» («er det fagteam i høstferien?», ``in_break``: the
answer adds what the plan says of holidays, bot/features/organisation/holidays.py).
The words are data (knowledge/language/commands.yaml ``periods``); nothing here reads the
clock: ``today`` comes with the reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.dates import date_text, month_name
from bot.features.meetings import texts
from bot.features.meetings.command_dates import tokenize
from bot.features.meetings.command_words import PeriodSaid, command_words
from bot.text import fold
from bot.work_calendar import WorkCalendar

BREAK_SEARCH_DAYS = 400
"""How far ahead a named break is looked for: every break comes round within a year."""

_ENDS_A_CLAUSE = frozenset({"og", "eller", "da", "sa", "ogsa", "egentlig", "mon"})
"""After «i vår» only these may follow: «i vår kommune» is «in our kommune», not a period."""


@dataclass(frozen=True)
class Period:
    """Days ``start`` up to (not including) ``end``; ``said`` is how the answer names it («i juli
    2027», «før juleferien»); ``first_only``: «etter jul» asks for the first meeting after;
    ``in_break``: the period is a school break itself («i høstferien»)."""

    start: dt.date
    end: dt.date
    said: str
    first_only: bool = False
    in_break: bool = False


def says_meeting(text: str) -> bool:
    """Whether ``text`` has a word for a meeting («møte», «møtes», «samling»)."""
    return not command_words().periods.meeting.isdisjoint(tokenize(text))


def read_period(text: str, today: dt.date, calendar: WorkCalendar) -> Period | None:
    """The period ``text`` names, in dates from ``today``; None when it names none, or names a
    break the calendar has none of within a year."""
    words = command_words()
    found = _find(tokenize(text), words.periods, words.full_months)
    if found is None:
        return None
    kind, value = found
    if kind == "month":
        return _month(int(value), today)
    if kind == "this_month":
        return _month(today.month, today)
    if kind == "next_month":
        return _month(today.month % 12 + 1, today)
    if kind == "this_week":
        monday = today - dt.timedelta(days=today.weekday())
        return Period(today, monday + dt.timedelta(days=7), texts.THIS_WEEK)
    if kind == "next_week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
        week = monday.isocalendar().week
        return Period(monday, monday + dt.timedelta(days=7), texts.next_week(week))
    if kind == "spring":
        year = today.year if today.month <= 6 else today.year + 1
        first = max(today, dt.date(year, 1, 1))
        return Period(first, dt.date(year, 7, 1), texts.spring(year))
    if kind == "autumn":
        first = max(today, dt.date(today.year, 8, 1))
        return Period(first, dt.date(today.year + 1, 1, 1), texts.autumn(today.year))
    return _around_break(kind, str(value), today, calendar)


def _find(
    tokens: Sequence[str], said: PeriodSaid, months: dict[str, int]
) -> tuple[str, int | str] | None:
    """The first period the tokens name: (kind, month number or break name)."""
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in months:
            return "month", months[token]
        if token in said.month and before in said.next | said.this:
            return ("next_month" if before in said.next else "this_month"), 0
        if token in said.week and before in said.next | said.this:
            return ("next_week" if before in said.next else "this_week"), 0
        if token in said.spring:
            return "spring", 0
        ends = not after or after in _ENDS_A_CLAUSE
        if token in said.spring_after_i and before == "i" and ends:
            return "spring", 0
        if token in said.autumn and before in {"i", "til", "pa", "utover", *said.before}:
            return "autumn", 0
        if token in said.breaks and before in said.before | said.after:
            return ("before" if before in said.before else "after"), said.breaks[token]
        if token in said.breaks and before in said.during:
            return "during", said.breaks[token]
    return None


def _month(month: int, today: dt.date) -> Period:
    year = today.year if month >= today.month else today.year + 1
    first = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1)
    return Period(max(first, today), end, texts.in_month(month_name(month), year))


def _around_break(kind: str, name: str, today: dt.date, calendar: WorkCalendar) -> Period | None:
    """«før jul»: from today to the next break's first day; «etter jul»: the first meeting from
    the day after the break (the current one when today is in it, else the next); «i jula»:
    the break's own days (the current one, else the next)."""
    block = _break_block(name, today, calendar)
    if block is not None and kind == "before" and block[0] <= today:
        block = _break_block(name, block[1] + dt.timedelta(days=1), calendar)
    if block is None:
        return None
    first, last = block
    shown = calendar.school_break(first) or name
    if kind == "during":
        said = texts.in_break(shown, first.year)
        return Period(first, last + dt.timedelta(days=1), said, in_break=True)
    if kind == "before":
        return Period(today, first, texts.before_break(shown, date_text(first)))
    after = last + dt.timedelta(days=1)
    return Period(after, after + dt.timedelta(days=366), texts.after_break(shown), first_only=True)


def _break_block(
    name: str, start: dt.date, calendar: WorkCalendar
) -> tuple[dt.date, dt.date] | None:
    """First and last day of the break ``name`` (folded) that ``start`` is in, or the next one."""

    def named(day: dt.date) -> bool:
        found = calendar.school_break(day)
        return found is not None and (
            fold(found) == name or (found, name) == ("juleuka", "juleferien")
        )

    one = dt.timedelta(days=1)
    day = start
    for _ in range(BREAK_SEARCH_DAYS):
        if named(day):
            first, last = day, day
            while named(first - one):
                first -= one
            while named(last + one):
                last += one
            return first, last
        day += one
    return None
