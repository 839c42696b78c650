"""Dates, times and moves in a meeting command («12. mars», «kl 9», «tirsdag», «en uke»).

One job: consume the tokens that say *when*, and say in Norwegian what does not exist («31.
februar finnes ikke»). Nothing here reads the clock: ``today`` comes with the reading, so the
rules are tested with plain dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.dates import day_month_text, day_text, weekday_name
from bot.features.meetings import texts
from bot.features.meetings.command_words import command_words
from bot.text import fold, strip_mentions

_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[.:/]\d{1,2}(?:[./]\d{2,4})?\.?"
    r"|\d+\.?"
    r"|[^\W\d_]+",
)


@dataclass(frozen=True)
class When:
    """A date and/or time, or a relative move; ``said`` is the Norwegian wording understood."""

    day: dt.date | None = None
    time: dt.time | None = None
    shift_days: int | None = None
    """Relative move: «en uke» → 7, «to dager tidligere» → -2."""
    weekday: int | None = None
    """«til tirsdag» in a move: that weekday, placed against the meeting being moved."""

    @property
    def empty(self) -> bool:
        return (
            self.day is None and self.time is None and not self.shift_days and self.weekday is None
        )


@dataclass
class Reading:
    """The tokens and what has been consumed, while one text is read."""

    tokens: list[str]
    today: dt.date
    used: list[bool] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.used = [False] * len(self.tokens)

    def at(self, i: int) -> str:
        return self.tokens[i] if 0 <= i < len(self.tokens) else ""

    def take(self, i: int, n: int = 1) -> None:
        for j in range(i, min(i + n, len(self.tokens))):
            self.used[j] = True


def tokenize(text: str, limit: int | None = None) -> list[str]:
    """Words folded (æøå → ae/o/a), numbers with their dots, colons and slashes kept.

    With ``limit``, the first ``limit`` tokens (or all, if fewer): the same as
    ``tokenize(text)[:limit]``, without folding the rest of the text. The last whole text's
    tokens are kept: a turn asks for them two or three times (the period answer's check, its
    period, a command's reading); each caller gets a list of its own.
    """
    last, read = _LAST[0]
    if limit is None and text == last:
        return list(read)
    lowered = strip_mentions(text).lower().replace("\u200b", "")
    out: list[str] = []
    for found in _TOKEN.finditer(lowered):
        if limit is not None and len(out) >= limit:
            return out[:limit]
        raw = found.group()
        if raw[0].isdigit():
            out.append(raw)
        else:
            out.extend(fold(raw).split())
    if limit is None:
        _LAST[0] = (text, tuple(out))
        return out
    return out[:limit]


_LAST: list[tuple[str, tuple[str, ...]]] = [("", ())]
"""The last text :func:`tokenize` read whole, and its tokens."""


def _number(token: str) -> int | None:
    if token.rstrip(".").isdigit():
        return int(token.rstrip("."))
    return command_words().numbers.get(token)


def _date(day: int, month: int, year: int | None, today: dt.date) -> dt.date | str:
    """The date, or a Norwegian problem. Without a year the next such date from today."""
    if not 1 <= month <= 12:
        return f"Måned {month} finnes ikke."
    if year is not None:
        year = year + 2000 if year < 100 else year
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return f"{day_month_text(day, month, year)} finnes ikke."
        if found < today:
            return f"{day_text(found, year=True)} har allerede vært."
        return found
    for candidate in (today.year, today.year + 1):
        try:
            found = dt.date(candidate, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return f"{day_month_text(day, month)} finnes ikke."


def _clock(hours: int, minutes: int) -> dt.time | str:
    if hours > 23 or minutes > 59:
        return f"Klokkeslettet {hours:02d}:{minutes:02d} finnes ikke."
    return dt.time(hours, minutes)


# -- the parser ------------------------------------------------------------------------------


def read_time(r: Reading, lo: int, hi: int) -> dt.time | None:
    for i in range(lo, hi):
        if r.used[i]:
            continue
        token = r.at(i)
        if token in ("kl", "klokka", "klokken") and i + 1 < hi:
            nxt = r.at(i + 1).rstrip(".")
            match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", nxt)
            if match:
                r.take(i, 2)
                found = _clock(int(match[1]), int(match[2] or 0))
                if isinstance(found, str):
                    r.problems.append(found)
                    return None
                return found
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", token)
        if match:
            r.take(i)
            found = _clock(int(match[1]), int(match[2]))
            if isinstance(found, str):
                r.problems.append(found)
                return None
            return found
    return None


def read_date(r: Reading, lo: int, hi: int, *, weekday_as_marker: bool) -> When:
    """The first date between ``lo`` and ``hi``; a weekday alone is a marker in a move.

    A weekday written just before a date («onsdag 20. januar», «tirsdag den 5.1») names that
    date, not the next such weekday: the date is read, and a weekday that does not match it is
    asked about rather than either one guessed."""
    words = command_words()
    named: int | None = None
    for i in range(lo, hi):
        if r.used[i]:
            continue
        token, nxt = r.at(i), r.at(i + 1) if i + 1 < hi else ""
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", token):
            r.take(i)
            return _when(r, _date(int(m[3]), int(m[2]), int(m[1]), r.today), named)
        if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\.?", token):
            r.take(i)
            year = int(m[3]) if m[3] else None
            return _when(r, _date(int(m[1]), int(m[2]), year, r.today), named)
        if re.fullmatch(r"\d{1,2}\.?", token) and nxt in words.months:
            year_token = r.at(i + 2) if i + 2 < hi else ""
            year = int(year_token) if re.fullmatch(r"\d{4}", year_token) else None
            r.take(i, 3 if year else 2)
            found = _date(int(token.rstrip(".")), words.months[nxt], year, r.today)
            return _when(r, found, named)
        if token in words.weekdays and (date_at := _date_after(r, i, hi)) is not None:
            r.take(i, date_at - i)  # the weekday (and «den»): the date that follows decides
            named = words.weekdays[token]
            continue
        if token in ("idag", "imorgen", "overmorgen") or (
            token == "i" and nxt in ("dag", "morgen", "overmorgen")
        ):
            word = token if token != "i" else nxt
            r.take(i, 1 if token != "i" else 2)
            days = {"idag": 0, "dag": 0, "imorgen": 1, "morgen": 1, "overmorgen": 2}[word]
            return When(day=r.today + dt.timedelta(days=days))
        if token == "om" and i + 2 < hi:
            count, unit = _number(nxt), r.at(i + 2)
            if count is not None and unit in words.units:
                r.take(i, 3)
                return When(day=r.today + dt.timedelta(days=count * words.units[unit]))
        if token in words.weekdays:
            r.take(i)
            if r.at(i - 1) in ("pa", "neste", "kommende", "forstkommende") and not r.used[i - 1]:
                r.take(i - 1)
            weekday = words.weekdays[token]
            if weekday_as_marker:
                return When(weekday=weekday)
            ahead = (weekday - r.today.weekday()) % 7 or 7
            return When(day=r.today + dt.timedelta(days=ahead))
    return When()


def _date_after(r: Reading, i: int, hi: int) -> int | None:
    """Where a date starts right after the weekday at ``i`` («onsdag [den] 20. januar»)."""
    j = i + 2 if r.at(i + 1) == "den" else i + 1
    if j >= hi or r.used[j]:
        return None
    token, nxt = r.at(j), r.at(j + 1) if j + 1 < hi else ""
    dated = re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?", token)
    if dated or (re.fullmatch(r"\d{1,2}\.?", token) and nxt in command_words().months):
        return j
    return None


def _when(r: Reading, found: dt.date | str, named: int | None = None) -> When:
    if isinstance(found, str):
        r.problems.append(found)
        return When()
    if named is not None and found.weekday() != named:
        date = day_month_text(found.day, found.month, found.year)
        r.problems.append(
            texts.weekday_not_the_date(date, weekday_name(found), weekday_name(named))
        )
        return When()
    return When(day=found)


def read_shift(r: Reading, lo: int, hi: int) -> int | None:
    """«en uke», «to dager tidligere», «neste uke», «en uke fram»: days to move by."""
    words = command_words()
    for i in range(lo, hi):
        if r.used[i]:
            continue
        token, nxt = r.at(i), r.at(i + 1)
        if token == "neste" and nxt in ("uke", "uka"):
            r.take(i, 2)
            return 7
        count = _number(token)
        if count is not None and nxt in words.units and not re.fullmatch(r"\d{1,2}\.", token):
            r.take(i, 2)
            sign = 1
            direction = r.at(i + 2)
            if direction in words.earlier:
                sign = -1
                r.take(i + 2)
            elif direction in words.later:
                r.take(i + 2)
            return sign * count * words.units[nxt]
    return None
