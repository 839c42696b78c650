"""``language/danger.yaml`` as a model: danger categories, their phrases, and the concept
(``compose``) and actor (``decide``) rules, each reference checked at load.

The danger check compiles it (bot/safety_compile.py, bot/safety_decide.py); the rest of the
language folder is read by bot/knowledge/language.py, which holds the validated file.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from bot.knowledge.provenance import Slug, Strict, Text, WordList
from bot.text import fold

_GROUP_REF = re.compile(r"@([a-z0-9_-]+)")


class DangerCategory(Strict):
    """One kind of danger or disclosure, the routine it goes to and the line shown first."""

    id: Slug
    kind: Literal["acute", "disclosure"]
    topic: Slug = Field(description="what kind of harm, e.g. vold_nare, akutt_medisinsk")
    routine: Slug
    call: tuple[Text, ...] = Field(min_length=1, description="numbers and services, in order")
    lead: Text = Field(description="the first line of the reply; names what to do now")
    beyond: Text | None = Field(
        None,
        description="said above the routine when it is this category's: what of this harm"
        " the routine does not cover (overgrep outside the home under a routine for home)",
    )
    phrases: tuple[Text, ...] = Field(min_length=1)
    needs: tuple[Text, ...] = Field(
        (), description="when given, one of these must be in the message too"
    )
    routine_needs: tuple[Slug, ...] = Field(
        (),
        description="groups: when given, the routine only with a word of one of them in the"
        " message; else the acute line alone («satt noe i halsen» is no rusbekymring)",
    )
    routine_if: dict[Slug, Slug] = Field(
        {},
        description="group → routine: with a word of the group in the message, that routine"
        " instead of `routine` (a beating between pupils filmed: the routine for unwanted"
        " images and films; the lead stays the category's)",
    )
    yields_to: tuple[Slug, ...] = Field(
        (),
        description="topics: when a category of one of them matched too, this finding is"
        " dropped – its words mean that harm there («sagt farvel» next to a forced marriage)",
    )
    displaces: tuple[Slug, ...] = Field(
        (),
        description="categories whose finding this one drops – the same words are this harm"
        " («en elev slo meg» is no child beaten) – unless a word of `displaces_unless` is there",
    )
    displaces_unless: tuple[Slug, ...] = Field(
        (), description="groups: with a word of one of them, `displaces` drops nothing"
    )
    outranks: tuple[Slug, ...] = Field(
        (),
        description="topics: when one of them would rank first, this category's routine is"
        " shown instead and theirs named beside it – the harm that drives theirs (an extortion"
        " with pictures over the wish to die it causes); the acute line still leads",
    )


class ComposeRule(Strict):
    """A case read from concepts, not a phrase: every group in ``all`` has a word in one
    sentence, at most ``within`` words apart («faren … slår», «blåmerker … stefaren»)."""

    category: Slug = Field(description="the category (routine, lead, calls) a match goes to")
    all: tuple[Slug, ...] = Field(min_length=2, description="groups that must all be present")
    within: int = Field(8, ge=1, le=40, description="most words from the first to the last")
    unless: tuple[Slug, ...] = Field(
        (), description="groups that, anywhere in the message, leave the case to another rule"
    )
    unless_in: Literal["message", "sentence"] = Field(
        "message", description="where an `unless` word counts: anywhere, or in the match's sentence"
    )
    but: tuple[Slug, ...] = Field((), description="groups keeping the case despite `unless`")
    reach: Literal["sentence", "message"] = Field(
        "sentence",
        description="where the groups may stand: one sentence, or across a sentence break"
        " (an injury, then «han sa: ikke si noe til pappa»), still `within` words",
    )
    asks: tuple[Slug, ...] = Field(
        (),
        description="groups: a word of one of them up to two words before «om» makes what"
        " follows what is asked for («ber henne om bilder»), not what a talk is about",
    )
    child_acts: tuple[Slug, ...] = Field(
        (), description="groups: acts a child opening a clause does (its behaviour, no harm)"
    )
    child_acts_unless: tuple[Slug, ...] = Field(
        (), description="groups: whom a child's act right after it is still a case against"
    )


class DecideRule(Strict):
    """Who does the harm decides the routine: a finding of a category in ``over`` with a word
    of ``actor`` before a word of ``harm`` in one clause («kjæresten … skriker at han skal drepe
    henne») adds ``category``, which the precedence then ranks (bot/safety_decide.py)."""

    over: tuple[Slug, ...] = Field(min_length=1, description="categories this rule decides")
    actor: Slug = Field(description="group: who does the harm")
    harm: Slug = Field(description="group: the harm the actor does or says he will do")
    within: int = Field(10, ge=1, le=20, description="most words from the actor to the harm")
    besides: tuple[Slug, ...] = Field(
        (), description="groups: another person named between actor and harm is the actor"
    )
    aimed: tuple[Slug, ...] = Field(
        (),
        description="groups: someone outside the family named right after the harm is whom"
        " it is aimed at («faren … skal drepe kontaktlæreren»): that harm decides nothing",
    )
    category: Slug = Field(description="the category the finding then goes to")


class DangerFile(Strict):
    """``danger.yaml``; see the file's header for how phrases match."""

    version: Text
    gap: int = Field(3, ge=0, le=6, description="other words allowed between phrase words")
    groups: dict[Slug, WordList] = Field(default_factory=dict)
    topical: WordList
    clause: WordList = Field(description="words that start a new clause, ending a topic")
    cancel: tuple[Text, ...] = ()
    uncancel: dict[Slug, tuple[Slug, ...]] = Field(
        default_factory=dict,
        description="group: groups – an idiom holding a word of the first is none with a word of"
        " the others in the message («falt og slo hodet» … «kaster opp nå»)",
    )
    resolved: tuple[Text, ...] = Field(
        (), description="phrases saying a faint, a fall or a child missing is over («frisk igjen»)"
    )
    closed: tuple[Text, ...] = Field(
        (), description="phrases saying a case was dealt with and closed («saken er avsluttet»)"
    )
    general: tuple[Text, ...] = Field(
        (), description="phrases saying a question is asked in general, no case («spør generelt»)"
    )
    ordinary: str = Field(
        "", description="everyday words never read as a typo of a danger word («kalt» ≠ «kvalt»)"
    )
    joking: str = Field(
        "", description="words that mark a joke («haha», «lol»): no signal-read case, no routine"
    )
    categories: tuple[DangerCategory, ...] = Field(min_length=1)
    compose: tuple[ComposeRule, ...] = ()
    decide: tuple[DecideRule, ...] = ()

    @model_validator(mode="after")
    def _references_resolve(self) -> DangerFile:
        ids = [c.id for c in self.categories]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate category id(s): {', '.join(duplicates)}")
        defined: set[str] = set()
        for name, spec in self.groups.items():
            for ref in (w[1:] for w in spec.split() if w.startswith("@")):
                if ref not in defined:
                    raise ValueError(f"groups.{name}: '@{ref}' is not a group defined above it")
            defined.add(name)
        for index, rule in enumerate(self.compose):
            if rule.category not in ids:
                raise ValueError(f"compose[{index}].category: unknown category '{rule.category}'")
            extra = (*rule.but, *rule.child_acts, *rule.child_acts_unless)
            for name in (*rule.all, *rule.unless, *extra):
                if name not in self.groups:
                    known = ", ".join(sorted(self.groups))
                    raise ValueError(
                        f"compose[{index}].all: unknown group '{name}' (known: {known})"
                    )
        for index, decide in enumerate(self.decide):
            for ref in (*decide.over, decide.category):
                if ref not in ids:
                    raise ValueError(f"decide[{index}]: unknown category '{ref}'")
            for name in (decide.actor, decide.harm, *decide.besides):
                if name not in self.groups:
                    raise ValueError(f"decide[{index}]: unknown group '{name}'")
        for index, category in enumerate(self.categories):
            for name in (*category.routine_needs, *category.displaces_unless, *category.routine_if):
                if name not in self.groups:
                    raise ValueError(f"categories[{index}]: unknown group '{name}'")
            for ref in category.displaces:
                if ref not in ids:
                    raise ValueError(f"categories[{index}].displaces: unknown category '{ref}'")
            for field in ("phrases", "needs"):
                for p_index, phrase in enumerate(getattr(category, field)):
                    where = f"categories[{index}].{field}[{p_index}]"
                    for name in _GROUP_REF.findall(phrase):
                        if name not in self.groups:
                            known = ", ".join(sorted(self.groups))
                            raise ValueError(f"{where}: unknown group '@{name}' (known: {known})")
                    if not fold(phrase.replace("@", " ").replace("*", " ")):
                        raise ValueError(f"{where}: no words")
                    for word in phrase.replace("+", " ").split():
                        if word.endswith("*") and len(fold(word.rstrip("*"))) < 3:
                            raise ValueError(f"{where}: '{word}' – a prefix needs three letters")
        return self


__all__ = ["ComposeRule", "DangerCategory", "DangerFile", "DecideRule"]
