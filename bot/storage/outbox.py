"""The outbox: one ledger row per proactive message, by its idempotency key.

A row says where the message stands (queued, on the wire, retried, sent, failed), how many
attempts it took, whether Teams may hold a copy already (``uncertain``) and which open store
claimed it — never the message's text. :meth:`Outbox.claim` makes a row this instance's
before anything is posted, so two instances never send the same message at once, and a
row claimed by an instance that died is taken over.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Annotated

from pydantic import Field

from bot.storage.codec import OMIT_EMPTY, OMIT_NONE, Codec, Count, Flag, RecordRepository, Text
from bot.storage.protocol import Json

QUEUED, SENDING, RETRIED, SENT, FAILED = "queued", "sending", "retried", "sent", "failed"


@dataclass(frozen=True)
class OutboxEntry:
    """One message's ledger row (timestamps are ISO strings)."""

    key: str
    kind: Annotated[Text, Field(default="message")]
    state: Text = QUEUED
    attempts: Count = 0
    target: Annotated[str | None, OMIT_NONE] = None
    """``user`` (a 1:1 chat) or ``conversation``."""
    queued_at: Annotated[str | None, OMIT_NONE] = None
    updated_at: Annotated[str | None, OMIT_NONE] = None
    claimed_by: Annotated[str | None, OMIT_NONE] = None
    """The instance sending it now; None once sent or given up on."""
    activity_id: Annotated[str | None, OMIT_NONE] = None
    fallback: Annotated[Flag, OMIT_EMPTY] = False
    error: Annotated[str | None, OMIT_NONE] = None
    uncertain: Annotated[Flag, OMIT_EMPTY] = False
    """Teams may have it already (it was on the wire when a process stopped)."""

    @property
    def settled(self) -> bool:
        """Sent, or given up on after every retry."""
        return self.state in (SENT, FAILED)


OUTBOX_JSON = Codec(OutboxEntry, key="key")


@dataclass(frozen=True)
class Claim:
    """What :meth:`Outbox.claim` found: ``mine`` when this instance may send now."""

    mine: bool
    found: OutboxEntry | None
    """The row as it was before the claim (None when the message is new)."""


class Outbox(RecordRepository[OutboxEntry]):
    """The delivery ledger (namespace ``outbox``)."""

    NAMESPACE = "outbox"
    json = OUTBOX_JSON

    @property
    def instance_id(self) -> str:
        return self._store.instance_id

    async def many(self, keys: Iterable[str]) -> dict[str, OutboxEntry]:
        """The rows of ``keys`` that exist, read in one round trip."""
        reading = await self._store.read_many([(self.NAMESPACE, key) for key in keys])
        return {
            key: OUTBOX_JSON.read(found, key)
            for (_, key), found in reading.records.items()
            if found is not None
        }

    async def put(self, entry: OutboxEntry) -> None:
        await self._put(entry.key, entry)

    async def all(self) -> list[OutboxEntry]:
        """Every row, ordered by key."""
        return [entry for _, entry in await self._scan()]

    async def pending(self, kind: str | None = None) -> list[OutboxEntry]:
        """Rows not yet sent (queued, retried or failed), e.g. to catch up at start."""
        return [
            entry
            for entry in await self.all()
            if entry.state != SENT and (kind is None or entry.kind == kind)
        ]

    async def delete(self, key: str) -> bool:
        return await self._store.delete(self.NAMESPACE, key)

    async def claim(self, queued: OutboxEntry) -> Claim:
        """Make the row ``queued.key`` this instance's, as one step across instances.

        New: ``queued`` is stored. Sent, or claimed by an instance still alive: left alone
        (not mine). Queued, retried or failed before, or claimed by an instance that is
        gone: taken over, keeping when it was first queued; a row that was on the wire is
        flagged ``uncertain`` (Teams may have it).
        """
        me = self.instance_id
        mine = replace(queued, claimed_by=me)
        for _ in range(8):
            before = await self.get(queued.key)
            owner = before.claimed_by if before else None
            alive = bool(
                before
                and before.state != SENT
                and owner
                and owner != me
                and await self._store.is_alive(owner)
            )
            seen: list[OutboxEntry | None] = []

            def take(
                current: Json | None,
                owner: str | None = owner,
                alive: bool = alive,
                seen: list[OutboxEntry | None] = seen,
            ) -> Json | None:
                found = OUTBOX_JSON.read(current, queued.key) if current is not None else None
                seen.append(found)
                if found is None:
                    return OUTBOX_JSON.write(mine)
                if found.claimed_by != owner or found.state == SENT or alive:
                    return None  # changed since it was read, sent, or someone is on it
                again = replace(mine, queued_at=found.queued_at or mine.queued_at)
                if found.state == SENDING or found.uncertain:
                    again = replace(again, uncertain=True)
                return OUTBOX_JSON.write(again)

            taken = await self._store.claim(self.NAMESPACE, queued.key, take)
            found = seen[-1] if seen else before
            if taken is not None:
                return Claim(True, found)
            if found is None or found.claimed_by == owner or found.state == SENT:
                return Claim(False, found)
            # The owner changed between the liveness check and the claim: look again.
        return Claim(False, await self.get(queued.key))
