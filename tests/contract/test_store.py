"""The Store protocol's contract: every backend passes these unchanged.

Records, ordering, prefixes, the idempotency gate, atomic updates, claims, deletion, the
two tables and instance liveness — including races between stores on one database, which
stand in for instances of the service (for SQLite: two connections are two processes as far
as its file locks are concerned).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from bot.storage.protocol import Json, Store

pytestmark = pytest.mark.asyncio


async def test_a_record_reads_back_as_written_and_an_absent_one_is_none(store: Store) -> None:
    value = {"text": "Æøå «sak»", "n": 3, "yes": True, "none": None, "list": [1, {"a": "b"}]}
    await store.put("ns", "k", value)

    assert await store.get("ns", "k") == value
    assert await store.get("ns", "other") is None
    assert await store.get("other-ns", "k") is None


async def test_put_replaces_the_whole_record(store: Store) -> None:
    await store.put("ns", "k", {"a": 1, "b": 2})
    await store.put("ns", "k", {"a": 3})

    assert await store.get("ns", "k") == {"a": 3}


async def test_scan_is_ordered_by_key_and_keeps_to_its_namespace_and_prefix(store: Store) -> None:
    for key in ["valer:b", "valer:a", "valer2:a", "gjesdal:a", "val%:x", "val_r:y"]:
        await store.put("ns", key, {"key": key})
    await store.put("elsewhere", "valer:c", {"key": "no"})

    assert [k for k, _ in await store.scan("ns")] == sorted(
        ["valer:b", "valer:a", "valer2:a", "gjesdal:a", "val%:x", "val_r:y"]
    )
    assert [k for k, _ in await store.scan("ns", "valer:")] == ["valer:a", "valer:b"]
    assert [v["key"] for _, v in await store.scan("ns", "val%")] == ["val%:x"]  # no wildcards
    assert [k for k, _ in await store.scan("ns", "val_")] == ["val_r:y"]
    assert await store.scan("empty") == []


async def test_put_if_absent_inserts_once_and_never_overwrites(store: Store) -> None:
    assert await store.put_if_absent("ns", "k", {"v": 1}) is True
    assert await store.put_if_absent("ns", "k", {"v": 2}) is False

    assert await store.get("ns", "k") == {"v": 1}


async def test_of_many_racing_put_if_absent_exactly_one_wins(
    shared: None, opener: Callable[[], Store]
) -> None:
    stores = [opener(), opener()]
    results = await asyncio.gather(
        *(stores[i % 2].put_if_absent("gate", "once", {"by": i}) for i in range(40))
    )

    assert results.count(True) == 1
    winner = results.index(True)
    assert await stores[1].get("gate", "once") == {"by": winner}


async def test_update_decides_on_the_current_value_and_none_keeps_it(store: Store) -> None:
    def add(found: Json | None) -> Json:
        return {"n": (found or {}).get("n", 0) + 1}

    assert await store.update("ns", "counter", add) == {"n": 1}
    assert await store.update("ns", "counter", add) == {"n": 2}
    assert await store.update("ns", "counter", lambda found: None) is None
    assert await store.get("ns", "counter") == {"n": 2}
    assert await store.update("ns", "absent", lambda found: None) is None
    assert await store.get("ns", "absent") is None


async def test_concurrent_updates_from_two_stores_lose_no_step(
    shared: None, opener: Callable[[], Store]
) -> None:
    stores = [opener(), opener()]

    def add(found: Json | None) -> Json:
        return {"n": (found or {}).get("n", 0) + 1}

    await asyncio.gather(*(stores[i % 2].update("ns", "counter", add) for i in range(50)))

    assert await stores[0].get("ns", "counter") == {"n": 50}


async def test_claim_behaves_as_update_when_nobody_else_holds_the_row(store: Store) -> None:
    assert await store.claim("ns", "row", lambda found: {"owner": "me"}) == {"owner": "me"}
    assert await store.claim("ns", "row", lambda found: None) is None
    assert await store.get("ns", "row") == {"owner": "me"}


async def test_of_two_stores_claiming_the_same_rows_each_row_goes_to_one(
    shared: None, opener: Callable[[], Store]
) -> None:
    stores = [opener(), opener()]
    keys = [f"row-{n}" for n in range(20)]

    async def claim(store: Store, key: str) -> bool:
        def take(found: Json | None) -> Json | None:
            return {"owner": store.instance_id} if found is None else None

        return await store.claim("ns", key, take) is not None

    wins = await asyncio.gather(*(claim(s, key) for key in keys for s in stores for _ in range(3)))

    per_key = [sum(wins[i * 6 : i * 6 + 6]) for i in range(len(keys))]
    assert per_key == [1] * len(keys)
    owners = {v["owner"] for _, v in await stores[0].scan("ns")}
    assert owners <= {stores[0].instance_id, stores[1].instance_id}


async def test_delete_removes_the_record_for_good(store: Store) -> None:
    await store.put("ns", "k", {"secret": "hemmelig-sak"})

    assert await store.delete("ns", "k") is True
    assert await store.delete("ns", "k") is False
    assert await store.get("ns", "k") is None
    assert await store.scan("ns") == []
    assert await store.put_if_absent("ns", "k", {"fresh": True}) is True


async def test_a_team_link_is_read_back_and_a_relink_replaces_it(store: Store) -> None:
    assert await store.kommune_for("team:1") is None
    await store.link("team:1", "valer", "aad-koordinator")
    await store.link("team:2", "gjesdal", "aad-koordinator")
    await store.link("team:1", "jevnaker", "aad-admin")

    assert await store.kommune_for("team:1") == "jevnaker"
    assert await store.links() == {"team:1": "jevnaker", "team:2": "gjesdal"}


async def test_a_link_made_by_one_instance_holds_on_another(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = opener(), opener()
    assert await second.kommune_for("team:1") is None
    await first.link("team:1", "valer", "aad-koordinator")

    assert await second.kommune_for("team:1") == "valer"
    await second.link("team:1", "gjesdal", "aad-koordinator")
    assert await first.kommune_for("team:1") == "gjesdal"


async def test_read_many_gives_every_record_and_link_asked_for_and_none_for_the_absent(
    store: Store,
) -> None:
    await store.put("roster", "aad-1", {"name": "Kari Testesen"})
    await store.put("user_kommune", "aad-1", {"kommune": "gjesdal"})
    await store.put("elsewhere", "aad-2", {"name": "no"})
    await store.link("conv:a", "valer", "aad-koordinator")

    reading = await store.read_many(
        [("roster", "aad-1"), ("user_kommune", "aad-1"), ("roster", "aad-2")],
        ["conv:a", "team:none"],
    )

    assert reading.records == {
        ("roster", "aad-1"): {"name": "Kari Testesen"},
        ("user_kommune", "aad-1"): {"kommune": "gjesdal"},
        ("roster", "aad-2"): None,
    }
    assert reading.links == {"conv:a": "valer", "team:none": None}
    nothing = await store.read_many()
    assert (nothing.records, nothing.links) == ({}, {})
    twice = await store.read_many([("roster", "aad-1")] * 2, ["conv:a", "conv:a"])
    assert (len(twice.records), twice.links) == (1, {"conv:a": "valer"})


async def test_read_many_takes_more_keys_than_one_sqlite_statement_joins(store: Store) -> None:
    """The outbox asks for every key of a fan-out at once: 1,000 channel posts used to fail on
    SQLite with «too many terms in compound SELECT» (its limit is 500)."""
    await store.put("ledger", "k-0777", {"state": "sent"})
    await store.link("conv:0333", "jevnaker", "aad-koordinator")
    keys = [("ledger", f"k-{n:04d}") for n in range(1_000)]
    links = [f"conv:{n:04d}" for n in range(600)]

    reading = await store.read_many(keys, links)

    assert len(reading.records) == 1_000 and len(reading.links) == 600
    assert reading.records[("ledger", "k-0777")] == {"state": "sent"}
    assert [k for k, v in reading.records.items() if v is not None] == [("ledger", "k-0777")]
    assert {k: v for k, v in reading.links.items() if v is not None} == {"conv:0333": "jevnaker"}


async def test_read_many_sees_what_another_instance_wrote_a_moment_ago(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = opener(), opener()
    assert (await second.read_many([("ns", "k")], ["team:1"])).links == {"team:1": None}

    await first.put("ns", "k", {"v": 1})
    await first.link("team:1", "valer", "aad-koordinator")

    reading = await second.read_many([("ns", "k")], ["team:1"])
    assert (reading.records, reading.links) == ({("ns", "k"): {"v": 1}}, {"team:1": "valer"})


async def test_references_keep_their_kommune_and_follow_a_relink_by_prefix(store: Store) -> None:
    ref = {"conversation": {"id": "19:a"}, "serviceUrl": "https://smba.example/"}
    await store.save_reference("team:1", "team", ref, "valer")
    await store.save_reference("team:1:channel:x", "channel", ref, "valer")
    await store.save_reference("team:10", "team", ref, "valer")
    await store.save_reference("user:a", "personal", ref)
    await store.save_reference("team:1", "team", {**ref, "new": 1})  # no kommune: kept

    assert await store.reference("team:1") == {**ref, "new": 1}
    assert await store.reference("nowhere") is None
    await store.relabel_references("team:1:", "gjesdal")

    assert [(k, kind, kommune) for k, kind, kommune, _ in await store.references()] == [
        ("team:1", "team", "valer"),
        ("team:10", "team", "valer"),  # code-point order: "0" before ":"
        ("team:1:channel:x", "channel", "gjesdal"),
        ("user:a", "personal", None),
    ]
    assert [k for k, *_ in await store.references("channel")] == ["team:1:channel:x"]


async def test_an_open_store_is_alive_and_a_closed_one_is_not(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = opener(), opener()
    assert first.instance_id.isalnum() and first.instance_id != second.instance_id
    assert await first.is_alive(first.instance_id) is True
    assert await first.is_alive(second.instance_id) is True
    gone = second.instance_id
    await second.close()

    assert await first.is_alive(gone) is False
    assert await first.is_alive("nobody") is False
    assert await first.is_alive("../../etc/passwd") is False


async def test_records_outlive_the_store_that_wrote_them(
    shared: None, opener: Callable[[], Store]
) -> None:
    first = opener()
    await first.put("ns", "k", {"v": 1})
    await first.link("team:1", "valer", "x")
    await first.close()

    again = opener()
    assert await again.get("ns", "k") == {"v": 1}
    assert await again.kommune_for("team:1") == "valer"


async def test_update_many_reads_writes_and_deletes_several_rows_at_once(store: Store) -> None:
    await store.put("a", "one", {"n": 1})
    await store.put("b", "gone", {"n": 9})

    def decide(found: dict[tuple[str, str], Json | None]) -> dict[tuple[str, str], Json | None]:
        assert found == {("a", "one"): {"n": 1}, ("b", "two"): None, ("b", "gone"): {"n": 9}}
        return {("a", "one"): {"n": 2}, ("b", "two"): {"n": 3}, ("b", "gone"): None}

    after = await store.update_many([("a", "one"), ("b", "two"), ("b", "gone")], decide)

    assert after == {("a", "one"): {"n": 2}, ("b", "two"): {"n": 3}, ("b", "gone"): None}
    assert await store.get("a", "one") == {"n": 2} and await store.get("b", "two") == {"n": 3}
    assert await store.get("b", "gone") is None


async def test_update_many_leaves_rows_it_does_not_return_and_absent_rows_absent(
    store: Store,
) -> None:
    await store.put("a", "kept", {"n": 1})

    after = await store.update_many([("a", "kept"), ("a", "absent")], lambda found: {})

    assert after == {("a", "kept"): {"n": 1}, ("a", "absent"): None}
    assert await store.scan("a") == [("kept", {"n": 1})]


async def test_update_many_writes_nothing_when_the_decision_fails(store: Store) -> None:
    await store.put("a", "one", {"n": 1})

    def refuse(found: dict[tuple[str, str], Json | None]) -> dict[tuple[str, str], Json | None]:
        raise LookupError("no")

    with pytest.raises(LookupError):
        await store.update_many([("a", "one"), ("a", "two")], refuse)
    with pytest.raises(ValueError, match="only write the rows it read"):
        await store.update_many([("a", "one")], lambda found: {("a", "other"): {"n": 5}})

    assert await store.scan("a") == [("one", {"n": 1})]


async def test_update_many_and_update_from_two_stores_lose_no_step(
    shared: None, opener: Callable[[], Store]
) -> None:
    """Two rows counted together by one store, one of them also alone by the other: the
    rows start absent, so the lock on an absent row is what keeps every step."""
    stores = [opener(), opener()]

    def both(found: dict[tuple[str, str], Json | None]) -> dict[tuple[str, str], Json | None]:
        return {row: {"n": (value or {}).get("n", 0) + 1} for row, value in found.items()}

    def one(found: Json | None) -> Json:
        return {"n": (found or {}).get("n", 0) + 1}

    rows = [("ns", "x"), ("ns", "y")]
    await asyncio.gather(
        *(stores[0].update_many(rows if i % 2 else rows[::-1], both) for i in range(20)),
        *(stores[1].update("ns", "y", one) for _ in range(20)),
    )

    assert await stores[0].get("ns", "x") == {"n": 20}
    assert await stores[0].get("ns", "y") == {"n": 40}
