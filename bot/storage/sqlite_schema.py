"""The SQLite layout and its versioned migrations (``meta.schema_version``)."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS team_links (
    conversation_key TEXT PRIMARY KEY,
    kommune_id TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    linked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS conversation_refs (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    kommune_id TEXT,
    reference TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS kv (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (namespace, key)
);
"""


MIGRATIONS: dict[int, tuple[str, ...]] = {}
"""Schema version → the statements that bring a database of the version before up to it.

Applied in order at open, each version in one transaction with its ``schema_version``, so
of two processes opening an old file at once one migrates and the other finds it done.
Version 1 is the layout every release so far wrote: nothing to migrate yet."""


def migrate(db: sqlite3.Connection) -> None:
    """Create what is missing, then apply the migrations a database has not had yet."""
    db.executescript(SCHEMA)
    db.execute(
        "INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )
    for version in sorted(v for v in MIGRATIONS if v <= SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if int(row[0]) < version:
                for statement in MIGRATIONS[version]:
                    db.execute(statement)
                db.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),)
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
