"""A routine's schema: ordered steps, yes/no decisions and the legal duties they rest on.

Validated so that every branch leads to a step of the same routine (or ``end``): a routine
a worried teacher follows must never dead-end.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from bot.knowledge.provenance import Slug, Sourced, Strict, Text


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
    signs: tuple[Text, ...] = Field(
        default=(),
        description="weak signs (ways of one split by |): one opens nothing, two do",
    )
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


class FirstAid(Sourced):
    """What to do should someone be taken ill or hurt, asked calmly: no routine of a plan is
    about it, so the answer gives these few steps, paraphrased from the national standard
    routine's «Ring 113 …» step and the national numbers' notes (bot/features/routines/
    medical.py). Kept here, not in code, so a coordinator can check and sign them (``facts``)."""

    steps: tuple[Text, ...] = Field(min_length=1, description="in order, each a sentence")


class RoutineAside(Sourced):
    """What a kommune's plan says beside a routine it does not write out in full: Våler's
    Stafettloggen beside the national routine's «Skriv ned …», Jevnaker's handlingsplan mot
    radikalisering beside Hastemøte. Shown under the steps in the plan's words, never as a
    step of its own: the plan does not make it one, and the bot never invents a step."""

    routine: Slug
    step: Slug | None = Field(None, description="the step it belongs beside; none: the routine")
    text: Text = Field(description="what the plan says, in bokmål, nothing added")
    asked_as: tuple[Text, ...] = Field(
        (),
        description="shown only when the question names one (a word's start); none: always",
    )

    @model_validator(mode="after")
    def _quoted(self) -> RoutineAside:
        if not any(f.quote and f.at for f in self.facts):
            raise ValueError(
                f"routine aside to '{self.routine}': give the plan's words in facts (quote and "
                "at), so the answer can be checked against the plan"
            )
        return self
