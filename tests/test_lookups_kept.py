"""Look-ups made cheaper in session 27 (docs/performance.md, perf27) give what the work they
replace gave: each is compared with that work done the old way, on made-up text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.features.organisation.contact_questions import _role_words
from bot.features.organisation.contacts import contacts_of
from bot.features.organisation.help import _parts, ask_instead, examples
from bot.features.phrase import STOP_AFTER_STOP, abbreviation, one_stop
from bot.knowledge.index import KnowledgeBase
from bot.text import fold, fold_plan_text
from bot.understanding.normalise import Normaliser
from bot.understanding.service_asked import label_words

PHRASES = {
    ("hva", "tid"): "nar",
    ("kor", "tid"): "nar",
    ("hva", "tid", "da"): "da",
    ("kor",): "hvor",
}
WORDS = ["hva", "tid", "da", "kor", "er", "moter", "neste"]


def _every_phrase_tried(normaliser: Normaliser, words: list[str]) -> list[str]:
    """``Normaliser.bokmal`` as it was: every phrase tried at every word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        found = next((p for p in normaliser.phrases if tuple(words[i : i + len(p)]) == p), None)
        if found is None:
            out.append(words[i])
            i += 1
        else:
            out.append(normaliser.phrases[found])
            i += len(found)
    return out


@given(st.lists(st.sampled_from(WORDS), max_size=8))
def test_dialect_phrases_by_their_first_word_read_as_every_phrase_tried(words: list[str]) -> None:
    normaliser = Normaliser(["moter"], phrases=PHRASES)
    assert normaliser.bokmal(words) == _every_phrase_tried(normaliser, words)


def _moved(text: str) -> str:
    """``one_stop`` as it was: the search over every text."""

    def fix(m: re.Match[str]) -> str:
        word, close = m.group(1), m.group(2)
        return m.group(0) if abbreviation(word) else f"{word}{close}."

    return STOP_AFTER_STOP.sub(fix, text)


@given(st.text(alphabet="ab .)(\u00ab\u00bbm", max_size=24))
def test_a_stop_is_moved_as_the_search_over_every_text_moved_it(text: str) -> None:
    assert one_stop(text) == _moved(text)
    assert one_stop("Møtes «hver 6. uke.».") == "Møtes «hver 6. uke»."


@given(st.text(max_size=20))
def test_a_plan_text_folded_and_kept_is_its_fold(text: str) -> None:
    assert fold_plan_text(text) == fold(text)


def test_a_kommunes_fallback_parts_made_once_are_what_each_fallback_made(
    kb: KnowledgeBase,
) -> None:
    for index in kb.kommuner.values():
        assert _parts(index, kb) == (index, examples(index), ask_instead(index))
    assert _parts(None, kb)[1] == examples(None)


def test_a_kommunes_contact_role_words_made_once_are_its_contacts_words(
    kb: KnowledgeBase,
) -> None:
    for key, index in kb.kommuner.items():
        roles = (c.role for c in contacts_of(index, kb.national).values())
        words = kb.built(_role_words)[key]  # sorted, for a bisect per word (perf80)
        assert list(words) == sorted(set(words))
        assert set(words) == {w for role in roles for w in label_words(role)}
