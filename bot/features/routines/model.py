"""Routines staff follow when they worry about a child: which one, whose version, what it says.

Routines are knowledge, not code: the national default set lives in
``knowledge/national/routines.yaml`` and a kommune replaces a routine by writing one with the
same id in its own file. This module picks the version that applies and writes the
plain-text overview the console and non-card clients show; ``routine_matcher.py`` finds the
routine a question is about. Nothing here knows about Teams; ``cards/routine.py`` builds the
cards from the same pieces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from bot.features.provenance import provenance_line
from bot.features.routines import texts
from bot.features.routines.texts import BTI_LEVELS as BTI_LEVELS
from bot.features.routines.texts import NATIONAL_DEFAULT_NOTE as NATIONAL_DEFAULT_NOTE
from bot.knowledge.models import Contact, Kommune, NationalDefaults
from bot.knowledge.provenance import Source
from bot.knowledge.routine_schema import LegalBasis, Routine, RoutineAside, Step

END = "end"
"""The step id a branch uses to finish the routine (and the id of the closing card)."""

SLT_KOORDINATOR = "slt_koordinator"

Origin = Literal["kommune", "national"]


# --- which version applies ------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedRoutine:
    """A routine as it applies in one kommune, remembering whether the kommune wrote it.

    The origin matters to staff: a national default must say so, because the kommune's own
    plan may name other services or an extra step.
    """

    routine: Routine
    origin: Origin
    source: Source
    kommune_id: str
    asides: tuple[RoutineAside, ...] = ()
    """What the kommune's plan says beside it (``routine_asides``): shown under the steps."""

    @property
    def id(self) -> str:
        return self.routine.id

    @property
    def is_national_default(self) -> bool:
        return self.origin == "national"


def resolve_routines(kommune: Kommune, national: NationalDefaults) -> dict[str, ResolvedRoutine]:
    """Every routine that applies in ``kommune``: its own version wins by id.

    Order follows the national file (most safety-critical first), then routines only the
    kommune has, so lists and matching priorities stay the same everywhere.
    """
    own = {r.id: r for r in kommune.routines}
    resolved: dict[str, ResolvedRoutine] = {}
    for default in national.routines:
        if default.id in own:
            resolved[default.id] = _kommune_version(own[default.id], kommune)
        else:
            asides = tuple(a for a in kommune.routine_asides if a.routine == default.id)
            resolved[default.id] = ResolvedRoutine(
                default, "national", national.sources[default.source], kommune.id, asides
            )
    for routine in kommune.routines:
        resolved.setdefault(routine.id, _kommune_version(routine, kommune))
    return resolved


def _kommune_version(routine: Routine, kommune: Kommune) -> ResolvedRoutine:
    asides = tuple(a for a in kommune.routine_asides if a.routine == routine.id)
    return ResolvedRoutine(routine, "kommune", kommune.sources[routine.source], kommune.id, asides)


# --- steps and navigation -------------------------------------------------------------------


def find_step(routine: Routine, step_id: str) -> Step | None:
    """The step with ``step_id``; None for ``end`` or an id an edited routine no longer has."""
    return next((s for s in routine.steps if s.id == step_id), None)


def step_number(routine: Routine, step_id: str) -> int:
    """1-based position of the step, as staff see it ("steg 3 av 10")."""
    return next(i for i, s in enumerate(routine.steps, start=1) if s.id == step_id)


def next_step_id(routine: Routine, step_id: str) -> str:
    """Where "Neste" leads from an ordinary step: the next step in the list, or ``end``."""
    position = step_number(routine, step_id)
    return routine.steps[position].id if position < len(routine.steps) else END


def first_step_id(routine: Routine) -> str:
    return routine.steps[0].id


def _target_label(routine: Routine, goto: str) -> str:
    return "ferdig" if goto == END else f"steg {step_number(routine, goto)}"


def step_short(routine: Routine, step: Step) -> str:
    """One line per step for the overview; decisions show where ja and nei lead."""
    line = step.title
    if step.decision:
        jumps = " · ".join(
            f"{b.answer.capitalize()} → {_target_label(routine, b.goto)}"
            for b in sorted(step.branches, key=lambda b: b.answer != "ja")
        )
        line = f"{step.decision} ({jumps})"
    if step.bti_level is not None:
        line += f" (BTI-nivå {step.bti_level})"
    return line


# --- contacts and legal basis ---------------------------------------------------------------


class UnknownContactError(KeyError):
    """A routine names a contact key neither the kommune nor the national file declares."""


def resolve_contact(key: str, kommune: Kommune, national: NationalDefaults) -> Contact:
    """The contact a step means by ``key``: the kommune's own wins over the national default.

    ``slt_koordinator`` always comes from the kommune's coordinator, because that is the one
    person every kommune has and the routines lean on.
    """
    if key == SLT_KOORDINATOR:
        return _coordinator_contact(kommune)
    if key in kommune.contacts:
        return kommune.contacts[key]
    if key in national.contacts:
        return national.contacts[key]
    raise UnknownContactError(key)


def _coordinator_contact(kommune: Kommune) -> Contact:
    coordinator = kommune.coordinator
    if coordinator.contact is not None:
        return coordinator.contact
    if SLT_KOORDINATOR in kommune.contacts:
        return kommune.contacts[SLT_KOORDINATOR]
    return Contact(role=f"{coordinator.title} i {kommune.short_name}", source=coordinator.source)


def step_contacts(step: Step, kommune: Kommune, national: NationalDefaults) -> list[Contact]:
    """The step's contacts that resolve; unknown keys are left out rather than shown broken.

    The loader's ``check_cross_references`` reports unknown keys when knowledge is loaded.
    """
    return _known_contacts(step.contacts, kommune, national)


def _known_contacts(
    keys: Iterable[str], kommune: Kommune, national: NationalDefaults
) -> list[Contact]:
    found: list[Contact] = []
    for key in keys:
        try:
            found.append(resolve_contact(key, kommune, national))
        except UnknownContactError:
            continue
    return found


def routine_contacts(
    routine: Routine,
    kommune: Kommune,
    national: NationalDefaults,
    *,
    leave_out: frozenset[str] = frozenset(),
) -> list[Contact]:
    """Every contact the routine names, once, in the order the steps first name them."""
    keys = dict.fromkeys(
        key for step in routine.steps for key in step.contacts if key not in leave_out
    )
    return _known_contacts(keys, kommune, national)


def legal_bases(ids: Iterable[str], national: NationalDefaults) -> list[LegalBasis]:
    """The legal bases for ``ids`` (unknown ids are left out), without duplicates."""
    by_id = {basis.id: basis for basis in national.legal}
    return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]


def routine_legal(routine: Routine, national: NationalDefaults) -> list[LegalBasis]:
    return legal_bases((ref for step in routine.steps for ref in step.legal), national)


def describe_contact(contact: Contact) -> str:
    """A contact on one line: role, then whatever public details the knowledge has."""
    details = [d for d in (contact.name, contact.phone, contact.email, contact.url) if d]
    line = contact.role + (f": {', '.join(details)}" if details else "")
    return f"{line} – {contact.note}" if contact.note else line


def describe_legal(basis: LegalBasis) -> str:
    return f"{basis.title} ({basis.law}): {basis.url}"


# --- the text overview ----------------------------------------------------------------------


def overview_text(
    resolved: ResolvedRoutine,
    kommune: Kommune,
    national: NationalDefaults,
    *,
    leave_out: frozenset[str] = frozenset(),
    acute_line: bool = True,
    asides: Sequence[str] = (),
) -> str:
    """The whole routine as text: acute line first, because that is what must not be missed.

    ``leave_out`` are contact keys not to list (a danger reply leaves out the coordinator:
    in an emergency the numbers to call come first, not a colleague's mobile).
    ``acute_line`` is False in a danger reply, whose own lead lines already say what to do
    this minute; the same advice twice in a row reads as noise and hides the steps.
    """
    routine = resolved.routine
    where = "nasjonal standard" if resolved.is_national_default else kommune.name
    lines = [f"⚠ {routine.acute}", ""] if acute_line else []
    lines += [f"{routine.title} ({where})", routine.summary, "", "Steg:"]
    for number, step in enumerate(routine.steps, start=1):
        who = f" – {step.who}" if step.who else ""
        lines.append(f"{number}. {step_short(routine, step)}{who}")
    lines += _section(texts.asides_heading(kommune=kommune.short_name) + ":", asides)
    contacts = routine_contacts(routine, kommune, national, leave_out=leave_out)
    lines += _section("Kontakter:", [describe_contact(c) for c in contacts])
    lines += _section("Lovgrunnlag:", [describe_legal(b) for b in routine_legal(routine, national)])
    lines += _section("Les mer:", list(routine.links))
    lines += ["", f"Kilde: {resolved.source.title}"]
    provenance = (
        provenance_line(routine, sources=kommune.sources)
        if not (resolved.is_national_default)
        else None
    )
    if provenance:
        lines.append(provenance)
    if resolved.is_national_default:
        lines.append(NATIONAL_DEFAULT_NOTE)
    return "\n".join(lines)


def _section(heading: str, items: Sequence[str]) -> list[str]:
    return ["", heading, *(f"- {item}" for item in items)] if items else []
