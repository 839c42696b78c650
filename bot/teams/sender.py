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
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import logging
import random
import re
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
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
    RateLimiter,
    RetryPolicy,
    parse_retry_after,
)
from bot.storage.outbox import FAILED, QUEUED, RETRIED, SENDING, SENT, Outbox, OutboxEntry
from bot.storage.protocol import StoreError
from bot.teams.convert import reply_json
from bot.teams.transport import ActivityTransport, ConnectorError, ConnectorUnreachable

__all__ = [  # the rate-limit and retry names callers knew from here live in bot.retry
    "CREATE_CONVERSATION_WINDOWS",
    "GLOBAL_WINDOWS",
    "NOT_RETRYABLE_5XX",
    "PACED_GLOBAL_WINDOWS",
    "PER_THREAD_WINDOWS",
    "RETRYABLE_STATUS",
    "RETRY_AFTER_CAP",
    "Delivery",
    "Outgoing",
    "ProactiveSender",
    "RateLimiter",
    "UserTarget",
    "parse_retry_after",
]

log = logging.getLogger(__name__)

# 401/403/404: the bot is not installed for the person (or in the team), or they are gone.
NOT_INSTALLED_STATUS = frozenset({401, 403, 404})

OUTBOX = Outbox.NAMESPACE
DEFAULT_ATTEMPT_TIMEOUT = 10.0

SKIPPED_DUPLICATE = "skipped_duplicate"
DEFERRED = "deferred"  # not started because the sender is stopping; still queued
CLAIMED_ELSEWHERE = "claimed_elsewhere"  # another open process is sending it right now
AMBIGUOUS = frozenset({"ReadTimeout", "TimeoutError"})
"""Failures after which Teams may still have accepted the post."""


# --- what callers hand over -----------------------------------------------------------------


@dataclass(frozen=True)
class UserTarget:
    """A person to reach in a new (or Teams' existing) 1:1 chat with the bot."""

    user_id: str  # the Teams user id ("29:…") or the AAD object id
    tenant_id: str
    service_url: str
    name: str = ""


@dataclass(frozen=True)
class Outgoing:
    """One proactive message.

    ``key`` is the idempotency key, e.g. ``"reminder:valer:18:2026-06-15:3"`` (kind,
    kommune, tiltak, deadline, offset). The target is either ``conversation`` (a stored,
    serialized ConversationReference) or ``user`` (a new 1:1 chat). When the 1:1 cannot be
    made, ``fallback_channel`` gets the message with an @mention of ``fallback_mention``
    (user id, name). ``report_to`` (the coordinator's conversation reference) hears about a
    message that could not be delivered. ``about`` is an optional short, content-free
    description for that notice (e.g. "tiltak 18, frist 15.06.2026").
    """

    key: str
    reply: Reply
    kind: str = "message"
    conversation: dict[str, Any] | None = None
    user: UserTarget | None = None
    fallback_channel: dict[str, Any] | None = None
    fallback_mention: tuple[str, str] | None = None
    report_to: dict[str, Any] | None = None
    about: str | None = None

    def __post_init__(self) -> None:
        if (self.conversation is None) == (self.user is None):
            raise ValueError("Outgoing needs exactly one target: conversation or user")
        if not self.key:
            raise ValueError("Outgoing needs an idempotency key")


@dataclass(frozen=True)
class Delivery:
    """What happened to one message (also what the ledger says, minus timestamps)."""

    key: str
    state: str  # "sent", "failed", "skipped_duplicate", "deferred" or "claimed_elsewhere"
    attempts: int = 0
    activity_id: str | None = None
    fallback_used: bool = False
    error: str | None = None  # the last error kind: a status code or an exception type name

    @property
    def delivered(self) -> bool:
        return self.state in (SENT, SKIPPED_DUPLICATE)


def conversation_limit_key(reference: dict[str, Any]) -> str:
    """The thread a reference posts to: a channel's replies count against the channel."""
    conversation = reference.get("conversation") or {}
    conversation_id = str(conversation.get("id") or "unknown")
    return "conv:" + conversation_id.split(";", 1)[0]


def _create_limit_key(user: UserTarget) -> str:
    return f"create:{user.tenant_id}:{user.user_id}"


# --- errors ---------------------------------------------------------------------------------

_Failure = Failure  # the ledger's and the notices' view of a failed attempt


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


# --- the sender -----------------------------------------------------------------------------


@dataclass
class _Progress:
    attempts: int = 0
    personal: dict[str, Any] | None = None  # the 1:1 conversation, once created
    use_fallback: bool = False
    last: _Failure | None = None
    entry: OutboxEntry | None = None  # the ledger row, as this sender last wrote it


class ProactiveSender:
    def __init__(
        self,
        adapter: Any,
        app_id: str,
        outbox: Outbox,
        *,
        limiter: RateLimiter | None = None,
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
        self.limiter = limiter or RateLimiter(overall=PACED_GLOBAL_WINDOWS)
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.attempt_timeout = attempt_timeout
        self.retry = RetryPolicy(
            max_attempts, base_delay, max_delay, sleep=sleep, rng=rng or random.Random()
        )
        self._clock = clock or SystemClock()
        self._concurrency = max(1, concurrency)
        self._key_locks: dict[str, asyncio.Lock] = {}
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
        """Send a batch concurrently within the limits; deliveries in the order given."""
        gate = asyncio.Semaphore(self._concurrency)

        async def one(item: Outgoing) -> Delivery:
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
        return await self.outbox.get(key)

    # --- one message -----------------------------------------------------------------------

    async def _send_once(self, outgoing: Outgoing) -> Delivery:
        key = outgoing.key
        if self._stopping:
            return Delivery(key, DEFERRED)
        progress = _Progress()
        refused = await self._claim(outgoing, progress)
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
                    await self._record_retry(outgoing, progress, failure)
                    if progress.attempts < self.max_attempts:
                        continue
                if not failure.retryable or progress.attempts >= self.max_attempts:
                    return await self._give_up(outgoing, progress)
                await self._record_retry(outgoing, progress, failure)
                await self.retry.wait(progress.attempts, failure)
                continue
            return await self._record_sent(outgoing, progress, activity_id)

    async def _claim(self, outgoing: Outgoing, progress: _Progress) -> Delivery | None:
        """Make the ledger row this sender's before anything is posted; None when it is.

        Read and written as one step (:meth:`Outbox.claim`), so of two processes on one
        database exactly one gets a row: the other sees it sent, or claimed by a connection
        that is still open, and leaves it alone. A claim by a connection that is gone (the
        process died mid-post) is taken over, and a row that was on the wire is flagged
        ``uncertain``: Teams may have it already.
        """
        key, now = outgoing.key, self._now()
        queued = OutboxEntry(
            key,
            outgoing.kind,
            QUEUED,
            target="user" if outgoing.user else "conversation",
            queued_at=now,
            updated_at=now,
        )
        claim = await self.outbox.claim(queued)
        found = claim.found
        if claim.mine:
            progress.entry = await self.outbox.get(key)
            if found is not None and found.state == SENDING:
                log.warning("outbox %s: was on the wire when the bot stopped; sending again", key)
            return None
        if found is not None and found.state == SENT:
            log.debug("outbox %s: already sent, not sending again", key)
            return Delivery(
                key,
                SKIPPED_DUPLICATE,
                attempts=found.attempts,
                activity_id=found.activity_id,
                fallback_used=found.fallback,
            )
        log.info("outbox %s: being sent by another process, leaving it to that one", key)
        return Delivery(key, CLAIMED_ELSEWHERE, attempts=found.attempts if found else 0)

    def _should_fall_back(self, outgoing: Outgoing, progress: _Progress, failure: _Failure) -> bool:
        """A 1:1 that cannot be made or reached (403/404, any non-transient error)."""
        if outgoing.user is None or progress.use_fallback or outgoing.fallback_channel is None:
            return False
        return not failure.retryable

    async def _attempt(self, outgoing: Outgoing, progress: _Progress) -> str | None:
        async def on_the_wire() -> None:
            await self._mark_sending(outgoing, progress)

        if outgoing.conversation is not None:
            return await self._post(outgoing.conversation, reply_json(outgoing.reply), on_the_wire)
        if progress.use_fallback:
            assert outgoing.fallback_channel is not None
            return await self._post(outgoing.fallback_channel, _with_mention(outgoing), on_the_wire)
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
        service_url, conversation_id, addressed = _addressed(reference, payload)
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
        service_url, conversation_id, addressed = _addressed(reference, payload)
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
        await self.limiter.acquire(_create_limit_key(user))
        bot = {"id": f"28:{self.app_id}"} if self.app_id else None
        member = {"id": user.user_id, **({"name": user.name} if user.name else {})}
        parameters = {
            "isGroup": False,
            **({"bot": bot} if bot else {}),
            "members": [member],
            "tenantId": user.tenant_id,
            "channelData": {"tenant": {"id": user.tenant_id}},
        }
        created = await asyncio.wait_for(
            self.transport.create_conversation(
                user.service_url, parameters, timeout=self.attempt_timeout
            ),
            self.attempt_timeout + 1.0,
        )
        conversation_id = created.get("id")
        if not isinstance(conversation_id, str) or not conversation_id:
            raise _PermanentFailure("create_conversation returned no conversation id")
        service_url = created.get("serviceUrl")
        return {
            "channelId": "msteams",
            "serviceUrl": service_url if isinstance(service_url, str) else user.service_url,
            "conversation": {
                "id": conversation_id,
                "conversationType": "personal",
                "isGroup": False,
                "tenantId": user.tenant_id,
            },
            "bot": bot or {"id": ""},
            "user": member,
        }

    # --- the ledger ------------------------------------------------------------------------

    def _now(self) -> str:
        return self._clock.now().isoformat(timespec="seconds")

    async def _record(self, progress: _Progress, entry: OutboxEntry) -> None:
        """Write the row this sender holds (one write, no read: the claim made it ours)."""
        progress.entry = entry
        await self.outbox.put(entry)

    def _base(self, outgoing: Outgoing, progress: _Progress) -> OutboxEntry:
        return progress.entry or OutboxEntry(outgoing.key, outgoing.kind)

    async def _mark_sending(self, outgoing: Outgoing, progress: _Progress) -> None:
        """Just before a post: a restart that finds this knows Teams may have the message."""
        entry = replace(
            self._base(outgoing, progress),
            state=SENDING,
            attempts=progress.attempts,
            updated_at=self._now(),
        )
        try:
            await self._record(progress, entry)
        except StoreError:  # still "queued": a restart sends again, as it would anyway
            log.warning("outbox %s: could not mark the post as on its way", outgoing.key)

    async def _record_retry(
        self, outgoing: Outgoing, progress: _Progress, failure: _Failure
    ) -> None:
        log.warning(
            "outbox %s: attempt %d failed (%s)%s",
            outgoing.key,
            progress.attempts,
            failure.kind,
            "; using the channel fallback" if progress.use_fallback else "",
        )
        base = self._base(outgoing, progress)
        entry = replace(
            base,
            state=RETRIED,
            attempts=progress.attempts,
            error=failure.kind,
            fallback=progress.use_fallback,
            updated_at=self._now(),
            uncertain=base.uncertain or failure.kind in AMBIGUOUS,
        )
        await self._record(progress, entry)

    async def _record_sent(
        self, outgoing: Outgoing, progress: _Progress, activity_id: str | None
    ) -> Delivery:
        delivery = Delivery(
            outgoing.key,
            SENT,
            attempts=progress.attempts,
            activity_id=activity_id,
            fallback_used=progress.use_fallback,
            error=progress.last.kind if progress.last else None,
        )
        entry = replace(  # released: sent, anyone may look at it
            self._base(outgoing, progress),
            state=SENT,
            attempts=progress.attempts,
            activity_id=activity_id,
            fallback=progress.use_fallback,
            updated_at=self._now(),
            claimed_by=None,
        )
        try:
            await self._record(progress, entry)
        except StoreError:
            # Delivered, but not recorded: a later catch-up could send it again.
            log.error("outbox %s: sent but the ledger could not be updated", outgoing.key)
        return delivery

    async def _give_up(self, outgoing: Outgoing, progress: _Progress) -> Delivery:
        failure = progress.last
        kind = failure.kind if failure else None
        log.error(
            "outbox %s: giving up after %d attempt(s) (%s)", outgoing.key, progress.attempts, kind
        )
        base = self._base(outgoing, progress)
        entry = replace(  # released: given up on, anyone may look at it
            base,
            state=FAILED,
            attempts=progress.attempts,
            error=kind,
            fallback=progress.use_fallback,
            updated_at=self._now(),
            claimed_by=None,
            uncertain=base.uncertain or kind in AMBIGUOUS,
        )
        await self._record(progress, entry)
        delivery = Delivery(
            outgoing.key,
            FAILED,
            attempts=progress.attempts,
            fallback_used=progress.use_fallback,
            error=kind,
        )
        if outgoing.report_to is not None:
            await self._report(outgoing, progress)
        return delivery

    async def _report(self, outgoing: Outgoing, progress: _Progress) -> None:
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


# --- message building -----------------------------------------------------------------------

_KIND_NAMES = {
    "reminder": "en påminnelse",
    "escalation": "et eskaleringsvarsel",
    "digest": "et sammendrag",
    "meeting_call": "en møteinnkalling",
}
_REMINDER_KEY = re.compile(
    r"^(?:reminder|escalation):(?P<kommune>[^:]+):(?P<tiltak>[^:]+):"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?::(?P<offset>-?\d+))?$"
)


def describe(outgoing: Outgoing) -> str:
    """What the message was about, from its kind and key — never from its text."""
    what = _KIND_NAMES.get(outgoing.kind, "en melding")
    if outgoing.about:
        return f"{what} ({outgoing.about})"
    match = _REMINDER_KEY.match(outgoing.key)
    if match:
        deadline = dt.date.fromisoformat(match["date"]).strftime("%d.%m.%Y")
        return f"{what} (tiltak {match['tiltak']}, frist {deadline})"
    return f"{what} ({outgoing.key})"


def failure_notice(outgoing: Outgoing, attempts: int, failure: _Failure | None) -> str:
    head = f"Kunne ikke levere {describe(outgoing)} etter {attempts} forsøk."
    if failure is not None and failure.retryable and failure.status not in NOT_INSTALLED_STATUS:
        return f"{head} Teams svarte ikke. Send gjerne beskjeden selv."
    return f"{head} Sjekk at boten er installert for mottakeren."


def _with_mention(outgoing: Outgoing) -> dict[str, Any]:
    """The message for the channel fallback, addressed to the person with an @mention."""
    payload = reply_json(outgoing.reply)
    if outgoing.fallback_mention is None:
        return payload
    user_id, name = outgoing.fallback_mention
    name = re.sub(r"[<>]", "", name or "") or "deg"
    at = f"<at>{name}</at>"
    mention = {"type": "mention", "text": at, "mentioned": {"id": user_id, "name": name}}
    if not payload.get("attachments"):
        payload["text"] = f"{at} {payload.get('text') or ''}".rstrip()
        payload["entities"] = [mention]
        return payload
    # Cards: the mention lives in the first card (a TextBlock + msteams.entities).
    first = dict(payload["attachments"][0])
    card = copy.deepcopy(first["content"])
    card["body"] = [{"type": "TextBlock", "text": at, "wrap": True}, *card.get("body", [])]
    msteams = dict(card.get("msteams") or {})
    msteams["entities"] = [*msteams.get("entities", []), mention]
    card["msteams"] = msteams
    first["content"] = card
    payload["attachments"] = [first, *payload["attachments"][1:]]
    return payload


def _addressed(
    reference: dict[str, Any], payload: dict[str, Any]
) -> tuple[str, str, dict[str, Any]]:
    """Service URL, conversation id and the payload addressed as botbuilder's
    ``apply_conversation_reference`` would: from the bot, to the user, in the conversation."""
    conversation = reference.get("conversation") or {}
    service_url = str(reference.get("serviceUrl") or "")
    addressed = {
        **payload,
        "channelId": reference.get("channelId"),
        "serviceUrl": service_url,
        "conversation": conversation,
        "from": reference.get("bot"),
        "recipient": reference.get("user"),
        "locale": reference.get("locale"),
    }
    clean = {key: value for key, value in addressed.items() if value is not None}
    return service_url, str(conversation.get("id") or ""), clean
