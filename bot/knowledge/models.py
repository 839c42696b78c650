"""The knowledge schema: what a kommune's YAML file may say, checked at load.

Every fact that comes from a plan names its source by key (``source: plan``); the keys
are declared once per file under ``sources``. Where two sources disagree, the file keeps
the winning value and records what the other source said under ``other_sources``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import Field, model_validator

from bot.dates import MONTHS as MONTHS  # re-exported: bot/features/meetings.py reads it here
from bot.knowledge.action_plan import StatusChecks
from bot.knowledge.action_plan import Tiltak as Tiltak  # re-exported for jobs.py, tiltak*.py
from bot.knowledge.provenance import Basis, Fact, Slug, Source, Sourced, Strict, Text
from bot.knowledge.rhythm import HolidayRules, Rhythm
from bot.knowledge.routine_schema import FirstAid, LegalBasis, Routine, RoutineAside


class Level(StrEnum):
    """The three SLT levels."""

    STYRENDE = "styrende"
    KOORDINERENDE = "koordinerende"
    UTFORENDE = "utførende"


class Frequency(Strict):
    """A meeting cadence, machine-readable plus the plan's own words.

    Exactly one of: ``per_year`` (N meetings spread over the year), ``every`` + ``unit``
    (every N weeks/months), ``per_period`` (N times in the plan period), ``as_needed``.
    """

    text: Text
    per_year: int | None = Field(None, ge=1, le=52)
    every: int | None = Field(None, ge=1, le=52)
    unit: Literal["week", "month"] | None = None
    per_period: int | None = Field(None, ge=1, le=20)
    as_needed: bool = False

    @model_validator(mode="after")
    def _exactly_one_rule(self) -> Frequency:
        rules = [
            self.per_year is not None,
            self.every is not None,
            self.per_period is not None,
            self.as_needed,
        ]
        if sum(rules) != 1:
            raise ValueError(
                "give exactly one of per_year, every (+ unit), per_period or as_needed"
            )
        if (self.every is None) != (self.unit is None):
            raise ValueError("'every' and 'unit' go together")
        return self


class Group(Sourced):
    """A group on one SLT level: politiråd, SLT-nettverk, fagteam, a samarbeidsforum."""

    id: Slug
    name: Text
    level: Level
    aliases: tuple[Text, ...] = ()
    purpose: str | None = None
    members: tuple[Text, ...] = ()
    members_note: str | None = None
    duties: tuple[Text, ...] = ()
    meets: Frequency | None = None
    innkaller: str | None = None
    moteleder: str | None = None
    sekretar: str | None = None
    shared_with: tuple[Text, ...] = Field(
        (), description="other kommuner that share this group (e.g. a joint politiråd)"
    )
    default_time: str | None = Field(None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    duration_minutes: int = Field(90, ge=15, le=480)
    place: str | None = None
    moteplan: tuple[dt.date, ...] = Field((), description="fixed meeting dates that win")
    rhythm: Rhythm | None = Field(
        None, description="weekday, pattern, time, place and calls; wins over default_time"
    )
    primary: bool = Field(
        False, description="the group that stands for its level when someone names the level"
    )


class LevelInfo(Sourced):
    """What a level is for in this kommune, independent of its groups."""

    level: Level
    name: Text
    description: str | None = None
    duties: tuple[Text, ...] = ()
    coordinated_by: str | None = None


class Contact(Sourced):
    """A public contact point (a role, a service); never a private person's data."""

    role: Text
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    note: str | None = None
    aliases: tuple[Text, ...] = Field(
        (),
        description=(
            "what the service is asked by – its work in the plan's own words, or its name's "
            "parts («hatefulle ytringer på nett» for the nettpatrulje): searched, never shown"
        ),
    )


class Coordinator(Sourced):
    title: Text = "SLT-koordinator"
    also: tuple[Text, ...] = Field((), description="other roles the same person holds")
    mandate: str | None = None
    tasks: tuple[Text, ...] = ()
    contact: Contact | None = None


class Plan(Sourced):
    title: Text
    period_start: int = Field(ge=2000, le=2100)
    period_end: int = Field(ge=2000, le=2100)
    adopted: dt.date | None = None
    adopted_by: Text | None = None
    """Who adopted the plan, where it says so («kommunestyret»): «hvem godkjenner planen?»."""

    @model_validator(mode="after")
    def _period_in_order(self) -> Plan:
        if self.period_end < self.period_start:
            raise ValueError("period_end is before period_start")
        return self


class Goals(Sourced):
    """What the kommune's SLT work aims at, in its own words: vision, goals, strategies."""

    vision: tuple[Text, ...] = ()
    goals: tuple[Text, ...] = ()
    strategies: tuple[Text, ...] = ()


class TargetGroup(Sourced):
    """Who the SLT work is for, in the plan's words; ages only where the plan gives them."""

    text: Text
    min_age: int | None = Field(None, ge=0, le=30)
    max_age: int | None = Field(None, ge=0, le=30)

    @model_validator(mode="after")
    def _both_ages_or_none(self) -> TargetGroup:
        if (self.min_age is None) != (self.max_age is None):
            raise ValueError("give both min_age and max_age, or neither")
        return self


class PlanFact(Sourced):
    """One thing the plan states that has no field of its own: «hva skal til for å lykkes»,
    «hvilke føringer bygger SLT på». Answered in the plan's words, always with its quote."""

    topic: Text = Field(description="what the plan says something about, as a heading")
    text: Text = Field(description="what the plan says, in bokmål, nothing added")
    asked_as: tuple[Text, ...] = Field(
        (), description="words staff use when they ask for it (search words, not facts)"
    )

    @model_validator(mode="after")
    def _quoted(self) -> PlanFact:
        if not any(f.quote and f.at for f in self.facts):
            raise ValueError(
                f"plan fact '{self.topic}': give the plan's words in facts (quote and at), "
                "so the answer can be checked against the plan"
            )
        return self


class Places(Strict):
    """Place and school names in the kommune.

    The privacy guard never takes these for a person's name («Ålgård (2) har meldt inn
    saker»), and a pupil named with one of the schools is identifiable. A new kommune adds
    its own here; nothing about a kommune's places is written in code.
    """

    schools: tuple[Text, ...] = Field((), description="e.g. Våler ungdomsskole, JUS")
    names: tuple[Text, ...] = Field((), description="villages, areas, neighbour towns")


class NeedService(Strict):
    """The services this kommune's plan names of one kind (knowledge/national/needs.yaml's
    ``kinds``), with the plan's line that names them: the answer to a need of that kind.

    Where the line names the service but not that it meets the need («Aktuelle hjelpetilbud:
    … mestringsenheten …» read as the psykisk helse service), the row is the knowledge
    writer's reading: a fact with ``basis: assumed`` says what is read into it (``about``) and
    why (``note``, required – the row's quote looks like support, so the sheet says why it is
    not). Such a row still answers, with the one-line «Grunnlag – antatt: …» under it, and is on
    the coordinator's review sheet until ``confirmed``. A ``basis: plan`` fact quotes another
    line where the row's own line lacks a part of it (a second contact named elsewhere).
    """

    kind: Slug
    contacts: tuple[Slug, ...] = Field((), description="keys under contacts")
    group_ids: tuple[Slug, ...] = Field((), description="ids of groups that take such cases")
    tiltak_ids: tuple[str, ...] = Field((), description="ids of the plan's tiltak for it")
    quote: Text
    at: Text
    facts: tuple[Fact, ...] = Field(
        (), description="what the line does not state plainly (basis: assumed, with a note)"
    )


class Kommune(Strict):
    """One kommune's knowledge file."""

    id: Slug
    name: Text
    short_name: Text
    aliases: tuple[Text, ...] = ()
    region: str | None = None
    politidistrikt: str | None = None
    version: Text = Field(description="bumped by the coordinator on every edit")
    sources: dict[Slug, Source] = Field(min_length=1)
    plan: Plan
    target_group: TargetGroup
    goals: Goals | None = None
    coordinator: Coordinator
    levels: tuple[LevelInfo, ...] = Field(min_length=3, max_length=3)
    groups: tuple[Group, ...] = Field(min_length=1)
    contacts: dict[Slug, Contact] = Field(default_factory=dict)
    tiltak: tuple[Tiltak, ...] = ()
    status_checks: StatusChecks
    routines: tuple[Routine, ...] = ()
    notes: tuple[Text, ...] = ()
    plan_facts: tuple[PlanFact, ...] = ()
    routine_asides: tuple[RoutineAside, ...] = ()
    need_services: tuple[NeedService, ...] = Field(
        (), description="per kind of service (national/needs.yaml), what the plan names"
    )
    places: Places = Places()
    school_holidays: HolidayRules | None = Field(
        None, description="this kommune's school holidays where they differ from the national"
    )
    facts: tuple[Fact, ...] = Field(
        (), description="facts not tied to one item, e.g. a coordinator name the plan lacks"
    )

    @model_validator(mode="after")
    def _references_resolve(self) -> Kommune:
        for key, where in self._source_refs():
            if key not in self.sources:
                known = ", ".join(sorted(self.sources))
                raise ValueError(f"{where}: unknown source '{key}' (known: {known})")
        levels = [info.level for info in self.levels]
        if sorted(levels) != sorted(Level):
            raise ValueError("levels must describe styrende, koordinerende and utførende once each")
        group_ids = [g.id for g in self.groups]
        duplicates = {g for g in group_ids if group_ids.count(g) > 1}
        if duplicates:
            raise ValueError(f"duplicate group id(s): {', '.join(sorted(duplicates))}")
        tiltak_ids = [t.id for t in self.tiltak]
        duplicates = {t for t in tiltak_ids if tiltak_ids.count(t) > 1}
        if duplicates:
            raise ValueError(f"duplicate tiltak id(s): {', '.join(sorted(duplicates))}")
        for t in self.tiltak:
            if self.sources[t.source].rank > 1 and not any(f.basis is Basis.OLDER for f in t.facts):
                raise ValueError(
                    f"tiltak '{t.id}' comes from the losing source '{t.source}': add a fact "
                    "with basis: older, its quote and at, so the answer and the review sheet "
                    "say so"
                )
        for level in Level:
            primaries = [g.id for g in self.groups if g.level == level and g.primary]
            if len(primaries) > 1:
                raise ValueError(f"more than one primary group on level {level}: {primaries}")
        return self

    def _source_refs(self) -> list[tuple[str, str]]:
        refs: list[tuple[str, str]] = []
        sourced: list[tuple[str, Sourced]] = [
            ("plan", self.plan),
            ("target_group", self.target_group),
            ("coordinator", self.coordinator),
        ]
        if self.goals is not None:
            sourced.append(("goals", self.goals))
        sourced += [(f"levels[{i}]", x) for i, x in enumerate(self.levels)]
        sourced += [(f"groups[{i}] ({x.id})", x) for i, x in enumerate(self.groups)]
        sourced += [(f"contacts.{k}", x) for k, x in self.contacts.items()]
        sourced += [(f"tiltak[{i}] ({x.id})", x) for i, x in enumerate(self.tiltak)]
        sourced += [(f"routines[{i}] ({x.id})", x) for i, x in enumerate(self.routines)]
        sourced += [(f"plan_facts[{i}] ({x.topic})", x) for i, x in enumerate(self.plan_facts)]
        sourced += [(f"routine_asides[{i}]", x) for i, x in enumerate(self.routine_asides)]
        sourced.append(("status_checks", self.status_checks))
        for where, item in sourced:
            refs.append((item.source, where))
            refs += [(o.source, f"{where}.other_sources") for o in item.other_sources]
        if self.coordinator.contact:
            refs.append((self.coordinator.contact.source, "coordinator.contact"))
        return refs


BUILTIN_CONTACTS = frozenset({"slt_koordinator"})
"""Contacts every kommune has without declaring them (resolved from ``coordinator``)."""


class NationalDefaults(Strict):
    """The national default routines and the legal bases they cite."""

    version: Text
    sources: dict[Slug, Source] = Field(min_length=1)
    legal: tuple[LegalBasis, ...] = Field(min_length=1)
    routines: tuple[Routine, ...] = Field(min_length=1)
    contacts: dict[Slug, Contact] = Field(default_factory=dict)
    first_aid: FirstAid = Field(description="the calm answer's steps should someone fall ill")

    @model_validator(mode="after")
    def _references_resolve(self) -> NationalDefaults:
        legal_ids = {b.id for b in self.legal}
        for routine in self.routines:
            if routine.source not in self.sources:
                raise ValueError(f"routine '{routine.id}': unknown source '{routine.source}'")
            for step in routine.steps:
                for ref in step.legal:
                    if ref not in legal_ids:
                        raise ValueError(
                            f"routine '{routine.id}' step '{step.id}': unknown legal basis '{ref}'"
                        )
        return self
