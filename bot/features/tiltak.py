"""The action plan's tiltak: who owns what, when it is due, and what owners have answered.

Status is kept per occurrence of a deadline (a yearly tiltak is answered once a year), keyed
``kommune:tiltak:YYYY-MM-DD`` in the store namespace ``tiltak``. The only free text kept is
the comment an ansvarlig chooses to write in the card (the README says so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.features.reminder_plan import deadlines
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Tiltak
from bot.people import PeopleMap
from bot.store import Store
from bot.text import fold

NAMESPACE = "tiltak"
COORDINATOR_ROLE = "SLT-koordinator"
LOOKBACK = dt.timedelta(days=60)
"""How long an unanswered past deadline stays "overdue" before the next occurrence counts."""


class Status(StrEnum):
    OPEN = "open"
    DONE = "done"
    MORE_TIME = "more_time"
    NOT_MINE = "not_mine"


STATUS_LABEL = {
    Status.OPEN: "Ikke besvart",
    Status.DONE: "Utført",
    Status.MORE_TIME: "Trenger mer tid",
    Status.NOT_MINE: "Ikke mitt ansvar (sendt til koordinator)",
}


@dataclass(frozen=True)
class Occurrence:
    """One deadline of one tiltak, with what the owner has answered for it."""

    kommune_id: str
    tiltak: Tiltak
    deadline: dt.date
    status: Status = Status.OPEN
    new_deadline: dt.date | None = None
    comment: str | None = None
    answered_by: str | None = None

    @property
    def key(self) -> str:
        return f"{self.kommune_id}:{self.tiltak.id}:{self.deadline.isoformat()}"

    @property
    def effective_deadline(self) -> dt.date:
        return self.new_deadline or self.deadline

    def is_overdue(self, today: dt.date) -> bool:
        return self.status is not Status.DONE and self.effective_deadline < today


@dataclass(frozen=True)
class Overview:
    """The coordinator's view of the whole plan at one date."""

    done: tuple[Occurrence, ...]
    due_soon: tuple[Occurrence, ...]
    overdue: tuple[Occurrence, ...]
    unanswered: tuple[Occurrence, ...]
    missing_owner: tuple[str, ...]


def _matches_role(query: str, role: str) -> bool:
    """Whether a role asked about names a role in a tiltak's ansvar.

    "ungdomskontakten" finds "Ungdomskontakt"; "helse" finds "Helse" but not "Helsesykepleier".
    """
    q, r = fold(query), fold(role)
    if not q:
        return False
    stem = q[: max(4, len(q) - 2)] if len(q) > 6 else q
    return r == q or (r.startswith(stem) and len(r) - len(stem) <= 3) or q in r.split()


class TiltakDesk:
    """Queries and status changes for every kommune's tiltak."""

    def __init__(self, kb: KnowledgeBase, store: Store, people: dict[str, PeopleMap]) -> None:
        self.kb = kb
        self.store = store
        self.people = people
        self._search = {
            kommune_id: [
                (t, fold(f"{t.id} {t.tiltak} {t.mal or ''}")) for t in index.kommune.tiltak
            ]
            for kommune_id, index in kb.kommuner.items()
        }

    # --- lookups ---------------------------------------------------------------------------

    def all(self, kommune_id: str) -> tuple[Tiltak, ...]:
        return self.kb.kommuner[kommune_id].kommune.tiltak

    def by_id(self, kommune_id: str, tiltak_id: str) -> Tiltak | None:
        return next((t for t in self.all(kommune_id) if t.id == tiltak_id), None)

    def for_role(self, kommune_id: str, role: str) -> list[Tiltak]:
        return [t for t in self.all(kommune_id) if any(_matches_role(role, a) for a in t.ansvar)]

    def search(self, kommune_id: str, words: tuple[str, ...]) -> list[Tiltak]:
        """Tiltak whose text contains every searched word (as a word prefix)."""
        wanted = [w for w in words if len(w) >= 3]
        if not wanted:
            return []
        return [
            tiltak
            for tiltak, text in self._search.get(kommune_id, [])
            if all(any(token.startswith(w) for token in text.split()) for w in wanted)
        ]

    def people_map(self, kommune_id: str) -> PeopleMap:
        return self.people.get(kommune_id) or PeopleMap(kommune_id)

    def owners_mapped(self, kommune_id: str, tiltak: Tiltak) -> bool:
        people = self.people_map(kommune_id)
        return any(people.people_for(role) for role in tiltak.ansvar)

    def missing_owner_roles(self, kommune_id: str) -> tuple[str, ...]:
        """Roles named as ansvar that nobody is mapped to ("mangler ansvarlig")."""
        people = self.people_map(kommune_id)
        roles = {role for t in self.all(kommune_id) for role in t.ansvar}
        return tuple(sorted(r for r in roles if not people.people_for(r)))

    def may_answer(self, kommune_id: str, tiltak: Tiltak, identities: set[str]) -> bool:
        """The ansvarlig (any mapped owner role) or the coordinator may answer a reminder."""
        people = self.people_map(kommune_id)
        roles = {fold(r) for r in people.roles_of(identities)}
        if fold(COORDINATOR_ROLE) in roles:
            return True
        return any(fold(role) in roles for role in tiltak.ansvar)

    # --- deadlines and status --------------------------------------------------------------

    def occurrence(self, kommune_id: str, tiltak: Tiltak, deadline: dt.date) -> Occurrence:
        record = self.store.get(NAMESPACE, f"{kommune_id}:{tiltak.id}:{deadline.isoformat()}")
        if record is None:
            return Occurrence(kommune_id, tiltak, deadline)
        new_deadline = record.get("new_deadline")
        return Occurrence(
            kommune_id,
            tiltak,
            deadline,
            Status(record.get("status", Status.OPEN)),
            dt.date.fromisoformat(new_deadline) if new_deadline else None,
            record.get("comment"),
            record.get("by"),
        )

    def current(self, kommune_id: str, tiltak: Tiltak, today: dt.date) -> Occurrence | None:
        """The occurrence that matters today: a recent unfinished one, else the next one."""
        dates = deadlines(tiltak.frist, today - LOOKBACK, today + dt.timedelta(days=400))
        occurrences = [self.occurrence(kommune_id, tiltak, d) for d in dates]
        for occurrence in occurrences:
            if occurrence.deadline < today and occurrence.status is not Status.DONE:
                return occurrence
        return next((o for o in occurrences if o.deadline >= today), None)

    def answer(
        self,
        occurrence: Occurrence,
        status: Status | None,
        by: str,
        at: dt.datetime,
        *,
        new_deadline: dt.date | None = None,
        comment: str | None = None,
    ) -> Occurrence:
        """Record an owner's answer; a comment alone keeps the status."""
        record: dict[str, Any] = self.store.get(NAMESPACE, occurrence.key) or {}
        if status is not None:
            record["status"] = status.value
        if new_deadline is not None:
            record["new_deadline"] = new_deadline.isoformat()
        if comment:
            record["comment"] = comment[:1000]
        record.setdefault("status", Status.OPEN.value)
        record["by"] = by
        record["at"] = at.isoformat()
        self.store.put(NAMESPACE, occurrence.key, record)
        return self.occurrence(occurrence.kommune_id, occurrence.tiltak, occurrence.deadline)

    def overview(self, kommune_id: str, today: dt.date, *, window_days: int = 14) -> Overview:
        done, due, overdue, unanswered = [], [], [], []
        horizon = today + dt.timedelta(days=window_days)
        for tiltak in self.all(kommune_id):
            occurrence = self.current(kommune_id, tiltak, today)
            if occurrence is None:
                continue
            if occurrence.status is Status.DONE:
                done.append(occurrence)
            elif occurrence.is_overdue(today):
                overdue.append(occurrence)
            elif occurrence.effective_deadline <= horizon:
                due.append(occurrence)
            if occurrence.status is Status.OPEN and occurrence.deadline <= horizon:
                unanswered.append(occurrence)
        return Overview(
            tuple(done),
            tuple(due),
            tuple(overdue),
            tuple(unanswered),
            self.missing_owner_roles(kommune_id),
        )
