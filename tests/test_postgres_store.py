"""The PostgreSQL backend's own promises, beyond the shared contract: migrations once under a
lock, liveness from advisory locks, and the scheduler lease (issue 16)."""

from __future__ import annotations

import asyncio

import psycopg

from bot.storage.postgres import (
    LEADER_LOCK,
    MIGRATIONS,
    PostgresLease,
    PostgresStore,
    advisory_key_parts,
    instance_lock_key,
)
from bot.storage.protocol import StoreError


async def test_instances_starting_together_migrate_once_to_the_current_version(
    postgres_url: str,
) -> None:
    stores = await asyncio.gather(*(PostgresStore.open(postgres_url) for _ in range(4)))
    try:
        assert {await s.schema_version() for s in stores} == {len(MIGRATIONS)}
        await stores[0].put("ns", "k", {"v": 1})
        assert await stores[3].get("ns", "k") == {"v": 1}
    finally:
        for store in stores:
            await store.close()


async def test_an_instance_is_alive_until_its_connection_ends(postgres_url: str) -> None:
    watcher = await PostgresStore.open(postgres_url)
    other = await PostgresStore.open(postgres_url)
    name = other.instance_id
    assert await watcher.is_alive(name) and await watcher.is_alive(watcher.instance_id)
    assert not await watcher.is_alive("0" * 32)
    assert not await watcher.is_alive("not an id; drop table kv")
    await other.close()
    assert not await watcher.is_alive(name)
    await watcher.close()


async def test_an_instance_whose_session_ends_without_closing_is_dead_for_the_others(
    postgres_url: str,
) -> None:
    """A SIGKILL leaves no chance to close: the server ends the session, and the lock with it."""
    watcher = await PostgresStore.open(postgres_url)
    victim = await PostgresStore.open(postgres_url)
    classid, objid = advisory_key_parts(instance_lock_key(victim.instance_id))
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
            " AND objsubid = 1 AND classid = %s AND objid = %s",
            (classid, objid),
        ).fetchall()
    assert ended == [(True,)]
    for _ in range(50):
        if not await watcher.is_alive(victim.instance_id):
            break
        await asyncio.sleep(0.05)
    assert not await watcher.is_alive(victim.instance_id)
    assert await watcher.is_alive(watcher.instance_id)
    await watcher.close()


async def test_one_lease_holder_at_a_time_and_the_next_after_a_release(postgres_url: str) -> None:
    first, second = PostgresLease(postgres_url), PostgresLease(postgres_url)
    assert await first.acquire()
    assert not await second.acquire()
    assert await first.still_held() and not await second.still_held()
    await first.release()
    assert not await first.still_held()
    assert await second.acquire() and await second.still_held()
    assert "postgresql://" in second.describe() and "@" in second.describe()
    await second.release()


async def test_a_lease_whose_connection_is_cut_is_lost_and_free_for_another(
    postgres_url: str,
) -> None:
    holder, waiting = PostgresLease(postgres_url), PostgresLease(postgres_url)
    assert await holder.acquire()
    classid, objid = advisory_key_parts(LEADER_LOCK)
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
            " AND objsubid = 1 AND classid = %s AND objid = %s",
            (classid, objid),
        )
    assert not await holder.still_held()
    for _ in range(50):
        if await waiting.acquire():
            break
        await asyncio.sleep(0.05)
    assert await waiting.still_held()
    await waiting.release()
    await holder.release()


async def test_a_wrong_url_is_a_clear_error_without_the_password() -> None:
    url = "postgresql://slt:hemmelig@/nodb?host=/nonexistent-socket-dir&connect_timeout=2"
    try:
        await PostgresStore.open(url)
    except StoreError as exc:
        assert "cannot open the database at postgresql://slt@" in str(exc)
        assert "hemmelig" not in str(exc)
    else:
        raise AssertionError("opening a database that is not there must fail")
