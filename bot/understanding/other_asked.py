"""A question whose cue names an answer's object, but whose form asks something else of it.

«hvem er vara for koordinatoren» names the coordinator, but asks for another person; «hva
står det i referatet fra forrige møte» names the minutes, but asks what they say, not who
writes them; «hvem følger opp tiltakene i planen» names the plan's tiltak as a whole, and one
tiltak picked on «følge opp» answers nothing of it. The plans hold none of these: the honest
fallback, which names the coordinator, is the answer (:func:`bot.understanding.rules.by_form`).
The words are understanding.yaml's ``question_form.other_asked`` (``said``).
"""

from __future__ import annotations

import itertools

from bot.understanding.intents import CONVENER_READINGS, Intent
from bot.understanding.question_form import QuestionForm


def _all_tiltak(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«tiltakene» with no topic after it («tiltakene i planen», not «tiltakene mot vold»):
    the plan's tiltak as a whole."""
    after = [
        words[i + 1] if i + 1 < len(words) else ""
        for i, w in enumerate(words)
        if w in said.all_tiltak
    ]
    return bool(after) and not said.topic_after.intersection(after)


def above_or_beside(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvem er (nærmeste) sjefen til koordinatoren», «hvem er koordinatoren sin sjef», «hvem
    har siste ordet over det koordinatoren gjør»: who stands above or beside the coordinator
    («hvem er sjefen for slt» asks for the coordinator)."""
    person = next((i for i, w in enumerate(words) if w.startswith(("koordinator", "sltk"))), 0)
    for i, (a, b) in enumerate(itertools.pairwise(words[:person])):
        if a in said.relation and b in said.of_words and person - i <= 4:
            return True  # «sjefen til slt-koordinatoren», not «sjefen for slt»
    owned = any(
        a in said.owners and b in said.relation for a, b in itertools.pairwise(words[person:])
    )
    return owned or "over" in words[:person]


def another_asked(
    intent: Intent, words: tuple[str, ...], *, named: bool, said: QuestionForm
) -> bool:
    """The reading's object is named, but the question's form asks something else of it.
    ``named``: the question names a group, a role or a number (then a tiltak is asked by it)."""
    asks_who = bool(words) and words[0] in said.who_words
    if intent in CONVENER_READINGS:  # «hva står i referatet», «kan jeg lagre referatet …»
        thing = words[:1] in said.what_start or not said.handled.isdisjoint(words)
        sent = any(a in said.sent and b in said.to_asker for a, b in itertools.pairwise(words))
        thing = thing or sent  # «kan du sende meg referatet?»: the bot holds no minutes
        return thing and said.who_words.isdisjoint(words)
    if intent is Intent.COORDINATOR:
        return asks_who and above_or_beside(words, said)
    if intent is Intent.TILTAK_LOOKUP:
        return asks_who and not named and _all_tiltak(words, said)
    return False


__all__ = ["above_or_beside", "another_asked"]
