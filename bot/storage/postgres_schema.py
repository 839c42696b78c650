"""The PostgreSQL backend's schema, its advisory locks and URLs.

The schema is versioned (``meta.schema_version``); :data:`MIGRATIONS` are applied at start-up
inside one transaction under :data:`MIGRATION_LOCK`, so instances starting together migrate
once, and a database newer than this code is refused with the reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import LiteralString

import psycopg
from psycopg.rows import TupleRow

from bot.storage.protocol import StoreError

MIGRATION_LOCK = 0x534C5401  # "SLT" 1: serialises schema changes across instances
LEADER_LOCK = 0x534C5402  # "SLT" 2: the scheduler lease (PostgresLease)

MIGRATIONS: Sequence[LiteralString] = (
    # 1: the three tables the SQLite backend has, in PostgreSQL's types.
    """
    CREATE TABLE IF NOT EXISTS team_links (
        conversation_key TEXT PRIMARY KEY,
        kommune_id TEXT NOT NULL,
        linked_by TEXT NOT NULL,
        linked_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS conversation_refs (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        kommune_id TEXT,
        reference JSONB NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS conversation_refs_kind ON conversation_refs (kind, key);
    CREATE TABLE IF NOT EXISTS kv (
        namespace TEXT NOT NULL,
        key TEXT NOT NULL,
        value JSONB NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (namespace, key)
    );
    """,
)


def migrate(conn: psycopg.Connection[TupleRow]) -> None:
    """Apply the migrations this database lacks, one instance at a time."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > len(MIGRATIONS):
            raise StoreError(
                f"the database has schema version {version}, newer than this SLT-boten"
                f" ({len(MIGRATIONS)}): update the service before using it"
            )
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number > version:
                conn.execute(migration)
        conn.execute(
            "INSERT INTO meta(key, value) VALUES('schema_version', %s)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(len(MIGRATIONS)),),
        )


def instance_lock_key(instance_id: str) -> int:
    """The advisory lock (a signed 64-bit number) that says ``instance_id`` is alive."""
    digest = hashlib.blake2b(f"slt-instance:{instance_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def describe_url(url: str) -> str:
    """The URL without a password, for logs and errors."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unreadable URL)"
    host = info.get("host") or "localhost"
    return f"postgresql://{info.get('user') or ''}@{host}/{info.get('dbname') or ''}"


def advisory_key_parts(value: int) -> tuple[int, int]:
    """A bigint advisory key as pg_locks shows it: (classid, objid), both unsigned 32-bit."""
    unsigned = value & 0xFFFFFFFFFFFFFFFF
    return unsigned >> 32, unsigned & 0xFFFFFFFF


def reason(exc: BaseException) -> str:
    """The first line of a driver error, without the connection string."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
