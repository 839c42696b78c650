"""A turn's repeated pure reads, kept for the turn (perf81), answer as reading again does: on
every eval dev text and on made-up messages, look-alikes beside them.

- :func:`bot.text.fold`, the last ``TURN_TEXTS`` texts kept (a turn folds its message four
  times): the same text as the fold itself (``fold.__wrapped__``), and no more texts kept;
- :func:`bot.understanding.phrases.starts_in`, the same: the words and word pairs as the set
  built at each call was, frozen so that no caller changes the next one's;
- the danger check's topic test (bot/safety_topics_last.py): the last question's answer
  given again only to the same question about the same words – a changed list, another
  position or ``talk`` is read afresh."""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.routing import SltBot
from bot.safety_match import fold_words
from bot.safety_topics import Topics
from bot.safety_topics_last import LastTopics
from bot.safety_words import dialect_mapped
from bot.text import TURN_TEXTS, fold, strip_mentions, visible
from bot.understanding.phrases import starts_in
from tests.eval import load_items

MADE_UP = (
    "hva er været i morgen",
    "Hva er VÆRET i morgen?",
    "hva er vaeret i morgen",
    "kurs om selvskading for lærerne i morgen, hvem holder det?",
    "en elev forteller at faren slår henne",
    "tiltak mot vold hjemme – hvem har ansvaret?",
    "møtet om grooming flyttes til rom 204",
    "hvor mange selvmord var det i fjor",
    "Ålesund, Ærøy og Øksnes: åtte år",
    "crème brûlée på sommerfesten",
    "<at>SLT-boten</at> hvem sitter i slt-nettverket?",
    "",
    " ",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sorted({item.text for item in load_items() if item.half == "dev"} | set(MADE_UP))


def _old_starts_in(joined: str) -> set[str]:
    tokens = joined.split(" ")
    starts = set(tokens)
    starts.update(map(" ".join, pairwise(tokens)))
    return starts


def test_fold_kept_as_folded(texts: list[str]) -> None:
    folds = [fold(t) for t in texts]
    again = [fold(t) for t in reversed(texts)][::-1]
    assert folds == again == [fold.__wrapped__(t) for t in texts]
    assert fold.cache_info().maxsize == TURN_TEXTS
    assert fold.cache_info().currsize <= TURN_TEXTS
    assert fold("Været") == fold("været") == "vaeret"  # two texts, one fold each


def test_starts_in_as_built_at_each_call(texts: list[str]) -> None:
    for text in texts:
        joined = f" {fold(strip_mentions(text))} "
        first = starts_in(joined)
        assert first == _old_starts_in(joined), text
        assert starts_in(joined) == first, text
        assert isinstance(first, frozenset)  # a caller cannot change the next one's
    assert starts_in.cache_info().maxsize == TURN_TEXTS


def _questions(count: int) -> list[tuple[int, int, bool]]:
    """A few of the questions the check asks of a message of ``count`` words, repeated."""
    asked = []
    for start in sorted({0, count // 2, count - 1}):
        for end in sorted({start, count - 1, -1}):
            asked += [(start, end, False), (start, end, False), (start, end, True)]
    return asked + asked[:3]


def test_topics_at_as_read_again(bot: SltBot, texts: list[str]) -> None:
    topics = bot.safety._topics
    assert isinstance(topics, LastTopics)
    for text in texts:
        words = dialect_mapped(fold_words(visible(strip_mentions(text))), bot.safety._dialect)
        if not words:
            continue
        for start, end, talk in _questions(len(words)):
            expected = Topics.at(topics, words, start, end, talk)
            assert topics.at(words, start, end, talk) == expected, text


def test_topics_at_reads_a_changed_list_afresh(bot: SltBot) -> None:
    topics = bot.safety._topics
    words = ["tiltak", "mot", "vold", "hjemme"]
    assert topics.at(words, 2, 2) == Topics.at(topics, words, 2, 2) is True
    words[0] = "faren"  # the same list, changed: read again, not remembered
    assert topics.at(words, 2, 2) == Topics.at(topics, words, 2, 2)
    words[:] = ["en", "elev", "forteller", "at", "faren", "slår", "henne"]
    for start in range(len(words)):
        assert topics.at(words, start, start) == Topics.at(topics, words, start, start)
        assert topics.at(words, start, -1, True) == Topics.at(topics, words, start, -1, True)


def test_signal_pairs_by_their_second_word(
    bot: SltBot, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signals' pairs an opening word starts are tried only where the next words have an
    atom of their second word (``reaching``): the concepts are those trying every pair gives,
    and each position's set is built in the same order."""
    step = bot.safety._step
    assert step is not None
    signals = step.signals
    read = [
        dialect_mapped(fold_words(visible(strip_mentions(t))), bot.safety._dialect)
        for t in [*texts, "hva er været i morgen", "legger han ut bildene av henne"]
    ]
    new = [signals.concepts(words) for words in read]
    monkeypatch.setattr("bot.safety_signals.reaching", lambda pairs, places, near: list(pairs))
    for words, found in zip(read, new, strict=True):
        old = signals.concepts(words)
        assert found == old, words
        assert [list(s) for s in found] == [list(s) for s in old], words
