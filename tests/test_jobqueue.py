"""The job queue (bot/jobqueue.py): one error path, one catch-up, jobs on their triggers.

Jobs here are small recording classes; the sender records what it is handed. The triggers
are the features' own (registered by ``register_jobs``), checked on the Oslo wall clock
across both summer-time changes, and one runs for real on APScheduler under time-machine.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path

import pytest
import time_machine
from apscheduler.triggers.base import BaseTrigger

from bot.clock import OSLO, FixedClock, SystemClock
from bot.features.meetings import jobs as meeting_jobs
from bot.features.reply import Reply
from bot.features.tiltak import jobs as tiltak_jobs
from bot.jobqueue import JobQueue, working_hours
from bot.leadership import FileLease, Leadership
from bot.teams.sender import Delivery, Outgoing
from bot.work_calendar import DEFAULT_CALENDAR

SECRET = "Kari Testesen har rusbekymring"  # a message text that must never reach a log


class RecordingSender:
    """Keeps what the queue hands over; every item «sent»."""

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []

    async def send_many(self, items: Iterable[Outgoing]) -> list[Delivery]:
        items = list(items)
        self.sent += items
        return [Delivery(o.key, "sent") for o in items]


class Recording:
    """A job that says one message is due each run and remembers when it ran."""

    def __init__(self, name: str, trigger: BaseTrigger | None = None) -> None:
        self.name = name
        self.trigger = trigger or working_hours(DEFAULT_CALENDAR)
        self.runs: list[dt.datetime] = []

    async def due(self, now: dt.datetime, ctx: None) -> list[Outgoing]:
        self.runs.append(now)
        return [
            Outgoing(
                key=f"{self.name}:{now.isoformat()}",
                reply=Reply(SECRET),
                kind="test",
                conversation={"id": "19:slt"},
            )
        ]


class Failing(Recording):
    async def due(self, now: dt.datetime, ctx: None) -> list[Outgoing]:
        self.runs.append(now)
        raise RuntimeError(SECRET)


def queue_of(
    *jobs: Recording, at: dt.datetime | None = None
) -> tuple[JobQueue[None], RecordingSender]:
    sender = RecordingSender()
    clock = FixedClock(at) if at else SystemClock()
    queue: JobQueue[None] = JobQueue(None, sender, clock)
    for job in jobs:
        queue.register(job)
    return queue, sender


MONDAY = dt.datetime(2027, 3, 29, 9, 5, tzinfo=OSLO)


async def test_a_job_that_raises_is_logged_without_its_text_and_the_others_still_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken, fine = Failing("broken"), Recording("fine")
    queue, sender = queue_of(broken, fine, at=MONDAY)
    with caplog.at_level(logging.INFO):
        await queue.catch_up()
        await queue.catch_up()  # and the next round runs again: nothing died
    assert len(broken.runs) == len(fine.runs) == 2
    assert [o.key for o in sender.sent] == [f"fine:{MONDAY.isoformat()}"] * 2
    assert "job broken failed: RuntimeError" in caplog.text
    assert SECRET not in caplog.text


async def test_a_job_name_is_registered_once() -> None:
    queue, _ = queue_of(Recording("tiltak"))
    with pytest.raises(ValueError):
        queue.register(Recording("tiltak"))


async def test_run_picks_a_feature_by_its_prefix_and_lets_errors_through() -> None:
    calls, calendar, tiltak = (
        Recording("meetings.calls"),
        Recording("meetings.calendar"),
        Recording("tiltak"),
    )
    queue, _ = queue_of(calendar, calls, tiltak)
    await queue.run(MONDAY, "meetings")
    assert (len(calendar.runs), len(calls.runs), len(tiltak.runs)) == (1, 1, 0)
    with pytest.raises(KeyError):
        await queue.run(MONDAY, "meeting")
    broken_queue, _ = queue_of(Failing("broken"))
    with pytest.raises(RuntimeError):  # tests and tools see the error; only the scheduler shields
        await broken_queue.run(MONDAY)


async def until(condition: object, what: str, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if callable(condition) and condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"waited {seconds} s for {what}")


async def test_the_catch_up_runs_once_at_start_and_once_when_a_standby_takes_over(
    tmp_path: Path,
) -> None:
    """Two processes on one data folder: the first runs every job once as it starts; the
    second stands by without running anything, and runs every job once as it takes over."""
    lock = tmp_path / "db.scheduler-lock"
    first_job, second_job = Recording("tiltak"), Recording("tiltak")
    first, _ = queue_of(first_job)
    second, _ = queue_of(second_job)
    leader = Leadership(FileLease(lock), first.start, first.stop, retry_seconds=0.05)
    standby = Leadership(FileLease(lock), second.start, second.stop, retry_seconds=0.05)
    await leader.begin()
    await standby.begin()
    try:
        await until(lambda: len(first_job.runs) == 1, "the catch-up at start")
        await asyncio.sleep(0.2)
        assert (len(first_job.runs), len(second_job.runs)) == (1, 0)
        assert standby.state == "standby"

        await leader.end()  # the leader stops: its lease frees
        await until(lambda: standby.state == "running", "the takeover")
        await until(lambda: len(second_job.runs) == 1, "the catch-up on takeover")
        await asyncio.sleep(0.2)
        assert (len(first_job.runs), len(second_job.runs)) == (1, 1)
    finally:
        await standby.end()
        await leader.end()


def fires(trigger: BaseTrigger, after: dt.datetime, count: int) -> list[dt.datetime]:
    """The trigger's next ``count`` fire times after ``after``, on the Oslo wall clock."""
    times: list[dt.datetime] = []
    previous = None
    now = after
    for _ in range(count):
        nxt = trigger.get_next_fire_time(previous, now)
        assert nxt is not None
        times.append(nxt.astimezone(OSLO))
        previous, now = nxt, nxt + dt.timedelta(seconds=1)
    return times


@pytest.mark.parametrize(
    ("friday_evening", "monday_first_utc"),
    [
        # summer time starts Sunday 28 March 2027: 08:00 on Monday is 06:00 UTC (was 07:00)
        (
            dt.datetime(2027, 3, 26, 15, 51, tzinfo=OSLO),
            dt.datetime(2027, 3, 29, 6, 0, tzinfo=dt.UTC),
        ),
        # and ends Sunday 31 October 2027: 08:00 on Monday is 07:00 UTC again
        (
            dt.datetime(2027, 10, 29, 15, 51, tzinfo=OSLO),
            dt.datetime(2027, 11, 1, 7, 0, tzinfo=dt.UTC),
        ),
    ],
)
def test_the_features_jobs_run_on_the_oslo_working_clock_across_summer_time(
    friday_evening: dt.datetime, monday_first_utc: dt.datetime
) -> None:
    """Registered by the features themselves: every five minutes from 08:00 on working days
    (the holidays are the job's to skip), at the same wall-clock time on both sides."""
    queue, _ = queue_of()
    meeting_jobs.register_jobs(queue)  # type: ignore[arg-type]
    tiltak_jobs.register_jobs(queue)  # type: ignore[arg-type]
    assert queue.names == ["meetings.calendar", "meetings.calls", "tiltak"]
    for name in queue.names:
        trigger = queue.job(name).trigger
        friday_last, monday_first, monday_second = fires(trigger, friday_evening, 3)
        assert friday_last.time() == dt.time(15, 55) and friday_last.weekday() == 4
        assert monday_first == monday_first_utc
        assert monday_first.time() == dt.time(8, 0) and monday_first.weekday() == 0
        assert monday_second - monday_first == dt.timedelta(minutes=5)


async def test_a_job_runs_on_its_trigger_on_the_morning_after_summer_time_begins() -> None:
    """The real scheduler, its clock moved to two seconds before 08:00 on Monday 29 March
    2027 (the first working morning of summer time): the catch-up runs at once, then the
    trigger fires at 08:00 Oslo time, which is 06:00 UTC."""
    job = Recording("tiltak")
    queue, sender = queue_of(job)  # the system clock, which time-machine moves
    with time_machine.travel(dt.datetime(2027, 3, 29, 7, 59, 58, tzinfo=OSLO), tick=True):
        queue.start()
        try:
            await until(lambda: len(job.runs) == 2, "the 08:00 run", seconds=6)
        finally:
            queue.stop()
    catch_up, on_trigger = job.runs
    assert catch_up < dt.datetime(2027, 3, 29, 6, 0, tzinfo=dt.UTC) <= on_trigger
    assert on_trigger - dt.datetime(2027, 3, 29, 6, 0, tzinfo=dt.UTC) < dt.timedelta(seconds=2)
    assert len(sender.sent) == 2
