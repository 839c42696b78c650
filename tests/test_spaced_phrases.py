"""The reader's phrase look-up finds what trying every phrase finds, in the same order.

``SpacedPhrases`` tries only the phrases a message's own words and word pairs start; the
answer must be that of ``f" {phrase} " in joined`` for every phrase — for the real cue list
over every evaluation message, and for the edges (one-word phrases, a phrase at either end,
repeated and overlapping phrases, odd spacing).
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.understanding import Understanding
from bot.understanding.phrases import SpacedPhrases, starts_in
from tests.eval import load_items


def every_phrase(phrases: SpacedPhrases, joined: str) -> list[int]:
    return [p for p, phrase in enumerate(phrases.phrases) if f" {phrase} " in joined]


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


def test_the_cues_found_in_every_eval_message_are_those_trying_every_cue_finds(
    understanding: Understanding,
) -> None:
    cues = SpacedPhrases(cue for _, _, cue in understanding.cues.table)
    found_any = 0
    for item in load_items():
        joined = f" {' '.join(understanding.normalise(item.text))} "
        expected = every_phrase(cues, joined)
        assert cues.found(joined) == expected, item.text
        assert cues.found(joined, starts_in(joined)) == expected, item.text
        found_any += bool(expected)
    assert found_any > 1000  # the cues really are found, not only their absence


@pytest.mark.parametrize(
    "joined",
    [
        " hvem er slt koordinator ",
        " er ",
        " hvem hvem er er ",
        " a b a b c ",
        "  hvem  er  ",
        " ",
        "",
        " x hvem er ",
    ],
)
def test_edges_of_spacing_and_position(joined: str) -> None:
    phrases = SpacedPhrases(
        ["hvem er", "er", "hvem er slt koordinator", "a b c", "b a", "x", "", "hvem  er", "er "]
    )
    assert phrases.found(joined) == every_phrase(phrases, joined)
    assert phrases.any_in(joined) == bool(every_phrase(phrases, joined))
    longest = phrases.longest(joined)
    found = every_phrase(phrases, joined)
    assert longest == (max(found, key=lambda p: (len(phrases.phrases[p]), -p)) if found else None)
