"""The cue table: which intent a question's cue phrases say, the longest cue first.

Built once from language/understanding.yaml (compiled in lexicon.py); the reader asks it for
the intent a message's words name before its rules correct what a cue alone got wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.understanding.intents import (
    CONVENER_READINGS,
    FORM_ONLY,
    NAMES_AN_OBJECT,
    TOPIC_INTENTS,
    Intent,
)
from bot.understanding.lexicon import Lexicon
from bot.understanding.phrases import SpacedPhrases

TASK_BEATS = NAMES_AN_OBJECT | {Intent.TILTAK_OWNER}
"""Cues a meeting task's cue beside a named group beats: an object's own name, and «hvem har
ansvaret for» (what the ansvar is for is the task)."""

DOER_TO_TASK = frozenset({"som", "er", "ogsa", "alltid", "fortsatt", "da"})
"""Words that may stand between the one named and the task it does («slt-koordinatoren som
også er sekretær»)."""

WHAT_IS = "hva er"
"""A group's work asked («hva er fagteamet»), or what a word means («hva er en
bekymringssamtale»): the object that defines the word answers (options.py ``defines``)."""


def _does(joined: str, name: str, task: str) -> bool:
    """The object named does the task: «slt-koordinator kaller inn», «… som kaller inn»,
    «… som også er sekretær»."""
    words, named, asked = joined.split(), name.split(), task.split()
    for i in range(len(words) - len(named) + 1):
        if words[i : i + len(named)] != named:
            continue
        at = i + len(named)
        while at < len(words) and words[at] in DOER_TO_TASK:
            at += 1
        if words[at : at + len(asked)] == asked:
            return True
    return False


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
        self._case_cues = lexicon.form.case_cues
        self._group_case = lexicon.form.group_case_cues  # «bekymring til»: a group named
        self._who = lexicon.form.who_words
        self._when = lexicon.form.next_words - lexicon.form.meeting_words  # «når», «snart»
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
        cue says what is asked; so does a meeting task's («kaller inn») beside an object's
        own name («slt-koordinator», «planen»). Marks the cue's words as ``used``."""
        joined = f" {' '.join(w for w in words if w not in self.modifiers)} "
        best: tuple[int, int, Intent, str] | None = None
        topic: tuple[int, int, Intent, str] | None = None
        other: tuple[int, int, Intent, str] | None = None
        task: tuple[int, int, Intent, str] | None = None
        when: tuple[int, int, Intent, str] | None = None
        for position in self.phrases.found(joined):  # in table order, as the ties depend on it
            priority, intent, cue = self.table[position]
            if cue in self._group_case and not (named and not self._who.isdisjoint(words)):
                continue  # «hvem sender jeg en bekymring til om en elev»: no group to bring it to
            key = (len(cue), -priority, intent, cue)
            if best is None or key[:2] > best[:2]:
                best = key
            if intent in TOPIC_INTENTS and (topic is None or key[:2] > topic[:2]):
                topic = key
            if cue not in self._plan_as_place and (other is None or key[:2] > other[:2]):
                other = key
            if (
                intent in CONVENER_READINGS
                and cue not in self._case_cues  # «hvem er slt-k? har en sak til fagteamet»
                and (task is None or key[:2] > task[:2])
            ):
                task = key
            if intent is Intent.NEXT_MEETING and (when is None or key[:2] > when[:2]):
                when = key
        if best is None:
            return Intent.UNKNOWN, ""
        if best[3] in self._case_cues and when and not self._when.isdisjoint(words):
            # «kan jeg melde inn en sak til neste møte i nettverket? når er det?»: the case is
            # why the date is asked («hvordan melder jeg inn en sak til neste møte» asks how).
            # With no group named, every group's next meeting, and who takes the case in
            # (features/meetings/chat.py).
            best = when
        if best[2] in FORM_ONLY and topic is not None:
            best = topic
        if named and best[3] in self._plan_as_place and other is not None:
            best = other
        if named and best[2] in TASK_BEATS and task is not None:
            # «er det slt-koordinator som kaller inn til styringsgruppa?»: the coordinator's
            # name is an object, the meeting task what is asked of the named group – unless
            # the question opens by asking who holds it («hvem er slt-koordinator, som …») or
            # the name is not the task's doer («… til styringsgruppa, og hvem er slt-k?»);
            # «hvem har ansvaret for innkalling til nettverket»: the ansvar is the task's
            asked = joined.split()[:4]
            who = bool(asked[:1]) and asked[0] in self._who and best[3] in " ".join(asked[1:])
            if best[2] is Intent.TILTAK_OWNER or (not who and _does(joined, best[3], task[3])):
                best = task
        if (
            best[2] is Intent.NEXT_MEETING
            and task is not None
            and _who_does_first(joined, self._who, task[3], best[3])
        ):
            # «hvem innkaller til neste møte i koordineringsgruppa?»: who calls it is asked,
            # the next meeting is only what is called («når er neste møte, og hvem kaller
            # inn?» asks the date first, and both are answered)
            best = task
        cue_words = set(best[3].split())
        for i, word in enumerate(words):
            if word in cue_words:
                used[i] = True
        return best[2], best[3]


def _who_does_first(joined: str, who: frozenset[str], task: str, when: str) -> bool:
    """«hvem kaller inn» (a who-word right before the task's cue) stands before the next
    meeting's cue: the task is what the sentence asks."""
    at = joined.find(f" {when} ")
    if task.split()[0] in who:  # «hvem leder»: the cue asks who itself
        return 0 <= joined.find(f" {task} ") < at
    return any(0 <= joined.find(f" {w} {task} ") < at for w in who)
