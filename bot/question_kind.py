"""The kind of answer a question asks for by its form, and the answers of another kind.

«hvem …?» asks for people, «når …?» for a date or a rhythm, «hvordan …?» for how it is done,
«hvilke tiltak …?» for tiltak (``intent_net`` in understanding.yaml: its question words, the
words that may open a clause before them, a which-word's nouns). The intent net
(bot/intent_net.py) counts only examples asked the same way as a question, and doubts an
answer of a kind the question's form does not ask for (``WRONG_KIND``); bot/features/doubt.py
keeps a doubted tiltak list that a «hvilke tiltak …?» asked for. Kept apart from the net's
nearest-example vote: this reads one question's words, the net compares it with examples.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.text import tokens

WRONG_KIND: Mapping[str, frozenset[str]] = {
    "when": frozenset(
        {
            "members",
            "role_groups",
            "innkaller",
            "moteleder",
            "sekretar",
            "tiltak_owner",
            "coordinator",
            "target_group",
            "levels",
        }
    ),
    "who": frozenset({"next_meeting", "frequency", "meeting_plan", "tiltak_deadline", "levels"}),
    "how": frozenset({"innkaller", "sekretar", "tiltak_owner"}),
    "tiltak": frozenset(
        {
            "members",
            "coordinator",
            "innkaller",
            "moteleder",
            "sekretar",
            "levels",
            "next_meeting",
            "frequency",
            "meeting_plan",
        }
    ),
    "group": frozenset({"coordinator", "tiltak_mine"}),
}
"""Question kind (``intent_net.asks``, or a which-word's noun: ``intent_net.nouns``) → the
checked answers that cannot answer it: people for «når …?» and «hvordan …?», a date or a rhythm
for «hvem …?», people or dates for «hvilke tiltak …?», the coordinator's contact for «kva
grupper …?». Such an answer is doubted whatever
the examples say (:meth:`QuestionKinds.of_form` reads the kind). At arrival (the answers
rounds got before anyone tuned on them) and on the corpora's dev halves these pairs were
wrong in every case they occurred (about twenty answers: «kor tid er oppvekstkonferansen?»
answered with members, «hvem lager årshjul og møteplan?» with the meeting plan, «hvem i nav
jobber med unge?» with the three levels, «hvordan melder jeg inn en sak til fagteamet?» with the
convener); a reading that answers such a question
with people (``tiltak_mine``, ``duties``) or how it is done (``routine``) is left out."""
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
CLAUSE = re.compile(r"[,;:()–—]|\s-\s")


@dataclass(frozen=True)
class Which:
    """«hvilke tiltak …», «kva for grupper …»: a which-word whose noun says the kind of answer
    asked (``intent_net.which``, ``which_between``, ``nouns`` in understanding.yaml)."""

    words: frozenset[str]
    between: frozenset[str]
    nouns: Mapping[str, str]
    """Noun → the kind of answer it asks for."""

    def noun_kind(self, words: Sequence[str]) -> str:
        """The kind the clause's opening «which + noun» asks for, ``""`` when it has none."""
        if not words or words[0] not in self.words:
            return ""
        noun = next((w for w in words[1:] if w not in self.between), "")
        return self.nouns.get(noun, "")


class QuestionKinds:
    """A question's kinds of answer asked, read by its question words (``intent_net.asks``)."""

    def __init__(
        self,
        asks: Mapping[str, frozenset[str]] | None = None,
        joins: frozenset[str] = frozenset(),
        which: Which | None = None,
    ) -> None:
        self._asks = {word: kind for kind, words in (asks or {}).items() for word in words}
        """Question word → the kind of answer it asks for (``intent_net.asks``)."""
        self._joins = joins
        """Words that may open a clause before its question word (``intent_net.joins``)."""
        self._which = which
        """«hvilke …»: which-word, the words that may follow it, noun → kind (``intent_net``)."""

    def first(self, text: str) -> str:
        """The kind of answer ``text``'s first question word asks for, ``""`` when none."""
        return next((self._asks[w] for w in tokens(text) if w in self._asks), "")

    def of_form(self, text: str) -> frozenset[str]:
        """The kinds of answer ``text``'s question asks for by its form: those of the question
        words (or a which-word's noun) that open a clause of a sentence that asks (one with
        «?», else the last). A «når …» clause before another may be a condition («når en elev
        forteller om vold, hvem ringer jeg?») or a question of its own («når møtes fagteamet,
        og hvem er med?»): alone it says nothing, beside another kind it counts too."""
        sentences = SENTENCE.findall(text)
        asking = [s for s in sentences if "?" in s] or sentences[-1:]
        kinds: set[str] = set()
        open_when = False
        for sentence in asking:
            clauses = [w for w in (tokens(c) for c in CLAUSE.split(sentence)) if w]
            for i, words in enumerate(clauses):
                own = [w for w in words if w not in self._joins]
                kind = self._asks.get(own[0], "") if own else ""
                kind = kind or (self._which.noun_kind(own) if self._which else "")
                if kind == "when" and i < len(clauses) - 1:
                    open_when = True
                elif kind:
                    kinds.add(kind)
        return frozenset(kinds | ({"when"} if open_when and kinds else set()))


__all__ = ["WRONG_KIND", "QuestionKinds", "Which"]
