"""Compiling danger.yaml's categories and compose rules into the check's tables.

The shape of each compiled piece (bot/safety_finding.py's :class:`Category`,
bot/safety_compose.py's :class:`Rule`) and how atoms index them, apart from
:class:`bot.safety.DangerCheck`, which walks them per message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bot.knowledge.danger_file import DangerFile
from bot.safety_compose import Rule
from bot.safety_finding import Category, Kind
from bot.safety_precedence import tier

Groups = Mapping[str, Sequence[int]]
"""A danger.yaml group's name → the atoms of its words."""


def _atoms(groups: Groups, names: Iterable[str]) -> frozenset[int]:
    return frozenset(atom for name in names for atom in groups[name])


def categories_of(danger: DangerFile, groups: Groups) -> list[Category]:
    """Each category as the check keeps it, in the file's order."""
    return [
        Category(
            c.id,
            Kind(c.kind),
            c.topic,
            c.routine,
            c.call,
            " ".join(c.lead.split()),
            bool(c.needs),
            tier(acute=Kind(c.kind) is Kind.ACUTE, topic=c.topic),
            _atoms(groups, c.routine_needs) if c.routine_needs else None,
            frozenset(c.yields_to),
            frozenset(c.displaces),
            _atoms(groups, c.displaces_unless),
            frozenset(c.outranks),
        )
        for c in danger.categories
    ]


def rules_of(danger: DangerFile, ids: Sequence[str], groups: Groups) -> tuple[Rule, ...]:
    """The compose rules (several signals together make a case), by category index."""
    return tuple(
        Rule(
            ids.index(r.category),
            tuple(frozenset(groups[n]) for n in r.all),
            r.within,
            _atoms(groups, r.unless),
            _atoms(groups, r.but),
            _atoms(groups, r.child_acts),
            _atoms(groups, r.child_acts_unless),
            r.unless_in == "sentence",
            _atoms(groups, r.asks),
        )
        for r in danger.compose
    )


def starts_of(slot_lists: Iterable[Sequence[frozenset[int]]]) -> dict[int, list[int]]:
    """Atom → the numbers of the slot lists whose first slot holds it: a message asks only the
    phrases (or rules) one of its words can start."""
    starts: dict[int, list[int]] = {}
    for number, slots in enumerate(slot_lists):
        for atom in slots[0] if slots else ():
            starts.setdefault(atom, []).append(number)
    return starts


__all__ = ["categories_of", "rules_of", "starts_of"]
