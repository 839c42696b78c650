"""Run every benchmark: ``python -m bench`` (``make bench``).

Each benchmark prints its own table; the last table holds the targets from the
"Performance" issue, measured in this one run. Every load is bounded in count and time and
stays on loopback. ``--quick`` runs small sizes (a few minutes less, noisier numbers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from pathlib import Path

from bench import answers, fanout, guard, scale, turns
from bench.stats import print_columns


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            names = (line.split(":", 1)[1].strip() for line in cpuinfo if "model name" in line)
            model = next(names, model)
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{model}, {os.cpu_count()} CPUs, {memory:.0f} GB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (1 min), {five:.1f} (5 min)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument(
        "--baseline", type=Path, help="also run SLT-boten from this checkout, as 'before'"
    )
    args = parser.parse_args(argv)
    sizes = (2_000, 300, 2_000) if args.quick else (10_000, 1000, 10_000)
    turns_count, reminders, questions = sizes

    print(f"SLT-boten benchmarks — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"machine: {machine()}")
    print(f"command: {' '.join([os.path.basename(sys.executable), '-m', 'bench', *(argv or [])])}")
    print(f"load average at start: {load_average()}  (other work on the machine skews wall times)")

    answer = answers.run(questions)
    answers.report(answer)
    checks = guard.run(questions)
    guard.report(checks)
    turn = turns.run(
        turns_count, time_limit=60.0, baseline=args.baseline, mix_requests=turns_count // 5
    )
    turns.report(turn)
    fan = fanout.run(reminders)
    fanout.report(fan)
    big = scale.run(scale.KOMMUNER_IN_NORWAY, questions)
    scale.report(big)

    ours, echo = turn["ours"], turn["echo"]
    ratio = ours.rps / echo.rps if echo.rps else float("nan")
    open_p99 = ours.open_latency["p99_ms"]
    rows = [
        ("throughput ours/echo", "≥ 8×", f"{ratio:.2f}×", ratio >= 8),
        (
            "bot CPU per turn",
            "≤ 1.2 ms",
            f"{ours.cpu_ms_per_turn:.2f} ms",
            ours.cpu_ms_per_turn <= 1.2,
        ),
        (
            f"p99 at {turns.OFFERED_RATE:.0f}/s offered (open loop)",
            "≤ 25 ms",
            f"{open_p99:.1f} ms",
            open_p99 <= 25,
        ),
        ("answer p99 in process", "≤ 1 ms", f"{answer['p99_ms']:.3f} ms", answer["p99_ms"] <= 1),
        (
            "fan-out rate",
            "≥ 90 % of allowed",
            f"{fan.fraction_of_allowed:.0%}",
            fan.fraction_of_allowed >= 0.9,
        ),
        (
            "fan-out lost / duplicated",
            "0 / 0",
            f"{fan.lost} / {fan.duplicated}",
            fan.lost == 0 and fan.duplicated == 0,
        ),
        ("ready /healthz", "≤ 2 s", f"{ours.ready_seconds:.2f} s", ours.ready_seconds <= 2),
        (
            f"RSS after {ours.requests:,} turns",
            "≤ 150 MB",
            f"{ours.rss_mb:.0f} MB",
            ours.rss_mb <= 150,
        ),
        (
            "356 kommuner: bot ready (cache warm)",
            "≤ 3 s",
            f"{big['ready_s']:.2f} s ({big['ready_cpu_s']:.2f} s CPU)",
            big["ready_s"] <= 3,
        ),
        ("answer p99, 356 kommuner", "≤ 1 ms", f"{big['p99_ms']:.3f} ms", big["p99_ms"] <= 1),
    ]
    print_columns(
        "Targets (measured in this run)",
        ["aim", "measured", "met"],
        [(name, [aim, value, "yes" if met else "NO"]) for name, aim, value, met in rows],
    )
    print(f"\nload average at end: {load_average()}")


if __name__ == "__main__":
    main(sys.argv[1:])
