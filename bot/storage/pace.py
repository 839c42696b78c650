"""Teams' send windows kept in the store, so several instances pace together.

Teams counts operations per bot, not per process: two instances posting to one channel, or
to one tenant, share the same windows. Each window is a short list of recent operation times
(wall-clock seconds) under one key — ``thread:<conversation>`` or ``global`` — and
:meth:`PaceWindows.reserve` adds one only when it fits every window, as one atomic
``update`` (``SELECT … FOR UPDATE`` on PostgreSQL), else says how long to wait. No message
content or address beyond the thread key is stored; rows hold only timestamps and shrink as
their windows pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.storage.protocol import Json, Repository

CLOCK_SKEW = 5.0
"""Times further ahead of this instance's clock than this are dropped as a clock error, so
one instance with a wrong clock cannot hold the others back for longer than that."""

Windows = Sequence[tuple[float, int]]
"""``(period in seconds, operations allowed in any such period)``."""


@dataclass(frozen=True)
class Reservation:
    """What :meth:`PaceWindows.reserve` decided: ``at`` the time recorded, or ``wait`` the
    seconds until one more operation would fit (nothing recorded)."""

    wait: float = 0.0
    at: float | None = None


class PaceWindows(Repository):
    """Recent operation times per pacing key (namespace ``pace``)."""

    NAMESPACE = "pace"

    async def reserve(self, key: str, windows: Windows, now: float) -> Reservation:
        """Record one operation if it fits every window of ``key``, else say how long to wait.

        ``now`` was read before the database answered, and another instance may have recorded
        a later time meanwhile: the operation then counts at that later time. Times in a row
        only ever grow, so a late reader can neither slip in before them nor drop times a
        window still needs.
        """
        decided: list[Reservation] = []

        def change(current: Json | None) -> Json | None:
            recorded = [float(t) for t in (current or {}).get("times", [])]
            times = [t for t in recorded if t <= now + CLOCK_SKEW]  # else a clock ran wild
            at = max([now, *times])
            times = kept(times, windows, at)
            wait = wait_for(times, windows, at)
            decided.append(Reservation(wait=wait) if wait > 0 else Reservation(at=at))
            return None if wait > 0 else {"times": [*times, at]}

        await self._store.update(self.NAMESPACE, key, change)
        return decided[-1]

    async def times(self, key: str) -> list[float]:
        """The recorded operation times of ``key`` (for tests and diagnostics)."""
        found = await self._store.get(self.NAMESPACE, key)
        return [float(t) for t in (found or {}).get("times", [])]


def wait_for(times: Sequence[float], windows: Windows, now: float) -> float:
    """Seconds until one more operation fits every window (0 when it fits now)."""
    wait = 0.0
    for period, limit in windows:
        inside = [t for t in times if t > now - period]
        if len(inside) >= limit:
            # The limit-th most recent must leave the window before another may enter.
            wait = max(wait, inside[-limit] + period - now)
    return wait


def kept(times: Sequence[float], windows: Windows, now: float) -> list[float]:
    """The times still inside the longest window, at most as many as the largest limit."""
    longest = max((p for p, _ in windows), default=0.0)
    most = max((n for _, n in windows), default=0)
    recent = sorted(t for t in times if t > now - longest)
    return recent[-most:] if most else []
