"""Percentiles and a small table printer shared by the benchmarks."""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    print(f"\n{title}")
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


def milliseconds(samples: Sequence[float]) -> dict[str, float]:
    """p50/p99/max of latencies in seconds, as milliseconds."""
    return {
        "p50_ms": percentile(samples, 0.5) * 1000,
        "p99_ms": percentile(samples, 0.99) * 1000,
        "max_ms": max(samples, default=float("nan")) * 1000,
    }


def rss_mb(pid: int | None = None) -> float:
    """Resident set size of a process (default: this one) in MB, from /proc (Linux)."""
    path = f"/proc/{pid or 'self'}/status"
    with open(path, encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    """A free loopback port (the OS picks; a race with other programs is possible, not likely)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def print_columns(title: str, columns: list[str], rows: list[tuple[str, list[str]]]) -> None:
    """A table with one column per subject (e.g. echo sample | SLT-boten)."""
    width = max(len(name) for name, _ in rows)
    cell = max(12, *(len(c) for c in columns), *(len(v) for _, vs in rows for v in vs))
    print(f"\n{title}")
    print(f"  {''.ljust(width)}  " + "  ".join(c.rjust(cell) for c in columns))
    for name, values in rows:
        print(f"  {name.ljust(width)}  " + "  ".join(v.rjust(cell) for v in values))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (all its threads), from /proc."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU time all CPUs of the machine have spent busy so far (user, nice, system, irq,
    softirq), from /proc/stat; with :func:`cpu_seconds` of the bot and the driver it gives
    what other programs took during a measurement."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = stat.readline().split()
    user, nice, system, _idle, _iowait, irq, softirq = (int(f) for f in fields[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")
