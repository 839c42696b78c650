"""The one way proactive messages leave the bot: reminders, escalations, digests, meeting calls.

Every proactive send goes through :class:`ProactiveSender`, which

- keeps inside Teams' documented bot rate limits (:class:`RateLimiter`, in bot/retry.py);
- retries 429 (honouring ``Retry-After``), 408/412/5xx, timeouts and connection errors with
  capped exponential backoff and full jitter, and gives up on other 4xx at once;
- keeps a delivery ledger in the store (namespace ``outbox``), keyed by the caller's
  idempotency key (for reminders: tiltak, deadline and offset), so a message is sent once
  across restarts and concurrent schedulers; a row is claimed (``claimed_by``, the store
  connection's id) in one atomic step before anything is posted, so two processes on one
  database never both send it;
- reports a message that fails for good to the coordinator instead of dropping it;
- on shutdown (:meth:`ProactiveSender.stop`) starts nothing new and lets the posts already
  on the wire finish and be recorded; what did not start stays queued for the next start.

Exactly once is not possible across a crash: the Bot Connector has no idempotency key and a
bot cannot read back what it posted. The ledger says ``sending`` just before each post. If
the process dies (SIGKILL, OOM) while a post is on the wire — or an attempt times out, which
is just as ambiguous — Teams may or may not have the message. Such an entry is marked
``uncertain`` and sent again: a reminder arriving twice is better than not at all. So
duplicates are bounded by the posts on the wire at the crash (at most ``concurrency`` per
batch) and counted in the ledger; nothing promised is lost.

The ledger holds ids, states, attempt counts and error kinds (a status code or an exception
type name) — never message text, names or exception messages.

Posts, updates and new 1:1 chats go through the adapter's :class:`ActivityTransport`
(bot/teams/transport.py: aiohttp, JSON, one attempt per call, the attempt timeout as HTTP
timeout); retries, backoff and the rate limits are :mod:`bot.retry`'s. No botbuilder turn
runs around a proactive post and no msrest model is built for one.

Beside this module: what callers hand over and get back (:mod:`bot.teams.outgoing`), the
ledger's writes (:mod:`bot.teams.ledger`), where a payload goes (:mod:`bot.teams.addressing`)
and the coordinator's failure notice (:mod:`bot.teams.notices`).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import OrderedDict, defaultdict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from bot.clock import Clock, SystemClock
from bot.features.reply import Reply
from bot.retry import (
    CREATE_CONVERSATION_WINDOWS,
    GLOBAL_WINDOWS,
    NOT_RETRYABLE_5XX,
    PACED_GLOBAL_WINDOWS,
    PER_THREAD_WINDOWS,
    RETRY_AFTER_CAP,
    RETRYABLE_STATUS,
    Failure,
    Limiter,
    RateLimiter,
    RetryPolicy,
    parse_retry_after,
)
from bot.storage.outbox import FAILED, SENT, Outbox, OutboxEntry
from bot.teams.addressing import (
    address_payload,
    conversation_limit_key,
    create_limit_key,
    personal_chat_parameters,
    personal_chat_reference,
    with_mention,
)
from bot.teams.convert import reply_json
from bot.teams.ledger import DeliveryLedger, Progress, already_sent
from bot.teams.notices import failure_notice
from bot.teams.outgoing import (
    CLAIMED_ELSEWHERE,
    DEFERRED,
    SKIPPED_DUPLICATE,
    Delivery,
    Outgoing,
    UserTarget,
)
from bot.teams.transport import ActivityTransport, ConnectorError, ConnectorUnreachable

__all__ = [  # the names callers (and tests) knew from here; they live where they belong now
    "CLAIMED_ELSEWHERE",
    "CREATE_CONVERSATION_WINDOWS",
    "DEFERRED",
    "GLOBAL_WINDOWS",
    "NOT_RETRYABLE_5XX",
    "OUTBOX",
    "PACED_GLOBAL_WINDOWS",
    "PER_THREAD_WINDOWS",
    "RETRYABLE_STATUS",
    "RETRY_AFTER_CAP",
    "SKIPPED_DUPLICATE",
    "Delivery",
    "Outgoing",
    "ProactiveSender",
    "RateLimiter",
    "UserTarget",
    "parse_retry_after",
]

log = logging.getLogger(__name__)

OUTBOX = Outbox.NAMESPACE
DEFAULT_ATTEMPT_TIMEOUT = 10.0
SENT_KEPT = 100_000
"""Ledger keys known to be sent kept in memory (some 10 MB); a year of a national service's
messages is about 40,000."""


def _classify(error: BaseException) -> Failure:
    if isinstance(error, ConnectorError):
        return error.failure
    if isinstance(error, ConnectorUnreachable):
        return Failure(error.kind, retryable=True)
    if isinstance(error, TimeoutError):
        return Failure("TimeoutError", retryable=True)
    return Failure(type(error).__name__, retryable=False)


class _PermanentFailure(Exception):
    """Raised internally when the 1:1 leg cannot succeed and the fallback should be used."""


class _Stopping(Exception):
    """Raised internally when a post was about to start while the sender is stopping."""


class ProactiveSender:
    """Posts proactive messages within the limits, retries them, and keeps the ledger."""

    def __init__(
        self,
        adapter: Any,
        app_id: str,
        outbox: Outbox,
        *,
        limiter: Limiter | None = None,
        max_attempts: int = 6,
        base_delay: float = 0.5,
        max_delay: float = 60.0,
        attempt_timeout: float = DEFAULT_ATTEMPT_TIMEOUT,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        rng: random.Random | None = None,
        clock: Clock | None = None,
        concurrency: int = 16,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.adapter = adapter
        self.app_id = app_id or ""
        self.outbox = outbox
        self.limiter: Limiter = limiter or RateLimiter(overall=PACED_GLOBAL_WINDOWS)
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.attempt_timeout = attempt_timeout
        self.retry = RetryPolicy(
            max_attempts, base_delay, max_delay, sleep=sleep, rng=rng or random.Random()
        )
        self.book = DeliveryLedger(outbox, clock or SystemClock())
        self._concurrency = max(1, concurrency)
        self._key_locks: dict[str, asyncio.Lock] = {}
        self._sent: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._key_users: dict[str, int] = defaultdict(int)
        self._stopping = False
        self._on_the_wire = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    # --- public API ------------------------------------------------------------------------

    async def send(self, outgoing: Outgoing) -> Delivery:
        """Deliver one message at most once per key; never raises for a failed delivery."""
        key = outgoing.key
        lock = self._key_locks.setdefault(key, asyncio.Lock())
        self._key_users[key] += 1
        try:
            async with lock:
                return await self._send_once(outgoing)
        finally:
            self._key_users[key] -= 1
            if self._key_users[key] == 0:
                del self._key_users[key]
                self._key_locks.pop(key, None)

    async def send_many(self, items: Iterable[Outgoing]) -> list[Delivery]:
        """Send a batch concurrently within the limits; deliveries in the order given.

        What the ledger has as sent already is answered from one read of the batch's rows
        (a job hands the day's messages over on every tick); the rest is claimed one by one."""
        items = list(items)
        gate = asyncio.Semaphore(self._concurrency)
        sent: dict[str, Delivery] = {}
        if not self._stopping:
            sent = {i.key: already_sent(self._sent[i.key]) for i in items if i.key in self._sent}
            found = await self.book.sent_rows(i.key for i in items if i.key not in sent)
            self._remember_sent(found)
            sent |= {key: already_sent(entry) for key, entry in found.items()}

        async def one(item: Outgoing) -> Delivery:
            if item.key in sent:
                return sent[item.key]
            async with gate:
                return await self.send(item)

        return list(await asyncio.gather(*(one(item) for item in items)))

    async def stop(self, timeout: float | None = None) -> None:
        """Start nothing new; wait (at most ``timeout``) for posts on the wire to be recorded."""
        self._stopping = True
        if self._on_the_wire:
            try:
                await asyncio.wait_for(self._quiet.wait(), timeout or self.attempt_timeout + 2)
            except TimeoutError:
                log.warning("stopping with %d post(s) unanswered", self._on_the_wire)

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

    # --- one message -----------------------------------------------------------------------

    async def _send_once(self, outgoing: Outgoing) -> Delivery:
        key = outgoing.key
        if self._stopping:
            return Delivery(key, DEFERRED)
        progress = Progress()
        refused = await self.book.claim(outgoing, progress)
        if refused is not None:
            return refused
        while True:
            progress.attempts += 1
            try:
                activity_id = await self._attempt(outgoing, progress)
            except _Stopping:
                return Delivery(key, DEFERRED, attempts=progress.attempts - 1)
            except Exception as error:
                failure = _classify(error)
                progress.last = failure
                if self._should_fall_back(outgoing, progress, failure):
                    progress.use_fallback = True
                    await self.book.retried(outgoing, progress, failure)
                    if progress.attempts < self.max_attempts:
                        continue
                if not failure.retryable or progress.attempts >= self.max_attempts:
                    return await self._give_up(outgoing, progress)
                await self.book.retried(outgoing, progress, failure)
                await self.retry.wait(progress.attempts, failure)
                continue
            return await self.book.sent(outgoing, progress, activity_id)

    def _should_fall_back(self, outgoing: Outgoing, progress: Progress, failure: Failure) -> bool:
        """A 1:1 that cannot be made or reached (403/404, any non-transient error)."""
        if outgoing.user is None or progress.use_fallback or outgoing.fallback_channel is None:
            return False
        return not failure.retryable

    async def _attempt(self, outgoing: Outgoing, progress: Progress) -> str | None:
        async def on_the_wire() -> None:
            await self.book.mark_sending(outgoing, progress)

        if outgoing.conversation is not None:
            return await self._post(outgoing.conversation, reply_json(outgoing.reply), on_the_wire)
        if progress.use_fallback:
            assert outgoing.fallback_channel is not None
            return await self._post(outgoing.fallback_channel, with_mention(outgoing), on_the_wire)
        assert outgoing.user is not None
        if progress.personal is None:
            progress.personal = await self._create_personal_chat(outgoing.user)
        return await self._post(progress.personal, reply_json(outgoing.reply), on_the_wire)

    # --- talking to the connector ----------------------------------------------------------

    @property
    def transport(self) -> ActivityTransport:
        """The adapter's transport: the one way activities reach the Bot Connector."""
        transport: ActivityTransport = self.adapter.transport
        return transport

    async def _post(
        self,
        reference: dict[str, Any],
        payload: dict[str, Any],
        on_the_wire: Callable[[], Awaitable[None]] | None = None,
    ) -> str | None:
        """Post ``payload`` to a stored conversation (a serialized ConversationReference)."""
        await self.limiter.acquire(conversation_limit_key(reference))
        if self._stopping:
            raise _Stopping
        if on_the_wire is not None:
            await on_the_wire()
        service_url, conversation_id, addressed = address_payload(reference, payload)
        self._on_the_wire += 1
        self._quiet.clear()
        try:
            return await asyncio.wait_for(
                self.transport.post(
                    service_url, conversation_id, addressed, timeout=self.attempt_timeout
                ),
                self.attempt_timeout + 1.0,  # the HTTP timeout fires first; this is the backstop
            )
        finally:
            # The caller records the outcome before it next awaits, so stop() resumes after.
            self._on_the_wire -= 1
            if not self._on_the_wire:
                self._quiet.set()

    async def update(self, reference: dict[str, Any], activity_id: str, reply: Reply) -> bool:
        """Replace a message the bot posted earlier (a meeting call after an RSVP) for everyone.

        Transient failures are retried like sends; a failed update is logged, not raised: the
        clicker already sees the new card from the invoke response.
        """
        payload = {**reply_json(reply), "id": activity_id}
        service_url, conversation_id, addressed = address_payload(reference, payload)
        for attempt in range(1, self.max_attempts + 1):
            await self.limiter.acquire(conversation_limit_key(reference))
            try:
                await asyncio.wait_for(
                    self.transport.update(
                        service_url,
                        conversation_id,
                        activity_id,
                        addressed,
                        timeout=self.attempt_timeout,
                    ),
                    self.attempt_timeout + 1.0,
                )
                return True
            except Exception as error:
                failure = _classify(error)
                if not self.retry.should_retry(attempt, failure):
                    log.warning("update of a posted card failed: %s", failure.kind)
                    return False
                await self.retry.wait(attempt, failure)
        return False

    async def _create_personal_chat(self, user: UserTarget) -> dict[str, Any]:
        """Create (or get back Teams' existing) 1:1 chat; its serialized reference."""
        await self.limiter.acquire(create_limit_key(user))
        parameters = personal_chat_parameters(user, self.app_id)
        created = await asyncio.wait_for(
            self.transport.create_conversation(
                user.service_url, parameters, timeout=self.attempt_timeout
            ),
            self.attempt_timeout + 1.0,
        )
        conversation_id = created.get("id")
        if not isinstance(conversation_id, str) or not conversation_id:
            raise _PermanentFailure("create_conversation returned no conversation id")
        return personal_chat_reference(
            user, self.app_id, conversation_id, created.get("serviceUrl")
        )

    # --- when it cannot be delivered ---------------------------------------------------------

    async def _give_up(self, outgoing: Outgoing, progress: Progress) -> Delivery:
        delivery = await self.book.failed(outgoing, progress)
        if outgoing.report_to is not None:
            await self._report(outgoing, progress)
        return delivery

    async def _report(self, outgoing: Outgoing, progress: Progress) -> None:
        """Tell the coordinator, through the same limiter, retries and ledger."""
        notice = Outgoing(
            key=f"failure-notice:{outgoing.key}",
            reply=Reply(text=failure_notice(outgoing, progress.attempts, progress.last)),
            kind="failure_notice",
            conversation=outgoing.report_to,
        )
        result = await self.send(notice)
        if result.state == FAILED:
            log.error("outbox %s: the coordinator could not be told either", outgoing.key)
