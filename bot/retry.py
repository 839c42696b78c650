"""How every sender retries and paces: Retry-After, backoff with jitter, Teams' rate limits.

One policy for the Teams sender (proactive posts and card updates, bot/teams/sender.py) and
for Microsoft Graph (bot/graph.py); before, each wrote its own. What differs between them is
configuration, not code:

- which failures are worth another attempt (:func:`status_retryable` for the Bot Connector;
  Graph passes its own statuses);
- the backoff: capped exponential steps with *full jitter* (a uniform wait below the step,
  the Teams sender) or with a *spread* above the step (Graph: 1 s, 2 s, 4 s … plus up to 25 %);
- a ``Retry-After`` is always honoured as given (capped at :data:`RETRY_AFTER_CAP`); a caller
  may instead give up when it is longer than it is willing to wait (Graph: 30 s).

Waiting goes through an injected ``sleep`` and randomness through an injected
:class:`random.Random`, so tests run in virtual time with repeatable jitter.

The rate limiter keeps the Teams sender inside Teams' documented bot limits; it lives here
because it is the other half of "don't send faster than the service allows".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import random
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.storage.pace import Reservation

Sleep = Callable[[float], Awaitable[Any]]

RETRY_AFTER_CAP = 300.0
"""A Retry-After longer than this is waited as this, then tried again."""

# Bot Connector: "In addition to retrying error code 429, error codes 412, 502, and 504 must
# also be retried" (Microsoft Learn, the rate-limit page below). We also retry 408 and every
# other 5xx except 501 (not implemented) and 505.
RETRYABLE_STATUS = frozenset({408, 412, 429})
NOT_RETRYABLE_5XX = frozenset({501, 505})


def status_retryable(status: int) -> bool:
    """Whether a Bot Connector answer with ``status`` is worth another attempt."""
    return status in RETRYABLE_STATUS or (500 <= status < 600 and status not in NOT_RETRYABLE_5XX)


def parse_retry_after(
    value: Any, *, now: dt.datetime | None = None, cap: float = RETRY_AFTER_CAP
) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date; None if absent
    or unreadable. Never negative, never more than ``cap``."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(tz=dt.UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), cap)


@dataclass(frozen=True)
class Failure:
    """One failed attempt, as the policy sees it: a kind for the log and the ledger (a status
    code or an exception type name), whether another attempt may help, and how long the
    service asked us to wait."""

    kind: str
    retryable: bool
    status: int | None = None
    retry_after: float | None = None


@dataclass
class RetryPolicy:
    """Attempts, backoff and waiting for one sender.

    ``delay(attempt)`` after the ``attempt``-th failure (1-based): the service's Retry-After
    if it gave one, else a step of ``base_delay × 2^(attempt-1)`` capped at ``max_delay``,
    jittered — uniformly below the step when ``spread`` is None ("full jitter", which spreads
    a burst of retries best), else the step plus up to ``spread`` of it.
    """

    max_attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 60.0
    spread: float | None = None
    give_up_after: float | None = None
    """A Retry-After longer than this is not waited for: :meth:`should_retry` says no."""
    sleep: Sleep = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def delay(self, attempt: int, failure: Failure | None = None) -> float:
        if failure is not None and failure.retry_after is not None:
            return failure.retry_after
        step = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        if self.spread is None:
            return self.rng.uniform(0.0, step)
        return step * (1 + self.rng.random() * self.spread)

    def should_retry(self, attempt: int, failure: Failure) -> bool:
        """Another attempt after the ``attempt``-th failed with ``failure``?"""
        if not failure.retryable or attempt >= self.max_attempts:
            return False
        waited = failure.retry_after
        return self.give_up_after is None or waited is None or waited <= self.give_up_after

    async def wait(self, attempt: int, failure: Failure | None = None) -> float:
        """Sleep the delay after the ``attempt``-th failure; returns the seconds waited."""
        seconds = self.delay(attempt, failure)
        await self.sleep(seconds)
        return seconds


def classify_status(
    status: int,
    headers: Any = None,
    *,
    retryable: Collection[int] | None = None,
    cap: float = RETRY_AFTER_CAP,
) -> Failure:
    """A :class:`Failure` from an HTTP answer; ``retryable`` defaults to the Bot Connector's
    rule (:func:`status_retryable`)."""
    again = status in retryable if retryable is not None else status_retryable(status)
    value = headers.get("Retry-After") if headers is not None else None
    wait = parse_retry_after(value, cap=cap) if again else None
    return Failure(str(status), again, status, wait)


# --- Teams' bot rate limits ---------------------------------------------------------------
# Source: Microsoft Learn, "Optimize your bot with rate limiting and best practices in Teams",
# https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit
#
# "Per bot per thread limit" (a thread is a 1:1 chat, a group chat or a team channel), the
# same numbers for "Send to conversation" and for "Create conversation":
#     7 operations per 1 s, 8 per 2 s, 60 per 30 s, 1800 per 3600 s.
# "Per thread limit for all bots" (14 per 1 s, 16 per 2 s) is shared with other apps in the
# thread; our own per-bot limit is stricter, so it needs no window of its own.
# Global limit per app per tenant: the current page says 50 requests per second, earlier
# revisions said 30. We keep to 30 so both hold, and apply it across all tenants together.
PER_THREAD_WINDOWS: tuple[tuple[float, int], ...] = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))
CREATE_CONVERSATION_WINDOWS: tuple[tuple[float, int], ...] = PER_THREAD_WINDOWS
GLOBAL_WINDOWS: tuple[tuple[float, int], ...] = ((1.0, 30),)
PACED_GLOBAL_WINDOWS: tuple[tuple[float, int], ...] = (*GLOBAL_WINDOWS, (1 / 28.5, 1))
"""What the sender uses: 30 per second, paced, so transit jitter cannot push a burst over
Teams' edge into 429s (measured: 86 % → 92 % of the allowed rate, no 429s)."""


class RateLimiter:
    """Sliding-window limits per conversation (thread) and overall.

    ``acquire(key)`` returns when one more operation on ``key`` keeps every window of that
    key and every global window within its limit, and records the operation. It waits with
    the injected ``sleep``; ``clock`` is a monotonic time in seconds. Both are injectable so
    tests run in virtual time.
    """

    def __init__(
        self,
        per_conversation: Sequence[tuple[float, int]] = PER_THREAD_WINDOWS,
        overall: Sequence[tuple[float, int]] = GLOBAL_WINDOWS,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.per_conversation = tuple(per_conversation)
        self.overall = tuple(overall)
        self._clock = clock
        self._sleep = sleep
        self._log: dict[str, deque[float]] = defaultdict(deque)
        self._global: deque[float] = deque()
        self._acquired = 0

    async def acquire(self, conversation_key: str) -> None:
        windows = self.per_conversation
        while True:
            now = self._clock()
            log_ = self._log[conversation_key]
            wait = max(_wait_for(log_, windows, now), _wait_for(self._global, self.overall, now))
            if wait <= 0:
                log_.append(now)
                self._global.append(now)
                _trim(log_, windows, now)
                _trim(self._global, self.overall, now)
                self._forget_idle(now)
                return
            await self._sleep(wait)

    def _forget_idle(self, now: float) -> None:
        """Drop keys whose windows have all passed, so the map does not grow forever."""
        self._acquired += 1
        if self._acquired % 1000:
            return
        longest = max((p for p, _ in self.per_conversation), default=0.0)
        for key in [
            k for k, entries in self._log.items() if not entries or entries[-1] <= now - longest
        ]:
            del self._log[key]


def _wait_for(entries: deque[float], windows: Sequence[tuple[float, int]], now: float) -> float:
    """Seconds until one more entry fits every window (0 when it fits now)."""
    wait = 0.0
    for period, limit in windows:
        if len(entries) >= limit:
            # The limit-th most recent entry must leave the window before another may enter.
            wait = max(wait, entries[-limit] + period - now)
    return wait


def _trim(entries: deque[float], windows: Sequence[tuple[float, int]], now: float) -> None:
    longest = max((p for p, _ in windows), default=0.0)
    keep = max((n for _, n in windows), default=0)
    while entries and (entries[0] <= now - longest or len(entries) > keep):
        entries.popleft()


SHARED_PERIOD_LIMIT = 60.0
"""Windows up to this long are shared through the store; longer ones (Teams' hour) stay
per instance, since keeping 1,800 times per thread in a row would cost more than it saves:
our traffic to one thread is a handful of posts a day."""


class Limiter(Protocol):
    """What a sender waits on before each operation: :class:`RateLimiter` in one process,
    :class:`SharedRateLimiter` across instances."""

    async def acquire(self, conversation_key: str) -> None: ...


class Pacer(Protocol):
    """Where a limiter keeps windows several instances share (``bot.storage.pace``)."""

    async def reserve(
        self, key: str, windows: Sequence[tuple[float, int]], now: float
    ) -> Reservation: ...


class SharedRateLimiter:
    """Teams' windows across instances: this instance's :class:`RateLimiter` (its pacing and
    the long windows) plus the short windows kept in the shared store.

    Teams counts per bot, not per process, so with several instances behind one load balancer
    each send first reserves a place in its thread's windows, then in the global ones, in the
    store (one atomic update each). ``clock`` is wall-clock seconds: instances on different
    machines compare times, which NTP keeps within milliseconds.
    """

    def __init__(
        self,
        pacer: Pacer,
        local: RateLimiter | None = None,
        *,
        overall: Sequence[tuple[float, int]] = GLOBAL_WINDOWS,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.local = local or RateLimiter(overall=PACED_GLOBAL_WINDOWS)
        self._pacer = pacer
        self._clock = clock
        self._sleep = sleep
        self.per_conversation = _short(self.local.per_conversation)
        self.overall = _short(overall)

    async def acquire(self, conversation_key: str) -> None:
        await self.local.acquire(conversation_key)
        await self._reserve(f"thread:{conversation_key}", self.per_conversation)
        await self._reserve("global", self.overall)

    async def _reserve(self, key: str, windows: Sequence[tuple[float, int]]) -> None:
        while (reserved := await self._pacer.reserve(key, windows, self._clock())).wait > 0:
            await self._sleep(reserved.wait)


def _short(windows: Sequence[tuple[float, int]]) -> tuple[tuple[float, int], ...]:
    return tuple((p, n) for p, n in windows if p <= SHARED_PERIOD_LIMIT)
