"""Teams' send windows kept in the store (bot/storage/pace.py) on every backend: an operation
is recorded only when it fits, the wait until it would fit is exact, and two instances
reserving in one thread at the same moment never exceed its window together."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from bot.retry import RateLimiter, SharedRateLimiter
from bot.storage.pace import PaceWindows, Reservation, Windows
from bot.storage.protocol import Store

pytestmark = pytest.mark.asyncio
SECOND = ((1.0, 3),)


async def test_an_operation_is_recorded_only_when_it_fits(store: Store) -> None:
    pace = PaceWindows(store)
    for t in (100.0, 100.1, 100.2):
        assert await pace.reserve("thread:a", SECOND, t) == Reservation(at=t)

    refused = await pace.reserve("thread:a", SECOND, 100.5)

    assert refused.at is None
    assert refused.wait == pytest.approx(0.5)  # the first of the three leaves at 101.0
    assert await pace.times("thread:a") == [100.0, 100.1, 100.2]
    assert (await pace.reserve("thread:b", SECOND, 100.5)).at == 100.5, "another thread is free"
    assert (await pace.reserve("thread:a", SECOND, 101.0)).at == 101.0


async def test_a_late_reader_counts_at_the_latest_time_recorded(store: Store) -> None:
    """Another instance recorded 100.3 while this one's clock still read 100.0: this one's
    operation counts at 100.3, so it can neither slip in before it nor drop times a window
    still needs. A time far ahead of every clock is a clock error and is dropped."""
    pace = PaceWindows(store)
    await pace.reserve("thread:a", SECOND, 100.3)

    assert (await pace.reserve("thread:a", SECOND, 100.0)).at == 100.3
    await pace.reserve("thread:b", SECOND, 500.0)
    assert (await pace.reserve("thread:b", SECOND, 100.0)).at == 100.0


async def test_times_outside_every_window_are_dropped(store: Store) -> None:
    pace = PaceWindows(store)
    for t in (10.0, 10.5, 11.0):
        await pace.reserve("global", SECOND, t)

    await pace.reserve("global", SECOND, 50.0)

    assert await pace.times("global") == [50.0]


class Recorded:
    """The store's windows, noting the time of every operation they admitted."""

    def __init__(self, store: Store, admitted: list[tuple[str, float]]) -> None:
        self._windows = PaceWindows(store)
        self._admitted = admitted

    async def reserve(self, key: str, windows: Windows, now: float) -> Reservation:
        reserved = await self._windows.reserve(key, windows, now)
        if reserved.at is not None:
            self._admitted.append((key, reserved.at))
        return reserved


async def test_two_instances_in_one_thread_keep_its_window_together(
    opener: Callable[[], Store], shared: None
) -> None:
    """Twelve sends from two instances in one thread at once: never more than the thread's
    limit in any window between them, though each instance alone would allow that many.
    (3 per 0.2 s on the real clock stands in for Teams' 7 per second.)"""
    thread = "19:kanal@thread.tacv2"
    admitted: list[tuple[str, float]] = []

    def limiter(store: Store) -> SharedRateLimiter:
        local = RateLimiter(((0.2, 3),), ((0.2, 100),))
        return SharedRateLimiter(Recorded(store, admitted), local)

    first, second = limiter(opener()), limiter(opener())
    await asyncio.gather(*((first if n % 2 else second).acquire(thread) for n in range(12)))

    times = sorted(t for key, t in admitted if key == f"thread:{thread}")
    assert len(times) == 12
    for start in times:
        assert sum(1 for t in times if start <= t < start + 0.2) <= 3, times
    assert sum(1 for key, _ in admitted if key == "global") == 12
