"""Routines in the conversation: the overview reply and the step-by-step card actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.features.reply import Reply
from bot.features.routines import (
    SLT_KOORDINATOR,
    ResolvedRoutine,
    RoutineMatcher,
    overview_text,
    resolve_routines,
)
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune, NationalDefaults
from bot.safety import DangerFinding, Kind
from cards.routine import overview_card, step_card

DANGER_INTENT = {Kind.ACUTE: "danger", Kind.DISCLOSURE: "disclosure"}
"""The reply intent for each kind of finding (what ``ask --jsonl`` and the logs show)."""

DANGER_LEAVES_OUT = frozenset({SLT_KOORDINATOR})
"""In a danger reply the numbers to call and the services come first; the coordinator is for
afterwards (the general routine card still names them)."""


class RoutineBook:
    """Every kommune's routines resolved against the national defaults, and one matcher."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.national = kb.national
        self.by_kommune: dict[str, dict[str, ResolvedRoutine]] = {}
        self.matcher: RoutineMatcher | None = None
        if kb.national is None:  # routines need the national file (legal bases, contacts)
            return
        kommuner = [index.kommune for index in kb.kommuner.values()]
        self.by_kommune = {k.id: resolve_routines(k, kb.national) for k in kommuner}
        self.matcher = RoutineMatcher.from_knowledge(kb.national, kommuner)

    def match(self, text: str) -> str | None:
        found = self.matcher.match(text) if self.matcher else None
        return found.routine_id if found else None

    def overview(self, kommune: Kommune, routine_id: str) -> Reply | None:
        resolved = self.by_kommune.get(kommune.id, {}).get(routine_id)
        if resolved is None or self.national is None:
            return None
        return Reply(
            overview_text(resolved, kommune, self.national),
            (overview_card(resolved, kommune, self.national),),
            "routine",
            {"routine": routine_id, "national_default": resolved.is_national_default},
        )

    def danger(self, kommune: Kommune, finding: DangerFinding) -> Reply:
        """The routine a danger finding names, with its lead lines above the acute line."""
        resolved = self.by_kommune.get(kommune.id, {}).get(finding.routine)
        leads = "\n".join(f"🚨 {lead}" for lead in finding.leads)
        facts: dict[str, Any] = {
            "routine": finding.routine,
            "topic": finding.topic,
            "danger": finding.kind.value,
            "categories": list(finding.categories),
            "call": list(finding.calls),
        }
        if resolved is None or self.national is None:  # no routines loaded: the lines alone
            return Reply(leads, (), DANGER_INTENT[finding.kind], facts)
        return Reply(
            f"{leads}\n\n"
            + overview_text(resolved, kommune, self.national, leave_out=DANGER_LEAVES_OUT),
            (
                overview_card(
                    resolved,
                    kommune,
                    self.national,
                    alert=finding.leads,
                    leave_out=DANGER_LEAVES_OUT,
                ),
            ),
            DANGER_INTENT[finding.kind],
            {**facts, "national_default": resolved.is_national_default},
        )

    def step(self, kommune: Kommune, data: dict[str, Any]) -> Reply:
        """A Neste/Tilbake/Ja/Nei click: the card for the step it leads to."""
        routine_id, step_id = data.get("routine"), data.get("step")
        resolved = (
            self.by_kommune.get(kommune.id, {}).get(routine_id)
            if isinstance(routine_id, str)
            else None
        )
        if resolved is None or self.national is None or not isinstance(step_id, str):
            return Reply(
                "Den rutinen finner jeg ikke lenger. Spør på nytt, så får du den "
                "gjeldende versjonen.",
                intent="routine.step",
            )
        trail = _trail(data.get("trail"))
        card = step_card(resolved, kommune, self.national, step_id, trail)
        return Reply(
            f"{resolved.routine.title}: steg {step_id}",
            (card,),
            "routine.step",
            {"routine": routine_id, "step": step_id},
        )

    def start(self, kommune: Kommune, data: dict[str, Any]) -> Reply:
        routine_id = data.get("routine")
        reply = self.overview(kommune, routine_id) if isinstance(routine_id, str) else None
        return reply or Reply("Den rutinen finner jeg ikke lenger.", intent="routine.step")


def _trail(value: Any) -> tuple[str, ...]:
    """The visited step ids from a card payload; anything forged is dropped."""
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes, dict)):
        return ()
    return tuple(v for v in value if isinstance(v, str) and len(v) <= 64)[:50]


__all__ = ["NationalDefaults", "RoutineBook"]
