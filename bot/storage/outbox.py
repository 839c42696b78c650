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

from bot.storage.protocol import Json, Repository

QUEUED, SENDING, RETRIED, SENT, FAILED = "queued", "sending", "retried", "sent", "failed"


@dataclass(frozen=True)
class OutboxEntry:
    """One message's ledger row (timestamps are ISO strings)."""

    key: str
    kind: str
    state: str = QUEUED
    attempts: int = 0
    target: str | None = None
    """``user`` (a 1:1 chat) or ``conversation``."""
    queued_at: str | None = None
    updated_at: str | None = None
    claimed_by: str | None = None
    """The instance sending it now; None once sent or given up on."""
    activity_id: str | None = None
    fallback: bool = False
    error: str | None = None
    uncertain: bool = False
    """Teams may have it already (it was on the wire when a process stopped)."""

    def to_json(self) -> Json:
        data: Json = {"kind": self.kind, "state": self.state, "attempts": self.attempts}
        optional = {
            "target": self.target,
            "queued_at": self.queued_at,
            "updated_at": self.updated_at,
            "claimed_by": self.claimed_by,
            "activity_id": self.activity_id,
            "error": self.error,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        if self.fallback:
            data["fallback"] = True
        if self.uncertain:
            data["uncertain"] = True
        return data

    @classmethod
    def from_json(cls, key: str, data: Json) -> OutboxEntry:
        def text(name: str) -> str | None:
            value = data.get(name)
            return str(value) if value is not None else None

        return cls(
            key=key,
            kind=str(data.get("kind") or "message"),
            state=str(data.get("state") or QUEUED),
            attempts=int(data.get("attempts") or 0),
            target=text("target"),
            queued_at=text("queued_at"),
            updated_at=text("updated_at"),
            claimed_by=text("claimed_by"),
            activity_id=text("activity_id"),
            fallback=bool(data.get("fallback")),
            error=text("error"),
            uncertain=bool(data.get("uncertain")),
        )

    @property
    def settled(self) -> bool:
        """Sent, or given up on after every retry."""
        return self.state in (SENT, FAILED)


@dataclass(frozen=True)
class Claim:
    """What :meth:`Outbox.claim` found: ``mine`` when this instance may send now."""

    mine: bool
    found: OutboxEntry | None
    """The row as it was before the claim (None when the message is new)."""


class Outbox(Repository):
    """The delivery ledger (namespace ``outbox``)."""

    NAMESPACE = "outbox"

    @property
    def instance_id(self) -> str:
        return self._store.instance_id

    async def get(self, key: str) -> OutboxEntry | None:
        found = await self._store.get(self.NAMESPACE, key)
        return OutboxEntry.from_json(key, found) if found is not None else None

    async def many(self, keys: Iterable[str]) -> dict[str, OutboxEntry]:
        """The rows of ``keys`` that exist, read in one round trip."""
        reading = await self._store.read_many([(self.NAMESPACE, key) for key in keys])
        return {
            key: OutboxEntry.from_json(key, found)
            for (_, key), found in reading.records.items()
            if found is not None
        }

    async def put(self, entry: OutboxEntry) -> None:
        await self._store.put(self.NAMESPACE, entry.key, entry.to_json())

    async def all(self) -> list[OutboxEntry]:
        """Every row, ordered by key."""
        return [OutboxEntry.from_json(k, v) for k, v in await self._store.scan(self.NAMESPACE)]

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
                found = OutboxEntry.from_json(queued.key, current) if current is not None else None
                seen.append(found)
                if found is None:
                    return mine.to_json()
                if found.claimed_by != owner or found.state == SENT or alive:
                    return None  # changed since it was read, sent, or someone is on it
                again = replace(mine, queued_at=found.queued_at or mine.queued_at)
                if found.state == SENDING or found.uncertain:
                    again = replace(again, uncertain=True)
                return again.to_json()

            taken = await self._store.claim(self.NAMESPACE, queued.key, take)
            found = seen[-1] if seen else before
            if taken is not None:
                return Claim(True, found)
            if found is None or found.claimed_by == owner or found.state == SENT:
                return Claim(False, found)
            # The owner changed between the liveness check and the claim: look again.
        return Claim(False, await self.get(queued.key))
