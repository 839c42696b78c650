"""The benchmarks still run (tiny sizes; numbers are not judged here)."""

from bench import answers


def test_the_answer_benchmark_runs_and_reports_percentiles() -> None:
    result = answers.run(count=20)
    assert result["count"] == 20
    assert 0 < result["p50_ms"] <= result["p99_ms"]
