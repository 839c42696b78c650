"""Cues.find tries only the cues whose first word the message has; the
intent, the cue and the words it marks are what trying every cue gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.knowledge.index import KnowledgeBase
from bot.understanding import Intent, Understanding
from bot.understanding.intents import FORM_ONLY, TOPIC_INTENTS
from tests.eval import load_items


def every_cue(
    understanding: Understanding, words: tuple[str, ...], used: list[bool]
) -> tuple[Intent, str]:
    """Cues.find as it was: every cue of the table tried, in table order."""
    modifiers = understanding.lexicon.cue_modifiers
    joined = f" {' '.join(w for w in words if w not in modifiers)} "
    form = understanding.lexicon.form
    best: tuple[int, int, Intent, str] | None = None
    topic: tuple[int, int, Intent, str] | None = None
    when: tuple[int, int, Intent, str] | None = None
    for priority, intent, cue in understanding.cues.table:
        if cue in form.group_case_cues:
            continue  # read only beside a group named (``find``'s ``named``), never here
        if f" {cue} " in joined:
            key = (len(cue), -priority, intent, cue)
            if best is None or key[:2] > best[:2]:
                best = key
            if intent in TOPIC_INTENTS and (topic is None or key[:2] > topic[:2]):
                topic = key
            if intent is Intent.NEXT_MEETING and (when is None or key[:2] > when[:2]):
                when = key
    if best is None:
        return Intent.UNKNOWN, ""
    asks_when = not (form.next_words - form.meeting_words).isdisjoint(words)
    if best[3] in form.case_cues and when and asks_when:
        best = when  # «kan jeg melde inn en sak til neste møte? når er det?»
    if best[2] in FORM_ONLY and topic is not None:
        best = topic
    cue_words = set(best[3].split())
    for i, word in enumerate(words):
        if word in cue_words:
            used[i] = True
    return best[2], best[3]


def same_reading(understanding: Understanding, words: tuple[str, ...]) -> None:
    used, used_before = [False] * len(words), [False] * len(words)
    found = understanding.cues.find(words, used)
    assert found == every_cue(understanding, words, used_before), words
    assert used == used_before, words


_UNDERSTANDING: dict[str, Understanding] = {}


def understanding_of(kb: KnowledgeBase) -> Understanding:
    if "it" not in _UNDERSTANDING:
        _UNDERSTANDING["it"] = Understanding(kb)
    return _UNDERSTANDING["it"]


def test_every_question_of_the_evaluation_sets_finds_the_same_cue(kb: KnowledgeBase) -> None:
    understanding = understanding_of(kb)
    for item in load_items():
        same_reading(understanding, understanding.normalise(item.text))


def test_every_cue_on_its_own_and_between_other_words_is_found_as_before(
    kb: KnowledgeBase,
) -> None:
    understanding = understanding_of(kb)
    for _, _, cue in understanding.cues.table:
        same_reading(understanding, tuple(cue.split()))
        same_reading(understanding, ("hei", *cue.split(), "i", "_", "valer"))


@given(data=st.data())
def test_any_words_of_the_cues_find_the_same_cue(kb: KnowledgeBase, data: st.DataObject) -> None:
    understanding = understanding_of(kb)
    vocabulary = sorted({w for _, _, cue in understanding.cues.table for w in cue.split()})
    words = data.draw(
        st.lists(st.sampled_from([*vocabulary, "_", "hei", "gjesdal", "1"]), max_size=8)
    )
    same_reading(understanding, tuple(words))
