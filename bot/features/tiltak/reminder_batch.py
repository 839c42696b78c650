"""Reminders as messages: one message per person per day, listing all of their due tiltak.

Pure code shared by the scheduler and ``app.py reminders --by-message``, so the preview is
the batching the bot does. A tiltak nobody is mapped or assigned to has no message: it is
listed in the coordinator's Monday digest as «mangler ansvarlig» instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.features.tiltak.reminder_plan import PlannedReminder, _natural


@dataclass(frozen=True)
class Message:
    """One message to one person on one day: a card with a row per tiltak."""

    to: str
    send_at: dt.datetime
    reminders: tuple[PlannedReminder, ...]

    @property
    def tiltak(self) -> list[str]:
        return list(dict.fromkeys(r.tiltak_id for r in self.reminders))


def newest_per_occurrence(planned: Iterable[PlannedReminder]) -> list[PlannedReminder]:
    """Per tiltak and occurrence only the latest reminder: after downtime the 14-day and the
    3-day reminder can both be due, and the person needs one row, the latest."""
    newest: dict[tuple[str, dt.date], PlannedReminder] = {}
    for r in planned:
        key = (r.tiltak_id, r.day)
        if key not in newest or (r.send_at, -r.offset_days) > (
            newest[key].send_at,
            -newest[key].offset_days,
        ):
            newest[key] = r
    return list(newest.values())


def batch(
    planned: Iterable[PlannedReminder], owners: Callable[[PlannedReminder], Sequence[str]]
) -> tuple[list[Message], list[PlannedReminder]]:
    """Group reminders into messages by (person, send day); returns the messages and the
    reminders nobody owns (for the digest). ``owners`` names the people of a reminder."""
    groups: dict[tuple[str, dt.date], list[PlannedReminder]] = {}
    unowned: list[PlannedReminder] = []
    for r in planned:
        people = owners(r)
        if not people:
            unowned.append(r)
        for person in dict.fromkeys(people):
            groups.setdefault((person, r.send_at.date()), []).append(r)
    messages = [
        Message(
            person,
            min(r.send_at for r in items),
            tuple(sorted(items, key=lambda r: (_natural(r.tiltak_id), r.day))),
        )
        for (person, _), items in groups.items()
    ]
    messages.sort(key=lambda m: (m.send_at, m.to))
    return messages, unowned


def to_json(messages: Iterable[Message]) -> list[dict[str, Any]]:
    """``[{to, send_at, tiltak: [ids]}]`` for ``app.py reminders --by-message --json``."""
    return [{"to": m.to, "send_at": m.send_at.isoformat(), "tiltak": m.tiltak} for m in messages]
