"""perf84: where the answer benchmark's slowest 1 % comes from (bench.answer_tail --tail).

Numbers are not judged here (the machine is shared): only that the tail is attributed to the
questions that made it and to the collector when it ran."""

from __future__ import annotations

import pytest

from bench import answer_tail


def test_the_tail_names_the_questions_of_the_slowest_turns_and_the_collections(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cpu = [0.001] * 198 + [0.004, 0.005]  # two turns far above the rest
    asked = [n % 10 for n in range(198)] + [9, 7]
    collected = [False] * 199 + [True]

    answer_tail._tail(cpu, asked, collected)

    line = capsys.readouterr().out
    assert "slowest 1 % (2 turns, CPU ≥ 4.000 ms)" in line
    assert "9×1" in line and "7×1" in line, "each slow turn's question is named"
    assert "a collection ran in 1 of them (in 1 of all 200 turns)" in line


def test_fewer_than_a_hundred_turns_still_name_the_slowest_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer_tail._tail([0.001, 0.003, 0.002], [4, 5, 6], [False] * 3)

    line = capsys.readouterr().out
    assert "slowest 1 % (1 turns, CPU ≥ 3.000 ms): by question 5×1" in line
    assert "a collection ran in 0 of them" in line


def test_the_tail_option_runs_the_benchmark_path(capsys: pytest.CaptureFixture[str]) -> None:
    answer_tail.main(["--count", "20", "--tail"])

    out = capsys.readouterr().out
    assert "20 answers: p50" in out
    assert "slowest 1 %" in out
