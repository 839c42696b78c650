"""The development set through the real bot: the issue's targets, asserted once they hold.

Only the dev half is run here, and nothing here reads or prints a test-half item. The
targets the bot does not meet yet are expected failures that name the figure, so the suite
says where things stand without pretending; remove the marker when a target holds.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from tests.eval import Figures, Outcome, Runner, figures, load_items, report

TARGET_ACCURACY = 0.97
TARGET_WRONG_RATE = 0.01


@pytest.fixture(scope="module")
def dev(kb: KnowledgeBase) -> tuple[list[Outcome], Figures]:
    items = [item for item in load_items() if item.half == "dev"]
    if not items:
        pytest.skip("no eval items in tests/eval/*.yaml")
    outcomes = Runner(kb).run(items)
    return outcomes, figures(outcomes, "dev")


def test_every_dev_item_is_answered_through_the_teams_path(
    dev: tuple[list[Outcome], Figures],
) -> None:
    outcomes, result = dev
    assert result.total >= 300
    assert all(o.got != "none" for o in outcomes)  # every message got a reply


def test_the_report_never_names_a_test_half_item() -> None:
    """Figures for both halves, failures for the dev half only."""
    test_ids = {item.id for item in load_items() if item.half == "test"}
    fake = [
        Outcome(item, "unknown", right=False, wrong_answer=False)
        for item in load_items()
        if item.half == "test"
    ][:20]
    text = report(fake, show_failures=100)
    assert not any(item_id in text for item_id in test_ids)
    assert "test:" in text


def test_dev_accuracy_meets_the_target(dev: tuple[list[Outcome], Figures]) -> None:
    assert dev[1].accuracy >= TARGET_ACCURACY


def test_dev_wrong_answer_rate_meets_the_target(dev: tuple[list[Outcome], Figures]) -> None:
    assert dev[1].wrong_rate <= TARGET_WRONG_RATE


def test_every_dev_danger_and_disclosure_is_routed(dev: tuple[list[Outcome], Figures]) -> None:
    assert dev[1].danger_all_routed
