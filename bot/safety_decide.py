"""Who does the harm decides the routine.

A threat is a threat wherever it comes from, but the routine differs: «kjæresten står i gangen
og skriker at han skal drepe henne» is violence in a close relation (vold i nære relasjoner,
whose routine says not to send her home), not a threat for the hastemøte. The precedence
(bot/safety_precedence.py) ranks findings by their kind; it cannot see who acts. A decide rule
in ``knowledge/language/danger.yaml`` can: when a finding of one of its ``over`` categories
is in the message and a word of its ``actor`` group stands before a word of its ``harm``
group – in one clause (no sentence break, no child named after «at» or «sier», see
:func:`bot.safety_compose.subject_walls`), at most ``within`` words apart, and no other
person (its ``besides`` groups) named between them – the rule's category is added, and the
precedence then ranks it as it ranks every finding. The actor *before* the harm is the one
doing it: «en gjeng truer med å drepe faren hans» names the father as the victim, not the
actor, and stays a threat.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.knowledge.danger_file import DecideRule
from bot.safety_match import Slot


@dataclass(frozen=True)
class Decide:
    """A decide rule compiled: category indices and atom slots."""

    over: frozenset[int]
    actor: Slot
    harm: Slot
    within: int
    besides: Slot
    category: int
    aimed: Slot = frozenset()


AIMED_REACH = 3
"""How many words after a harm may name whom it is aimed at («… skal drepe kontaktlæreren»,
«… skal slå ihjel hele barnevernet»)."""


def decide_rules(
    rules: Iterable[DecideRule], ids: Sequence[str], groups: Mapping[str, Iterable[int]]
) -> tuple[Decide, ...]:
    """The file's decide rules over category indices (``ids``) and group atoms."""
    return tuple(
        Decide(
            frozenset(ids.index(c) for c in rule.over),
            frozenset(groups[rule.actor]),
            frozenset(groups[rule.harm]),
            rule.within,
            frozenset(atom for name in rule.besides for atom in groups[name]),
            ids.index(rule.category),
            frozenset(atom for name in rule.aimed for atom in groups[name]),
        )
        for rule in rules
    )


def decided(
    rules: Sequence[Decide],
    matched: Sequence[int],
    atoms: Sequence[frozenset[int]],
    walls: Sequence[bool],
) -> list[int]:
    """``matched`` (category indices, in file order) with the categories of the rules that
    fire added, still in file order."""
    out = set(matched)
    for rule in rules:
        if rule.category in out or rule.over.isdisjoint(out):
            continue
        if _acts(rule, atoms, walls):
            out.add(rule.category)
    return sorted(out)


def _acts(rule: Decide, atoms: Sequence[frozenset[int]], walls: Sequence[bool]) -> bool:
    """A word of the actor before a word of the harm in one clause, nobody else between."""
    actor: int | None = None
    for i, here in enumerate(atoms):
        if walls[i]:
            actor = None  # a new sentence or a child named as the subject of a clause
        if here & rule.actor:
            actor = i
        elif actor is not None and i - actor > rule.within:
            actor = None
        elif actor is not None and here & rule.harm and not _aimed_away(rule, atoms, i):
            return True
        elif here & rule.besides:
            actor = None  # «faren sier at noen truer med å drepe ham»: someone else acts
    return False


def _aimed_away(rule: Decide, atoms: Sequence[frozenset[int]], at: int) -> bool:
    """The harm at ``at`` aimed at someone outside the family named right after it: «far kom
    inn på skolen … og sier han skal drepe kontaktlæreren» is a threat to staff, no case of
    violence at home (the child threatened is named by a pronoun: «… truet med å banke han»)."""
    return any(here & rule.aimed for here in atoms[at + 1 : at + 1 + AIMED_REACH])


__all__ = ["Decide", "decide_rules", "decided"]
