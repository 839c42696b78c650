"""The words of the forms that send a message away from the answer its words would get
(bot/understanding/asks.py), folded: ``question_form.asks`` in understanding.yaml, compiled
once per knowledge load with the rest of the question form (question_form.py).

Held apart from the form's other word sets: the normaliser keeps those as typed
(``QuestionForm.list_words``), while these read a message it has already mended."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.knowledge.form_words import AsksWords
from bot.text import tokens

FOLLOW_UP_WORDS = 4
"""«samme for jevnaker?»: a follow-up this short carries no question of its own; the bot
keeps no earlier question to carry over, and «samme» is no typo of «sammen om …»."""
CALL_REACH = 5
"""The call verb stands among the question's first words: «hvor kan ungdom ringe anonymt …»."""
PLAN_END = 3
"""«… i planen», «… i planen vår», «… i slt planen hos oss»: the plan among the last words."""
TOLD_REACH = 5
"""The told word stands this close after the modal: «trenger slt-k å vite?»."""


def _set(spec: str) -> frozenset[str]:
    return frozenset(tokens(spec))


def _pairs(pairs: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tokens(p) for p in pairs)


def _starts(spec: str) -> tuple[str, ...]:
    """Word beginnings, for ``str.startswith``."""
    return tuple(sorted(_set(spec)))


NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class AsksForm:
    """``question_form.asks``, folded (see each field in understanding.yaml)."""

    call_start: frozenset[tuple[str, ...]] = frozenset()
    """As 1-tuples: ``words[:1] in …``."""
    call_verbs: frozenset[str] = frozenset()
    tasks: frozenset[str] = frozenset()
    asked_of_you: frozenset[tuple[str, ...]] = frozenset()
    have_we: frozenset[tuple[str, ...]] = frozenset()
    some: frozenset[str] = frozenset()
    routine_word: tuple[str, ...] = ()
    routine_nouns: tuple[str, ...] = ()
    routine_which: frozenset[str] = frozenset()
    logged: tuple[str, ...] = ()
    plan_words: tuple[str, ...] = ()
    taken_back: frozenset[tuple[str, ...]] = frozenset()
    private_start: re.Pattern[str] = field(default=NEVER)
    """A word of the words joined by NUL starts with a ``private`` word: one search, no loop."""
    reach: tuple[str, ...] = ()
    follow_up: frozenset[str] = frozenset()
    carried: frozenset[tuple[str, ...]] = frozenset()
    """As 1-tuples, with ``()``: «samme?» alone, «samme for …»."""
    as_before: frozenset[str] = frozenset()
    opening: frozenset[str] = frozenset()
    anonymous: tuple[str, ...] = ()
    """Beginnings of the cue or of one of its words: «ringe anonymt», «uten å si navnet»."""
    body_of: frozenset[str] = frozenset()
    not_a_body: frozenset[str] = frozenset()
    meeting_words: tuple[str, ...] = ()
    """Beginnings, for ``str.startswith``."""
    meeting_ends: tuple[str, ...] = ()
    """Endings, for ``str.endswith``: «hastemøtet»."""

    @classmethod
    def of(cls, words: AsksWords) -> AsksForm:
        private = "|".join(re.escape(w) for w in sorted(_set(words.private)))
        return cls(
            call_start=frozenset((w,) for w in tokens(words.call_start)),
            call_verbs=_set(words.call_verbs),
            tasks=_set(words.tasks),
            asked_of_you=_pairs(words.asked_of_you),
            have_we=_pairs(words.have_we),
            some=_set(words.some),
            routine_word=_starts(words.routine_word),
            routine_nouns=_starts(words.routine_nouns),
            routine_which=_set(words.routine_which),
            logged=_starts(words.logged),
            plan_words=_starts(words.plan_words),
            taken_back=_pairs(words.taken_back),
            private_start=re.compile(f"(?:^|\0)(?:{private})"),
            reach=_starts(words.reach),
            follow_up=_set(words.follow_up),
            carried=frozenset({(), *((w,) for w in tokens(words.carried))}),
            as_before=_set(words.as_before),
            opening=_set(words.opening),
            anonymous=tuple(" ".join(tokens(p)) for p in words.anonymous),
            body_of=_set(words.body_of),
            not_a_body=_set(words.not_a_body),
            meeting_words=_starts(words.meeting_words),
            meeting_ends=tuple(dict.fromkeys(tokens(words.meeting_ends))),
        )


__all__ = ["AsksForm"]
