"""The benchmarks still run (tiny sizes; numbers are not judged here, only that work was done)."""

import asyncio
import datetime as dt
from pathlib import Path

from bench import (
    answers,
    fanout,
    gc_cost,
    guard,
    records,
    scale,
    server_instructions,
    text_work,
    tick_cost,
    turn_instructions,
    turns,
)
from bot.config import REPO_ROOT


def test_the_answer_benchmark_runs_and_reports_percentiles() -> None:
    result = answers.run(count=20)
    assert result["count"] == 20
    assert 0 < result["p50_ms"] <= result["p99_ms"]
    assert 0 < result["cpu_p50_ms"] <= result["cpu_p99_ms"], "CPU time beside wall-clock"


def test_the_turn_benchmark_loads_the_echo_sample_our_bot_and_the_floor() -> None:
    results = turns.run(12, warmup=2, rounds=2, time_limit=20.0, open_seconds=0.25, mix_requests=6)

    echo, ours, floor = results["echo"], results["ours"], results["floor"]
    assert (echo.requests, ours.requests, floor.requests) == (12, 12, 12)
    assert echo.errors == ours.errors == floor.errors == 0
    assert ours.replies_with_card == 12, "our bot answers real questions with their cards"
    assert ours.ready_seconds > 0 and ours.rss_mb > 0
    assert 0 < ours.latency["p50_ms"] <= ours.latency["p99_ms"]
    assert ours.open_errors == 0 and len(ours.open_latencies) == 50, "200/s for 0.25 s"
    assert len(ours.round_cpu_ms) == 2, "one CPU-per-turn figure per round"
    assert ours.driver_cpu_seconds > 0, "the driver's own CPU is measured beside the bot's"
    assert (ours.mix_requests, ours.mix_errors) == (6, 0), "the staff mix: its own turns"
    assert ours.mix_cpu_seconds >= 0 and echo.mix_requests == floor.mix_requests == 0


def test_the_fan_out_benchmark_delivers_every_reminder_once() -> None:
    result = fanout.run(5, time_limit=20.0)

    assert (result.delivered, result.duplicated, result.lost) == (5, 0, 0)
    assert result.operations == 10, "a 1:1 chat and a post per reminder"


def test_the_scale_benchmark_loads_generated_kommuner_in_a_fresh_process() -> None:
    result = scale.run(count=4, questions=20)

    assert result["kommuner"] == 4
    assert result["questions"] == 20 and result["p99_ms"] > 0
    assert result["load_s"] > 0 and result["rss_mb"] > result["rss_before_mb"] > 0
    assert result["cold_ready_cpu_s"] > 0 and result["ready_cpu_s"] > 0  # both starts


def test_the_guard_benchmark_reads_a_40_kb_message_to_the_end() -> None:
    result = guard.run(count=20, long_count=2)

    assert result["long_kb"] >= 39
    for name in ("danger", "privacy"):
        assert 0 < result[f"{name}_p50_us"] <= result[f"{name}_p99_us"]
        assert result[f"{name}_long_p50_ms"] > 0


def test_the_records_benchmark_reads_and_writes_every_sample_row() -> None:
    rows = asyncio.run(records.measure(calls=3))
    assert len(rows) == 8 and all(figure.endswith("µs") for _, figure in rows)


def test_the_tick_cost_benchmark_runs_the_jobs_of_every_tick() -> None:
    quiet, busy, messages = asyncio.run(tick_cost.measure(2, dt.date(2026, 1, 9), None))

    assert len(quiet) + len(busy) == 12, "09:05 and 13:05 on 2, 5, 6, 7, 8 and 9 January"
    assert busy and messages > 0, "the first Monday sends the week's digests"


def test_the_instruction_count_harness_answers_every_turn_with_a_reply() -> None:
    posted = asyncio.run(turn_instructions.run(4))

    assert posted == turn_instructions.WARMUP + 4


def test_the_collector_benchmark_counts_collections_in_the_real_server() -> None:
    done, per_generation = asyncio.run(gc_cost.measure(REPO_ROOT, 4, 20))

    assert done == 20
    assert len(per_generation) == 3


def test_a_callgrind_dump_is_read_by_its_totals_not_its_header(tmp_path: Path) -> None:
    # With --instr-atstart=no callgrind writes "summary: 0" in the header of every dump.
    dump = tmp_path / "callgrind.out.1"
    dump.write_text("events: Ir\nsummary: 0\n\nfn=(1) f\n1 5\n\ntotals: 123456\n")
    empty = tmp_path / "callgrind.out"
    empty.write_text("events: Ir\nsummary: 0\n")

    assert server_instructions._instructions(dump) == 123456
    assert server_instructions._instructions(empty) is None


def test_the_text_work_count_counts_each_step_and_puts_it_back() -> None:
    from bot import text
    from bot.understanding import normalise

    fold, stem = text.fold, normalise.stem
    result = text_work.run(count=10)
    assert result["fold"][0] > 0 and result["stem"][0] > 0, "every turn folds and stems"
    assert all(0 <= again <= calls for calls, again in result.values())
    assert (text.fold, normalise.stem) == (fold, stem), "the counters are taken off again"
