"""What the danger check found: a kind, a routine, numbers and lines – never the message's text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.safety_precedence import THREAT_TOPIC, Tier, lifted, yielded


class Kind(StrEnum):
    """Acute: someone is in danger now. Disclosure: a child is being harmed."""

    ACUTE = "acute"
    DISCLOSURE = "disclosure"


@dataclass(frozen=True)
class DangerFinding:
    """What the check found, without any of the text it found it in – safe to log."""

    kind: Kind
    routine: str | None
    """The routine the message goes to (an id in knowledge/national/routines.yaml); None: the
    acute line alone (a body in trouble with no substance named is no rusbekymring)."""
    topic: str
    """What kind of harm, from the first category by precedence (``vold_nare``, ``trusler`` …)."""
    categories: tuple[str, ...]
    """Every matching category id, highest precedence first (bot/safety_precedence.py)."""
    calls: tuple[str, ...]
    """Numbers and services to call, acute ones first (``113``, ``112``, ``barnevernvakt``)."""
    leads: tuple[str, ...]
    """The lines shown before the routine: acute ones first, at most two."""
    signals: tuple[str, ...] = ()
    """When read from combined signals (signals.yaml): the concept ids that fired."""
    soft: bool = False
    """A borderline combination: the routine with a softer first line."""
    also: tuple[str, ...] = ()
    """Routines named beside ``routine``: those of the findings it outranked (an extortion
    with pictures shown over the self-harm it drives; bot/safety_precedence.py)."""

    def describe(self) -> str:
        why = f" (signals: {'+'.join(self.signals)}{', soft' if self.soft else ''})"
        also = f" (also {', '.join(self.also)})" if self.also else ""
        return (
            f"{self.kind.value}: {', '.join(self.categories)} -> {self.routine or 'the acute line'}"
            f"{why if self.signals else ''}{also}"
        )


@dataclass(frozen=True)
class Category:
    """A danger.yaml category compiled: what a finding of it says and calls."""

    id: str
    kind: Kind
    topic: str
    routine: str
    calls: tuple[str, ...]
    lead: str
    needs: bool
    tier: Tier
    """Its precedence when several categories match (bot/safety_precedence.py)."""
    routine_needs: frozenset[int] | None
    """Atoms one of which the message must hold for the routine (danger.yaml routine_needs)."""
    yields_to: frozenset[str] = frozenset()
    """Topics whose finding drops this one (danger.yaml yields_to, bot/safety_precedence.py)."""
    displaces: frozenset[str] = frozenset()
    """Category ids whose finding this one drops (danger.yaml displaces) …"""
    displaces_unless: frozenset[int] = frozenset()
    """… unless one of these atoms is in the message (someone close named: a case of its own)."""
    outranks: frozenset[str] = frozenset()
    """Topics this category's routine is shown over, theirs named beside it (danger.yaml
    outranks, bot/safety_precedence.py)."""
    routine_if: tuple[tuple[frozenset[int], str], ...] = ()
    """Atoms and the routine they choose instead of ``routine`` (danger.yaml routine_if)."""


def _displaced(found: list[Category], present: frozenset[int]) -> list[Category]:
    """``found`` without the categories a found one displaces: «en elev slo meg i dag» is a
    blow to a member of staff, not a child beaten – unless someone close is named too."""
    gone = {
        i
        for c in found
        if c.displaces and present.isdisjoint(c.displaces_unless)
        for i in c.displaces
    }
    return [c for c in found if c.id not in gone] if gone else found


def finding(found: list[Category], present: frozenset[int]) -> DangerFinding:
    """``found`` in file order; the routine is the first by precedence's – unless it
    needs a word ``present`` lacks («satt noe i halsen» names no substance)."""
    found = _displaced(found, present)
    categories = sorted(yielded(found, lambda c: (c.topic, c.yields_to)), key=lambda c: c.tier)
    categories, passed = lifted(categories, lambda c: (c.topic, c.outranks))
    acute = [c for c in categories if c.kind is Kind.ACUTE]
    first = categories[0]
    # Self-harm with a weapon read as a threat («skada seg sjølv med kniv»): the knife is
    # the harm's tool, so the self-harm line (113) leads and the threat's (112) follows.
    own = first.tier is Tier.SELF and all(c.topic == THREAT_TOPIC for c in acute)
    leads = [c.lead for c in acute[:1]]
    if first not in acute[:1]:
        leads.insert(0 if own else len(leads), first.lead)
    order = (first, *acute) if own else (*acute, first)
    calls = [call for c in (*order, *categories) for call in c.calls]
    return DangerFinding(
        kind=Kind.ACUTE if acute else Kind.DISCLOSURE,
        routine=next((r for atoms, r in first.routine_if if not atoms.isdisjoint(present)), None)
        or (
            first.routine
            if first.routine_needs is None or not first.routine_needs.isdisjoint(present)
            else None
        ),
        topic=first.topic,
        categories=tuple(c.id for c in categories),
        calls=tuple(dict.fromkeys(calls)),
        leads=tuple(leads),
        also=tuple(dict.fromkeys(c.routine for c in passed if c.routine != first.routine)),
    )


__all__ = ["Category", "DangerFinding", "Kind", "finding"]
