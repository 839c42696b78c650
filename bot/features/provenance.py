"""Provenance in one line: what an answer rests on when it is not the plan's own words.

An answer built on an older plan, on an inference or on an assumption says so briefly, in
one line under the answer, instead of a «Merk» that could contradict it. Facts the
coordinator has confirmed (``confirmed:`` in the YAML) no longer need the line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.features.sheet import PROVENANCE
from bot.knowledge.action_plan import Frist
from bot.knowledge.provenance import BASIS_LABEL, Basis, Fact, Source, Sourced

ORDER = (Basis.OLDER, Basis.INFERRED, Basis.ASSUMED, Basis.MISSING)


def open_facts(items: Iterable[Sourced]) -> list[Fact]:
    """The facts under these items that are not (yet) backed by the plan or the coordinator."""
    return [f for item in items for f in item.facts if f.open]


def provenance_line(
    *items: Sourced, sources: Mapping[str, Source] | None = None, frist: Frist | None = None
) -> str | None:
    """«Grunnlag – fra eldre kilde: …; utledet: …», or None when all is the plan's word.

    An older-source fact counts only when the item itself is built on something other than
    the authoritative plan (an item from the plan merely mentions what the older plan said).
    """
    facts = [
        f
        for item in items
        for f in open_facts([item])
        if f.basis is not Basis.OLDER or sources is None or sources[item.source].rank > 1
    ]
    computed = None
    if frist is not None and frist.open:
        computed = (Basis.INFERRED, f"fristen er beregnet ({frist.computed})")
    return _line(facts, last=computed)


def facts_line(facts: Iterable[Fact]) -> str | None:
    """The one line for open facts not tied to a sourced item (a need service's reading):
    «Grunnlag – antatt: Mestringsenheten er Gjesdals tjeneste for psykisk helse og rus.»"""
    return _line([f for f in facts if f.open])


def _line(facts: list[Fact], last: tuple[Basis, str] | None = None) -> str | None:
    parts = [
        f"{BASIS_LABEL[basis]}: {f.about}" for basis in ORDER for f in facts if f.basis is basis
    ]
    if last is not None:
        parts.append(f"{BASIS_LABEL[last[0]]}: {last[1]}")
    if not parts:
        return None
    return PROVENANCE + "; ".join(parts) + "."
