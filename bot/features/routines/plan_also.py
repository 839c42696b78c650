"""What the plan says beside a routine question: the notes and tiltak that hold what the
question names besides «rutine» («har kommunen en handlingsplan mot vold …»)."""

from __future__ import annotations

from bot.router import Turn
from bot.understanding.options import HALF, MIN_SCORE

ALSO_KINDS = frozenset({"note", "tiltak"})
ALSO_MAX = 2
ALSO_CHARS = 200
CLOSE = 0.7
"""A second object ranked below this share of the first is a word shared in passing."""


def plan_also(turn: Turn) -> tuple[str, ...]:
    """«har kommunen en handlingsplan mot vold i nære relasjoner», «er det en rutine for
    samarbeid med politiet»: the plan's notes and tiltak that hold what the question names
    besides «rutine» – another plan, a rutine the plan keeps as a tiltak – each only when
    retrieval clearly finds it (the thresholds of ``understanding/options.py``)."""
    q = turn.understood
    search = turn.bot.understanding.search.get(turn.index.kommune.id)
    if q is None or search is None:
        return ()
    group = turn.index.groups_by_id.get(q.group_id or "")
    if group is not None:  # «er det en egen rutine for operativ slt-gruppe»: what the plan says
        said = " ".join(f"{group.members_note or ''} {group.purpose or ''}".split()).split(". ")
        own = tuple(s.rstrip(".") + "." for s in said if "rutine" in s.casefold())
        if own:
            return own
    asked = tuple(w for w in q.rest if not w.startswith(("rutine", "routine", "plan")))
    hits = search.search(asked) if asked else []
    notes = turn.index.kommune.notes
    tiltak = {t.id: t.tiltak for t in turn.index.kommune.tiltak}
    found: list[str] = []
    for hit in hits[:ALSO_MAX]:
        weak = hit.score < max(MIN_SCORE, hits[0].score * CLOSE) or hit.coverage < HALF
        if hit.doc.kind not in ALSO_KINDS or weak:
            break
        key = hit.doc.key
        text = notes[int(key)] if hit.doc.kind == "note" else tiltak.get(key, "")
        text = " ".join(text.split())
        if text:
            found.append(text if len(text) <= ALSO_CHARS else text[: ALSO_CHARS - 2] + " …")
    return tuple(found)


__all__ = ["plan_also"]
