"""Routine cards: an overview with the acute-danger line first, then one card per step.

Navigation lives in the card data, not in server state: every button carries the routine,
the kommune, the step to show and the ``trail`` of steps visited so far, so "Tilbake" after
a ja/nei branch returns to the step the user actually came from, and a card clicked hours
later still works.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from bot.features.reply import Card
from bot.features.routines import texts
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
from bot.knowledge.models import Kommune, NationalDefaults
from bot.knowledge.routine_schema import Branch, LegalBasis, Step
from cards.base import Element, bullets, card, execute, facts, heading, paragraph, source_line
from cards.verbs import Verb

MAX_TRAIL = 50
"""Visited steps kept in card data; enough for any routine, small enough for Teams."""


def overview_card(
    resolved: ResolvedRoutine,
    kommune: Kommune,
    national: NationalDefaults,
    *,
    alert: Sequence[str] = (),
    leave_out: frozenset[str] = frozenset(),
) -> Card:
    """Every step on one card, acute line on top, and a button to go through it step by step.

    ``alert`` are the lead lines of a danger finding (bot/safety.py): shown above everything
    and in place of the routine's own acute line, because they say what to do this minute
    for what was found.
    """
    routine = resolved.routine
    numbered = "\n".join(
        f"{number}. {step_short(routine, step)}"
        for number, step in enumerate(routine.steps, start=1)
    )
    body: list[Element] = [
        *(_acute(line) for line in alert),
        *(() if alert else (_acute(routine.acute),)),
        heading(routine.title, size="Large"),
        paragraph(_where(resolved, kommune), isSubtle=True, spacing="None"),
        paragraph(routine.summary),
        _section(texts.STEPS, [paragraph(numbered)]),
        *_contacts_section(
            [
                describe_contact(c)
                for c in routine_contacts(routine, kommune, national, leave_out=leave_out)
            ]
        ),
        *_legal_section(routine_legal(routine, national)),
        *_links_section(routine.links),
        *_default_note(resolved),
        source_line(resolved.source.title),
    ]
    start = execute(
        texts.START_TITLE,
        Verb.ROUTINE_STEP,
        {"routine": routine.id, "kommune": kommune.id, "step": first_step_id(routine)},
        style="positive",
    )
    return card(body, [start])


def step_card(
    resolved: ResolvedRoutine,
    kommune: Kommune,
    national: NationalDefaults,
    step_id: str,
    trail: Sequence[str] = (),
) -> Card:
    """One step: what to do, who does it, whom to call, which law; Ja/Nei on decisions.

    ``trail`` is the ids of the steps visited before this one, oldest first, as the previous
    card sent it. ``end`` gives the closing card; an id the routine no longer has (the
    kommune edited it since the card was sent) gives a card pointing back to the overview.
    """
    trail = _clean_trail(trail)
    if step_id == END:
        return _closing_card(resolved, trail)
    step = find_step(resolved.routine, step_id)
    if step is None:
        return _stale_card(resolved)
    body: list[Element] = [
        paragraph(_progress(resolved, step), size="Small", isSubtle=True),
        _acute(resolved.routine.acute, compact=True),
        heading(step.title),
        paragraph(step.text),
        *_decision(step),
        *_who_and_bti(step),
        *_contacts_section([describe_contact(c) for c in step_contacts(step, kommune, national)]),
        *_legal_section(legal_bases(step.legal, national)),
        source_line(resolved.source.title),
    ]
    return card(body, [_back(resolved, trail), *_forward(resolved, step, trail)])


# --- pieces -----------------------------------------------------------------------------------


def _acute(text: str, *, compact: bool = False) -> Element:
    """The acute-danger line in an attention container, so it is seen before anything else."""
    line = paragraph(
        text, color="Attention", weight="Bolder", size="Small" if compact else "Default"
    )
    return {"type": "Container", "style": "attention", "items": [line]}


def _where(resolved: ResolvedRoutine, kommune: Kommune) -> str:
    if resolved.is_national_default:
        return texts.national_default_in(kommune.name)
    return texts.own_routine_of(kommune.name)


def _section(title: str, items: list[Element]) -> Element:
    return {
        "type": "Container",
        "spacing": "Medium",
        "items": [paragraph(title, weight="Bolder"), *items],
    }


def _contacts_section(lines: list[str]) -> list[Element]:
    return [_section(texts.CONTACTS, [bullets(lines)])] if lines else []


def _legal_section(bases: list[LegalBasis]) -> list[Element]:
    """Legal bases as links; lovdata's § in the address is percent-encoded for Teams."""
    lines = [f"[{b.title}]({quote(b.url, safe=':/#?=&')}) – {b.law}" for b in bases]
    return [_section(texts.LEGAL_BASIS, [bullets(lines)])] if lines else []


def _links_section(links: Sequence[str]) -> list[Element]:
    return [_section(texts.READ_MORE, [bullets(list(links))])] if links else []


def _default_note(resolved: ResolvedRoutine) -> list[Element]:
    if not resolved.is_national_default:
        return []
    return [paragraph(NATIONAL_DEFAULT_NOTE, isSubtle=True, spacing="Medium")]


def _progress(resolved: ResolvedRoutine, step: Step) -> str:
    routine = resolved.routine
    return texts.step_of(routine.title, step_number(routine, step.id), len(routine.steps))


def _decision(step: Step) -> list[Element]:
    """The yes/no question, with what each answer leads to, highlighted above the buttons."""
    if not step.decision:
        return []
    outcomes = [(b.answer.capitalize(), b.label) for b in _ordered_branches(step)]
    question = paragraph(step.decision, weight="Bolder")
    return [{"type": "Container", "style": "emphasis", "items": [question, facts(outcomes)]}]


def _who_and_bti(step: Step) -> list[Element]:
    bti = BTI_LEVELS.get(step.bti_level, "") if step.bti_level is not None else ""
    shown = ((texts.WHO, step.who or ""), (texts.BTI, bti))
    pairs = [(title, value) for title, value in shown if value]
    return [facts(pairs)] if pairs else []


def _ordered_branches(step: Step) -> list[Branch]:
    """Ja before Nei, whatever order the YAML lists them in."""
    return sorted(step.branches, key=lambda b: b.answer != "ja")


# --- navigation -------------------------------------------------------------------------------


def _clean_trail(trail: Sequence[str]) -> list[str]:
    """Only strings, and only the most recent ``MAX_TRAIL``: card data comes from outside."""
    return [s for s in trail if isinstance(s, str)][-MAX_TRAIL:]


def _goto(resolved: ResolvedRoutine, step: str, trail: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "routine": resolved.id,
        "kommune": resolved.kommune_id,
        "step": step,
        "trail": trail[-MAX_TRAIL:],
        **extra,
    }


def _to_overview(resolved: ResolvedRoutine, title: str = texts.OVERVIEW_TITLE) -> Element:
    return execute(
        title, Verb.ROUTINE_START, {"routine": resolved.id, "kommune": resolved.kommune_id}
    )


def _back(resolved: ResolvedRoutine, trail: list[str]) -> Element:
    """Back to the step the user came from; from the first step, back to the overview."""
    if not trail:
        return _to_overview(resolved, texts.BACK)
    return execute(texts.BACK, Verb.ROUTINE_STEP, _goto(resolved, trail[-1], trail[:-1]))


def _forward(resolved: ResolvedRoutine, step: Step, trail: list[str]) -> list[Element]:
    """Ja/Nei on a decision (each to its branch), otherwise Neste – or Ferdig at the end."""
    visited = [*trail, step.id]
    if step.decision:
        return [
            execute(
                branch.answer.capitalize(),
                Verb.ROUTINE_STEP,
                _goto(resolved, branch.goto, visited, answer=branch.answer),
                tooltip=branch.label,
                style="positive" if branch.answer == "ja" else "default",
            )
            for branch in _ordered_branches(step)
        ]
    following = next_step_id(resolved.routine, step.id)
    title = texts.DONE if following == END else texts.NEXT
    return [
        execute(title, Verb.ROUTINE_STEP, _goto(resolved, following, visited), style="positive")
    ]


def _closing_card(resolved: ResolvedRoutine, trail: list[str]) -> Card:
    body: list[Element] = [
        heading(texts.finished(resolved.routine.title)),
        paragraph(texts.WRITE_IT_DOWN),
        _acute(resolved.routine.acute, compact=True),
        source_line(resolved.source.title),
    ]
    actions = [_back(resolved, trail)] if trail else []
    return card(body, [*actions, _to_overview(resolved)])


def _stale_card(resolved: ResolvedRoutine) -> Card:
    body: list[Element] = [
        heading(texts.ROUTINE_CHANGED),
        paragraph(texts.step_gone(resolved.routine.title)),
        _acute(resolved.routine.acute, compact=True),
    ]
    return card(body, [_to_overview(resolved)])
