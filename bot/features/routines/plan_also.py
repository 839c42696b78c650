"""What the plan says beside a routine question: the notes and tiltak that hold what the
question names besides «rutine» («har kommunen en handlingsplan mot vold …»)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.router import Turn
from bot.text import fold
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
    routine = turn.bot.routines.by_kommune.get(turn.index.kommune.id, {}).get(q.routine or "")
    sentence = said_of(routine.routine.summary, asked) if routine else ""
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
            found.append(cut(text, ALSO_CHARS))
    shown = {f[:SAME_NOTE] for f in found}  # a note retrieval found is not shown twice
    plans = other_plans(turn.index.kommune.notes, q.said.other_plans) if _names_plan(turn) else []
    plans = [p for p in plans if p[:SAME_NOTE] not in shown]
    return tuple(dict.fromkeys(t for t in (sentence, *found, *plans) if t))


def plans_beside(turn: Turn) -> tuple[str, ...]:
    """The kommune's other plans when the question did not ask about a plan («hvilke rutiner
    finnes»): the list of routines ends with them instead of opening with them, since they do
    not answer what was asked but tell where else the kommune's routines may be written."""
    q = turn.understood
    if q is None or _names_plan(turn):
        return ()
    return tuple(other_plans(turn.index.kommune.notes, q.said.other_plans))


def _names_plan(turn: Turn) -> bool:
    """«har kommunen en handlingsplan mot vold …»: the question names a plan of its own."""
    q = turn.understood
    return q is not None and bool(q.said.other_plans & set(q.words))


def other_plans(notes: Sequence[str], words: frozenset[str]) -> list[str]:
    """The kommune's notes that name plans it follows beside the SLT plan («Kommunens
    handlingsplan mot vold i nære relasjoner heter «Uten vold»»): the routines a staff member
    may mean are not all routines the bot walks through. Only what the knowledge says."""
    said = [" ".join(note.split()) for note in notes]
    named = [n for n in said if words & set(re.findall(r"\w+", fold(n)))]
    return [cut(n, PLAN_CHARS) for n in named]


def cut(text: str, limit: int) -> str:
    """``text`` cut at the last word before ``limit`` characters, the cut marked «…»."""
    if len(text) <= limit:
        return text
    return text[: limit - 2].rsplit(" ", 1)[0].rstrip(" ,:;–") + " …"


PLAN_CHARS = 220
"""A note of other plans, cut at a word: the list of routines stays under 1,200 characters."""
SAME_NOTE = 80
"""A note shown cut at two lengths is one note when it begins alike this far."""
OWN_CHARS = 320
"""The routine's own sentence may be longer than a note: the word asked is often late in it."""
TOPIC_PREFIX = 6
"""A word asked and a word of a routine's text that begin alike this far are one topic
(«påtaleunnlatelse», «kvalitetssystemet» / «kvalitetssystem»)."""


def said_of(summary: str, asked: tuple[str, ...]) -> str:
    """«har vi en rutine for påtaleunnlatelse?»: the sentence of the routine asked about –
    past its first, which the list shows anyway – that holds a word the question names, or
    nothing. Only long words count: «barn» and «unge» are in every routine."""
    topics = {w[:TOPIC_PREFIX] for w in asked if len(w) >= TOPIC_PREFIX + 2}
    for sentence in " ".join(summary.split()).split(". ")[1:]:
        if topics & {w[:TOPIC_PREFIX] for w in fold(sentence).split()}:
            text = sentence.rstrip(".") + "."
            return text if len(text) <= OWN_CHARS else text[: OWN_CHARS - 2] + " …"
    return ""


__all__ = ["plan_also", "plans_beside"]
