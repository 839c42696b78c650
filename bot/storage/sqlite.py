"""The embedded SQLite backend of :class:`bot.storage.protocol.Store`.

What is stored, and why (the README's "Personvern" section repeats this for users):

- ``team_links``: which kommune a team or chat uses (ids only).
- ``conversation_refs``: how to reach a team, channel or user proactively (Bot Framework
  conversation references: ids and the service URL, no message text).
- ``kv``: small feature records keyed by name (ids, statuses, dates), never message text
  unless a feature says it keeps one (e.g. an agenda item the sender asked to add).

Beside the database, ``<name>.instances/`` holds one locked file per open connection
(:mod:`bot.storage.sqlite_presence`), so a record claimed by a connection (a delivery on its
way) can be told apart from one left by a process that has died (``is_open``).

SQLite runs in WAL mode with ``secure_delete``; every write is one short transaction.
:class:`SqliteDatabase` is the one connection (synchronous, guarded by a lock);
:class:`SqliteStore` is the async protocol over it, running each call on one worker thread
so the event loop never waits for the disk. The product uses only :class:`SqliteStore`
(through the repositories); the synchronous class is its engine, and what tests use to seed
or inspect a database file directly.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from bot.storage.protocol import Change, ChangeMany, Json, Reading, Row, Store, StoreError
from bot.storage.sqlite_presence import Presence
from bot.storage.sqlite_schema import migrate
from bot.storage.sqlite_worker import Worker

T = TypeVar("T")

MAX_COMPOUND = 500
"""SQLite's default cap on the SELECTs of one compound statement (SQLITE_MAX_COMPOUND_SELECT)."""


class SqliteDatabase:
    """One SQLite connection with a small, explicit API (no SQL outside this module)."""

    def __init__(self, path: Path | str, *, busy_timeout: float = 5.0) -> None:
        """``busy_timeout``: how long a write waits for another connection's lock (blocking)."""
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(
                str(path), check_same_thread=False, isolation_level=None, timeout=busy_timeout
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Deleted or overwritten records (a comment, an agenda item) are zeroed in the
            # file, not left in free pages where a copy of the file would still show them.
            self._db.execute("PRAGMA secure_delete=ON")
            migrate(self._db)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database at {path}: {exc}") from None
        self._lock = threading.RLock()
        self._reader = self._db.cursor()  # every read's: sqlite3 keeps a weakref per new one
        self.instance_id = uuid.uuid4().hex
        """Names this connection in records it claims (the delivery ledger's ``claimed_by``)."""
        try:
            self._presence = Presence(self.path, self.instance_id)
        except OSError as exc:
            raise StoreError(f"cannot write beside the database at {path}: {exc}") from None

    def get_meta(self, key: str) -> str | None:
        """A value of the ``meta`` table (``schema_version``: the layout's version)."""
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def close(self) -> None:
        self._presence.end()
        self._db.close()

    def is_open(self, instance_id: str) -> bool:
        """Whether the connection ``instance_id`` (this process or another) is still open."""
        return self._presence.is_open(instance_id)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise StoreError(f"database write failed: {exc}") from None
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    # --- team ↔ kommune links --------------------------------------------------------------
    # Never cached in the process: another instance (or process on the file) may have
    # linked the team a moment ago; the primary-key read costs microseconds.

    def kommune_for(self, conversation_key: str) -> str | None:
        """The link as stored now (also one another process made)."""
        rows = self._read(
            "SELECT kommune_id FROM team_links WHERE conversation_key = ?", (conversation_key,)
        )
        return str(rows[0][0]) if rows else None

    def link(self, conversation_key: str, kommune_id: str, linked_by: str) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO team_links(conversation_key, kommune_id, linked_by) VALUES(?,?,?)"
                " ON CONFLICT(conversation_key) DO UPDATE SET kommune_id=excluded.kommune_id,"
                " linked_by=excluded.linked_by,"
                " linked_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                (conversation_key, kommune_id, linked_by),
            )

    # --- conversation references for proactive messages -----------------------------------

    def save_reference(
        self, key: str, kind: str, reference: dict[str, Any], kommune_id: str | None = None
    ) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO conversation_refs(key, kind, kommune_id, reference) VALUES(?,?,?,?)"
                " ON CONFLICT(key) DO UPDATE SET kind=excluded.kind,"
                " kommune_id=COALESCE(excluded.kommune_id, conversation_refs.kommune_id),"
                " reference=excluded.reference,"
                " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                (key, kind, kommune_id, json.dumps(reference, sort_keys=True)),
            )

    def _read(self, query: str, args: tuple[Any, ...] = ()) -> list[Any]:
        """One read under the connection's lock (never inside another thread's write)."""
        with self._lock:
            try:
                return self._reader.execute(query, args).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"database read failed: {exc}") from None

    def reference(self, key: str) -> dict[str, Any] | None:
        rows = self._read("SELECT reference FROM conversation_refs WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else None

    def set_reference_kommune(self, key_prefix: str, kommune_id: str) -> None:
        """Re-label stored conversations when a team is linked to another kommune."""
        with self._write() as db:
            db.execute(
                "UPDATE conversation_refs SET kommune_id = ? WHERE substr(key, 1, ?) = ?",
                (kommune_id, len(key_prefix), key_prefix),
            )

    def references(self, kind: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
        return [(k, t, r) for k, t, _, r in self.references_with_kommune(kind)]

    def references_with_kommune(
        self, kind: str | None = None
    ) -> list[tuple[str, str, str | None, dict[str, Any]]]:
        query = "SELECT key, kind, kommune_id, reference FROM conversation_refs"
        rows = (
            self._read(query + " WHERE kind = ? ORDER BY key", (kind,))
            if kind
            else self._read(query + " ORDER BY key")
        )
        return [(k, t, c, json.loads(r)) for k, t, c, r in rows]

    def links(self) -> dict[str, str]:
        """Every link as stored now (also those another process made)."""
        return dict(self._read("SELECT conversation_key, kommune_id FROM team_links"))

    # --- namespaced records for features --------------------------------------------------

    def put(self, namespace: str, key: str, value: dict[str, Any]) -> None:
        with self._write() as db:
            _upsert(db, namespace, key, value)

    def put_if_absent(self, namespace: str, key: str, value: dict[str, Any]) -> bool:
        """Insert unless the key exists; True when this call inserted (an idempotency gate)."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO kv(namespace, key, value) VALUES(?,?,?)",
                (namespace, key, json.dumps(value, sort_keys=True, default=str)),
            )
            return cursor.rowcount == 1

    def update(
        self,
        namespace: str,
        key: str,
        change: Callable[[dict[str, Any] | None], dict[str, Any] | None],
    ) -> dict[str, Any] | None:
        """Read, decide and write one record as one step no other connection can split.

        ``change`` gets the current value (None when absent) and returns the new value, or
        None to leave it as it is; the new value (or None) is returned. The read happens
        inside ``BEGIN IMMEDIATE``, which holds SQLite's write lock for every process on the
        file, so two processes deciding about the same record are served one after the other.
        """
        with self._write() as db:
            new = change(_value(db, namespace, key))
            if new is not None:
                _upsert(db, namespace, key, new)
            return new

    def update_many(self, rows: Sequence[Row], change: ChangeMany) -> dict[Row, Json | None]:
        """:meth:`update` for several records in one ``BEGIN IMMEDIATE`` transaction."""
        wanted = list(dict.fromkeys(rows))
        with self._write() as db:
            found: dict[Row, Json | None] = {}
            for namespace, key in wanted:
                found[(namespace, key)] = _value(db, namespace, key)
            new = change(dict(found))
            _only_given(new, found)
            for (namespace, key), value in new.items():
                if value is None:
                    db.execute("DELETE FROM kv WHERE namespace = ? AND key = ?", (namespace, key))
                else:
                    _upsert(db, namespace, key, value)
            return {**found, **new}

    def get(self, namespace: str, key: str) -> dict[str, Any] | None:
        rows = self._read("SELECT value FROM kv WHERE namespace = ? AND key = ?", (namespace, key))
        return json.loads(rows[0][0]) if rows else None

    def read_many(self, records: Sequence[tuple[str, str]], links: Sequence[str]) -> Reading:
        """Several records and links in one statement (one snapshot of the file, and one
        call into SQLite: each call hands the GIL to the event loop and has to win it back)."""
        wanted = list(dict.fromkeys(records))
        asked = list(dict.fromkeys(links))
        parts: list[tuple[str, tuple[str, ...]]] = [
            (f"SELECT {n}, value FROM kv WHERE namespace = ? AND key = ?", row)
            for n, row in enumerate(wanted)
        ] + [
            (f"SELECT {n}, kommune_id FROM team_links WHERE conversation_key = ?", (key,))
            for n, key in enumerate(asked, start=len(wanted))
        ]
        found = self._read_compound(parts) if parts else {}
        return Reading(
            {row: _loaded(found.get(n)) for n, row in enumerate(wanted)},
            {
                key: str(found[n]) if n in found else None
                for n, key in enumerate(asked, start=len(wanted))
            },
        )

    def _read_compound(self, parts: list[tuple[str, tuple[str, ...]]]) -> dict[int, Any]:
        """``(n, value)`` rows of SELECTs joined with UNION ALL. SQLite joins at most
        ``MAX_COMPOUND``; more are read in several statements in one read transaction, so
        the reading is still one snapshot of the file."""
        statements = [
            (
                " UNION ALL ".join(sql for sql, _ in chunk),
                tuple(arg for _, args in chunk for arg in args),
            )
            for chunk in (
                parts[at : at + MAX_COMPOUND] for at in range(0, len(parts), MAX_COMPOUND)
            )
        ]
        if len(statements) == 1:
            return dict(self._read(*statements[0]))
        found: dict[int, Any] = {}
        with self._lock:
            try:
                self._db.execute("BEGIN")
                try:
                    for query, args in statements:
                        found.update(self._db.execute(query, args).fetchall())
                finally:
                    self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"database read failed: {exc}") from None
        return found

    def items(self, namespace: str) -> list[tuple[str, dict[str, Any]]]:
        return self.scan(namespace)

    def scan(self, namespace: str, prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
        rows = self._read(
            "SELECT key, value FROM kv WHERE namespace = ? AND substr(key, 1, ?) = ? ORDER BY key",
            (namespace, len(prefix), prefix),
        )
        return [(k, json.loads(v)) for k, v in rows]

    def delete(self, namespace: str, key: str) -> bool:
        with self._write() as db:
            cursor = db.execute("DELETE FROM kv WHERE namespace = ? AND key = ?", (namespace, key))
            return cursor.rowcount == 1


def _value(db: sqlite3.Connection, namespace: str, key: str) -> Json | None:
    """One record as a write transaction sees it (None when absent)."""
    row = db.execute(
        "SELECT value FROM kv WHERE namespace = ? AND key = ?", (namespace, key)
    ).fetchone()
    return _loaded(row[0] if row else None)


def _upsert(db: sqlite3.Connection, namespace: str, key: str, value: Json) -> None:
    """Write one record inside a :meth:`SqliteDatabase._write` transaction."""
    db.execute(
        "INSERT INTO kv(namespace, key, value) VALUES(?,?,?)"
        " ON CONFLICT(namespace, key) DO UPDATE SET value=excluded.value,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        (namespace, key, json.dumps(value, sort_keys=True, default=str)),
    )


def _only_given(new: dict[Row, Json | None], given: dict[Row, Json | None]) -> None:
    strange = sorted(set(new) - set(given))
    if strange:
        raise ValueError(f"update_many may only write the rows it read, not {strange}")


def _loaded(value: str | None) -> Json | None:
    return json.loads(value) if value is not None else None


class SqliteStore:
    """:class:`bot.storage.protocol.Store` on SQLite: every call runs on one worker thread.

    One connection and one thread per store: calls are served in order, a turn costs one
    hand-over per call (no new connection), and the event loop never waits for the disk.
    """

    def __init__(self, database: SqliteDatabase) -> None:
        self.database = database
        self._worker = Worker()
        self._closed = False

    @classmethod
    def open(cls, path: Path | str, *, busy_timeout: float = 5.0) -> SqliteStore:
        return cls(SqliteDatabase(path, busy_timeout=busy_timeout))

    @property
    def instance_id(self) -> str:
        return self.database.instance_id

    async def _run(self, call: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise StoreError("the store is closed")
        return await self._worker.submit(partial(call, *args))

    async def get(self, namespace: str, key: str) -> Json | None:
        return await self._run(self.database.get, namespace, key)

    async def scan(self, namespace: str, prefix: str = "") -> list[tuple[str, Json]]:
        return await self._run(self.database.scan, namespace, prefix)

    async def put(self, namespace: str, key: str, value: Json) -> None:
        await self._run(self.database.put, namespace, key, value)

    async def put_if_absent(self, namespace: str, key: str, value: Json) -> bool:
        return await self._run(self.database.put_if_absent, namespace, key, value)

    async def update(self, namespace: str, key: str, change: Change) -> Json | None:
        return await self._run(self.database.update, namespace, key, change)

    async def claim(self, namespace: str, key: str, change: Change) -> Json | None:
        # SQLite locks the whole file for a moment; a row is never held across calls.
        return await self._run(self.database.update, namespace, key, change)

    async def update_many(self, rows: Sequence[Row], change: ChangeMany) -> dict[Row, Json | None]:
        return await self._run(self.database.update_many, rows, change)

    async def delete(self, namespace: str, key: str) -> bool:
        return await self._run(self.database.delete, namespace, key)

    async def read_many(
        self, records: Sequence[tuple[str, str]] = (), links: Sequence[str] = ()
    ) -> Reading:
        return await self._run(self.database.read_many, tuple(records), tuple(links))

    async def kommune_for(self, conversation_key: str) -> str | None:
        return await self._run(self.database.kommune_for, conversation_key)

    async def links(self) -> dict[str, str]:
        return await self._run(self.database.links)

    async def link(self, conversation_key: str, kommune_id: str, linked_by: str) -> None:
        await self._run(self.database.link, conversation_key, kommune_id, linked_by)

    async def save_reference(
        self, key: str, kind: str, reference: Json, kommune_id: str | None = None
    ) -> None:
        await self._run(self.database.save_reference, key, kind, reference, kommune_id)

    async def reference(self, key: str) -> Json | None:
        return await self._run(self.database.reference, key)

    async def references(self, kind: str | None = None) -> list[tuple[str, str, str | None, Json]]:
        return await self._run(self.database.references_with_kommune, kind)

    async def relabel_references(self, key_prefix: str, kommune_id: str) -> None:
        await self._run(self.database.set_reference_kommune, key_prefix, kommune_id)

    async def is_alive(self, instance_id: str) -> bool:
        return await self._run(self.database.is_open, instance_id)

    async def close(self) -> None:
        """Finish the calls in flight, then close the connection (a second call does nothing)."""
        if self._closed:
            return
        self._closed = True
        if self._worker.ident is None:  # never used: nothing to hand over
            self.database.close()
            return
        await self._worker.submit(self.database.close)
        self._worker.stop()


def _conforms(store: SqliteStore) -> Store:
    """mypy checks here that :class:`SqliteStore` implements the protocol."""
    return store
