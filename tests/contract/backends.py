"""The store implementations the contract suite runs against: one line each.

A backend opens stores on one database per test (``open`` may be called several times for
the same ``where``: the stores then share that database, as instances of one service do).
``shared`` says whether two opened stores see each other's writes (False for an in-memory
database, which belongs to one connection).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.storage.postgres import PostgresStore
from bot.storage.protocol import Store
from bot.storage.sqlite import SqliteStore
from tests.auxil.postgres import database_for


@dataclass(frozen=True)
class Backend:
    name: str
    open: Callable[[Path], Store]
    shared: bool = True


BACKENDS = [
    Backend("sqlite-file", lambda where: SqliteStore.open(where / "contract.sqlite3")),
    Backend("sqlite-memory", lambda where: SqliteStore.open(":memory:"), shared=False),
    Backend("postgresql", lambda where: PostgresStore(database_for(where))),
]
