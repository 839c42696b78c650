"""The scheduler lease's campaign (bot/leadership.py): elected, standing by, deposed.

The leases are real where they can be (two FileLeases on one file conflict like two
processes would); the one that loses its hold is a small stand-in for a database lease whose
connection dropped, since that cannot be caused with a file lock.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.leadership import FileLease, Leadership


class Scheduler:
    """Counts the starts and stops a Leadership asks for."""

    def __init__(self) -> None:
        self.running = False
        self.starts = 0
        self.stops = 0

    def start(self) -> None:
        assert not self.running, "started twice in one term"
        self.running, self.starts = True, self.starts + 1

    def stop(self) -> None:
        assert self.running, "stopped while not running"
        self.running, self.stops = False, self.stops + 1


class DroppingLease:
    """Held until ``drop()``, like an advisory lock whose connection went away."""

    def __init__(self) -> None:
        self.held = False
        self.free = True

    async def acquire(self) -> bool:
        if self.free:
            self.held, self.free = True, False
        return self.held

    async def still_held(self) -> bool:
        return self.held

    async def release(self) -> None:
        if self.held:
            self.free = True
        self.held = False

    def describe(self) -> str:
        return "a stand-in lease"

    def drop(self) -> None:
        self.held = False


async def test_the_first_process_runs_the_scheduler_and_the_second_stands_by(
    tmp_path: Path,
) -> None:
    lock = tmp_path / "db.scheduler-lock"
    one, two = Scheduler(), Scheduler()
    first = Leadership(FileLease(lock), one.start, one.stop, retry_seconds=0.01)
    second = Leadership(FileLease(lock), two.start, two.stop, retry_seconds=0.01)
    await first.begin()
    await second.begin()
    await asyncio.sleep(0.05)
    assert (first.state, second.state) == ("running", "standby")
    assert (one.running, two.running) == (True, False)
    assert second.note is not None and first.note is None

    await first.end()  # a normal stop lets go at once
    for _ in range(100):
        if second.state == "running":
            break
        await asyncio.sleep(0.01)
    assert second.state == "running" and two.starts == 1
    assert (one.starts, one.stops, first.state) == (1, 1, "off")
    await second.end()
    assert two.stops == 1


async def test_a_leader_that_loses_its_lease_stops_its_scheduler_and_can_come_back() -> None:
    lease = DroppingLease()
    scheduler = Scheduler()
    leadership = Leadership(lease, scheduler.start, scheduler.stop, retry_seconds=0.01)
    await leadership.begin()
    assert leadership.state == "running"

    lease.drop()
    lease.free = False  # someone else has it now
    for _ in range(100):
        if leadership.state == "standby":
            break
        await asyncio.sleep(0.01)
    assert leadership.state == "standby" and not scheduler.running

    lease.free = True  # the other one stopped
    for _ in range(100):
        if leadership.state == "running":
            break
        await asyncio.sleep(0.01)
    assert leadership.state == "running" and scheduler.starts == 2
    await leadership.end()
    assert not scheduler.running


async def test_a_process_with_the_scheduler_off_never_campaigns(tmp_path: Path) -> None:
    """``end`` without ``begin`` (SLT_SCHEDULER=off) is harmless and leaves the lock free."""
    lock = tmp_path / "db.scheduler-lock"
    idle = Leadership(FileLease(lock), lambda: None, lambda: None)
    await idle.end()
    other = Scheduler()
    taker = Leadership(FileLease(lock), other.start, other.stop)
    await taker.begin()
    assert taker.state == "running"
    await taker.end()
