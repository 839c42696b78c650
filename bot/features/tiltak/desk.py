"""The action plan's tiltak: who owns what, when it is due, and what owners have answered.

Status is kept per occurrence of a deadline (a yearly tiltak is answered once a year), keyed
``kommune:tiltak:YYYY-MM-DD`` (:class:`~bot.storage.tiltak.TiltakAnswers`). The only free
text kept is the comment an ansvarlig chooses to write in the card (the README says so).

The desk answers what the knowledge alone says; what was stored is read into a
:class:`~bot.features.tiltak.view.TiltakView` (:meth:`TiltakDesk.view`) and every write is
one repository step — an answer is read, decided and written as one transaction, so two
answers given at once on two instances are both kept.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from typing import Any

from bot.features.tiltak.grades import GradeWords
from bot.features.tiltak.model import (
    MAX_ANSWERS,
    Occurrence,
    Status,
    matches_role,
)
from bot.features.tiltak.reminder_plan import is_current, plan_end
from bot.features.tiltak.view import DayMemo, TiltakView
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune, Tiltak
from bot.people import PeopleMap, PersonRef
from bot.storage import Repositories
from bot.storage.people import Roster
from bot.storage.records import Stamp, TiltakRecord
from bot.storage.snapshot import tick_memo
from bot.storage.tiltak import TILTAK_JSON
from bot.text import fold, tokens


class TiltakDesk:
    """Queries and status changes for every kommune's tiltak, over the repositories."""

    def __init__(
        self, kb: KnowledgeBase, repos: Repositories, people: dict[str, PeopleMap]
    ) -> None:
        self.kb = kb
        self.repos = repos
        self.people = people
        self._search = {
            kommune_id: [
                (t, tuple(fold(f"{t.id} {t.tiltak} {t.mal or ''}").split()))
                for t in index.kommune.tiltak
            ]
            for kommune_id, index in kb.kommuner.items()
        }
        """Per kommune: each tiltak with the folded words of its id, text and goal."""
        self._told = {
            kommune_id: tuple((t, tuple(fold(t.tiltak).split())) for t in index.kommune.tiltak)
            for kommune_id, index in kb.kommuner.items()
        }
        """Per kommune: each tiltak with the folded words of its own text (what is done)."""
        self._memos: dict[str, tuple[tuple[object, ...], PeopleMap | None, DayMemo]] = {}
        self._also = _other_titles(kb)
        self.grades = GradeWords.of(kb.language.understanding.grades)
        """How a question names a grade (understanding.yaml ``grades``), compiled once."""
        self._titles = tuple(tokens(kb.language.understanding.role_grammar.service_titles))
        """A service's own adviser as one word with it («Kulturrådgiver»): ``role_grammar``."""

    # --- the knowledge ---------------------------------------------------------------------

    def all(self, kommune_id: str) -> tuple[Tiltak, ...]:
        return self.kb.kommuner[kommune_id].kommune.tiltak

    def by_id(self, kommune_id: str, tiltak_id: str) -> Tiltak | None:
        return next((t for t in self.all(kommune_id) if t.id == tiltak_id), None)

    def for_role(self, kommune_id: str, role: str) -> list[Tiltak]:
        """The tiltak whose ansvar names the role; none, those naming the role's other title
        (understanding.yaml ``role_synonyms``): Jevnaker's plan says «Skoleleder(e)», never
        «rektor»."""
        found = [t for t in self.all(kommune_id) if any(self._owns(role, a) for a in t.ansvar)]
        also = self._also.get(fold(role), ())
        if found or not also:
            return found
        return [
            t
            for t in self.all(kommune_id)
            if any(matches_role(other, a) for other in also for a in t.ansvar)
        ]

    def _owns(self, role: str, ansvar: str) -> bool:
        """Whether the role names the ansvar, or the ansvar is the role's service's own adviser
        («kultur» owns what «Kulturrådgiver» does; «helse» not «Helsesykepleier»'s)."""
        if matches_role(role, ansvar):
            return True
        service = fold(role)
        return any(
            w.startswith(service) and w[len(service) :] in self._titles
            for w in fold(ansvar).split()
        )

    def names_an_owner(self, word: str) -> bool:
        """Whether ``word`` names a tiltak's ansvar in any kommune's plan («barnehage» does in
        Våler's): a word that can be an owner, not a topic («unge»)."""
        return any(
            matches_role(word, a)
            for kommune_id in self.kb.kommuner
            for t in self.all(kommune_id)
            for a in t.ansvar
        )

    def holds_any(self, kommune_id: str, stems: tuple[str, ...]) -> bool:
        """Whether any tiltak's text has a word starting with one of ``stems``."""
        return any(
            token.startswith(stems)
            for _, text in self._search.get(kommune_id, [])
            for token in text
        )

    def search(self, kommune_id: str, words: tuple[str, ...]) -> list[Tiltak]:
        """Tiltak whose text contains every searched word (as a word prefix)."""
        wanted = [w for w in words if len(w) >= 3]
        if not wanted:
            return []
        return [
            tiltak
            for tiltak, text in self._search.get(kommune_id, [])
            if all(any(token.startswith(w) for token in text) for w in wanted)
        ]

    def text_words(self, kommune_id: str) -> tuple[tuple[Tiltak, tuple[str, ...]], ...]:
        """Each tiltak with the folded words of its own text, folded once at load."""
        return self._told.get(kommune_id, ())

    def people_map(self, kommune_id: str) -> PeopleMap:
        return self.people.get(kommune_id) or PeopleMap(kommune_id)

    def kommune(self, kommune_id: str) -> Kommune:
        return self.kb.kommuner[kommune_id].kommune

    def is_current(self, kommune_id: str, tiltak: Tiltak) -> bool:
        """Whether the tiltak is in the kommune's current plan (not only an older one)."""
        return is_current(self.kommune(kommune_id), tiltak)

    def missing_owner_roles(self, kommune_id: str) -> tuple[str, ...]:
        """Roles named as ansvar that nobody is mapped to ("mangler ansvarlig")."""
        people = self.people_map(kommune_id)
        roles = {role for t in self.all(kommune_id) for role in t.ansvar}
        return tuple(sorted(r for r in roles if not people.people_for(r)))

    # --- what is stored --------------------------------------------------------------------

    async def view(self, kommune_id: str) -> TiltakView:
        """The kommune's answers, frister, ansvarlige and plan period as stored now."""
        answers, deadlines, assignees, extra_years = await asyncio.gather(
            self.repos.tiltak_answers.in_kommune(kommune_id),
            self.repos.deadlines.in_kommune(kommune_id),
            self.repos.assignees.in_kommune(kommune_id),
            self.repos.plan_periods.extra_years(kommune_id),
        )
        view = TiltakView(
            self,
            kommune_id,
            answers=dict(answers),
            deadlines={t: dt.date.fromisoformat(day) for t, day in deadlines.items()},
            assignees={t: PersonRef(name, i) for t, (name, i) in assignees.items()},
            extra_years=extra_years,
        )
        return replace(view, memo=self._memo(view))

    def _memo(self, view: TiltakView) -> DayMemo:
        """The memo of the last view of the kommune if this one read the same, else a new
        one. What a memo holds is worked out from the view alone (with this desk's knowledge
        and people mapping), so an answer, a frist or a plan extension from any instance,
        read by the next view, starts a new memo; a knowledge reload builds a new desk."""
        state, people = view.state(), self.people.get(view.kommune_id)
        kept = self._memos.get(view.kommune_id)
        if kept is not None and kept[1] is people and kept[0] == state:
            return kept[2]
        memo = DayMemo()
        self._memos[view.kommune_id] = (state, people, memo)
        return memo

    async def people_choices(self, kommune_id: str, limit: int = 100) -> list[tuple[str, str]]:
        """(name, identity) of everyone the coordinator can make ansvarlig: the people mapping
        and the members of this kommune's linked teams, by name.

        One service may hold several kommuner's rosters; a coordinator is never offered (nor
        may a forged card choose) someone who is only in another kommune's team. A member
        stored without their teams (before the roster kept them) is offered only while every
        linked team belongs to this kommune."""
        found: dict[str, str] = {}
        for people in self.people_map(kommune_id).by_role.values():
            for p in people:
                found.setdefault(p.identities[0], p.name or p.identities[0])
        links = await self.repos.team_links.all()
        here = {key.removeprefix("team:") for key, k in links.items() if k == kommune_id}
        alone = all(k == kommune_id for k in links.values())
        for aad_id, name, known, teams in await self._roster_names():
            if (teams & here or (not teams and alone)) and not known & found.keys():
                found[aad_id] = name
        ordered = sorted(found.items(), key=lambda item: fold(item[1]))
        return [(name, identity) for identity, name in ordered[:limit]]

    async def _roster_names(self) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
        """(roster key, name, identities, teams) of every named member; in a tick worked out
        once from the tick's reading of the roster (bot/storage/snapshot.py), not per card."""
        memo = tick_memo(Roster.NAMESPACE)
        if memo is not None and "names" in memo:
            kept: list[tuple[str, str, frozenset[str], frozenset[str]]] = memo["names"]  # type: ignore[assignment]
            return kept
        names = [
            (
                m.aad_id.lower(),
                m.name,
                frozenset({(m.upn or "").lower(), (m.email or "").lower(), m.aad_id}),
                frozenset(m.teams or ((m.team,) if m.team else ())),
            )
            for m in await self.repos.roster.all()
            if m.name
        ]
        if memo is not None:
            memo["names"] = names
        return names

    async def person(self, kommune_id: str, identity: str) -> PersonRef | None:
        """The person behind a chosen identity (roster or people mapping)."""
        wanted = identity.strip().lower()
        return next(
            (
                PersonRef(name, i)
                for name, i in await self.people_choices(kommune_id, 10_000)
                if i == wanted
            ),
            None,
        )

    # --- changes, each one repository step -------------------------------------------------

    async def assign(
        self, kommune_id: str, tiltak: Tiltak, person: PersonRef, by: str, at: dt.datetime
    ) -> None:
        """Make one person ansvarlig for a tiltak (wins over the roles in the plan)."""
        stamp = Stamp(by, at.isoformat())
        await self.repos.assignees.assign(
            kommune_id, tiltak.id, person.name, person.identity, stamp
        )

    async def nudge(self, occurrence: Occurrence, by: str, at: dt.datetime) -> None:
        """Ask the scheduler to send this tiltak's reminder again now (next tick)."""
        key = f"{occurrence.key}:{at.strftime('%Y%m%dT%H%M%S')}"
        await self.repos.nudges.add(key, Stamp(by, at.isoformat()))

    async def extend_plan(self, kommune_id: str, by: str, at: dt.datetime) -> dt.date:
        """Add one year to the plan's period (the coordinator's button), as one step."""
        years = await self.repos.plan_periods.extend(kommune_id, Stamp(by, at.isoformat()))
        return plan_end(self.kommune(kommune_id), years)

    async def set_deadline(
        self, kommune_id: str, tiltak: Tiltak, day: dt.date, by: str, at: dt.datetime
    ) -> None:
        """The coordinator's own deadline for a tiltak; it replaces the plan's rule."""
        stamp = Stamp(by, at.isoformat())
        await self.repos.deadlines.set(kommune_id, tiltak.id, day.isoformat(), stamp)

    async def answer(
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

        def answered(found: TiltakRecord | None) -> TiltakRecord:
            record: dict[str, Any] = TILTAK_JSON.write(found) if found is not None else {}
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
            return TILTAK_JSON.read(record)

        await self.repos.tiltak_answers.change(occurrence.key, answered)
        fresh = await self.view(occurrence.kommune_id)
        return fresh.occurrence(occurrence.tiltak, occurrence.deadline)


def _other_titles(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Each role word (folded, every form understanding.yaml ``roles`` lists) → the other
    titles of the same person: two ``role_synonyms`` entries that each list the other
    («rektor» and «skoleleder», «rådmann» and «kommunedirektør»). A place or a group a role
    is listed with («lærer»: «skolen») is no title of it: its tiltak are not the role's."""
    words = kb.language.understanding
    synonyms = {
        fold(w): {fold(p) for p in ps if not p.startswith("*")}
        for w, ps in words.role_synonyms.items()
    }
    also: dict[str, tuple[str, ...]] = {}
    for word, shown in (*words.roles.items(), *((w, w) for w in words.role_synonyms)):
        base = fold(shown) if fold(shown) in synonyms else fold(word)
        other = tuple(
            sorted(t for t in synonyms.get(base, ()) if t != base and base in synonyms.get(t, ()))
        )
        if other:
            also[fold(word)] = other
    return also
