"""«jeg er med i styringsgruppa, hva er det vi har ansvar for»: the writer tells their own seat
before the question, and the seat's words are no cue of it.

«er med i», «sitter i» are cues of who sits where («hvem er med i …», «hvilke grupper sitter
helsesykepleier i»). With the first person right before them and a question word after, they
tell who asks: the question after them says what is asked (the group's duties here, not its
members). A message that asks nothing else keeps the seat's reading.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm

SEAT_READINGS = frozenset({Intent.MEMBERS, Intent.ROLE_GROUPS})
"""The readings a seat's words («er med i», «sitter i») cue."""

Find = Callable[..., tuple[Intent, str]]


def told_seat(
    find: Find, words: tuple[str, ...], used: list[bool], said: QuestionForm, *, named: bool
) -> tuple[Intent, str]:
    """The cue ``find`` reads in ``words`` (marking its words ``used``), or – where that cue
    is the writer's own seat told before a question – the cue of the rest."""
    before = list(used)
    intent, cue = find(words, used, named=named)
    if intent not in SEAT_READINGS:
        return intent, cue
    marked = [i for i, (was, now) in enumerate(zip(before, used, strict=True)) if now and not was]
    if not marked or marked[0] == 0 or words[marked[0] - 1] not in said.first_person:
        return intent, cue
    start = marked[0]
    end = start + len(cue.split())
    if (said.what_words | said.who_words).isdisjoint(words[end:]):
        return intent, cue
    again = list(before)
    again[start:end] = [True] * (end - start)
    masked = tuple("_" if start <= i < end else w for i, w in enumerate(words))
    other, other_cue = find(masked, again, named=named)
    if not other_cue:
        return intent, cue
    used[:] = again
    return other, other_cue
