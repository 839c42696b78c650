"""Who holds a duty the plan gives a group, not a tiltak; and SLT itself as a contact.

«hvem har ansvar for mål og prioriteringer» reads as a tiltak's owner by its cue, but no
tiltak holds those words: the group whose own duties hold every one of them (the styrende
nivå's «ansvar for mål og prioriteringer») is what is asked – its duties answer it, never a
tiltak that says «mål» in passing. «hvem kan jeg kontakte om slt-arbeidet»: no service, the
coordinator.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level
from bot.understanding.intents import Intent
from bot.understanding.options import MIN_SCORE
from bot.understanding.retrieval import Hit
from bot.understanding.unsure_whom import unsure_whom

NEAR = 3
"""How far down retrieval's ranking the group may stand."""
HALF = 0.5
"""A tiltak holding this share of the words is a fair reading of an owner question."""


def duty_owner(
    intent: Intent, hits: list[Hit], index: KommuneIndex | None, named: tuple[object, ...]
) -> str | None:
    """The group whose duties hold every word of an owner question no tiltak answers, or
    None. ``named``: the group, level, role, tiltak or number the question names – then
    that is what it asks about."""
    if intent is not Intent.TILTAK_OWNER or any(named) or index is None:
        return None
    near = hits[:NEAR]
    if any(h.doc.kind == "tiltak" and h.coverage >= HALF for h in near):
        return None
    # the first readings that hold every word: plan facts holding one of them («mål») do not
    # push the group that holds them all out of reach
    whole = [h for h in hits if h.coverage >= 1.0][:NEAR]
    for hit in whole:
        if hit.doc.kind not in ("group", "level") or hit.score < MIN_SCORE:
            continue
        if hit.doc.kind == "group":
            return hit.doc.key
        group = index.group_for_level(Level(hit.doc.key))
        return group.id if group else None
    return None


def slt_contact(intent: Intent, words: tuple[str, ...], about: tuple[tuple[str, str], ...]) -> bool:
    """«hvem kan jeg kontakte om slt-arbeidet»: a contact question about SLT itself, with no
    contact retrieval found – the coordinator answers it; and so does whom to ask when the
    writer does not know where the case belongs (unsure_whom.py)."""
    return (
        intent is Intent.CONTACT_SERVICE
        and "slt" in words
        and not any(kind == "contact" for kind, _ in about)
    ) or unsure_whom(intent, words)


__all__ = ["duty_owner", "slt_contact"]
