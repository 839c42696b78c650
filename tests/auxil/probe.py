"""What the probe files share (tests/test_facts82.py, tests/test_facts83.py): a made-up message
asked through the eval's runner, and a probe table scored as eval items, its known misses
marked xfail(strict) so a fix shows."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import pytest

from tests.eval import Item, Runner, _answer


def answered(runner: Runner, kommune: str, text: str) -> tuple[str, str]:
    """The answering reply's intent and every reply's text, for one made-up message."""
    item = Item(id="t", kommune=kommune, half="dev", text=text, intent="unknown")
    replies = runner.replies(item)
    answer = _answer(replies, frozenset())
    assert answer is not None
    return str(answer.intent), "\n".join(r.text for r in replies)


def probe_params(probe: Sequence[tuple[Any, ...]], misses: Collection[str]) -> list[Any]:
    """The probe's rows as pytest params, the known misses (by id) as strict xfails."""
    miss = pytest.mark.xfail(reason="known miss", strict=True)
    return [pytest.param(*row, marks=miss) if row[0] in misses else row for row in probe]


def assert_probe_right(
    runner: Runner,
    row: tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]],
) -> None:
    """A probe row ``(id, kommune, text, intent, must, must_not)`` scored as an eval item."""
    pid, kommune, text, intent, must, must_not = row
    outcome = runner.score(Item(pid, kommune, "dev", text, intent, None, must, must_not))
    assert outcome.right, (pid, outcome.got, outcome.missing, outcome.forbidden)
