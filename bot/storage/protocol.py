"""The one storage contract every backend implements (SQLite today, PostgreSQL next).

Features never see this: they get the typed repositories of :mod:`bot.storage.repositories`,
which are the only code that knows a namespace's name or a record's JSON shape. The protocol
is kept small enough to implement on any database with transactions:

- **namespaced records**: ``(namespace, key) → JSON object``, with ``get``, ``scan`` (by key
  prefix, ordered by key), ``put``, ``put_if_absent`` (an idempotency gate), ``update`` (read,
  decide and write as one step no other connection can split), ``update_many`` (the same for
  several records in one transaction), ``claim`` (the same, but a
  row another instance is deciding about right now is skipped, not waited for:
  PostgreSQL's ``SELECT … FOR UPDATE SKIP LOCKED``) and ``delete``;
- **team links** and **conversation references**: two small tables of their own, read on
  every turn and by every proactive send;
- **several reads at once**: ``read_many`` reads records and team links as of one moment in
  one round trip (a turn's sender: roster entry, own kommune, the conversation's link);
- **liveness**: every open store names itself (``instance_id``) in the rows it claims, and
  ``is_alive`` tells whether such an instance still runs, so a claim left by a process that
  died is taken over. SQLite answers from a lock file per connection (the kernel drops it
  when the process dies); PostgreSQL answers from a session advisory lock, no file needed.

Every method is a coroutine: an implementation does its database work off the event loop.

On PostgreSQL (the scale-out issue) the same contract maps to: ``kv(namespace, key, value
jsonb)`` with ``ORDER BY key COLLATE "C"``; ``put_if_absent`` as ``INSERT … ON CONFLICT DO
NOTHING``; ``update`` as ``SELECT … FOR UPDATE`` then an upsert in one transaction;
``claim`` as ``SELECT … FOR UPDATE SKIP LOCKED`` (None when skipped); ``update_many`` as
``INSERT … ON CONFLICT DO NOTHING`` (which locks an absent row too) then ``SELECT … FOR
UPDATE``, row by row in key order, in one transaction; ``is_alive`` as
``pg_try_advisory_lock`` on the instance's key, which each open store holds in its session.
``tests/contract`` is the definition: a backend is done when it passes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

Json = dict[str, Any]
"""One stored record as JSON: an object of strings, numbers, booleans, lists and objects."""

Change = Callable[[Json | None], Json | None]
"""Gets the current record (None when absent); returns the new one, or None to keep it."""


Row = tuple[str, str]
"""``(namespace, key)`` of one record."""

ChangeMany = Callable[[dict[Row, Json | None]], dict[Row, Json | None]]
"""Gets the current records of several rows (None when absent); returns the rows to write:
a record replaces the row's, None deletes it; a row left out stays as it is."""


@dataclass(frozen=True)
class Reading:
    """What :meth:`Store.read_many` found: every row and link asked for, None when absent."""

    records: dict[tuple[str, str], Json | None]
    """``(namespace, key)`` → the record."""
    links: dict[str, str | None]
    """conversation key → the kommune it is linked to."""


class StoreError(RuntimeError):
    """The database cannot be opened or written (locked, read-only, disk full)."""


@runtime_checkable
class Store(Protocol):
    """An async key-value store with two small tables, a claim and instance liveness."""

    @property
    def instance_id(self) -> str:
        """This open store's name in rows it claims (alphanumeric)."""
        ...

    # --- namespaced records ---------------------------------------------------------------

    async def get(self, namespace: str, key: str) -> Json | None: ...

    async def scan(self, namespace: str, prefix: str = "") -> list[tuple[str, Json]]:
        """Records whose key starts with ``prefix`` (no wildcards), ordered by key in
        code-point order (PostgreSQL: ``COLLATE "C"``)."""
        ...

    async def put(self, namespace: str, key: str, value: Json) -> None: ...

    async def put_if_absent(self, namespace: str, key: str, value: Json) -> bool:
        """Insert unless the key exists; True when this call inserted it."""
        ...

    async def update(self, namespace: str, key: str, change: Change) -> Json | None:
        """Apply ``change`` to one record atomically across every connection; the new value."""
        ...

    async def claim(self, namespace: str, key: str, change: Change) -> Json | None:
        """Like :meth:`update`, but None at once when another connection holds the row."""
        ...

    async def update_many(self, rows: Sequence[Row], change: ChangeMany) -> dict[Row, Json | None]:
        """:meth:`update` for several rows in one transaction (a meeting moved from one day to
        another: both days and their answers). Every row is locked — also an absent one —
        before ``change`` sees them, so no other connection writes any of them in between;
        rows are locked in one order, so two such calls cannot deadlock. ``change`` may only
        return rows it was given (ValueError otherwise). Returns every row as it is after."""
        ...

    async def delete(self, namespace: str, key: str) -> bool:
        """Remove the record for good (no copy left behind); True when there was one."""
        ...

    async def read_many(
        self, records: Sequence[tuple[str, str]] = (), links: Sequence[str] = ()
    ) -> Reading:
        """Records ``(namespace, key)`` and team links (conversation keys), read as of one
        moment in one round trip: a turn pays one hand-over to the database, not one per read."""
        ...

    # --- team links -----------------------------------------------------------------------

    async def kommune_for(self, conversation_key: str) -> str | None:
        """The kommune a team or chat is linked to, if any."""
        ...

    async def links(self) -> dict[str, str]:
        """Every conversation key → kommune id."""
        ...

    async def link(self, conversation_key: str, kommune_id: str, linked_by: str) -> None: ...

    # --- conversation references ----------------------------------------------------------

    async def save_reference(
        self, key: str, kind: str, reference: Json, kommune_id: str | None = None
    ) -> None:
        """Insert or replace; an absent ``kommune_id`` keeps the one stored."""
        ...

    async def reference(self, key: str) -> Json | None: ...

    async def references(self, kind: str | None = None) -> list[tuple[str, str, str | None, Json]]:
        """``(key, kind, kommune_id, reference)`` ordered by key (code points)."""
        ...

    async def relabel_references(self, key_prefix: str, kommune_id: str) -> None:
        """Set the kommune of every reference whose key starts with ``key_prefix``."""
        ...

    # --- liveness and lifetime ------------------------------------------------------------

    async def is_alive(self, instance_id: str) -> bool:
        """Whether the store named ``instance_id`` (any process) is still open."""
        ...

    async def close(self) -> None:
        """Release the connection and this instance's liveness; idempotent."""
        ...


class Repository:
    """The base of every typed repository: the store it reads and writes through (features
    never hold the store itself)."""

    def __init__(self, store: Store) -> None:
        self._store = store
