"""Look-ups made cheaper for the slow tail (docs/performance.md, session 27 perf29) give what
the work they replace gave: each is compared with that work done the old way, on made-up text."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bot.compiled import Compiled
from bot.features.meetings.command_dates import tokenize
from bot.features.organisation.unnamed import asks_to_reach
from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_topics import SCHOOL_SUBJECTS
from bot.text import has_head
from bot.understanding.phrases import spaced_phrases
from bot.understanding.preamble import _question_part, question_part

WORDS = ["ring", "til", "nummer", "zorbla", "hva", "er", "", "x y"]
PHRASES = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@given(st.lists(PHRASES, max_size=6), st.lists(st.sampled_from(WORDS), max_size=6))
def test_phrases_spaced_once_are_found_as_each_phrase_spaced_per_message(
    phrases: list[str], words: list[str]
) -> None:
    joined = f" {' '.join(words)} "
    as_tuple, as_set = spaced_phrases(tuple(phrases)), spaced_phrases(frozenset(phrases))
    assert as_tuple.any_in(joined) == any(f" {p} " in joined for p in phrases)
    first = next((p for p in sorted(set(phrases)) if f" {p} " in joined), "")  # offer_word
    found = as_set.found(joined)
    assert (as_set.phrases[found[0]] if found else "") == first
    assert asks_to_reach(tuple(words), tuple(phrases), frozenset()) == any(
        f" {p} " in joined for p in phrases
    )


@given(st.lists(st.sampled_from(["Møte", "12.3", "i", "morgen", "kl", "9", "<at>Bot</at>"])))
def test_a_texts_tokens_kept_are_its_tokens_and_each_callers_own(words: list[str]) -> None:
    text = " ".join(words)
    first = tokenize(text)
    first.append("changed by a caller")
    again = tokenize(text)
    assert again == tokenize(f"{text} ")  # read afresh: a text not the last one
    assert tokenize(text, 1) == again[:1]


@given(st.lists(st.sampled_from(["hvem", "er", "det?", "vil", "melde.", "på", "kor", "?"])))
def test_a_question_part_kept_is_the_part_read_afresh(words: list[str]) -> None:
    text = " ".join(words)
    assert question_part(text) == _question_part(text)
    assert question_part(text) == _question_part(text)  # the kept one


def test_a_head_patterns_words_found_once_are_those_every_word_scanned_gives(
    kb: KnowledgeBase,
) -> None:
    for index in kb.kommuner.values():
        for head in ("skole", "helsestasjon", "zorblatjeneste"):
            scanned = {
                n for w in index._role_words if has_head(w, head) for n in index._members_with[w]
            }
            assert index._members_matching(f"*{head}") == scanned
            assert index._members_matching(f"*{head}") == scanned  # kept


def test_topic_words_without_school_subjects_made_once_are_the_differences(
    kb: KnowledgeBase,
) -> None:
    topics = DangerCheck.from_language(kb.language)._topics
    assert topics._topical[False] == (topics.words, topics.after)
    assert topics._topical[True] == (topics.words - SCHOOL_SUBJECTS, topics.after - SCHOOL_SUBJECTS)


def test_the_intent_nets_split_of_a_reading_is_the_comparison(kb: KnowledgeBase) -> None:
    net = Compiled.of(kb).intents
    assert net is not None
    for reading, code in net._code.items():
        of_reading, others = net._split(reading)
        assert np.array_equal(of_reading, net._codes == code)
        assert np.array_equal(others, net._codes != code)
        assert net._split(reading)[0] is of_reading
