"""Dates and times as people read them, in Norwegian: the one place they are formatted.

Every user-facing date goes through here, so «tirsdag 10. mars», «10.03.2026» and the month
names are spelled the same on every card, answer and notice. Machine forms (ISO dates in
keys, ledgers and card data) are not formatted here: they are for code, not for people.
"""

from __future__ import annotations

import datetime as dt

from bot.clock import OSLO

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip


def date_text(day: dt.date) -> str:
    """``10. mars``."""
    return day_month_text(day.day, day.month)


def day_month_text(day: int, month: int, year: int | None = None) -> str:
    """``31. februar`` (``31. februar 2027`` with ``year``): also a day that does not exist,
    as a person wrote it, to say that it does not."""
    text = f"{day}. {month_name(month)}"
    return f"{text} {year}" if year is not None else text


def day_text(day: dt.date, *, year: bool = False) -> str:
    """``tirsdag 10. mars`` (``tirsdag 10. mars 2026`` with ``year``)."""
    text = f"{WEEKDAYS[day.weekday()]} {date_text(day)}"
    return f"{text} {day.year}" if year else text


def when_text(moment: dt.datetime, *, year: bool = False) -> str:
    """``tirsdag 10. mars kl 09:00`` in Oslo time."""
    local = moment.astimezone(OSLO)
    return f"{day_text(local.date(), year=year)} kl {clock_text(local)}"


def moved_texts(old: dt.datetime, new: dt.datetime) -> tuple[str, str]:
    """A meeting moved from ``old`` to ``new``, as two ``when_text``: each with its year when
    the move crosses a new year («fra tirsdag 15. desember 2026 til tirsdag 12. januar
    2027»), else neither."""
    crossed = old.astimezone(OSLO).year != new.astimezone(OSLO).year
    return when_text(old, year=crossed), when_text(new, year=crossed)


def span_text(start: dt.datetime, end: dt.datetime) -> str:
    """``tirsdag 10. mars 2026 kl 09:00–10:30`` in Oslo time: a meeting from start to end."""
    return f"{when_text(start, year=True)}–{clock_text(end)}"


def list_when_text(moment: dt.datetime) -> str:
    """``tirsdag 10.03 kl 09:00`` in Oslo time: a line in a list that already says the year."""
    local = moment.astimezone(OSLO)
    return f"{weekday_name(local)} {day_month(local)} kl {clock_text(local)}"


def clock_text(moment: dt.datetime | dt.time) -> str:
    """``09:00``: a time of day; an aware moment in Oslo time."""
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        moment = moment.astimezone(OSLO)
    return f"{moment:%H:%M}"


def stamp_text(moment: dt.datetime) -> str:
    """``01.06.2026 kl. 09:12``: when someone answered, as it was recorded."""
    return f"{short_date(moment.date())} kl. {moment:%H:%M}"


def weekday_name(day: dt.date | int) -> str:
    """``tirsdag`` (a day, or its number: Monday is 0)."""
    return WEEKDAYS[day if isinstance(day, int) else day.weekday()]


def month_name(month: int) -> str:
    """``mars`` (January is 1)."""
    return MONTHS[month - 1]


def month_year(day: dt.date) -> str:
    """``mars 2026``: the span of a plan or an årshjul."""
    return f"{month_name(day.month)} {day.year}"


def month_heading(day: dt.date, *, year: bool = False) -> str:
    """``Mars`` (``Mars 2026`` with ``year``): a month's heading in an årshjul."""
    text = month_name(day.month).capitalize()
    return f"{text} {day.year}" if year else text


def short_date(day: dt.date) -> str:
    """``10.03.2026``: deadlines, plan dates and the coordinator's notices."""
    return day.strftime("%d.%m.%Y")


def day_number(day: dt.date) -> str:
    """``10.``: one of several days of a month written once («3., 10. og 17. mars»)."""
    return f"{day.day}."


def day_month(day: dt.date) -> str:
    """``10.03``: a day in a list that already says the year."""
    return day.strftime("%d.%m")


def typed_date(day: dt.date) -> str:
    """``20.1.2027``: a date as a user would type it in a command, read back without doubt."""
    return f"{day.day}.{day.month}.{day.year}"
