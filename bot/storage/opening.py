"""The store the service runs on, chosen by ``DATABASE_URL``.

- nothing: SQLite in the data folder (``SLT_DATA_DIR/slt-boten.sqlite3``), the default for
  ``make run`` and one kommune on one machine;
- ``sqlite:///path/to/file.sqlite3``: SQLite in that file;
- ``postgresql://…`` or ``postgres://…`` (a Unix-socket URL such as
  ``postgresql://postgres:@/postgres?host=/run/pg`` too): PostgreSQL, shared by every
  instance behind one load balancer; the scheduler lease is then a PostgreSQL advisory lock.

Any other scheme is refused by :class:`bot.config.Settings` with the accepted forms.
"""

from __future__ import annotations

from bot.config import Settings
from bot.leadership import FileLease, Lease
from bot.retry import Limiter, SharedRateLimiter
from bot.storage.pace import PaceWindows
from bot.storage.protocol import Store
from bot.storage.sqlite import SqliteStore


def open_store(settings: Settings) -> Store:
    """Connect to the configured database (migrated, ready); a failure is a StoreError."""
    if settings.uses_postgres:
        from bot.storage.postgres import PostgresStore  # the driver only where it is used

        return PostgresStore(settings.database_url)
    return SqliteStore.open(settings.database_path)


def scheduler_lease(settings: Settings) -> Lease:
    """One scheduler per database: a lock file beside SQLite, an advisory lock on PostgreSQL."""
    if settings.uses_postgres:
        from bot.storage.postgres import PostgresLease

        return PostgresLease(settings.database_url)
    database = settings.database_path
    return FileLease(database.with_name(f"{database.name}.scheduler-lock"))


def send_limiter(settings: Settings, store: Store) -> Limiter | None:
    """Teams' send windows across instances on PostgreSQL; None: the sender's own (one
    process per SQLite file, and only the scheduler's holder sends on its own)."""
    if settings.uses_postgres:
        return SharedRateLimiter(PaceWindows(store))
    return None
