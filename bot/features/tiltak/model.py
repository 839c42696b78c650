"""The tiltak follow-up's values: statuses, answers, occurrences and the coordinator's overview.

Pure values; :mod:`bot.features.tiltak.desk` reads and writes them through the repositories and
:mod:`bot.features.tiltak.view` computes them from what it read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from bot.features.tiltak.reminder_plan import Kind
from bot.knowledge.models import Tiltak
from bot.storage.records import TiltakAnswerEntry
from bot.text import fold

MAX_ANSWERS = 20
"""Answers kept per occurrence (who, what, when, their own comment)."""
COORDINATOR_ROLE = "SLT-koordinator"
LOOKBACK = dt.timedelta(days=60)
YEAR = dt.timedelta(days=400)
"""How long an unanswered past deadline stays "overdue" before the next occurrence counts."""


class Status(StrEnum):
    OPEN = "open"
    DONE = "done"
    MORE_TIME = "more_time"
    NOT_MINE = "not_mine"


@dataclass(frozen=True)
class Answer:
    """One answer on one occurrence, with the comment given *with it* (never another's)."""

    status: Status | None
    """None for a comment alone."""
    by: str
    at: dt.datetime
    comment: str | None = None
    new_deadline: dt.date | None = None

    @classmethod
    def from_entry(cls, entry: TiltakAnswerEntry) -> Answer:
        return cls(
            Status(entry.status) if entry.status else None,
            entry.by,
            dt.datetime.fromisoformat(entry.at),
            entry.comment,
            dt.date.fromisoformat(entry.new_deadline) if entry.new_deadline else None,
        )


@dataclass(frozen=True)
class Occurrence:
    """One deadline of one tiltak, with what the owner has answered for it."""

    kommune_id: str
    tiltak: Tiltak
    deadline: dt.date
    """The occurrence's own day: its deadline, or the day of its status check."""
    status: Status = Status.OPEN
    new_deadline: dt.date | None = None
    comment: str | None = None
    answered_by: str | None = None
    kind: Kind = "deadline"
    deadline_source: str | None = "plan"
    answers: tuple[Answer, ...] = ()
    """Every answer given on this occurrence, oldest first."""

    @property
    def last_answer(self) -> Answer | None:
        """The answer that set the status (a comment alone does not)."""
        return next((a for a in reversed(self.answers) if a.status is not None), None)

    @property
    def is_status_check(self) -> bool:
        return self.kind == "status" and self.new_deadline is None

    @property
    def key(self) -> str:
        return f"{self.kommune_id}:{self.tiltak.id}:{self.deadline.isoformat()}"

    @property
    def effective_deadline(self) -> dt.date:
        return self.new_deadline or self.deadline

    def is_overdue(self, today: dt.date) -> bool:
        return (
            not self.is_status_check
            and self.status in (Status.OPEN, Status.MORE_TIME)
            and self.effective_deadline < today
        )


@dataclass(frozen=True)
class Overview:
    """The coordinator's view of the whole plan at one date."""

    done: tuple[Occurrence, ...]
    due_soon: tuple[Occurrence, ...]
    overdue: tuple[Occurrence, ...]
    not_mine: tuple[Occurrence, ...]
    missing_owner: tuple[Tiltak, ...]
    """Current tiltak nobody is mapped or assigned to: no reminders, only the digest."""

    @property
    def unanswered(self) -> tuple[Occurrence, ...]:
        """Open items among the overdue and the due soon (a count, not a heading of its own)."""
        return tuple(o for o in (*self.overdue, *self.due_soon) if o.status is Status.OPEN)


def matches_role(query: str, role: str) -> bool:
    """Whether a role asked about names a role in a tiltak's ansvar.

    "ungdomskontakten" finds "Ungdomskontakt"; "helse" finds "Helse" but not "Helsesykepleier".
    """
    q, r = fold(query), fold(role)
    if not q:
        return False
    stem = q[: max(4, len(q) - 2)] if len(q) > 6 else q
    if r.startswith(q) and len(r) - len(q) <= 3:
        return True  # «barnehage» finds «Barnehagene»: the role inflected
    return r == q or (r.startswith(stem) and len(r) - len(stem) <= 3) or q in r.split()


def history_text(history: list[tuple[int, str]]) -> str:
    """«Utført 2026 · ikke besvart 2027»."""
    parts = [
        f"{label if i == 0 else label.lower()} {year}" for i, (year, label) in enumerate(history)
    ]
    return " · ".join(parts)
