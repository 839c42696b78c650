"""The PostgreSQL backend of :class:`bot.storage.protocol.Store`: several instances, one database.

``DATABASE_URL=postgresql://…`` (a Unix-socket URL such as
``postgresql://postgres:@/postgres?host=/run/pg`` too) selects it; SQLite stays the default.
Same three kinds of data as the SQLite backend and the same promises to the repositories:

- ``kv``: namespaced JSON records (``jsonb``). ``update`` reads the row ``FOR UPDATE``, so
  two instances deciding about one record are served one after the other; ``claim`` reads it
  ``FOR UPDATE SKIP LOCKED`` and gives up at once when another instance is deciding about it
  (the outbox: a message being posted by one instance is left to it).
- ``team_links`` and ``conversation_refs``: small tables, read on every turn.
- **liveness**: each open store holds a session advisory lock named after its
  ``instance_id`` on a connection of its own. PostgreSQL drops it when that connection ends
  — the process stopped, was killed, or lost the network — so ``is_alive`` asks whether
  anyone still holds it. No heartbeat table to clean up.

The schema is versioned (``meta.schema_version``); :data:`MIGRATIONS` are applied at start-up
inside one transaction under an advisory lock, so instances starting together migrate once.

Privacy: as in SQLite, no message text is stored beyond what a feature says it keeps.
Deleted rows are gone for the application at once; PostgreSQL reclaims their space at the
next ``VACUUM`` (autovacuum), and the database's own backups follow the operator's policy
(docs/deploy.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Sequence
from typing import Any, LiteralString

import psycopg
import psycopg_pool
from psycopg.rows import TupleRow
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from bot.storage.postgres_lease import PostgresLease
from bot.storage.postgres_schema import (
    LEADER_LOCK,
    MIGRATION_LOCK,
    MIGRATIONS,
    advisory_key_parts,
    describe_url,
    instance_lock_key,
    is_postgres_url,
    migrate,
    reason,
)
from bot.storage.protocol import Change, ChangeMany, Json, Reading, Row, StoreError

__all__ = [
    "LEADER_LOCK",
    "MIGRATIONS",
    "MIGRATION_LOCK",
    "PostgresLease",
    "PostgresStore",
    "advisory_key_parts",
    "describe_url",
    "instance_lock_key",
    "is_postgres_url",
]


class PostgresStore:
    """:class:`bot.storage.protocol.Store` on PostgreSQL through psycopg 3's async pool.

    Building one connects once, synchronously, like opening the SQLite file: a wrong URL fails
    at start-up with the reason, the schema is migrated (under the migration lock, so
    instances starting together migrate once), and this instance's liveness lock is taken on
    that connection, which stays open for the store's life. The pool for the records opens
    on the first call, in the event loop that makes it.
    """

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 10) -> None:
        self._url = url
        self._min_size = min_size
        self._max_size = max_size
        self._instance_id = uuid.uuid4().hex
        self._pool: AsyncConnectionPool[psycopg.AsyncConnection[TupleRow]] | None = None
        self._opening = asyncio.Lock()
        self._closed = False
        try:
            self._presence = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot open the database at {describe_url(url)}: {reason(exc)}"
            ) from None
        try:
            migrate(self._presence)
            self._presence.execute(
                "SELECT pg_advisory_lock(%s)", (instance_lock_key(self._instance_id),)
            )
        except psycopg.Error as exc:
            self._presence.close()
            raise StoreError(
                f"cannot prepare the database at {describe_url(url)}: {reason(exc)}"
            ) from None

    @classmethod
    async def open(cls, url: str, *, min_size: int = 1, max_size: int = 10) -> PostgresStore:
        """A store with its pool open (off the event loop for the first connection)."""
        store = await asyncio.to_thread(cls, url, min_size=min_size, max_size=max_size)
        await store._connected()
        return store

    async def _connected(self) -> AsyncConnectionPool[psycopg.AsyncConnection[TupleRow]]:
        if self._pool is not None:
            return self._pool
        async with self._opening:
            if self._pool is None:
                if self._closed:
                    raise StoreError("the database connection is closed")
                pool: AsyncConnectionPool[psycopg.AsyncConnection[TupleRow]] = AsyncConnectionPool(
                    self._url, min_size=self._min_size, max_size=self._max_size, open=False
                )
                try:
                    await pool.open(wait=True, timeout=30)
                except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
                    await pool.close()
                    raise StoreError(
                        f"cannot open the database at {describe_url(self._url)}: {reason(exc)}"
                    ) from None
                self._pool = pool
        return self._pool

    @property
    def instance_id(self) -> str:
        return self._instance_id

    async def schema_version(self) -> int:
        rows = await self._rows("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(rows[0][0]) if rows else 0

    async def _rows(self, query: LiteralString, args: Sequence[Any] = ()) -> list[TupleRow]:
        pool = await self._connected()
        try:
            async with pool.connection() as conn:
                cursor = await conn.execute(query, args)
                return await cursor.fetchall() if cursor.description else []
        except psycopg.Error as exc:
            raise StoreError(f"database call failed: {reason(exc)}") from None

    # --- namespaced records ---------------------------------------------------------------

    async def get(self, namespace: str, key: str) -> Json | None:
        rows = await self._rows(
            "SELECT value FROM kv WHERE namespace = %s AND key = %s", (namespace, key)
        )
        return _json(rows[0][0]) if rows else None

    async def scan(self, namespace: str, prefix: str = "") -> list[tuple[str, Json]]:
        rows = await self._rows(
            "SELECT key, value FROM kv WHERE namespace = %s AND left(key, %s) = %s"
            ' ORDER BY key COLLATE "C"',
            (namespace, len(prefix), prefix),
        )
        return [(k, _json(v)) for k, v in rows]

    async def read_many(
        self, records: Sequence[tuple[str, str]] = (), links: Sequence[str] = ()
    ) -> Reading:
        """One statement (one snapshot, one round trip) for the records and the links."""
        found: dict[tuple[str, str], Json | None] = dict.fromkeys(records)
        linked: dict[str, str | None] = dict.fromkeys(links)
        if not found and not linked:
            return Reading(found, linked)
        rows = await self._rows(
            "SELECT kv.namespace, kv.key, kv.value, NULL::text FROM kv"
            " JOIN unnest(%s::text[], %s::text[]) AS wanted(namespace, key)"
            " USING (namespace, key)"
            " UNION ALL"
            " SELECT NULL, conversation_key, NULL::jsonb, kommune_id FROM team_links"
            " WHERE conversation_key = ANY(%s::text[])",
            ([n for n, _ in found], [k for _, k in found], list(linked)),
        )
        for namespace, key, value, kommune_id in rows:
            if namespace is None:
                linked[str(key)] = str(kommune_id)
            else:
                found[(str(namespace), str(key))] = _json(value)
        return Reading(found, linked)

    async def put(self, namespace: str, key: str, value: Json) -> None:
        await self._rows(
            "INSERT INTO kv(namespace, key, value) VALUES(%s, %s, %s)"
            " ON CONFLICT (namespace, key)"
            " DO UPDATE SET value = excluded.value, updated_at = now()",
            (namespace, key, _jsonb(value)),
        )

    async def put_if_absent(self, namespace: str, key: str, value: Json) -> bool:
        rows = await self._rows(
            "INSERT INTO kv(namespace, key, value) VALUES(%s, %s, %s)"
            " ON CONFLICT (namespace, key) DO NOTHING RETURNING 1",
            (namespace, key, _jsonb(value)),
        )
        return bool(rows)

    async def update(self, namespace: str, key: str, change: Change) -> Json | None:
        return await self._decide(namespace, key, change, skip_locked=False)

    async def claim(self, namespace: str, key: str, change: Change) -> Json | None:
        return await self._decide(namespace, key, change, skip_locked=True)

    async def _decide(
        self, namespace: str, key: str, change: Change, *, skip_locked: bool
    ) -> Json | None:
        """Read, decide, write one record in one transaction holding its row lock.

        An absent record cannot be locked: the insert then races, and the loser of the race
        decides again about the row the winner wrote.
        """
        lock: LiteralString = "FOR UPDATE SKIP LOCKED" if skip_locked else "FOR UPDATE"
        select: LiteralString = "SELECT value FROM kv WHERE namespace = %s AND key = %s " + lock
        pool = await self._connected()
        try:
            for _ in range(3):
                async with pool.connection() as conn, conn.transaction():
                    cursor = await conn.execute(select, (namespace, key))
                    row = await cursor.fetchone()
                    if row is None and skip_locked and await _exists(conn, namespace, key):
                        return None  # another instance holds it right now
                    new = change(_json(row[0]) if row else None)
                    if new is None:
                        return None
                    if row is not None:
                        await conn.execute(
                            "UPDATE kv SET value = %s, updated_at = now()"
                            " WHERE namespace = %s AND key = %s",
                            (_jsonb(new), namespace, key),
                        )
                        return new
                    inserted = await conn.execute(
                        "INSERT INTO kv(namespace, key, value) VALUES(%s, %s, %s)"
                        " ON CONFLICT (namespace, key) DO NOTHING RETURNING 1",
                        (namespace, key, _jsonb(new)),
                    )
                    if await inserted.fetchone():
                        return new
        except psycopg.Error as exc:
            raise StoreError(f"database write failed: {reason(exc)}") from None
        raise StoreError(f"database write failed: {namespace} record kept changing under us")

    async def update_many(self, rows: Sequence[Row], change: ChangeMany) -> dict[Row, Json | None]:
        """Lock every row in key order, decide, write, in one transaction.

        An absent row is locked by inserting it (uncommitted, so no one else sees it); a
        row ``change`` leaves out that only this insert made is removed again.
        """
        wanted = sorted(set(rows))
        pool = await self._connected()
        try:
            for _ in range(3):
                with contextlib.suppress(_Vanished):  # rolled back: decide again
                    async with pool.connection() as conn, conn.transaction():
                        found, placeholders = await _lock_rows(conn, wanted)
                        new = change(dict(found))
                        await _write_rows(conn, wanted, new, found, placeholders)
                        return {**found, **new}
        except psycopg.Error as exc:
            raise StoreError(f"database write failed: {reason(exc)}") from None
        raise StoreError("database write failed: records kept changing under us")

    async def delete(self, namespace: str, key: str) -> bool:
        rows = await self._rows(
            "DELETE FROM kv WHERE namespace = %s AND key = %s RETURNING 1", (namespace, key)
        )
        return bool(rows)

    # --- team links -----------------------------------------------------------------------

    async def kommune_for(self, conversation_key: str) -> str | None:
        rows = await self._rows(
            "SELECT kommune_id FROM team_links WHERE conversation_key = %s", (conversation_key,)
        )
        return str(rows[0][0]) if rows else None

    async def links(self) -> dict[str, str]:
        rows = await self._rows("SELECT conversation_key, kommune_id FROM team_links")
        return {str(k): str(v) for k, v in rows}

    async def link(self, conversation_key: str, kommune_id: str, linked_by: str) -> None:
        await self._rows(
            "INSERT INTO team_links(conversation_key, kommune_id, linked_by) VALUES(%s, %s, %s)"
            " ON CONFLICT (conversation_key) DO UPDATE SET kommune_id = excluded.kommune_id,"
            " linked_by = excluded.linked_by, linked_at = now()",
            (conversation_key, kommune_id, linked_by),
        )

    # --- conversation references ----------------------------------------------------------

    async def save_reference(
        self, key: str, kind: str, reference: Json, kommune_id: str | None = None
    ) -> None:
        await self._rows(
            "INSERT INTO conversation_refs(key, kind, kommune_id, reference)"
            " VALUES(%s, %s, %s, %s)"
            " ON CONFLICT (key) DO UPDATE SET kind = excluded.kind,"
            " kommune_id = COALESCE(excluded.kommune_id, conversation_refs.kommune_id),"
            " reference = excluded.reference, updated_at = now()",
            (key, kind, kommune_id, _jsonb(reference)),
        )

    async def reference(self, key: str) -> Json | None:
        rows = await self._rows("SELECT reference FROM conversation_refs WHERE key = %s", (key,))
        return _json(rows[0][0]) if rows else None

    async def references(self, kind: str | None = None) -> list[tuple[str, str, str | None, Json]]:
        if kind:
            rows = await self._rows(
                "SELECT key, kind, kommune_id, reference FROM conversation_refs"
                ' WHERE kind = %s ORDER BY key COLLATE "C"',
                (kind,),
            )
        else:
            rows = await self._rows(
                "SELECT key, kind, kommune_id, reference FROM conversation_refs"
                ' ORDER BY key COLLATE "C"'
            )
        return [(k, t, c, _json(r)) for k, t, c, r in rows]

    async def relabel_references(self, key_prefix: str, kommune_id: str) -> None:
        await self._rows(
            "UPDATE conversation_refs SET kommune_id = %s WHERE left(key, %s) = %s",
            (kommune_id, len(key_prefix), key_prefix),
        )

    # --- liveness and lifetime ------------------------------------------------------------

    async def is_alive(self, instance_id: str) -> bool:
        """Whether some session holds ``instance_id``'s advisory lock (its store is open)."""
        if instance_id == self._instance_id:
            return not self._presence.closed
        if not instance_id.isalnum():
            return False
        rows = await self._rows(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
            " AND objsubid = 1 AND classid = %s AND objid = %s",
            advisory_key_parts(instance_lock_key(instance_id)),
        )
        return bool(rows)

    async def close(self) -> None:
        """Release the pool and this instance's liveness lock; idempotent."""
        self._closed = True
        if self._pool is not None:
            await self._pool.close()
        if not self._presence.closed:
            with contextlib.suppress(psycopg.Error):  # at once; the session's end frees it too
                self._presence.execute("SELECT pg_advisory_unlock_all()")
            self._presence.close()


class _Vanished(Exception):
    """A row was deleted between our insert's conflict and our lock on it."""


async def _lock_rows(
    conn: psycopg.AsyncConnection[TupleRow], rows: list[Row]
) -> tuple[dict[Row, Json | None], set[Row]]:
    """Lock ``rows`` (in the order given) in the open transaction: their records, and the
    rows only a placeholder of ours holds."""
    found: dict[Row, Json | None] = {}
    placeholders: set[Row] = set()
    for namespace, key in rows:
        inserted = await conn.execute(
            "INSERT INTO kv(namespace, key, value) VALUES(%s, %s, '{}'::jsonb)"
            " ON CONFLICT (namespace, key) DO NOTHING RETURNING 1",
            (namespace, key),
        )
        if await inserted.fetchone():
            placeholders.add((namespace, key))
            found[(namespace, key)] = None
            continue
        cursor = await conn.execute(
            "SELECT value FROM kv WHERE namespace = %s AND key = %s FOR UPDATE", (namespace, key)
        )
        row = await cursor.fetchone()
        if row is None:
            raise _Vanished
        found[(namespace, key)] = _json(row[0])
    return found, placeholders


async def _write_rows(
    conn: psycopg.AsyncConnection[TupleRow],
    rows: list[Row],
    new: dict[Row, Json | None],
    found: dict[Row, Json | None],
    placeholders: set[Row],
) -> None:
    """Write what ``update_many``'s change decided; remove placeholders it left alone."""
    strange = sorted(set(new) - set(found))
    if strange:
        raise ValueError(f"update_many may only write the rows it read, not {strange}")
    for row in rows:
        namespace, key = row
        value = new.get(row)
        if value is not None:
            await conn.execute(
                "UPDATE kv SET value = %s, updated_at = now() WHERE namespace = %s AND key = %s",
                (_jsonb(value), namespace, key),
            )
        elif row in new or row in placeholders:
            await conn.execute("DELETE FROM kv WHERE namespace = %s AND key = %s", (namespace, key))


async def _exists(conn: psycopg.AsyncConnection[TupleRow], namespace: str, key: str) -> bool:
    cursor = await conn.execute(
        "SELECT 1 FROM kv WHERE namespace = %s AND key = %s", (namespace, key)
    )
    return await cursor.fetchone() is not None


def _json(value: Any) -> Json:
    if not isinstance(value, dict):
        raise StoreError(f"a stored record is not a JSON object: {type(value).__name__}")
    return value


def _jsonb(value: Json) -> Jsonb:
    return Jsonb(value, dumps=_dumps)


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)
