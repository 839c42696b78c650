"""The delivery ledger: what the outbox writes about each item, and when.

One item's progress is claimed before anything is sent, marked ``sending`` just before each
attempt goes on the wire, and written after every attempt (``retried``, ``sent``,
``failed``) — ids, states, attempt counts and error kinds, never a message's text or a
meeting's subject. The same rows for a Teams post and a Graph calendar change. Kept apart
from the sending so that the exactly-once rules read in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from bot.clock import Clock
from bot.outbox.items import CLAIMED_ELSEWHERE, SKIPPED_DUPLICATE, Delivery, Item
from bot.retry import Failure
from bot.storage.outbox import FAILED, QUEUED, RETRIED, SENDING, SENT, Outbox, OutboxEntry
from bot.storage.protocol import StoreError

log = logging.getLogger("bot.teams.sender")  # the name operators know: every carrier's story

AMBIGUOUS = frozenset({"ReadTimeout", "TimeoutError"})
"""Failures after which the service (Teams, Graph) may still have accepted the attempt."""


@dataclass
class Progress:
    """One item on its way: attempts so far, and what the ledger last said of it."""

    attempts: int = 0
    personal: dict[str, Any] | None = None  # Teams: the 1:1 conversation, once created
    use_fallback: bool = False
    last: Failure | None = None
    entry: OutboxEntry | None = None  # the ledger row, as this sender last wrote it
    resolved: Any = None  # the carrier's form of the item's addresses, once worked out


class DeliveryLedger:
    """The outbox rows one sender holds, written with the sender's clock."""

    def __init__(self, outbox: Outbox, clock: Clock) -> None:
        self.outbox = outbox
        self._clock = clock

    async def claim(self, outgoing: Item, progress: Progress) -> Delivery | None:
        """Make the ledger row this sender's before anything is posted; None when it is.

        Read and written as one step (:meth:`Outbox.claim`), so of two processes on one
        database exactly one gets a row: the other sees it sent, or claimed by a connection
        that is still open, and leaves it alone. A claim by a connection that is gone (the
        process died mid-post) is taken over, and a row that was on the wire is flagged
        ``uncertain``: the service (Teams, Graph) may have it already.
        """
        key, now = outgoing.key, self._now()
        queued = OutboxEntry(
            key,
            outgoing.kind,
            QUEUED,
            target=outgoing.target,
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
            return already_sent(found)
        log.info("outbox %s: being sent by another process, leaving it to that one", key)
        return Delivery(key, CLAIMED_ELSEWHERE, attempts=found.attempts if found else 0)

    async def sent_rows(self, keys: Iterable[str]) -> dict[str, OutboxEntry]:
        """Of ``keys``, the rows the ledger has as sent, read in one round trip: a job hands
        each message over on every tick until it went, and a sent row never goes again."""
        found = await self.outbox.many(keys)
        return {key: entry for key, entry in found.items() if entry.state == SENT}

    async def mark_sending(self, outgoing: Item, progress: Progress) -> None:
        """Just before an attempt: a restart that finds this knows the service may have it."""
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

    async def retried(self, outgoing: Item, progress: Progress, failure: Failure) -> None:
        log.warning(
            "outbox %s: attempt %d failed (%s)%s",
            outgoing.key,
            progress.attempts,
            failure.kind,
            "; using the channel fallback" if progress.use_fallback else "",
        )
        entry = self._after_attempt(outgoing, progress, RETRIED, error=failure.kind)
        await self._record(progress, entry)

    async def sent(self, outgoing: Item, progress: Progress, activity_id: str | None) -> Delivery:
        delivery = Delivery(
            outgoing.key,
            SENT,
            attempts=progress.attempts,
            activity_id=activity_id,
            fallback_used=progress.use_fallback,
            error=progress.last.kind if progress.last else None,
        )
        entry = self._after_attempt(  # released: sent, anyone may look at it
            outgoing, progress, SENT, activity_id=activity_id, claimed_by=None
        )
        try:
            await self._record(progress, entry)
        except StoreError:
            # Delivered, but not recorded: a later catch-up could send it again.
            log.error("outbox %s: sent but the ledger could not be updated", outgoing.key)
        return delivery

    async def failed(self, outgoing: Item, progress: Progress) -> Delivery:
        failure = progress.last
        kind = failure.kind if failure else None
        log.error(
            "outbox %s: giving up after %d attempt(s) (%s)", outgoing.key, progress.attempts, kind
        )
        entry = self._after_attempt(  # released: given up on, anyone may look at it
            outgoing, progress, FAILED, error=kind, claimed_by=None
        )
        await self._record(progress, entry)
        return Delivery(
            outgoing.key,
            FAILED,
            attempts=progress.attempts,
            fallback_used=progress.use_fallback,
            error=kind,
        )

    def _after_attempt(
        self, outgoing: Item, progress: Progress, state: str, **changes: Any
    ) -> OutboxEntry:
        """The row after an attempt ended in ``state``; an ambiguous error stays flagged."""
        base = self._base(outgoing, progress)
        error = changes.get("error")
        if error is not None:
            changes["uncertain"] = base.uncertain or error in AMBIGUOUS
        return replace(
            base,
            state=state,
            attempts=progress.attempts,
            fallback=progress.use_fallback,
            updated_at=self._now(),
            **changes,
        )

    def _now(self) -> str:
        return self._clock.now().isoformat(timespec="seconds")

    async def _record(self, progress: Progress, entry: OutboxEntry) -> None:
        """Write the row this sender holds (one write, no read: the claim made it ours)."""
        progress.entry = entry
        await self.outbox.put(entry)

    def _base(self, outgoing: Item, progress: Progress) -> OutboxEntry:
        return progress.entry or OutboxEntry(outgoing.key, outgoing.kind)


def already_sent(found: OutboxEntry) -> Delivery:
    """What a send of a row that went already comes to: nothing posted."""
    log.debug("outbox %s: already sent, not sending again", found.key)
    return Delivery(
        found.key,
        SKIPPED_DUPLICATE,
        attempts=found.attempts,
        activity_id=found.activity_id,
        fallback_used=found.fallback,
    )
