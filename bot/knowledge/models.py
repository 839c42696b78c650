"""The knowledge schema: what a kommune's YAML file may say, checked at load.

Every fact that comes from a plan names its source by key (``source: plan``); the keys
are declared once per file under ``sources``. Where two sources disagree, the file keeps
the winning value and records what the other source said under ``other_sources``.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG = r"^[a-z0-9][a-z0-9_-]*$"
Slug = Annotated[str, Field(pattern=SLUG, min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    """Base for all knowledge models: unknown keys are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Level(StrEnum):
    """The three SLT levels."""

    STYRENDE = "styrende"
    KOORDINERENDE = "koordinerende"
    UTFORENDE = "utførende"


class SourceKind(StrEnum):
    PLAN = "plan"
    WEB = "web"
    NATIONAL = "national"


class Source(Strict):
    """A document facts are taken from. ``rank`` decides disagreements: lower wins."""

    title: Text
    kind: SourceKind
    rank: int = Field(ge=1, description="1 = authoritative; higher ranks lose disagreements")
    adopted: dt.date | None = None
    url: str | None = None
    document: str | None = Field(None, description="seed file or document id")


class OtherSource(Strict):
    """What a losing source said about a field, so the bot can mention the difference."""

    source: Slug
    field: Text
    says: Text


class Sourced(Strict):
    """Anything that carries its own source key."""

    source: Slug
    other_sources: tuple[OtherSource, ...] = ()


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

    @model_validator(mode="after")
    def _period_in_order(self) -> Plan:
        if self.period_end < self.period_start:
            raise ValueError("period_end is before period_start")
        return self


class TargetGroup(Sourced):
    min_age: int = Field(ge=0, le=30)
    max_age: int = Field(ge=0, le=30)


MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Frist(Strict):
    """A tiltak's deadline: a date, a yearly date or ISO week, or continuous work.

    ``text`` keeps the plan's words ("årlig før sommerferien"); ``example`` marks a date
    the plan did not give, which the coordinator is asked to confirm.
    """

    text: Text
    date: dt.date | None = None
    yearly: str | None = Field(None, description="MM-DD every year")
    week: int | None = Field(None, ge=1, le=53, description="ISO week every year")
    continuous: bool = False
    example: bool = False

    @field_validator("yearly")
    @classmethod
    def _month_day(cls, value: str | None) -> str | None:
        if value is not None and not MONTH_DAY.match(value):
            raise ValueError("yearly must be MM-DD, e.g. '06-15'")
        return value

    @model_validator(mode="after")
    def _exactly_one_rule(self) -> Frist:
        rules = [self.date is not None, self.yearly is not None, self.week is not None]
        if sum(rules) + int(self.continuous) != 1:
            raise ValueError("give exactly one of date, yearly, week or continuous: true")
        return self


class Tiltak(Sourced):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=32)]
    innsatsomrade: Text
    mal: str | None = None
    tiltak: Text
    ansvar: tuple[Text, ...] = Field(min_length=1)
    frist: Frist


class LegalBasis(Strict):
    """A legal duty a routine step rests on; cited with a link, not quoted."""

    id: Slug
    title: Text
    law: Text
    url: Text
    summary: Text


class Branch(Strict):
    """Where a decision step leads: the id of the next step (or ``end``)."""

    answer: Literal["ja", "nei"]
    label: Text
    goto: Slug


class Step(Strict):
    id: Slug
    title: Text
    text: Text
    who: str | None = None
    contacts: tuple[Slug, ...] = Field((), description="keys in the kommune's contacts")
    legal: tuple[Slug, ...] = Field((), description="ids of legal bases")
    bti_level: int | None = Field(None, ge=0, le=3)
    decision: str | None = Field(None, description="a yes/no question; branches then apply")
    branches: tuple[Branch, ...] = ()

    @model_validator(mode="after")
    def _decision_has_both_branches(self) -> Step:
        if self.decision and {b.answer for b in self.branches} != {"ja", "nei"}:
            raise ValueError("a decision needs one branch for 'ja' and one for 'nei'")
        if self.branches and not self.decision:
            raise ValueError("branches need a 'decision' question")
        return self


class Routine(Sourced):
    """A routine staff follow ("what do I do now?"), as ordered steps with decisions."""

    id: Slug
    title: Text
    summary: Text
    acute: Text = Field(description="the acute-danger line shown first")
    triggers: tuple[Text, ...] = Field(min_length=1, description="phrases staff use")
    steps: tuple[Step, ...] = Field(min_length=1)
    links: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _branches_point_to_steps(self) -> Routine:
        ids = [s.id for s in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError("step ids must be unique within a routine")
        for step in self.steps:
            for branch in step.branches:
                if branch.goto != "end" and branch.goto not in ids:
                    raise ValueError(
                        f"step '{step.id}' branch '{branch.answer}' goes to unknown step "
                        f"'{branch.goto}'"
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
    coordinator: Coordinator
    levels: tuple[LevelInfo, ...] = Field(min_length=3, max_length=3)
    groups: tuple[Group, ...] = Field(min_length=1)
    contacts: dict[Slug, Contact] = {}
    tiltak: tuple[Tiltak, ...] = ()
    routines: tuple[Routine, ...] = ()
    notes: tuple[Text, ...] = ()
    places: Places = Places()

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
        sourced += [(f"levels[{i}]", x) for i, x in enumerate(self.levels)]
        sourced += [(f"groups[{i}] ({x.id})", x) for i, x in enumerate(self.groups)]
        sourced += [(f"contacts.{k}", x) for k, x in self.contacts.items()]
        sourced += [(f"tiltak[{i}] ({x.id})", x) for i, x in enumerate(self.tiltak)]
        sourced += [(f"routines[{i}] ({x.id})", x) for i, x in enumerate(self.routines)]
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
    contacts: dict[Slug, Contact] = {}

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
