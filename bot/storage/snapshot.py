"""One reading per tick: a scheduled job reads each namespace once for every kommune.

A job's ``due`` looks at every kommune in turn: its answers, frister, nudges, marks, its
channel and roster. Read one by one that is some sixty round trips per kommune and tick; for
356 kommuner over PostgreSQL, tens of thousands a tick. While :func:`one_reading` is active
(the job queue wraps each job's ``due`` in it), the repositories read through
:class:`TickReads`: the first read of a namespace scans the whole namespace once, and every
further ``get`` or ``scan`` of it in that ``due`` is answered from memory. The conversation
references (the channels and 1:1 chats messages go to) are read once per tick, all at once.

What the reading holds is what the database held when each namespace was first read — the
same view a job had of a kommune when it read that kommune, a few seconds earlier at most.
The job's own writes go to the database first and then into the reading, so a job reads what
it wrote. A write by anyone else during the tick (a click on another instance) is seen by
the next tick, as a click just after a kommune's read always was.

Outside a reading (turns, follow-ups, the sender) every call goes straight to the store: the
reading lives in a context variable, which only the job's own task and its sub-tasks see.
The outbox is never read through it (``Repositories.over`` gives the outbox the store itself):
the sender's claims decide what goes, as of the moment they are made.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from bot.storage.protocol import Change, ChangeMany, Json, Reading, Row, Store

T = TypeVar("T")


class _Reading:
    """The namespaces read so far in one tick (sorted keys for prefix scans) and references."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Json]] = {}
        self.keys: dict[str, list[str]] = {}
        self.references: dict[str, Json] | None = None
        self.locks: dict[str, asyncio.Lock] = {}
        self.derived: dict[str, dict[str, object]] = {}

    def lock(self, namespace: str) -> asyncio.Lock:
        return self.locks.setdefault(namespace, asyncio.Lock())

    def set(self, namespace: str, key: str, value: Json | None) -> None:
        """A write the job made (None: the record is gone), if the namespace was read."""
        self.derived.pop(namespace, None)
        records = self.records.get(namespace)
        if records is None:
            return
        keys = self.keys[namespace]
        if value is None:
            if records.pop(key, None) is not None:
                keys.pop(bisect.bisect_left(keys, key))
        else:
            if key not in records:
                bisect.insort(keys, key)
            records[key] = value

    def forget(self, namespace: str) -> None:
        """Read the namespace again on its next read (after a write whose result is unknown)."""
        self.records.pop(namespace, None)
        self.keys.pop(namespace, None)
        self.derived.pop(namespace, None)


_REFERENCES = "\x00references"
"""The lock of the conversation references (not a namespace: a table of their own)."""

_CURRENT: ContextVar[_Reading | None] = ContextVar("slt_tick_reading", default=None)


@contextmanager
def one_reading() -> Iterator[None]:
    """Reads through :class:`TickReads` within this block (and tasks it starts) share one
    reading of each namespace."""
    token = _CURRENT.set(_Reading())
    try:
        yield
    finally:
        _CURRENT.reset(token)


def tick_memo(namespace: str) -> dict[str, object] | None:
    """Values worked out from what the current reading holds of ``namespace`` (None outside a
    reading): emptied when the reading's copy changes, gone with the reading."""
    reading = _CURRENT.get()
    return None if reading is None else reading.derived.setdefault(namespace, {})


class TickReads:
    """A :class:`Store` that answers reads from the current tick's reading, if there is one."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def instance_id(self) -> str:
        return self._store.instance_id

    async def _namespace(self, reading: _Reading, namespace: str) -> dict[str, Json]:
        async with reading.lock(namespace):
            if namespace not in reading.records:
                rows = await self._store.scan(namespace)
                reading.records[namespace] = dict(rows)
                reading.keys[namespace] = [key for key, _ in rows]
            return reading.records[namespace]

    # --- reads ----------------------------------------------------------------------------

    async def get(self, namespace: str, key: str) -> Json | None:
        reading = _CURRENT.get()
        if reading is None:
            return await self._store.get(namespace, key)
        return (await self._namespace(reading, namespace)).get(key)

    async def scan(self, namespace: str, prefix: str = "") -> list[tuple[str, Json]]:
        reading = _CURRENT.get()
        if reading is None:
            return await self._store.scan(namespace, prefix)
        records = await self._namespace(reading, namespace)
        keys = reading.keys[namespace]
        found = []
        for key in keys[bisect.bisect_left(keys, prefix) :]:
            if not key.startswith(prefix):
                break
            found.append((key, records[key]))
        return found

    async def read_many(
        self, records: Sequence[tuple[str, str]] = (), links: Sequence[str] = ()
    ) -> Reading:
        return await self._store.read_many(records, links)

    async def reference(self, key: str) -> Json | None:
        reading = _CURRENT.get()
        if reading is None:
            return await self._store.reference(key)
        async with reading.lock(_REFERENCES):
            if reading.references is None:  # every reference, in one query
                everything = await self._store.references()
                reading.references = {k: reference for k, _, _, reference in everything}
        return reading.references.get(key)

    # --- writes: to the database, then into the reading -----------------------------------

    async def _write(
        self,
        namespace: str,
        write: Callable[[], Awaitable[T]],
        then: Callable[[_Reading, T], None],
    ) -> T:
        """One write to the store; in a reading, under the namespace's lock and followed by
        ``then`` (what the write means for the reading)."""
        reading = _CURRENT.get()
        if reading is None:
            return await write()
        async with reading.lock(namespace):
            result = await write()
            then(reading, result)
            return result

    async def put(self, namespace: str, key: str, value: Json) -> None:
        await self._write(
            namespace,
            lambda: self._store.put(namespace, key, value),
            lambda reading, _: reading.set(namespace, key, value),
        )

    async def put_if_absent(self, namespace: str, key: str, value: Json) -> bool:
        def then(reading: _Reading, inserted: bool) -> None:
            if inserted:
                reading.set(namespace, key, value)
            else:
                reading.forget(namespace)

        return await self._write(
            namespace, lambda: self._store.put_if_absent(namespace, key, value), then
        )

    async def update(self, namespace: str, key: str, change: Change) -> Json | None:
        return await self._write(
            namespace,
            lambda: self._store.update(namespace, key, change),
            lambda reading, new: reading.set(namespace, key, new),
        )

    async def claim(self, namespace: str, key: str, change: Change) -> Json | None:
        return await self._write(
            namespace,
            lambda: self._store.claim(namespace, key, change),
            lambda reading, _: reading.forget(namespace),  # None is «skipped» or «kept»: read again
        )

    async def update_many(self, rows: Sequence[Row], change: ChangeMany) -> dict[Row, Json | None]:
        after = await self._store.update_many(rows, change)
        reading = _CURRENT.get()
        if reading is not None:
            for (namespace, key), value in after.items():
                reading.set(namespace, key, value)
        return after

    async def delete(self, namespace: str, key: str) -> bool:
        return await self._write(
            namespace,
            lambda: self._store.delete(namespace, key),
            lambda reading, _: reading.set(namespace, key, None),
        )

    # --- the rest goes straight to the store ----------------------------------------------

    async def kommune_for(self, conversation_key: str) -> str | None:
        return await self._store.kommune_for(conversation_key)

    async def links(self) -> dict[str, str]:
        return await self._store.links()

    async def link(self, conversation_key: str, kommune_id: str, linked_by: str) -> None:
        await self._store.link(conversation_key, kommune_id, linked_by)

    async def save_reference(
        self, key: str, kind: str, reference: Json, kommune_id: str | None = None
    ) -> None:
        await self._store.save_reference(key, kind, reference, kommune_id)
        if (reading := _CURRENT.get()) is not None and reading.references is not None:
            reading.references[key] = reference

    async def references(self, kind: str | None = None) -> list[tuple[str, str, str | None, Json]]:
        return await self._store.references(kind)

    async def relabel_references(self, key_prefix: str, kommune_id: str) -> None:
        await self._store.relabel_references(key_prefix, kommune_id)

    async def is_alive(self, instance_id: str) -> bool:
        return await self._store.is_alive(instance_id)

    async def close(self) -> None:
        await self._store.close()
