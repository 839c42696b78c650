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

from bot.dates import MONTHS as MONTHS  # re-exported: bot/features/meetings.py reads it here
from bot.knowledge.rhythm import HolidayRules, Rhythm

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


class Basis(StrEnum):
    """How a fact is known. Only ``plan`` facts are off the coordinator's review sheet."""

    PLAN = "plan"
    """The authoritative plan says so; the quote shows where."""
    OLDER = "older"
    """Only an older or losing source says so (e.g. Jevnaker's older plan, 002)."""
    INFERRED = "inferred"
    """Derived from the plan's words (a computed date, a period read off the tiltak)."""
    ASSUMED = "assumed"
    """No source says so; a working assumption the bot uses until confirmed."""
    MISSING = "missing"
    """The sources do not say; the coordinator should fill it in."""


BASIS_LABEL = {
    Basis.PLAN: "fra planen",
    Basis.OLDER: "fra eldre kilde",
    Basis.INFERRED: "utledet",
    Basis.ASSUMED: "antatt",
    Basis.MISSING: "mangler",
}
"""How a basis is named to a coordinator (review sheet, one-line provenance)."""

SEED_REF = r"^\d{3}:\d+(?:[–-]\d+)?(?:, ?\d+(?:[–-]\d+)?)*$"


class Confirmed(Strict):
    """Who confirmed a fact, and when (``{by: Kari Koordinator, date: 2026-12-01}``): the fact
    then leaves the review sheet."""

    by: Text
    date: dt.date = Field(description="not 'on': YAML reads a bare on as true")


class Fact(Strict):
    """One fact with the words it rests on, so a coordinator can check and sign it.

    ``at`` is the seed document and line(s), e.g. ``001:79–82``; ``quote`` the words there
    (OCR errors corrected). A fact whose basis is not ``plan`` is listed on the kommune's
    review sheet until it has ``confirmed``.
    """

    about: Text = Field(description="what the fact is, in words the coordinator reads")
    basis: Basis = Basis.PLAN
    quote: str | None = None
    at: str | None = Field(None, pattern=SEED_REF)
    note: str | None = None
    confirmed: Confirmed | None = None

    @model_validator(mode="after")
    def _quoted_unless_unknown(self) -> Fact:
        if self.basis in (Basis.PLAN, Basis.OLDER, Basis.INFERRED) and not (self.quote and self.at):
            raise ValueError(
                f"a fact with basis '{self.basis}' needs the seed's words: quote and at "
                "(e.g. at: '001:79–82')"
            )
        return self

    @property
    def open(self) -> bool:
        """Still to be confirmed by the coordinator."""
        return self.basis is not Basis.PLAN and self.confirmed is None


class Sourced(Strict):
    """Anything that carries its own source key, and the quoted facts it rests on."""

    source: Slug
    other_sources: tuple[OtherSource, ...] = ()
    facts: tuple[Fact, ...] = ()


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


MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _mentions_day(quote: str, month: int, day: int) -> bool:
    """Whether the plan's words name this day of the year ("21. november", "21.11")."""
    q = " ".join(quote.casefold().split())
    return any(
        form in q
        for form in (
            f"{day}. {MONTHS[month - 1]}",
            f"{day}.{month}.",
            f"{day:02d}.{month:02d}.",
            f"{day}.{month:02d}.",
        )
    )


class Frist(Strict):
    """A tiltak's deadline, as the plan gives it — never an example.

    ``text`` keeps the plan's words. A date rule (``date``, ``yearly`` MM-DD or ISO
    ``week``) needs the ``quote`` and ``at`` it comes from: either the quote names that
    very date or week, or ``computed`` says how the date was worked out from the words
    («før hver sommerferie» → 15. juni); a computed date is shown as such and sits on the
    review sheet until ``confirmed``. Work the plan gives no time for is ``continuous``
    (løpende): it gets the kommune's status checks, never a «frist».
    """

    text: Text
    date: dt.date | None = None
    yearly: str | None = Field(None, description="MM-DD every year")
    week: int | None = Field(None, ge=1, le=53, description="ISO week every year")
    continuous: bool = False
    quote: str | None = None
    at: str | None = Field(None, pattern=SEED_REF)
    computed: str | None = Field(None, description="how the date follows from the words")
    confirmed: Confirmed | None = None
    example: bool = Field(False, description="not allowed: bundled knowledge has no examples")

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
        if self.example:
            raise ValueError(
                "example dates are not allowed: give the date the plan states (with quote "
                "and at), a date computed from the plan's words (computed: how), or "
                "continuous: true; the coordinator can set a deadline in Teams"
            )
        if self.continuous:
            if self.computed:
                raise ValueError("a continuous tiltak has no computed date; remove 'computed'")
            return self
        if not (self.quote and self.at):
            raise ValueError(
                "a deadline needs the plan's words it comes from: quote and at (e.g. at: '000:412')"
            )
        if self.computed is None and not self._stated_in(self.quote):
            what = self.date or self.yearly or f"week {self.week}"
            raise ValueError(
                f"the deadline {what} is not in the quoted words «{self.quote}» — an example "
                "date? Quote the words that state it, say how it is computed (computed: …), "
                "or make it continuous: true"
            )
        return self

    def _stated_in(self, quote: str) -> bool:
        q = quote.casefold()
        if self.week is not None:
            return f"uke {self.week}" in q
        if self.date is not None:
            return str(self.date.year) in q and _mentions_day(q, self.date.month, self.date.day)
        month, day = (int(part) for part in str(self.yearly).split("-"))
        return _mentions_day(q, month, day)

    @property
    def has_date(self) -> bool:
        return not self.continuous

    @property
    def open(self) -> bool:
        """A computed date the coordinator has not confirmed yet."""
        return self.computed is not None and self.confirmed is None


class StatusChecks(Sourced):
    """When løpende tiltak get a «statussjekk» (never called a frist), each year, MM-DD."""

    dates: tuple[str, ...] = Field(min_length=1, max_length=12)
    text: Text = Field(description="the cadence in words, shown to the coordinator")

    @field_validator("dates")
    @classmethod
    def _month_days(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            if not MONTH_DAY.match(item):
                raise ValueError(f"status check dates are MM-DD, e.g. '05-31' (got {item!r})")
        return value


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
    goals: Goals | None = None
    coordinator: Coordinator
    levels: tuple[LevelInfo, ...] = Field(min_length=3, max_length=3)
    groups: tuple[Group, ...] = Field(min_length=1)
    contacts: dict[Slug, Contact] = {}
    tiltak: tuple[Tiltak, ...] = ()
    status_checks: StatusChecks
    routines: tuple[Routine, ...] = ()
    notes: tuple[Text, ...] = ()
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
