"""«Hva skal være ferdig i vår?», «hvilke tiltak har frist i januar?»: the plan's deadlines in
a season or a month.

A coordinator planning the term asks what is due in a part of the year, not in a whole
calendar year (bot/features/tiltak/by_year.py). The answer names the window it read («våren
2027 (januar–juni)») and lists the deadlines in it as the reminders see them – the plan's own
dates, yearly dates, dates the coordinator set – never a date the plan does not give: løpende
tiltak are counted, not dated. A season is the half of the year schools plan by (vår: january
to june, høst: august to december), summer june to august; «til høsten», «før sommeren»,
«innen mai» ask what is due from today until then. The window asked is the next one that has
not ended (in december, «i vår» is the coming spring).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.dates import MONTHS as MONTH_NAMES
from bot.features.tiltak import texts
from bot.features.tiltak.by_year import LIST_WORDS, TILTAK_WORDS, deadlines_between

DONE_WORDS = frozenset(
    {
        "frist",
        "fristen",
        "frister",
        "fristene",
        "ferdig",
        "ferdige",
        "slutter",
        "avsluttes",
        "forfaller",
        "utloper",
    }
)
"""Words that make a season or a month in a question a deadline's («ferdig i vår», «frist i
januar»); «hva skjer i januar» asks what happens, which no plan lists by month. Folded."""

SEASONS: dict[str, tuple[str, int, int]] = {
    "var": (texts.SEASON_NAMES["var"], 1, 6),
    "varen": (texts.SEASON_NAMES["var"], 1, 6),
    "host": (texts.SEASON_NAMES["host"], 8, 12),
    "hosten": (texts.SEASON_NAMES["host"], 8, 12),
    "sommer": (texts.SEASON_NAMES["sommer"], 6, 8),
    "sommeren": (texts.SEASON_NAMES["sommer"], 6, 8),
}
"""A season's folded word → its name and first and last month (the halves schools plan by)."""
MONTHS: dict[str, int] = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
"""A month's name (folded: the names have no æøå) → its number."""
WITHIN = frozenset({"i", "pa"})
"""«ferdig i vår», «frist på høsten»: within the season or month."""
BY = frozenset({"til", "for", "innen"})
"""«ferdig til høsten», «før sommeren» (folded «for»), «innen mai»: from today until then."""
ASKS_WHAT = frozenset({("hva", "skal"), ("hva", "ma"), ("hva", "blir"), ("hvilke", "frister")})
"""«hva skal være ferdig …» asks for a list without the word «tiltak»."""


@dataclass(frozen=True)
class Window:
    """The part of the year asked about: its name as said, and its first and last day."""

    name: str
    start: dt.date
    end: dt.date


def asked_window(words: Sequence[str], today: dt.date) -> Window | None:
    """The season or month a deadline question asks about, or None."""
    if DONE_WORDS.isdisjoint(words):
        return None
    for i, word in enumerate(words[1:], start=1):
        before = words[i - 1]
        if before not in WITHIN | BY:
            continue
        if word in SEASONS:
            name, first, last = SEASONS[word]
        elif word in MONTHS:
            first = last = MONTHS[word]
            name = MONTH_NAMES[first - 1]
        else:
            continue
        start, end = _next(first, last, today)
        if before in BY:  # until it: from today to the season's start, or the month's end
            if word in SEASONS and start <= today:  # in the season now: until the next one
                start = start.replace(year=start.year + 1)
            until = end if word in MONTHS else start - dt.timedelta(days=1)
            return Window(texts.until_window(name, until, month=word in MONTHS), today, until)
        return Window(texts.within_window(name, start, end), max(start, today), end)
    return None


def _next(first: int, last: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the months ``first``–``last`` in the next year whose end
    has not passed."""
    year = today.year
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    if end < today:
        year += 1
        end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return dt.date(year, first, 1), end


FRAME = frozenset(
    {
        "hva",
        "hvilke",
        "hvilken",
        "skal",
        "ma",
        "blir",
        "bli",
        "vaere",
        "har",
        "vi",
        "det",
        "som",
        "egentlig",
        "planen",
        "handlingsplanen",
        "planlagt",
        "ha",
        "fa",
    }
)
"""The words a question about a window's deadlines is made of besides the deadline, the
window and the tiltak («hva skal vi ha ferdig i vår?»). Folded."""
OTHER_WORDS = 1
"""How many words besides them it may hold («hva må gjøres før fristen i mars»: what to do,
asked of one deadline, is no list of the window's)."""


def asks_season(words: Sequence[str], today: dt.date) -> Window | None:
    """A list of deadlines asked in a season or month: «hva skal være ferdig i vår»,
    «hvilke tiltak har frist i januar» (not one tiltak's: «når er fristen for X i vår»),
    and nothing else asked beside it."""
    listed = bool(TILTAK_WORDS.intersection(words) and LIST_WORDS.intersection(words))
    if not (listed or tuple(words[:2]) in ASKS_WHAT):
        return None
    said = (
        FRAME
        | TILTAK_WORDS
        | LIST_WORDS
        | DONE_WORDS
        | WITHIN
        | BY
        | SEASONS.keys()
        | MONTHS.keys()
    )
    others = [w for w in words if w not in said and not w.isdigit()]
    if len(others) > OTHER_WORDS:
        return None
    return asked_window(words, today)


__all__ = ["Window", "asked_window", "asks_season", "deadlines_between"]
