"""The one delivery path: every item anything sends later goes through :class:`OutboxSender`.

For each item, whatever service carries it (a Teams post, a Graph calendar change):

- the ledger row is claimed in one atomic step before anything is sent (``claimed_by``; on
  PostgreSQL ``FOR UPDATE SKIP LOCKED``), so two processes on one database never both send
  it, and a row that says sent is never sent again;
- the row says ``sending`` just before each attempt goes on the wire, and is written after
  every attempt (``retried``, ``sent``, ``failed``);
- a failed attempt is retried by the carrier's :class:`~bot.retry.RetryPolicy` — the one
  implementation of Retry-After, capped exponential backoff and jitter;
- on shutdown (:meth:`OutboxSender.stop`) nothing new starts, and attempts on the wire are
  answered and recorded; what did not start stays queued for the next start (SIGTERM loses
  and duplicates nothing).

Exactly once is not possible across a crash: a process killed (SIGKILL, OOM) while an
attempt is on the wire leaves the row ``sending``. The next claim takes it over, flags it
``uncertain`` and sends again — at least once, and the duplicates counted. Where the service
can tell a repeat (a Graph create carries a ``transactionId``), there is no duplicate at all.

What differs per service is a :class:`Carrier`: how one attempt is made, which errors are
worth another, the policy's configuration, a fallback (Teams: the channel when a 1:1 cannot
be made) and whom to tell when an item fails for good. Carriers are registered per item
type (:meth:`OutboxSender.carry`).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict, defaultdict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Protocol, TypeVar

from bot.clock import Clock, SystemClock
from bot.outbox.items import DEFERRED, Delivery, Item
from bot.outbox.ledger import DeliveryLedger, Progress, already_sent
from bot.retry import Failure, RetryPolicy
from bot.storage.outbox import SENT, Outbox, OutboxEntry

log = logging.getLogger("bot.teams.sender")  # the name operators know: every carrier's story

SENT_KEPT = 100_000
"""Ledger keys known to be sent kept in memory (some 10 MB); a year of a national service's
messages is about 40,000."""
DEFAULT_STOP_WAIT = 12.0
"""Seconds :meth:`OutboxSender.stop` waits for attempts on the wire, unless told."""

OnTheWire = Callable[[], Awaitable[None]]
"""What a carrier awaits right before its request leaves: marks the row ``sending`` (raises
:class:`Stopping` instead when the sender is stopping)."""

I_contra = TypeVar("I_contra", contravariant=True)


class Stopping(Exception):
    """Raised by ``on_the_wire`` when an attempt was about to start while the sender stops."""


class Carrier(Protocol[I_contra]):
    """How one kind of item reaches its service."""

    @property
    def retry(self) -> RetryPolicy:
        """Attempts, backoff and Retry-After for this service."""
        ...

    def classify(self, error: BaseException) -> Failure:
        """A failed attempt as the policy sees it."""
        ...

    async def attempt(
        self, item: I_contra, progress: Progress, on_the_wire: OnTheWire
    ) -> str | None:
        """One attempt; the service's id for what it made. Awaits ``on_the_wire`` first."""
        ...

    def fall_back(self, item: I_contra, progress: Progress, failure: Failure) -> bool:
        """Whether to switch to a fallback (and record it on ``progress``) after ``failure``."""
        ...

    async def gave_up(self, item: I_contra, progress: Progress) -> None:
        """Tell someone the item failed for good (recorded as ``failed`` already)."""
        ...


class _Wire:
    """One attempt's stay on the wire, counted so that :meth:`OutboxSender.stop` waits for
    it to be answered and recorded."""

    def __init__(self, sender: OutboxSender, item: Item, progress: Progress) -> None:
        self.sender, self.item, self.progress = sender, item, progress
        self.on = False

    async def enter(self) -> None:
        sender = self.sender
        if sender.stopping:
            raise Stopping
        await sender.book.mark_sending(self.item, self.progress)
        if not self.on:
            self.on = True
            sender._on_the_wire += 1
            sender._quiet.clear()

    def leave(self) -> None:
        if self.on:
            self.on = False
            self.sender._on_the_wire -= 1
            if not self.sender._on_the_wire:
                self.sender._quiet.set()


class OutboxSender:
    """Delivers items at most once per key through their carriers, with one ledger."""

    def __init__(
        self,
        outbox: Outbox,
        *,
        clock: Clock | None = None,
        concurrency: int = 16,
        stop_wait: float = DEFAULT_STOP_WAIT,
    ) -> None:
        self.outbox = outbox
        self.book = DeliveryLedger(outbox, clock or SystemClock())
        self.stop_wait = stop_wait
        self._carriers: dict[type[Any], Carrier[Any]] = {}
        self._concurrency = max(1, concurrency)
        self._key_locks: dict[str, asyncio.Lock] = {}
        self._sent: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._key_users: dict[str, int] = defaultdict(int)
        self.stopping = False
        self._on_the_wire = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    def carry(self, item_type: type[Any], carrier: Carrier[Any]) -> None:
        """Items of ``item_type`` go through ``carrier`` (one carrier per type)."""
        self._carriers[item_type] = carrier

    def carries(self, item_type: type[Any]) -> bool:
        return item_type in self._carriers

    # --- public API ------------------------------------------------------------------------

    async def send(self, item: Item) -> Delivery:
        """Deliver one item at most once per key; never raises for a failed delivery."""
        key = item.key
        lock = self._key_locks.setdefault(key, asyncio.Lock())
        self._key_users[key] += 1
        try:
            async with lock:
                return await self._send_once(item)
        finally:
            self._key_users[key] -= 1
            if self._key_users[key] == 0:
                del self._key_users[key]
                self._key_locks.pop(key, None)

    async def send_many(self, items: Iterable[Item]) -> list[Delivery]:
        """Send a batch concurrently within the limits; deliveries in the order given.

        What the ledger has as sent already is answered from one read of the batch's rows
        (a job hands the day's items over on every tick); the rest is claimed one by one."""
        items = list(items)
        gate = asyncio.Semaphore(self._concurrency)
        sent: dict[str, Delivery] = {}
        if not self.stopping:
            sent = {i.key: already_sent(self._sent[i.key]) for i in items if i.key in self._sent}
            found = await self.book.sent_rows(i.key for i in items if i.key not in sent)
            self._remember_sent(found)
            sent |= {key: already_sent(entry) for key, entry in found.items()}

        async def one(item: Item) -> Delivery:
            if item.key in sent:
                return sent[item.key]
            async with gate:
                return await self.send(item)

        return list(await asyncio.gather(*(one(item) for item in items)))

    async def stop(self, timeout: float | None = None) -> None:
        """Start nothing new; wait (at most ``timeout``) for attempts on the wire to be
        answered and recorded."""
        self.stopping = True
        if self._on_the_wire:
            try:
                await asyncio.wait_for(self._quiet.wait(), timeout or self.stop_wait)
            except TimeoutError:
                log.warning("stopping with %d attempt(s) unanswered", self._on_the_wire)

    async def pending(self, kind: str | None = None) -> list[OutboxEntry]:
        """Ledger entries not yet sent (queued, retried or failed), e.g. to catch up at start."""
        return await self.outbox.pending(kind)

    async def ledger(self, key: str) -> OutboxEntry | None:
        """The ledger row of ``key``. A row that says sent says so for good: kept in memory
        (the most recent ``SENT_KEPT``), so a job asking each tick asks the database once."""
        if (known := self._sent.get(key)) is not None:
            return known
        entry = await self.outbox.get(key)
        if entry is not None and entry.state == SENT:
            self._remember_sent({key: entry})
        return entry

    def _remember_sent(self, entries: dict[str, OutboxEntry]) -> None:
        for key, entry in entries.items():
            self._sent[key] = entry
            self._sent.move_to_end(key)
        while len(self._sent) > SENT_KEPT:
            self._sent.popitem(last=False)

    # --- one item ----------------------------------------------------------------------------

    def _carrier(self, item: Item) -> Carrier[Any]:
        for item_type in type(item).__mro__:
            if (carrier := self._carriers.get(item_type)) is not None:
                return carrier
        raise TypeError(f"no carrier for {type(item).__name__} items")

    async def _send_once(self, item: Item) -> Delivery:
        key = item.key
        if self.stopping:
            return Delivery(key, DEFERRED)
        carrier = self._carrier(item)
        progress = Progress()
        refused = await self.book.claim(item, progress)
        if refused is not None:
            return refused
        while True:
            progress.attempts += 1
            wire = _Wire(self, item, progress)
            try:
                made = await carrier.attempt(item, progress, wire.enter)
            except Stopping:
                return Delivery(key, DEFERRED, attempts=progress.attempts - 1)
            except Exception as error:
                failure = carrier.classify(error)
                progress.last = failure
                try:
                    again = await self._after_failure(carrier, item, progress, failure)
                finally:
                    wire.leave()  # recorded: a stop may go on
                if isinstance(again, Delivery):  # given up on: tell someone
                    await carrier.gave_up(item, progress)
                    return again
                if again:
                    await carrier.retry.wait(progress.attempts, failure)
                continue
            except BaseException:  # cancelled (a follow-up's grace ran out): not ours to wait for
                wire.leave()
                raise
            try:
                return await self.book.sent(item, progress, made)
            finally:
                wire.leave()

    async def _after_failure(
        self, carrier: Carrier[Any], item: Item, progress: Progress, failure: Failure
    ) -> Delivery | bool:
        """Record a failed attempt: the delivery when it is given up on (``failed``), True
        to wait and try again, False to try the fallback at once."""
        policy = carrier.retry
        if carrier.fall_back(item, progress, failure):
            await self.book.retried(item, progress, failure)
            if progress.attempts < policy.max_attempts:
                return False
        if not policy.should_retry(progress.attempts, failure):
            return await self.book.failed(item, progress)
        await self.book.retried(item, progress, failure)
        return True
