"""A meeting command in words: what the bot understood, and the command text for a button.

One job: write back. ``command_text`` writes a command so that the grammar reads it back the
same (the «Mente du …?» buttons send it); the «Jeg forstod: …» line says it in Norwegian.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.dates import clock_text, day_text, typed_date, weekday_name
from bot.features.meetings.command_dates import When
from bot.features.meetings.command_groups import GroupNames
from bot.features.meetings.command_words import Kind

_DOING = {"call": "kalle inn til", "cancel": "avlyse", "move": "flytte"}
_VERB_TEXT = {"call": "innkall", "cancel": "avlys", "move": "flytt"}


def understood_text(
    kind: Kind,
    group_id: str | None,
    which: dt.date | None,
    when: When,
    groups: GroupNames,
) -> str:
    """«Jeg forstod: flytte neste møte i Operativ SLT-gruppe til tirsdag 20. januar kl. 09:00.»"""
    parts = [_DOING[kind]]
    meeting = (
        f"møtet {day_text(which)}" if which else ("et møte" if kind == "call" else "neste møte")
    )
    parts.append(meeting)
    if group_id:
        parts.append(f"i {groups.names[group_id]}")
    target = _when_text(when)
    if target:
        parts.append(
            target if kind == "call" else f"til {target}" if not when.shift_days else target
        )
    return "Jeg forstod: " + " ".join(parts) + "."


def _when_parts(
    when: When, shift: Callable[[int], str], day: Callable[[dt.date], str], clock: str
) -> list[str]:
    """The parts of a «when» in order (move, day, weekday, time), each written by the caller's
    style: the «Jeg forstod» line in words, a button's command as the grammar reads it."""
    parts: list[str] = []
    if when.shift_days:
        parts.append(shift(when.shift_days))
    if when.day:
        parts.append(day(when.day))
    if when.weekday is not None:
        parts.append(weekday_name(when.weekday))
    if when.time:
        parts.append(f"{clock} {clock_text(when.time)}")
    return parts


def _shift_said(shift: int) -> str:
    """«1 uke senere», «2 dager tidligere»."""
    days = abs(shift)
    amount = (
        f"{days // 7} uke{'r' if days // 7 > 1 else ''}"
        if days % 7 == 0
        else f"{days} dag{'er' if days > 1 else ''}"
    )
    return f"{amount} {'tidligere' if shift < 0 else 'senere'}"


def _shift_command(shift: int) -> str:
    """«7 dager», «2 dager tidligere»: how the grammar reads a move back."""
    return f"{abs(shift)} dager" + (" tidligere" if shift < 0 else "")


def _when_text(when: When) -> str:
    return " ".join(_when_parts(when, _shift_said, day_text, "kl."))


def command_text(
    kind: Kind,
    group_id: str,
    which: dt.date | None,
    when: When,
    groups: GroupNames,
    *,
    urgent: bool = False,
) -> str:
    """The command written out so that :func:`parse` reads it back the same (for buttons)."""
    name = groups.names[group_id]
    parts = [_VERB_TEXT[kind]]
    if kind == "call":
        parts.append(("hastemøte " if urgent else "") + name)
    else:
        parts.append(f"møtet {typed_date(which)} i {name}" if which else f"neste møte i {name}")
    target = _when_parts(when, _shift_command, typed_date, "kl")
    if target:
        lead = "til " if kind == "move" and not when.shift_days else ""
        parts.append(lead + " ".join(target))
    return " ".join(parts)
