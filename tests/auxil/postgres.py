"""A real PostgreSQL for the tests, started from the ``pgserver`` package (no Docker, no service).

One server per test session in a temporary folder, reached over a Unix socket; each test that
asks gets a database of its own (``fresh_database``), so tests never see each other's rows.
The server stops when the session ends. ``pgserver`` is in the dev extras, so ``make test``
runs the PostgreSQL group for real on a fresh clone.
"""

from __future__ import annotations

import atexit
import itertools
import tempfile
from pathlib import Path
from typing import Any

import psycopg

_counter = itertools.count(1)


class PostgresServer:
    """A running pgserver instance; ``url`` reaches its ``postgres`` database."""

    def __init__(self) -> None:
        import pgserver  # imported here: only tests that use PostgreSQL pay for it

        self._folder = tempfile.TemporaryDirectory(prefix="slt-pg-")
        folder = Path(self._folder.name)
        self._server: Any = pgserver.get_server(folder, cleanup_mode="stop")  # type: ignore[attr-defined]
        self.url: str = self._server.get_uri()

    def fresh_database(self, label: str = "t") -> str:
        """A new, empty database on this server; its URL."""
        name = f"slt_{label}_{next(_counter)}".lower()
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # name is ours: letters, digits, _
        return self.url.replace("/postgres?", f"/{name}?", 1)

    def stop(self) -> None:
        try:
            self._server.cleanup()
        finally:
            self._folder.cleanup()


_shared: PostgresServer | None = None
_databases: dict[Path, str] = {}


def shared_server() -> PostgresServer:
    """The session's one server, started on first use and stopped when the tests end."""
    global _shared
    if _shared is None:
        _shared = PostgresServer()
        atexit.register(_shared.stop)
    return _shared


def database_for(where: Path) -> str:
    """One database per test folder: stores opened for the same ``where`` share it."""
    if where not in _databases:
        _databases[where] = shared_server().fresh_database()
    return _databases[where]
