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

from bot.features.reminder_plan import Due, Kind, due_days, is_current, plan_end
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune, Tiltak
from bot.people import PeopleMap
from bot.storage.people import Roster
from bot.storage.tiltak import Assignees, Deadlines, Nudges, PlanPeriods, TiltakAnswers
from bot.store import Store
from bot.text import fold

NAMESPACE = TiltakAnswers.NAMESPACE
DEADLINES = Deadlines.NAMESPACE
"""Deadlines the coordinator set in Teams, keyed ``kommune:tiltak``."""
PLAN_PERIOD = PlanPeriods.NAMESPACE
"""Years the coordinator added to a plan's period, keyed by kommune."""
ASSIGNED = Assignees.NAMESPACE
"""A person the coordinator made ansvarlig for one tiltak in Teams, keyed ``kommune:tiltak``;
it wins over the role mapping (after «ikke mitt ansvar», or for a role nobody holds)."""
MAX_ANSWERS = 20
"""Answers kept per occurrence (who, what, when, their own comment)."""
COORDINATOR_ROLE = "SLT-koordinator"
ROSTER = Roster.NAMESPACE
NUDGES = Nudges.NAMESPACE
"""«Send påminnelse igjen» and new ansvarlige waiting for the next tick, keyed
``kommune:tiltak:day:stamp``."""
LOOKBACK = dt.timedelta(days=60)
YEAR = dt.timedelta(days=400)
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
class Answer:
    """One answer on one occurrence, with the comment given *with it* (never another's)."""

    status: Status | None
    """None for a comment alone."""
    by: str
    at: dt.datetime
    comment: str | None = None
    new_deadline: dt.date | None = None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Answer:
        raw_status, raw_date = record.get("status"), record.get("new_deadline")
        return cls(
            Status(raw_status) if raw_status else None,
            str(record.get("by") or "Ukjent"),
            dt.datetime.fromisoformat(record["at"]),
            record.get("comment") or None,
            dt.date.fromisoformat(raw_date) if raw_date else None,
        )


@dataclass(frozen=True)
class Assignee:
    """The person the coordinator made ansvarlig for a tiltak in Teams."""

    name: str
    identity: str
    """A roster key (Entra object id) or UPN/e-mail, lower-case."""


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


def _matches_role(query: str, role: str) -> bool:
    """Whether a role asked about names a role in a tiltak's ansvar.

    "ungdomskontakten" finds "Ungdomskontakt"; "helse" finds "Helse" but not "Helsesykepleier".
    """
    q, r = fold(query), fold(role)
    if not q:
        return False
    stem = q[: max(4, len(q) - 2)] if len(q) > 6 else q
    return r == q or (r.startswith(stem) and len(r) - len(stem) <= 3) or q in r.split()


def history_text(history: list[tuple[int, str]]) -> str:
    """«Utført 2026 · ikke besvart 2027»."""
    parts = [
        f"{label if i == 0 else label.lower()} {year}" for i, (year, label) in enumerate(history)
    ]
    return " · ".join(parts)


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
        if self.assignee(kommune_id, tiltak.id) is not None:
            return True
        people = self.people_map(kommune_id)
        return any(people.people_for(role) for role in tiltak.ansvar)

    def assignee(self, kommune_id: str, tiltak_id: str) -> Assignee | None:
        record = self.store.get(ASSIGNED, f"{kommune_id}:{tiltak_id}")
        if not record:
            return None
        return Assignee(str(record.get("name") or record["identity"]), record["identity"])

    def assign(
        self, kommune_id: str, tiltak: Tiltak, person: Assignee, by: str, at: dt.datetime
    ) -> None:
        """Make one person ansvarlig for a tiltak (wins over the roles in the plan)."""
        record = {"name": person.name, "identity": person.identity, "by": by, "at": at.isoformat()}
        self.store.put(ASSIGNED, f"{kommune_id}:{tiltak.id}", record)

    def owner_names(self, kommune_id: str, tiltak: Tiltak) -> list[str]:
        """Who gets the reminders: the assigned person, else everyone mapped to its roles."""
        assigned = self.assignee(kommune_id, tiltak.id)
        if assigned is not None:
            return [assigned.name]
        people = self.people_map(kommune_id)
        names = [p.name or p.identities[0] for r in tiltak.ansvar for p in people.people_for(r)]
        return list(dict.fromkeys(names))

    def people_choices(self, kommune_id: str, limit: int = 100) -> list[tuple[str, str]]:
        """(name, identity) of everyone the coordinator can make ansvarlig: the people mapping
        and the Teams roster, by name."""
        found: dict[str, str] = {}
        for people in self.people_map(kommune_id).by_role.values():
            for p in people:
                found.setdefault(p.identities[0], p.name or p.identities[0])
        for key, member in self.store.items(ROSTER):
            if member.get("name"):
                known = {str(member.get(k, "")).lower() for k in ("upn", "email")} | {key}
                if not known & set(found):
                    found[key.lower()] = str(member["name"])
        ordered = sorted(found.items(), key=lambda item: fold(item[1]))
        return [(name, identity) for identity, name in ordered[:limit]]

    def person(self, kommune_id: str, identity: str) -> Assignee | None:
        """The person behind a chosen identity (roster or people mapping)."""
        wanted = identity.strip().lower()
        return next(
            (
                Assignee(name, i)
                for name, i in self.people_choices(kommune_id, 10_000)
                if i == wanted
            ),
            None,
        )

    def nudge(self, occurrence: Occurrence, by: str, at: dt.datetime) -> None:
        """Ask the scheduler to send this tiltak's reminder again now (next tick)."""
        key = f"{occurrence.key}:{at.strftime('%Y%m%dT%H%M%S')}"
        self.store.put(NUDGES, key, {"by": by, "at": at.isoformat()})

    def is_assignee(self, kommune_id: str, tiltak: Tiltak, identities: set[str]) -> bool:
        assigned = self.assignee(kommune_id, tiltak.id)
        return assigned is not None and assigned.identity in {i.lower() for i in identities}

    def missing_owner_roles(self, kommune_id: str) -> tuple[str, ...]:
        """Roles named as ansvar that nobody is mapped to ("mangler ansvarlig")."""
        people = self.people_map(kommune_id)
        roles = {role for t in self.all(kommune_id) for role in t.ansvar}
        return tuple(sorted(r for r in roles if not people.people_for(r)))

    def may_answer(self, kommune_id: str, tiltak: Tiltak, identities: set[str]) -> bool:
        """The ansvarlig (any mapped owner role) or the coordinator may answer a reminder."""
        people = self.people_map(kommune_id)
        roles = {fold(r) for r in people.roles_of(identities)}
        if fold(COORDINATOR_ROLE) in roles or self.is_assignee(kommune_id, tiltak, identities):
            return True
        if self.assignee(kommune_id, tiltak.id) is not None:
            return False  # reassigned: the roles in the plan no longer answer for it
        return any(fold(role) in roles for role in tiltak.ansvar)

    # --- deadlines and status --------------------------------------------------------------

    def kommune(self, kommune_id: str) -> Kommune:
        return self.kb.kommuner[kommune_id].kommune

    def extra_years(self, kommune_id: str) -> int:
        record = self.store.get(PLAN_PERIOD, kommune_id) or {}
        return int(record.get("extra_years", 0))

    def plan_end(self, kommune_id: str) -> dt.date:
        """The plan's last day, with the years the coordinator added in Teams."""
        return plan_end(self.kommune(kommune_id), self.extra_years(kommune_id))

    def period_text(self, kommune_id: str) -> str:
        p = self.kommune(kommune_id).plan
        return f"{p.period_start}–{self.plan_end(kommune_id).year}"

    def plan_ended(self, kommune_id: str, today: dt.date) -> bool:
        return today > self.plan_end(kommune_id)

    def ended_text(self, kommune_id: str) -> str:
        """«Handlingsplanen gjaldt 2023–2025.» and what the coordinator can do about it."""
        return (
            f"Handlingsplanen gjaldt {self.period_text(kommune_id)}. Det er ikke satt opp "
            "frister eller statussjekker etter det; SLT-koordinatoren kan forlenge planen med "
            "ett år eller legge inn en ny plan."
        )

    def extend_plan(self, kommune_id: str, by: str, at: dt.datetime) -> dt.date:
        """Add one year to the plan's period (the coordinator's button)."""
        record = self.store.get(PLAN_PERIOD, kommune_id) or {}
        record["extra_years"] = int(record.get("extra_years", 0)) + 1
        record["by"] = by
        record["at"] = at.isoformat()
        self.store.put(PLAN_PERIOD, kommune_id, record)
        return self.plan_end(kommune_id)

    def coordinator_deadline(self, kommune_id: str, tiltak_id: str) -> dt.date | None:
        record = self.store.get(DEADLINES, f"{kommune_id}:{tiltak_id}")
        return dt.date.fromisoformat(record["date"]) if record else None

    def coordinator_deadlines(self, kommune_id: str) -> dict[str, dt.date]:
        prefix = f"{kommune_id}:"
        return {
            key.removeprefix(prefix): dt.date.fromisoformat(record["date"])
            for key, record in self.store.items(DEADLINES)
            if key.startswith(prefix)
        }

    def set_deadline(
        self, kommune_id: str, tiltak: Tiltak, day: dt.date, by: str, at: dt.datetime
    ) -> None:
        """The coordinator's own deadline for a tiltak; it replaces the plan's rule."""
        record = {"date": day.isoformat(), "by": by, "at": at.isoformat()}
        self.store.put(DEADLINES, f"{kommune_id}:{tiltak.id}", record)

    def moved(self, kommune_id: str) -> dict[str, dict[dt.date, dt.date]]:
        """Tiltak id → {occurrence day → the new date asked for with «Trenger mer tid»}."""
        result: dict[str, dict[dt.date, dt.date]] = {}
        prefix = f"{kommune_id}:"
        for key, record in self.store.items(NAMESPACE):
            if not key.startswith(prefix) or record.get("status") != Status.MORE_TIME.value:
                continue
            if not record.get("new_deadline"):
                continue
            tiltak_id, day = key.removeprefix(prefix).rsplit(":", 1)
            result.setdefault(tiltak_id, {})[dt.date.fromisoformat(day)] = dt.date.fromisoformat(
                record["new_deadline"]
            )
        return result

    def due_in(self, kommune_id: str, tiltak: Tiltak, start: dt.date, end: dt.date) -> list[Due]:
        """The tiltak's deadlines or status checks in ``[start, end]``, none after the plan."""
        kommune = self.kommune(kommune_id)
        return due_days(
            tiltak,
            start,
            min(end, self.plan_end(kommune_id)),
            status_checks=kommune.status_checks.dates,
            coordinator_deadline=self.coordinator_deadline(kommune_id, tiltak.id),
        )

    def is_current(self, kommune_id: str, tiltak: Tiltak) -> bool:
        return is_current(self.kommune(kommune_id), tiltak)

    def occurrence(
        self, kommune_id: str, tiltak: Tiltak, deadline: dt.date, due: Due | None = None
    ) -> Occurrence:
        if due is None:
            found = self.due_in(kommune_id, tiltak, deadline, deadline)
            due = found[0] if found else None
        kind: Kind = due.kind if due else ("deadline" if tiltak.frist.has_date else "status")
        source = due.source if due else ("plan" if tiltak.frist.has_date else None)
        record = self.store.get(NAMESPACE, f"{kommune_id}:{tiltak.id}:{deadline.isoformat()}")
        if record is None:
            return Occurrence(kommune_id, tiltak, deadline, kind=kind, deadline_source=source)
        new_deadline = record.get("new_deadline")
        answers = tuple(Answer.from_record(a) for a in record.get("answers", ()))
        last = next((a for a in reversed(answers) if a.status is not None), None)
        return Occurrence(
            kommune_id,
            tiltak,
            deadline,
            Status(record.get("status", Status.OPEN)),
            dt.date.fromisoformat(new_deadline) if new_deadline else None,
            last.comment if last else record.get("comment"),
            last.by if last else record.get("by"),
            kind,
            source,
            answers,
        )

    def current(self, kommune_id: str, tiltak: Tiltak, today: dt.date) -> Occurrence | None:
        """The occurrence that matters today: an unfinished one whose (possibly moved) date is
        still ahead or passed less than ``LOOKBACK`` ago, else the next one. None after the
        plan's end or for a tiltak that is not current."""
        if not self.is_current(kommune_id, tiltak):
            return None
        # A «Trenger mer tid» can move an occurrence months ahead: look back a year for it.
        dues = self.due_in(kommune_id, tiltak, today - YEAR, today + YEAR)
        occurrences = [self.occurrence(kommune_id, tiltak, d.day, d) for d in dues]
        for o in occurrences:
            if o.deadline >= today or o.status not in (Status.OPEN, Status.MORE_TIME):
                continue
            if o.effective_deadline >= today or (
                o.is_overdue(today) and o.effective_deadline >= today - LOOKBACK
            ):
                return o
        return next((o for o in occurrences if o.deadline >= today), None)

    def history(self, kommune_id: str, tiltak: Tiltak, today: dt.date) -> list[tuple[int, str]]:
        """(year, status) per year, from the first answered occurrence up to today:
        «Utført 2026 · ikke besvart 2027». A year's status is its last occurrence that has
        passed or been answered; nothing before anyone first answered (no noise)."""
        kommune = self.kommune(kommune_id)
        start = dt.date(kommune.plan.period_start, 1, 1)
        last = min(today, self.plan_end(kommune_id))
        by_year: dict[int, str] = {}
        started = False
        for due in self.due_in(kommune_id, tiltak, start, last + dt.timedelta(days=400)):
            occurrence = self.occurrence(kommune_id, tiltak, due.day, due)
            answered = occurrence.status is not Status.OPEN
            started = started or answered
            if not started or (due.day > last and not answered):
                continue
            by_year[due.day.year] = STATUS_LABEL[occurrence.status]
        return sorted(by_year.items())

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
        """Record an answer; a comment alone keeps the status.

        Each answer is kept with its own comment, so the card can say who answered what and
        never shows one person's comment under another's «Utført». ``status`` OPEN reopens
        the occurrence (the coordinator gave it to someone else).
        """
        record: dict[str, Any] = self.store.get(NAMESPACE, occurrence.key) or {}
        entry: dict[str, Any] = {"by": by, "at": at.isoformat()}
        if status is not None:
            record["status"] = status.value
            entry["status"] = status.value
            record["comment"] = comment[:1000] if comment else None
        elif comment:
            record.setdefault("comment", None)
        if comment:
            entry["comment"] = comment[:1000]
        if new_deadline is not None:
            record["new_deadline"] = new_deadline.isoformat()
            entry["new_deadline"] = new_deadline.isoformat()
        record["answers"] = [*record.get("answers", []), entry][-MAX_ANSWERS:]
        record.setdefault("status", Status.OPEN.value)
        record["by"] = by
        record["at"] = at.isoformat()
        self.store.put(NAMESPACE, occurrence.key, record)
        return self.occurrence(occurrence.kommune_id, occurrence.tiltak, occurrence.deadline)

    def overview(self, kommune_id: str, today: dt.date, *, window_days: int = 14) -> Overview:
        """The plan at ``today``, each tiltak under exactly one heading: done, nobody
        ansvarlig, «ikke mitt ansvar», overdue, or due within ``window_days``."""
        done, due, overdue, not_mine, missing = [], [], [], [], []
        horizon = today + dt.timedelta(days=window_days)
        for tiltak in self.all(kommune_id):
            occurrence = self.current(kommune_id, tiltak, today)
            if occurrence is None:
                continue
            if occurrence.status is Status.DONE:
                done.append(occurrence)
            elif not self.owners_mapped(kommune_id, tiltak):
                missing.append(tiltak)
            elif occurrence.status is Status.NOT_MINE:
                not_mine.append(occurrence)
            elif occurrence.is_overdue(today):
                overdue.append(occurrence)
            elif today <= occurrence.effective_deadline <= horizon:
                due.append(occurrence)
        return Overview(tuple(done), tuple(due), tuple(overdue), tuple(not_mine), tuple(missing))
