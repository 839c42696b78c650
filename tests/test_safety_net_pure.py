"""The safety net's two session-19 readings (bot/safety_net.py): a danger neighbourhood that
agrees on one routine needs a smaller margin over the best calm example, and a word no example
holds is read as the known word one letter from it. Made-up messages and scores only."""

from __future__ import annotations

import numpy as np
import pytest

from bot.knowledge.danger_examples import DangerExamplesFile
from bot.safety_net import (
    LONG_COVERAGE,
    MARGIN,
    MIN_COVERAGE,
    PURE_MARGIN,
    SafetyNet,
    _purity,
)

VOLD = "vold-naere-relasjoner"
SELV = "selvskading"


def _net(labels: list[str]) -> SafetyNet:
    examples = [
        {"text": f"eksempel nummer {i} {label}", "routine": label} for i, label in enumerate(labels)
    ]
    body = {"version": "t", "lead": "Ring 112 eller 113.", "examples": examples}
    return SafetyNet(DangerExamplesFile.model_validate(body), None, frozenset())


def _read(labels: list[str], scores: list[float], coverage: float = 0.5) -> str | None:
    """What the net finds when its seven nearest examples score ``scores`` (best first) and
    the nearest holds ``coverage`` of the message's words."""
    net = _net(labels)
    totals = np.array(scores, dtype=np.float64)
    top = list(range(len(labels)))
    found_near = (totals, top, 12, coverage)
    net._neighbours = lambda *_: found_near  # type: ignore[method-assign]
    found = net.nearest("en melding på tolv ord som ingen regel leser som fare i dag")
    return found.routines[0] if found is not None and found.routines else None


def test_a_neighbourhood_that_agrees_on_one_routine_needs_a_smaller_margin() -> None:
    best = 10.0
    calm = best / ((PURE_MARGIN + MARGIN) / 2)  # between the pure margin and the usual one
    labels = [VOLD, VOLD, VOLD, VOLD, VOLD, "none", VOLD]
    assert _read(labels, [best, 9.0, 8.0, 7.5, 7.0, calm, 6.0]) == VOLD


def test_neighbours_split_between_routines_keep_the_usual_margin() -> None:
    best = 10.0
    calm = best / ((PURE_MARGIN + MARGIN) / 2)
    labels = [VOLD, SELV, VOLD, SELV, SELV, "none", VOLD]
    assert _read(labels, [best, 9.0, 8.0, 7.5, 7.0, calm, 6.0]) is None


def test_a_pure_neighbourhood_below_the_pure_margin_is_none() -> None:
    labels = [VOLD, VOLD, VOLD, VOLD, VOLD, "none", VOLD]
    assert _read(labels, [10.0, 9.9, 9.8, 9.7, 9.6, 10.0 / (PURE_MARGIN - 0.03), 9.0]) is None


def test_a_long_message_sharing_little_with_its_nearest_is_read_when_every_neighbour_agrees() -> (
    None
):
    thin = (LONG_COVERAGE + MIN_COVERAGE) / 2
    scores = [10.0, 9.0, 8.0, 7.5, 7.0, 6.5, 6.0]
    assert _read([VOLD] * 7, scores, thin) == VOLD
    assert _read([VOLD] * 6 + ["none"], [*scores[:6], 10.0 / MARGIN / 1.1], thin) is None
    assert _read([VOLD, VOLD, SELV, VOLD, VOLD, VOLD, VOLD], [10.0] + [8.0] * 6, thin) == VOLD
    # ... with the usual margin: one routine's smaller margin is for a message read closely
    net = _net([*[VOLD] * 7, "none"])
    totals = np.array([*scores, 10.0 / ((PURE_MARGIN + MARGIN) / 2)])
    found_near = (totals, list(range(7)), 30, thin)
    net._neighbours = lambda *_: found_near  # type: ignore[method-assign]
    assert net.nearest("en lang melding") is None


@pytest.mark.parametrize(
    ("labels", "share"),
    [
        ([VOLD] * 5, 1.0),
        (["acute"] * 5, 1.0),  # the acute line alone names no routine: no split
        ([VOLD, VOLD, VOLD, "acute", SELV], 0.6),
        ([VOLD, SELV, "acute", "rusbekymring", "acute", "acute"], 1 / 6),
    ],
)
def test_purity_is_the_share_naming_the_most_common_routine(
    labels: list[str], share: float
) -> None:
    assert _purity(labels) == pytest.approx(share)


def test_a_word_no_example_holds_is_read_as_the_known_word_one_letter_away(
    net: SafetyNet,
) -> None:
    typed = net.terms("han vil ta selvmor i kveld")
    right = net.terms("han vil ta selvmord i kveld")
    assert typed == right  # the word pairs follow the mended word
    assert net.terms("han vil ta xq i kveld")[:2] == ["han", "vil"]  # short words as typed
