"""The cue table: which intent a question's cue phrases say, the longest cue first.

Built once from language/understanding.yaml (compiled in lexicon.py); the reader asks it for
the intent a message's words name before its rules correct what a cue alone got wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.understanding.intents import FORM_ONLY, TOPIC_INTENTS, Intent
from bot.understanding.lexicon import Lexicon
from bot.understanding.phrases import SpacedPhrases

WHAT_IS = "hva er"
"""A group's work asked («hva er fagteamet»), or what a word means («hva er en
bekymringssamtale»): the object that defines the word answers (options.py ``defines``)."""


def meaning_asked(cue: str, meaning_cues: frozenset[str]) -> tuple[bool, bool]:
    """Whether the cue asks only what a word means («hva menes med …», understanding.yaml
    ``question_form.meaning_cues``), and whether the object that defines the word answers
    (those cues and «hva er»)."""
    meaning = cue in meaning_cues
    return meaning, meaning or cue == WHAT_IS


class Cues:
    """Every cue phrase with its intent and priority, indexed for the spaced message."""

    def __init__(self, lexicon: Lexicon, dialect: Mapping[str, str] | None = None) -> None:
        """``dialect``: the forms a question's words are read as (dialect.yaml); a cue is
        looked for as the question will read, so «next meeting» is looked for as «next møte»
        and «kva skil» as «hva skil»."""
        self.modifiers = lexicon.cue_modifiers
        self._plan_as_place = lexicon.form.plan_as_place
        read = dict(dialect or {})
        self.table = tuple(
            (priority, intent, " ".join(read.get(w, w) for w in cue.split()))
            for priority, intent in enumerate(lexicon.order)
            for cue in lexicon.cues[intent]
        )
        # Phrases looked for in the spaced message (« hvem er … »), indexed once here.
        self.phrases = SpacedPhrases(cue for _, _, cue in self.table)

    def find(
        self, words: tuple[str, ...], used: list[bool], *, named: bool = False
    ) -> tuple[Intent, str]:
        """The longest cue wins (ties: the more specific intent), except that a topic the
        bot answers by itself («bti», «nødnumre», «tiltak mot …») beats the bare form of a
        question («hva er …»), and that with a group ``named`` «planen» only says where to
        look («koordineringsgruppa bør møtes månedlig – stemmer det med planen?»): another
        cue says what is asked. Marks the cue's words as ``used``."""
        joined = f" {' '.join(w for w in words if w not in self.modifiers)} "
        best: tuple[int, int, Intent, str] | None = None
        topic: tuple[int, int, Intent, str] | None = None
        other: tuple[int, int, Intent, str] | None = None
        for position in self.phrases.found(joined):  # in table order, as the ties depend on it
            priority, intent, cue = self.table[position]
            key = (len(cue), -priority, intent, cue)
            if best is None or key[:2] > best[:2]:
                best = key
            if intent in TOPIC_INTENTS and (topic is None or key[:2] > topic[:2]):
                topic = key
            if cue not in self._plan_as_place and (other is None or key[:2] > other[:2]):
                other = key
        if best is None:
            return Intent.UNKNOWN, ""
        if best[2] in FORM_ONLY and topic is not None:
            best = topic
        if named and best[3] in self._plan_as_place and other is not None:
            best = other
        cue_words = set(best[3].split())
        for i, word in enumerate(words):
            if word in cue_words:
                used[i] = True
        return best[2], best[3]
