"""The abstain measurement (tests/eval/abstain_table.py): right / wrong of the confident
answers per signal, the danger path left out, and the arrival record of dev items only."""

from __future__ import annotations

from typing import Any

from tests.eval import load_items
from tests.eval.abstain_table import arrival_rows, bucket, table


def _row(got: str, outcome: str, **signals: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": "x-001",
        "file": "made_up.yaml",
        "got": got,
        "outcome": outcome,
        "path": "cue",
        "named": False,
        "margin": None,
        "net": "agrees",
        "net_top": 12.0,
        "net_cover": 0.9,
        "strange": 0,
        "unheld": 0,
        "changed": 0,
        "typos": 0,
        "words": 8,
    }
    row.update(signals)
    return row


def test_the_table_counts_right_and_wrong_per_signal_value() -> None:
    rows = [
        _row("members", "right"),
        _row("members", "right", net_cover=0.3),
        _row("tiltak_lookup", "wrong", net_cover=0.3, net="none", typos=1),
        _row("plan", "honest"),
    ]
    shown = table(rows)
    assert "confident answers off the danger path: 4" in shown
    assert "<0.4                               right    1  wrong   1  precision 0.50" in shown
    assert "none / <0.4" in shown  # the net's verdict beside each signal


def test_the_danger_path_and_honest_replies_are_left_out() -> None:
    rows = [_row(got, "wrong") for got in ("danger", "disclosure", "routine", "unknown")]
    assert "confident answers off the danger path: 0" in table(rows)


def test_numbers_are_shown_in_coarse_bands() -> None:
    assert bucket(_row("plan", "right", margin=None), "margin") == "none"
    assert bucket(_row("plan", "right", margin=1.2), "margin") == "<1.5"
    assert bucket(_row("plan", "right", typos=5), "typos") == "3+"
    assert bucket(_row("plan", "right", words=20), "words") == ">12"


def test_the_arrival_record_holds_dev_items_only() -> None:
    halves = {item.id: item.half for item in load_items()}
    rows = arrival_rows()
    assert len(rows) > 300
    assert {halves.get(r["id"]) for r in rows} == {"dev"}
    assert {r["outcome"] for r in rows} <= {"right", "wrong", "honest"}
