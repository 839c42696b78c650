"""Routine cards: an overview with the acute-danger line first, then one card per step.

The views (:mod:`bot.features.routines.card_views`) also decide where every button leads:
each carries the routine, the kommune, the step to show and the ``trail`` of steps visited
so far.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

from bot.features.routines.card_views import (
    Go,
    LegalLink,
    RoutineNoteView,
    RoutineOverviewView,
    RoutineStepView,
    Section,
)
from cards.base import Element, bullets, card, execute, facts, heading, paragraph, source_line
from cards.verbs import Verb


def overview_card(view: RoutineOverviewView) -> dict[str, Any]:
    """Every step on one card, acute line on top, and a button to go through it step by step."""
    body: list[Element] = [
        *(acute_line(line) for line in view.alerts),
        heading(view.title, size="Large"),
        paragraph(view.where, isSubtle=True, spacing="None"),
        paragraph(view.summary),
        _section(view.steps.title, [paragraph(line) for line in view.steps.items]),
        *_bullets(view.asides),
        *_bullets(view.contacts),
        *_legal(view.legal),
        *_bullets(view.read_more),
        *([paragraph(view.note, isSubtle=True, spacing="Medium")] if view.note else []),
        source_line(view.source_title),
    ]
    return card(body, [_button(view.start)])


def step_card(view: RoutineStepView | RoutineNoteView) -> dict[str, Any]:
    """One step: what to do, who does it, whom to call, which law; Ja/Nei on decisions. Or
    the closing card, or the card for a step the routine no longer has."""
    if isinstance(view, RoutineNoteView):
        return _note_card(view)
    body: list[Element] = [
        paragraph(view.progress, size="Small", isSubtle=True),
        acute_line(view.acute, compact=True),
        heading(view.title),
        paragraph(view.text),
        *_decision(view),
        *_bullets(view.aside),
        *([facts(list(view.facts))] if view.facts else []),
        *_bullets(view.contacts),
        *_legal(view.legal),
        source_line(view.source_title),
    ]
    return card(body, [_button(view.back), *(_button(go) for go in view.forward)])


# --- pieces -----------------------------------------------------------------------------------


def acute_line(text: str, *, compact: bool = False) -> Element:
    """The acute-danger line in an attention container, so it is seen before anything else."""
    line = paragraph(
        text, color="Attention", weight="Bolder", size="Small" if compact else "Default"
    )
    return {"type": "Container", "style": "attention", "items": [line]}


def _section(title: str, items: list[Element]) -> Element:
    return {
        "type": "Container",
        "spacing": "Medium",
        "items": [paragraph(title, weight="Bolder"), *items],
    }


def _bullets(section: Section[str] | None) -> list[Element]:
    return [_section(section.title, [bullets(list(section.items))])] if section else []


def _legal(section: Section[LegalLink] | None) -> list[Element]:
    """Legal bases as links; lovdata's § in the address is percent-encoded for Teams."""
    if section is None:
        return []
    lines = [f"[{b.title}]({_address(b.url)}) – {b.law}" for b in section.items]
    return [_section(section.title, [bullets(lines)])]


@lru_cache(maxsize=256)
def _address(url: str) -> str:
    """A legal basis's address as the card links it. The addresses are the national file's
    (a few dozen), never a message's; ``urllib.parse.quote`` walked each in Python at every
    routine card (a few per cent of a routine answer's CPU)."""
    return quote(url, safe=":/#?=&")


def _decision(view: RoutineStepView) -> list[Element]:
    """The yes/no question, with what each answer leads to, highlighted above the buttons."""
    if not view.decision:
        return []
    question = paragraph(view.decision, weight="Bolder")
    items = [question, facts(list(view.outcomes))]
    return [{"type": "Container", "style": "emphasis", "items": items}]


def _button(go: Go) -> Element:
    """A step button (``Verb.ROUTINE_STEP``), or back to the overview (``ROUTINE_START``)."""
    if go.step is None:
        return execute(
            go.title, Verb.ROUTINE_START, {"routine": go.routine_id, "kommune": go.kommune_id}
        )
    data: dict[str, Any] = {"routine": go.routine_id, "kommune": go.kommune_id, "step": go.step}
    if go.trail is not None:
        data["trail"] = list(go.trail)
    if go.answer is not None:
        data["answer"] = go.answer
    extra = {"tooltip": go.tooltip, "style": go.style}
    return execute(go.title, Verb.ROUTINE_STEP, data, **{k: v for k, v in extra.items() if v})


def _note_card(view: RoutineNoteView) -> dict[str, Any]:
    body: list[Element] = [
        heading(view.heading),
        paragraph(view.text),
        acute_line(view.acute, compact=True),
        *([source_line(view.source_title)] if view.source_title else []),
    ]
    return card(body, [_button(go) for go in view.actions])
