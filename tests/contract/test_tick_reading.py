"""A tick's one reading (bot/storage/snapshot.py) on every backend: what a job reads through
the repositories while ``one_reading`` is active — each namespace read once for all kommuner
— must be what it would have read record by record, its own writes included."""

from __future__ import annotations

from collections.abc import Callable

from bot.storage import Repositories
from bot.storage.outbox import SENT, OutboxEntry
from bot.storage.protocol import Store
from bot.storage.records import Mark, Stamp, TiltakRecord
from bot.storage.snapshot import one_reading
from bot.storage.tiltak import TILTAK_JSON, TiltakAnswers


def _answer(status: str) -> TiltakRecord:
    return TILTAK_JSON.read({"status": status, "by": "Ola Prøve", "at": "2026-03-02"})


async def test_a_kommune_without_data_and_one_whose_id_starts_another(repos: Repositories) -> None:
    await repos.tiltak_answers.put("oslo:T1:2026-03-01", _answer("done"))
    await repos.deadlines.set("oslo", "T2", "2026-05-01", Stamp("a", "2026-01-01"))
    outside = {k: await repos.tiltak_answers.in_kommune(k) for k in ("os", "oslo", "tom")}
    with one_reading():
        inside = {k: await repos.tiltak_answers.in_kommune(k) for k in ("os", "oslo", "tom")}
        assert await repos.deadlines.in_kommune("os") == {}
        assert await repos.deadlines.in_kommune("oslo") == {"T2": "2026-05-01"}
        assert await repos.plan_periods.extra_years("tom") == 0
        assert await repos.reminded.get("nothing:here") is None
    assert inside == outside
    assert [k for k, _ in inside["oslo"]] == ["oslo:T1:2026-03-01"]
    assert inside["os"] == [] and inside["tom"] == []


async def test_the_jobs_own_writes_are_read_back_in_order(repos: Repositories) -> None:
    await repos.nudges.add("k1:T3:2026-03-02:b", Stamp("a", "2026-03-02T09:00"))
    with one_reading():
        assert [k for k, _, _ in await repos.nudges.in_kommune("k1")] == ["k1:T3:2026-03-02:b"]
        await repos.nudges.add("k1:T1:2026-03-02:a", Stamp("a", "2026-03-02T10:00"))
        await repos.nudges.add("k1:T9:2026-03-02:c", Stamp("a", "2026-03-02T10:00"))
        await repos.nudges.done("k1:T3:2026-03-02:b")
        await repos.reminded.put("r:k1:T1", Mark("2026-03-02", "reminder:k1:2026-03-02:x"))
        seen = await repos.nudges.in_kommune("k1")
        assert [(k, done) for k, _, done in seen] == [
            ("k1:T1:2026-03-02:a", False),
            ("k1:T3:2026-03-02:b", True),
            ("k1:T9:2026-03-02:c", False),
        ]
        mark = await repos.reminded.get("r:k1:T1")
        assert mark is not None and mark.message == "reminder:k1:2026-03-02:x"
    # and the database has them, as read outside any reading
    assert [(k, d) for k, _, d in await repos.nudges.in_kommune("k1")] == [
        (k, d) for k, _, d in seen
    ]


async def test_another_instances_write_waits_for_the_next_tick(
    opener: Callable[[], Store], shared: None
) -> None:
    # The other instance's process has no tick running: its repository over the bare store.
    job, other = Repositories.over(opener()), TiltakAnswers(opener())
    with one_reading():  # one tick
        assert await job.tiltak_answers.in_kommune("k1") == []
        await other.put("k1:T1:2026-03-01", _answer("done"))  # a click meanwhile
        assert await job.tiltak_answers.in_kommune("k1") == []
    with one_reading():  # the next tick
        found = await job.tiltak_answers.in_kommune("k1")
    assert [k for k, _ in found] == ["k1:T1:2026-03-01"]


async def test_the_ledger_is_never_read_from_the_tick(
    opener: Callable[[], Store], shared: None
) -> None:
    job, other = Repositories.over(opener()), Repositories.over(opener())
    with one_reading():
        assert await job.outbox.get("reminder:k1:2026-03-02:x") is None
        await other.outbox.put(OutboxEntry("reminder:k1:2026-03-02:x", "reminder", SENT))
        found = await job.outbox.get("reminder:k1:2026-03-02:x")
        many = await job.outbox.many(["reminder:k1:2026-03-02:x", "absent"])
    assert found is not None and found.state == SENT
    assert list(many) == ["reminder:k1:2026-03-02:x"]
