"""The scheduler lease on PostgreSQL: one instance among several runs the jobs.

See :mod:`bot.leadership`; the lease is a session advisory lock on a connection of its own,
so it dies with that connection (a killed instance frees it at once).
"""

from __future__ import annotations

import contextlib

import psycopg
from psycopg.rows import TupleRow

from bot.storage.postgres_schema import LEADER_LOCK, advisory_key_parts, describe_url


class PostgresLease:
    """The scheduler lease on PostgreSQL: a session advisory lock on a connection of its own.

    The lock lives exactly as long as the connection: if the leader dies or its connection
    drops, PostgreSQL frees it and a standby's next try wins (bot/leadership.py).
    """

    def __init__(self, url: str) -> None:
        self._url = url
        self._conn: psycopg.AsyncConnection[TupleRow] | None = None

    async def acquire(self) -> bool:
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(self._url, autocommit=True)
        cursor = await self._conn.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK,))
        row = await cursor.fetchone()
        return bool(row and row[0])

    async def still_held(self) -> bool:
        if self._conn is None or self._conn.closed:
            return False
        try:
            cursor = await self._conn.execute(
                "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND pid = pg_backend_pid() AND objsubid = 1 AND classid = %s AND objid = %s",
                advisory_key_parts(LEADER_LOCK),
            )
            return await cursor.fetchone() is not None
        except psycopg.Error:
            return False

    async def release(self) -> None:
        """Unlock at once (ending a session frees it too, but the server may take a moment)."""
        if self._conn is not None and not self._conn.closed:
            with contextlib.suppress(psycopg.Error):
                await self._conn.execute("SELECT pg_advisory_unlock_all()")
            await self._conn.close()
        self._conn = None

    def describe(self) -> str:
        return f"advisory lock {LEADER_LOCK:#x} on {describe_url(self._url)}"
