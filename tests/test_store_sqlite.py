"""The SQLite backend beyond the shared contract: a database written by earlier versions
reads unchanged, WAL and secure_delete stay on, and no call runs on the event loop."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.storage import Repositories, sqlite_schema
from bot.storage.sqlite import SqliteStore
from bot.storage.sqlite_schema import SCHEMA


def _earlier_database(path: Path) -> None:
    """The layout version 1 wrote, with a record of each kind it kept."""
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.execute("INSERT INTO meta VALUES('schema_version', '1')")
    db.execute(
        "INSERT INTO team_links(conversation_key, kommune_id, linked_by) VALUES(?,?,?)",
        ("team:1", "valer", "aad-k"),
    )
    rows = {
        ("roster", "aad-kari"): {"user_id": "29:kari", "upn": "kari@valer.example", "team": "t1"},
        ("outbox", "reminder:valer:1"): {"kind": "reminder", "state": "sent", "attempts": 1},
        ("meeting", "valer:fagteam:2026-06-15"): {
            "rsvp": {"29:kari": {"name": "Kari", "coming": True, "at": "x"}}
        },
    }
    for (namespace, key), value in rows.items():
        db.execute(
            "INSERT INTO kv(namespace, key, value) VALUES(?,?,?)",
            (namespace, key, json.dumps(value)),
        )
    db.commit()
    db.close()


async def test_a_database_from_an_earlier_version_reads_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "slt-boten.sqlite3"
    _earlier_database(path)
    store = SqliteStore.open(path)
    repos = Repositories.over(store)
    try:
        kari = await repos.roster.get("aad-kari")
        sent = await repos.outbox.get("reminder:valer:1")
        answers = await repos.meeting_answers.get("valer:fagteam:2026-06-15")

        assert await repos.team_links.kommune_for("team:1") == "valer"
        assert kari is not None and kari.teams == ("t1",) and kari.upn == "kari@valer.example"
        assert sent is not None and sent.state == "sent" and sent.claimed_by is None
        assert answers.rsvp["29:kari"].coming is True
        version = store.database.get_meta("schema_version")
        assert version == "1"
    finally:
        await store.close()


async def test_wal_and_secure_delete_stay_on(tmp_path: Path) -> None:
    store = SqliteStore.open(tmp_path / "db.sqlite3")
    try:
        db = store.database._db
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA secure_delete").fetchone() == (1,)
    finally:
        await store.close()


async def test_the_database_work_runs_on_one_worker_thread(tmp_path: Path) -> None:
    store = SqliteStore.open(tmp_path / "db.sqlite3")
    threads: set[int] = set()

    def note(found: dict[str, object] | None) -> dict[str, object]:
        threads.add(threading.get_ident())
        return {"n": 1}

    try:
        for _ in range(5):
            await store.update("ns", "k", note)
    finally:
        await store.close()

    assert len(threads) == 1 and threading.get_ident() not in threads


async def test_a_new_schema_version_migrates_an_older_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "slt-boten.sqlite3"
    _earlier_database(path)
    monkeypatch.setattr(sqlite_schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(
        sqlite_schema, "MIGRATIONS", {2: ("CREATE TABLE added_in_two (id TEXT PRIMARY KEY)",)}
    )

    first, second = SqliteStore.open(path), SqliteStore.open(path)  # the second finds it done
    try:
        assert first.database.get_meta("schema_version") == "2"
        tables = {row[0] for row in first.database._read("SELECT name FROM sqlite_master")}
        assert "added_in_two" in tables
        assert await second.kommune_for("team:1") == "valer"  # the records are still there
    finally:
        await first.close()
        await second.close()
