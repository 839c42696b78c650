"""«det forebyggende teamet med barnevern og helse – hva er planen med det?»: what the plan
means to do with a group is the tiltak that sets the group up – Våler's tiltak 25 «Etablere et
forebyggende team barnevern og helse» – not the group's duties the name alone would read.

Only a group one tiltak sets up is read so – its Mål names the group («Etablere et forebyggende
team …») or its text opens with the group's name («Oppvekstteam – tverrfaglig støtte …»); a
tiltak that names it in passing («SLT-modellen med tre nivåer: 1. Politiråd, …») does not, and
a group no tiltak or several set up keeps its reading. The forms are understanding.yaml's
``question_form.tiltak.group_plan``.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.intents import Intent
from bot.understanding.phrases import spaced_phrases
from bot.understanding.question_form import QuestionForm

Reading = tuple[Intent, str, tuple[tuple[str, str], ...], tuple[str, ...]]

READ = (Intent.DUTIES, Intent.UNKNOWN, Intent.TARGET_GROUP)
"""What a group's name with «hva er planen med» reads as before this step."""


def group_tiltak(
    reading: Reading,
    words: tuple[str, ...],
    said: QuestionForm,
    index: KommuneIndex | None,
    group_id: str | None,
) -> Reading:
    """The reading as a lookup of the one tiltak naming the group, when the question asks the
    plan with it (``said.group_plan``); else the reading as it was."""
    intent, _, about, _ = reading
    if intent not in READ or index is None or not group_id or not said.group_plan:
        return reading
    group = index.groups_by_id.get(group_id)
    phrases = spaced_phrases(said.group_plan)  # in sorted order, built once
    found = phrases.found(f" {' '.join(words)} ")
    if group is None or not found:
        return reading
    form = phrases.phrases[found[0]]
    names = {f" {fold(n)} " for n in (group.name, *group.aliases) if n}
    naming = [
        t.id
        for t in index.kommune.tiltak
        if any(n in f" {fold(t.mal or '')} " or f" {fold(t.tiltak)}".startswith(n) for n in names)
    ]
    if len(naming) != 1:
        return reading
    rest = tuple(a for a in about if a[0] != "tiltak")
    return Intent.TILTAK_LOOKUP, form, (("tiltak", naming[0]), *rest), ()


__all__ = ["group_tiltak"]
