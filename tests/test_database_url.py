"""``DATABASE_URL`` chooses the store: SQLite by default and for ``sqlite:///…``, PostgreSQL
for ``postgresql://…`` (a Unix-socket URL too); anything else is refused before start-up,
naming the setting and the forms it takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from bot.leadership import FileLease
from bot.storage.opening import open_store, scheduler_lease
from bot.storage.postgres import PostgresLease, PostgresStore
from bot.storage.sqlite import SqliteStore


def settings_with(url: str | None, data: Path) -> Settings:
    env = {"SLT_DATA_DIR": str(data)}
    if url is not None:
        env["DATABASE_URL"] = url
    return Settings.from_env(env)


async def test_without_a_url_the_store_is_sqlite_in_the_data_folder(tmp_path: Path) -> None:
    settings = settings_with(None, tmp_path)
    store = open_store(settings)
    try:
        assert isinstance(store, SqliteStore)
        assert store.database.path == tmp_path / "slt-boten.sqlite3"
        assert isinstance(scheduler_lease(settings), FileLease)
    finally:
        await store.close()


async def test_a_sqlite_url_names_the_file(tmp_path: Path) -> None:
    settings = settings_with(f"sqlite:///{tmp_path}/elsewhere.sqlite3", tmp_path / "data")
    store = open_store(settings)
    try:
        assert isinstance(store, SqliteStore)
        assert store.database.path == tmp_path / "elsewhere.sqlite3"
    finally:
        await store.close()


async def test_a_postgresql_url_over_a_unix_socket_is_the_shared_store(
    postgres_url: str, tmp_path: Path
) -> None:
    assert "host=/" in postgres_url  # the tests' server listens on a Unix socket only
    settings = settings_with(postgres_url, tmp_path)
    store = open_store(settings)
    try:
        assert isinstance(store, PostgresStore)
        await store.put("ns", "k", {"v": 1})
        assert await store.get("ns", "k") == {"v": 1}
        assert isinstance(scheduler_lease(settings), PostgresLease)
    finally:
        await store.close()
    with pytest.raises(ConfigError, match="no SQLite file"):
        _ = settings.database_path


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://root@db/slt", "unknown scheme 'mysql'"),
        ("sqlite://relative.db", "unknown scheme 'sqlite'"),
        ("/var/lib/slt.sqlite3", "unknown scheme '/var/lib/slt.sqlite3'"),
        ("sqlite:///", "needs a file path"),
    ],
)
def test_an_unknown_or_empty_url_is_refused_with_the_forms_it_takes(
    url: str, reason: str, tmp_path: Path
) -> None:
    with pytest.raises(ConfigError, match=reason) as refused:
        settings_with(url, tmp_path)
    assert str(refused.value).startswith("DATABASE_URL")
    if "scheme" in reason:
        assert "postgresql://" in str(refused.value) and "sqlite:///" in str(refused.value)
