"""How far a reading retrieval decided stands from the thresholds that decided it.

A question no cue, group or role decides is answered with the object retrieval ranks first
(:func:`bot.understanding.options.from_retrieval`) only when that object scores at least
``MIN_SCORE`` and beats the best reading of another kind by ``MARGIN``. Both are BM25 scores,
which move whenever a knowledge object is added anywhere (a word's weight depends on how many
objects hold it). An answer that clears a threshold by a hair may flip to another reading or
to «Mente du …?» after an unrelated knowledge edit: :func:`answer_margin` says how far the
answer stands from the nearest threshold, so the evaluation can count such fragile answers.

Coverage (the share of the question's words the object holds) is left out: it counts words,
and no object added elsewhere changes it.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.understanding.intents import Intent
from bot.understanding.options import (
    MARGIN,
    MIN_COVERAGE,
    MIN_SCORE,
    answered_by,
    same_family,
)
from bot.understanding.retrieval import Hit

FRAGILE = 0.10
"""An answer whose margin is less than this share above its threshold is fragile."""


def retrieval_margin(hits: list[Hit]) -> float | None:
    """The best object's distance from the thresholds that let it answer, as a ratio: 1.0 is
    exactly at a threshold, 1.1 is ten per cent above it. None when nothing is strong enough.

    Two thresholds: the score floor (``MIN_SCORE``) and the margin over the best strong object
    of another family (``MARGIN``)."""
    strong = [h for h in hits if h.score >= MIN_SCORE and h.coverage >= MIN_COVERAGE]
    if not strong:
        return None
    top = strong[0]
    ratios = [top.score / MIN_SCORE]
    rival = next((h for h in hits if h.coverage >= MIN_COVERAGE and not same_family(h, top)), None)
    if rival is not None and rival.score > 0:
        ratios.append(top.score / (rival.score * MARGIN))
    return min(ratios)


def answer_margin(
    intent: Intent,
    cue: str,
    groups: tuple[str | None, str | None],
    options: tuple[str, ...],
    hits: list[Hit],
    index: KommuneIndex | None,
) -> float | None:
    """The margin of a confident answer that retrieval decided, or None when something else
    decided it (a cue, a name, a rule) or the bot asks back or does not know.

    ``groups``: the answer's group and the group the question named. Retrieval decided it
    when the best strong object's own reading is the answer's intent and group, and no cue
    is left or retrieval found the group («hvem sitter i gruppa som tar saker om rus»)."""
    group_id, named_group = groups
    if (cue and group_id == named_group) or options or intent is Intent.UNKNOWN or index is None:
        return None
    strong = [h for h in hits if h.score >= MIN_SCORE and h.coverage >= MIN_COVERAGE]
    if not strong or answered_by(strong[0], intent, index) != (intent, group_id):
        return None
    return retrieval_margin(hits)


def fragile(margin: float | None) -> bool:
    """The answer stands within ``FRAGILE`` above a threshold. A margin below 1.0 belongs to
    an answer another rule decided on top of retrieval («hva er målet med slt»: the plan's
    goals over a group's purpose); these thresholds did not decide it."""
    return margin is not None and 1.0 <= margin < 1.0 + FRAGILE
