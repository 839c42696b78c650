"""Teams' carrier of the outbox: reminders, escalations, digests, meeting calls.

:class:`ProactiveSender` is the one :class:`~bot.outbox.sender.OutboxSender` (ledger,
claim, retries, shutdown: :mod:`bot.outbox`) with Teams as its built-in carrier. For Teams it

- keeps inside Teams' documented bot rate limits (:class:`RateLimiter`, in bot/retry.py);
- retries 429 (honouring ``Retry-After``), 408/412/5xx, timeouts and connection errors with
  capped exponential backoff and full jitter, and gives up on other 4xx at once;
- falls back to the SLT channel (with an @mention) when a 1:1 chat cannot be made;
- reports a message that fails for good to the coordinator instead of dropping it.

Other carriers (Graph calendar changes, :mod:`bot.graph_delivery`) are registered on the
same sender with :meth:`~bot.outbox.sender.OutboxSender.carry`, so they share its ledger,
claims and shutdown.

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

Jobs and follow-ups hand over neutral :class:`~bot.outbox.items.Message` items (a channel
or a person, :mod:`bot.outbox.addresses`); with an :class:`~bot.teams.resolve.AddressBook`
the sender carries them too, resolving their addresses at the first attempt (the ledger key
and row are the message's own). Beside this module: the Teams form of a message
(:mod:`bot.teams.outgoing`), where a payload goes (:mod:`bot.teams.addressing`) and the
coordinator's failure notice (:mod:`bot.teams.notices`).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

from bot.clock import Clock
from bot.features.reply import Reply
from bot.outbox.addresses import Channel
from bot.outbox.items import Message
from bot.outbox.ledger import Progress
from bot.outbox.sender import OnTheWire, OutboxSender
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
from bot.storage.outbox import FAILED, Outbox
from bot.storage.protocol import StoreError
from bot.teams.addressing import (
    address_payload,
    conversation_limit_key,
    create_limit_key,
    personal_chat_parameters,
    personal_chat_reference,
    with_mention,
)
from bot.teams.convert import reply_json
from bot.teams.notices import failure_notice
from bot.teams.outgoing import (
    CLAIMED_ELSEWHERE,
    DEFERRED,
    SKIPPED_DUPLICATE,
    Delivery,
    Outgoing,
    UserTarget,
)
from bot.teams.resolve import AddressBook, Unresolved
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


def _classify(error: BaseException) -> Failure:
    if isinstance(error, ConnectorError):
        return error.failure
    if isinstance(error, ConnectorUnreachable):
        return Failure(error.kind, retryable=True)
    if isinstance(error, TimeoutError):
        return Failure("TimeoutError", retryable=True)
    if isinstance(error, Unresolved):
        return Failure("unresolved", retryable=False)
    if isinstance(error, StoreError):  # reading an address: the database may be back soon
        return Failure("StoreError", retryable=True)
    return Failure(type(error).__name__, retryable=False)


class _PermanentFailure(Exception):
    """Raised internally when the 1:1 leg cannot succeed and the fallback should be used."""


class ProactiveSender(OutboxSender):
    """The outbox, with Teams as its carrier: posts within the limits, retries, fallback."""

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
        addresses: AddressBook | None = None,
    ) -> None:
        super().__init__(
            outbox, clock=clock, concurrency=concurrency, stop_wait=attempt_timeout + 2
        )
        self.adapter = adapter
        self.app_id = app_id or ""
        self.limiter: Limiter = limiter or RateLimiter(overall=PACED_GLOBAL_WINDOWS)
        self.attempt_timeout = attempt_timeout
        self._retry = RetryPolicy(
            max_attempts, base_delay, max_delay, sleep=sleep, rng=rng or random.Random()
        )
        self.addresses = addresses
        self.carry(Outgoing, self)
        if addresses is not None:
            self.carry(Message, self)

    # --- the policy, adjustable after construction (tests make retries fast) ---------------

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    @property
    def max_attempts(self) -> int:
        return self._retry.max_attempts

    @max_attempts.setter
    def max_attempts(self, value: int) -> None:
        if value < 1:
            raise ValueError("max_attempts must be at least 1")
        self._retry.max_attempts = value

    @property
    def base_delay(self) -> float:
        return self._retry.base_delay

    @base_delay.setter
    def base_delay(self, value: float) -> None:
        self._retry.base_delay = value

    # --- Teams as a carrier ----------------------------------------------------------------

    def classify(self, error: BaseException) -> Failure:
        return _classify(error)

    def fall_back(self, item: Outgoing | Message, progress: Progress, failure: Failure) -> bool:
        """A 1:1 that cannot be made or reached (403/404, any non-transient error)."""
        if isinstance(item, Message):
            item = progress.resolved
            if not isinstance(item, Outgoing):  # not resolved: nothing to fall back to
                return False
        if item.user is None or progress.use_fallback or item.fallback_channel is None:
            return False
        if failure.retryable:
            return False
        progress.use_fallback = True
        return True

    async def attempt(
        self, item: Outgoing | Message, progress: Progress, on_the_wire: OnTheWire
    ) -> str | None:
        if isinstance(item, Message):
            item = await self._resolved(item, progress)
        if item.conversation is not None:
            return await self._post(item.conversation, with_mention(item), on_the_wire)
        if progress.use_fallback:
            assert item.fallback_channel is not None
            return await self._post(item.fallback_channel, with_mention(item), on_the_wire)
        assert item.user is not None
        if progress.personal is None:
            progress.personal = await self._create_personal_chat(item.user)
        return await self._post(progress.personal, reply_json(item.reply), on_the_wire)

    async def gave_up(self, item: Outgoing | Message, progress: Progress) -> None:
        """Tell the coordinator, through the same limiter, retries and ledger."""
        failed = item if isinstance(item, Outgoing) else await self._to_report(item, progress)
        if failed is None or failed.report_to is None:
            return
        notice = Outgoing(
            key=f"failure-notice:{failed.key}",
            reply=Reply(text=failure_notice(failed, progress.attempts, progress.last)),
            kind="failure_notice",
            conversation=failed.report_to,
        )
        result = await self.send(notice)
        if result.state == FAILED:
            log.error("outbox %s: the coordinator could not be told either", item.key)

    async def _to_report(self, message: Message, progress: Progress) -> Outgoing | None:
        """The message as resolved, else (its addresses could not be) where to report it."""
        if isinstance(progress.resolved, Outgoing):
            return progress.resolved
        assert self.addresses is not None  # Messages are carried only with an address book
        return await self.addresses.report_only(message)

    async def _resolved(self, message: Message, progress: Progress) -> Outgoing:
        """The message's addresses as Teams conversations, worked out once per send."""
        if isinstance(progress.resolved, Outgoing):
            return progress.resolved
        assert self.addresses is not None  # Messages are carried only with an address book
        outgoing, to_fallback = await self.addresses.outgoing(message)
        progress.resolved = outgoing
        progress.use_fallback = progress.use_fallback or to_fallback
        return outgoing

    # --- talking to the connector ----------------------------------------------------------

    @property
    def transport(self) -> ActivityTransport:
        """The adapter's transport: the one way activities reach the Bot Connector."""
        transport: ActivityTransport = self.adapter.transport
        return transport

    async def _post(
        self, reference: dict[str, Any], payload: dict[str, Any], on_the_wire: OnTheWire
    ) -> str | None:
        """Post ``payload`` to a stored conversation (a serialized ConversationReference)."""
        await self.limiter.acquire(conversation_limit_key(reference))
        await on_the_wire()  # raises Stopping instead when the sender is stopping
        service_url, conversation_id, addressed = address_payload(reference, payload)
        return await asyncio.wait_for(
            self.transport.post(
                service_url, conversation_id, addressed, timeout=self.attempt_timeout
            ),
            self.attempt_timeout + 1.0,  # the HTTP timeout fires first; this is the backstop
        )

    async def update(self, to: Channel | dict[str, Any], activity_id: str, reply: Reply) -> bool:
        """Replace a message the bot posted earlier (a meeting call after an RSVP) for everyone.

        ``to``: the channel it was posted in (resolved now), or its stored reference.
        Transient failures are retried like sends; a failed update is logged, not raised: the
        clicker already sees the new card from the invoke response.
        """
        reference = (
            await self.addresses.channel(to) if isinstance(to, Channel) and self.addresses else to
        )
        if not isinstance(reference, dict):
            log.warning("update of a posted card: the channel cannot be reached")
            return False
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
