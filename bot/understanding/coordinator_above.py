"""Who stands above the coordinator, where the plan says it.

«hvem bestemmer over koordinatoren», «hvem har siste ordet over det koordinatoren gjør
faglig» ask for someone other than the coordinator (:func:`above_or_beside`), which most plans
never name – the honest fallback answers them there. Våler's plan does: its politiråd is «ha det
avgjørende ordet når det gjelder koordinatorens faglige virksomhet» (000:258-260), so that
group's duties answer. The coordinator's manager («sjefen til koordinatoren») or stand-in («vara
for koordinatoren») stays unanswered: no plan names them. The words: understanding.yaml's
``question_form.other_asked``.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.intents import Intent
from bot.understanding.other_asked import above_or_beside
from bot.understanding.question_form import QuestionForm


def coordinator_overseer(
    intent: Intent, words: tuple[str, ...], index: KommuneIndex | None, said: QuestionForm
) -> str | None:
    """The group whose duties the plan gives over the coordinator's work, when the question
    (read as unanswered) asks who is above the coordinator; else None."""
    if intent is not Intent.UNKNOWN or index is None or words[:1] == ():
        return None
    if words[0] not in said.who_words or said.over_work.isdisjoint(words):
        return None
    if not above_or_beside(words, said):
        return None
    for group in index.kommune.groups:
        if any(not said.coordinator_work.isdisjoint(fold(d).split()) for d in group.duties):
            return group.id
    return None


__all__ = ["coordinator_overseer"]
