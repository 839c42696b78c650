"""Deprecated: the synchronous store, kept only for tests that seed or inspect the database.

``Store`` is the SQLite connection itself (:class:`bot.storage.sqlite.SqliteDatabase`); the
async :class:`bot.storage.sqlite.SqliteStore` runs over the same connection, so a record
written here is read through a repository at once and the other way round. No module of the
product imports this: features take a repository from :class:`bot.storage.Repositories`;
the two desks (``MeetingDesk``, ``TiltakDesk``) still hold the synchronous connection
itself until they move to repositories.
"""

from __future__ import annotations

from bot.storage.protocol import StoreError
from bot.storage.sqlite import SqliteDatabase
from bot.storage.sqlite_schema import SCHEMA_VERSION

Store = SqliteDatabase

__all__ = ["SCHEMA_VERSION", "Store", "StoreError"]
