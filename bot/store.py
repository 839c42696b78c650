"""The synchronous store, kept while callers move to :mod:`bot.storage` repositories.

``Store`` is the SQLite connection itself (:class:`bot.storage.sqlite.SqliteDatabase`); the
async :class:`bot.storage.sqlite.SqliteStore` runs over the same connection, so a record
written through a repository is read here at once and the other way round. New code takes a
repository from :class:`bot.storage.Repositories`, never this.
"""

from __future__ import annotations

from bot.storage.protocol import StoreError
from bot.storage.sqlite import SqliteDatabase
from bot.storage.sqlite_schema import SCHEMA_VERSION

Store = SqliteDatabase

__all__ = ["SCHEMA_VERSION", "Store", "StoreError"]
