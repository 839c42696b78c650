"""The routine cards' views (:mod:`bot.features.routines.card_views`), from a routine as it
applies in one kommune: which steps, contacts and laws, and where each button leads.

Every button carries the ``trail`` of steps visited so far, so «Tilbake» after a ja/nei
branch returns to the step the user actually came from, and a card clicked hours later still
works.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.features.routines import texts
from bot.features.routines.card_views import (
    Go,
    LegalLink,
    RoutineNoteView,
    RoutineOverviewView,
    RoutineStepView,
    Section,
)
from bot.features.routines.model import (
    BTI_LEVELS,
    END,
    NATIONAL_DEFAULT_NOTE,
    ResolvedRoutine,
    describe_contact,
    find_step,
    first_step_id,
    legal_bases,
    next_step_id,
    routine_contacts,
    routine_legal,
    step_contacts,
    step_number,
    step_short,
)
from bot.knowledge.models import Contact, Kommune, NationalDefaults
from bot.knowledge.routine_schema import Branch, LegalBasis, Step

MAX_TRAIL = 50
"""Visited steps kept in card data; enough for any routine, small enough for Teams."""


def overview_view(
    resolved: ResolvedRoutine,
    kommune: Kommune,
    national: NationalDefaults,
    *,
    alert: Sequence[str] = (),
    leave_out: frozenset[str] = frozenset(),
    acute: bool = True,
    asides: Sequence[str] = (),
) -> RoutineOverviewView:
    """Every step on one card, and a button to go through it step by step.

    ``alert`` are the lead lines of a danger finding (bot/safety.py): shown above everything
    and in place of the routine's own acute line, because they say what to do this minute
    for what was found. ``acute`` False (a calm question, no ``alert``) leaves the routine's
    own acute line out.
    """
    routine = resolved.routine
    numbered = "\n".join(
        f"{number}. {step_short(routine, step)}"
        for number, step in enumerate(routine.steps, start=1)
    )
    contacts = routine_contacts(routine, kommune, national, leave_out=leave_out)
    return RoutineOverviewView(
        alerts=tuple(alert) or ((routine.acute,) if acute else ()),
        title=routine.title,
        where=_where(resolved, kommune),
        summary=routine.summary,
        steps=Section(texts.STEPS, (numbered,)),
        contacts=_contacts(contacts),
        legal=_legal(routine_legal(routine, national)),
        read_more=Section(texts.READ_MORE, tuple(routine.links)) if routine.links else None,
        note=NATIONAL_DEFAULT_NOTE if resolved.is_national_default else "",
        source_title=resolved.source.title,
        start=Go(
            texts.START_TITLE,
            routine.id,
            kommune.id,
            step=first_step_id(routine),
            style="positive",
        ),
        asides=Section(texts.asides_heading(kommune=kommune.short_name), tuple(asides))
        if asides
        else None,
    )


def step_view(
    resolved: ResolvedRoutine,
    kommune: Kommune,
    national: NationalDefaults,
    step_id: str,
    trail: Sequence[str] = (),
) -> RoutineStepView | RoutineNoteView:
    """One step; ``end`` gives the closing card, and an id the routine no longer has (the
    kommune edited it since the card was sent) a card pointing back to the overview.

    ``trail`` is the ids of the steps visited before this one, oldest first, as the previous
    card sent it.
    """
    visited = _clean_trail(trail)
    if step_id == END:
        return _closing(resolved, visited)
    step = find_step(resolved.routine, step_id)
    if step is None:
        return _stale(resolved)
    routine = resolved.routine
    return RoutineStepView(
        progress=texts.step_of(routine.title, step_number(routine, step.id), len(routine.steps)),
        acute=routine.acute,
        title=step.title,
        text=step.text,
        decision=step.decision or "",
        outcomes=tuple((b.answer.capitalize(), b.label) for b in _ordered_branches(step)),
        facts=_who_and_bti(step),
        contacts=_contacts(step_contacts(step, kommune, national)),
        legal=_legal(legal_bases(step.legal, national)),
        source_title=resolved.source.title,
        back=_back(resolved, visited),
        forward=_forward(resolved, step, visited),
        aside=_step_asides(resolved, kommune, step),
    )


def _step_asides(resolved: ResolvedRoutine, kommune: Kommune, step: Step) -> Section[str] | None:
    """What the plan says beside this step, in its own words (asides for one topic stay on
    the overview, where the question that names the topic is answered)."""
    said = tuple(
        " ".join(a.text.split()) for a in resolved.asides if a.step == step.id and not a.asked_as
    )
    return Section(texts.asides_heading(kommune=kommune.short_name), said) if said else None


def _where(resolved: ResolvedRoutine, kommune: Kommune) -> str:
    if resolved.is_national_default:
        return texts.national_default_in(kommune.name)
    return texts.own_routine_of(kommune.name)


def _contacts(contacts: Sequence[Contact]) -> Section[str] | None:
    lines = tuple(describe_contact(c) for c in contacts)
    return Section(texts.CONTACTS, lines) if lines else None


def _legal(bases: Sequence[LegalBasis]) -> Section[LegalLink] | None:
    links = tuple(LegalLink(b.title, b.url, b.law) for b in bases)
    return Section(texts.LEGAL_BASIS, links) if links else None


def _who_and_bti(step: Step) -> tuple[tuple[str, str], ...]:
    bti = BTI_LEVELS.get(step.bti_level, "") if step.bti_level is not None else ""
    shown = ((texts.WHO, step.who or ""), (texts.BTI, bti))
    return tuple((title, value) for title, value in shown if value)


def _ordered_branches(step: Step) -> list[Branch]:
    """Ja before Nei, whatever order the YAML lists them in."""
    return sorted(step.branches, key=lambda b: b.answer != "ja")


# --- navigation -------------------------------------------------------------------------------


def _clean_trail(trail: Sequence[str]) -> list[str]:
    """Only strings, and only the most recent ``MAX_TRAIL``: card data comes from outside."""
    return [s for s in trail if isinstance(s, str)][-MAX_TRAIL:]


def _goto(
    resolved: ResolvedRoutine,
    title: str,
    step: str,
    trail: list[str],
    *,
    answer: str | None = None,
    tooltip: str | None = None,
    style: str | None = None,
) -> Go:
    return Go(
        title,
        resolved.id,
        resolved.kommune_id,
        step=step,
        trail=tuple(trail[-MAX_TRAIL:]),
        answer=answer,
        tooltip=tooltip,
        style=style,
    )


def _to_overview(resolved: ResolvedRoutine, title: str = texts.OVERVIEW_TITLE) -> Go:
    return Go(title, resolved.id, resolved.kommune_id)


def _back(resolved: ResolvedRoutine, trail: list[str]) -> Go:
    """Back to the step the user came from; from the first step, back to the overview."""
    if not trail:
        return _to_overview(resolved, texts.BACK)
    return _goto(resolved, texts.BACK, trail[-1], trail[:-1])


def _forward(resolved: ResolvedRoutine, step: Step, trail: list[str]) -> tuple[Go, ...]:
    """Ja/Nei on a decision (each to its branch), otherwise Neste – or Ferdig at the end."""
    visited = [*trail, step.id]
    if step.decision:
        return tuple(
            _goto(
                resolved,
                branch.answer.capitalize(),
                branch.goto,
                visited,
                answer=branch.answer,
                tooltip=branch.label,
                style="positive" if branch.answer == "ja" else "default",
            )
            for branch in _ordered_branches(step)
        )
    following = next_step_id(resolved.routine, step.id)
    title = texts.DONE if following == END else texts.NEXT
    return (_goto(resolved, title, following, visited, style="positive"),)


def _closing(resolved: ResolvedRoutine, trail: list[str]) -> RoutineNoteView:
    back = (_back(resolved, trail),) if trail else ()
    return RoutineNoteView(
        heading=texts.finished(resolved.routine.title),
        text=texts.WRITE_IT_DOWN,
        acute=resolved.routine.acute,
        source_title=resolved.source.title,
        actions=(*back, _to_overview(resolved)),
    )


def _stale(resolved: ResolvedRoutine) -> RoutineNoteView:
    return RoutineNoteView(
        heading=texts.ROUTINE_CHANGED,
        text=texts.step_gone(resolved.routine.title),
        acute=resolved.routine.acute,
        source_title="",
        actions=(_to_overview(resolved),),
    )
