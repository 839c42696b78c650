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
from bot.safety_match import Phrase, pooled
from bot.safety_precedence import tier

Groups = Mapping[str, Sequence[int]]
"""A danger.yaml group's name → the atoms of its words."""

Pool = dict[frozenset[int], frozenset[int]]
"""Equal atom sets kept once (bot/safety_match.py ``pooled``): the rules name the same
groups again and again, and a phrase's slot is often a rule's."""


def _atoms(groups: Groups, names: Iterable[str], pool: Pool) -> frozenset[int]:
    return pooled(frozenset(atom for name in names for atom in groups[name]), pool)


def categories_of(danger: DangerFile, groups: Groups, pool: Pool) -> list[Category]:
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
            _atoms(groups, c.routine_needs, pool) if c.routine_needs else None,
            frozenset(c.yields_to),
            frozenset(c.displaces),
            _atoms(groups, c.displaces_unless, pool),
            frozenset(c.outranks),
            tuple((_atoms(groups, (g,), pool), r) for g, r in c.routine_if.items()),
        )
        for c in danger.categories
    ]


def rules_of(
    danger: DangerFile, ids: Sequence[str], groups: Groups, pool: Pool
) -> tuple[Rule, ...]:
    """The compose rules (several signals together make a case), by category index."""
    return tuple(
        Rule(
            ids.index(r.category),
            tuple(_atoms(groups, (n,), pool) for n in r.all),
            r.within,
            _atoms(groups, r.unless, pool),
            _atoms(groups, r.but, pool),
            _atoms(groups, r.child_acts, pool),
            _atoms(groups, r.child_acts_unless, pool),
            r.unless_in == "sentence",
            _atoms(groups, r.asks, pool),
            r.reach == "message",
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


def keyed_by_atom(phrases: Iterable[Phrase]) -> dict[int, tuple[int, ...]]:
    """Atom → the numbers of the phrases whose key (the slot least likely in an ordinary
    message) holds it. A phrase matches only where each slot has an atom of the message, so
    the phrases a message may match are those :func:`keyed` finds; most messages have none
    (their key atoms are rare), and the walk over the words' phrases is skipped."""
    keyed: dict[int, list[int]] = {}
    for number, phrase in enumerate(phrases):
        for atom in phrase.key:
            keyed.setdefault(atom, []).append(number)
    return {atom: tuple(numbers) for atom, numbers in keyed.items()}


def keyed(
    by_atom: Mapping[int, Sequence[int]], present: Iterable[int], every: Iterable[int] = ()
) -> set[int]:
    """The phrases whose key meets ``present`` (a message's atoms): ``not
    present.isdisjoint(phrase.key)`` for each, read from :func:`keyed_by_atom` (or the compose
    rules whose smallest slot does, from their :func:`starts_of`); ``every``: asked always."""
    live: set[int] = set(every)
    for atom in present:
        numbers = by_atom.get(atom)
        if numbers:
            live.update(numbers)
    return live


__all__ = ["categories_of", "keyed", "keyed_by_atom", "rules_of", "starts_of"]
