"""One shape for scheduled work: a JobQueue over APScheduler (python-telegram-bot's model).

A :class:`Job` has a name, a trigger (when it runs) and ``due(now, ctx)``, which only says
what is due — the queue hands that to the one sender, whose ledger keeps every idempotency
key at most once. So a job may run as often as it likes: what went out never goes again.

Three things live here once instead of in every job:

- the error path: a job that raises is logged (its name and the exception's type, never a
  message text) and the other jobs still run; the scheduler never dies of it;
- catch-up after downtime: when the scheduler starts — at start-up, and when this process
  takes the scheduler lease over (bot/leadership.py) — every job runs once right away for
  whatever is still due;
- sending: the queue sends what ``due`` returns, through the one sender.

Features register their jobs (``register_jobs(queue)`` in the feature); the context a job
gets reads the knowledge through one reference, so a reload swaps that and nothing else.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger

from bot.clock import Clock
from bot.outbox.items import Delivery, Item
from bot.storage.snapshot import one_reading
from bot.work_calendar import WorkCalendar

log = logging.getLogger(__name__)

TICK_MINUTES = 5
"""How often, within working hours, jobs look for what is due."""
CATCH_UP = "catch-up"

C = TypeVar("C")
C_contra = TypeVar("C_contra", contravariant=True)


class Job(Protocol[C_contra]):
    """Scheduled work: when it runs, and what is due at a moment — messages and calendar
    changes for the outbox (it sends nothing and calls no service itself)."""

    @property
    def name(self) -> str: ...

    @property
    def trigger(self) -> BaseTrigger: ...

    async def due(self, now: dt.datetime, ctx: C_contra) -> Sequence[Item]: ...


class Sending(Protocol):
    """The one outbox (bot/outbox/): ledger, retries, rate limits, every carrier."""

    async def send_many(self, items: Iterable[Item]) -> list[Delivery]: ...


def working_hours(calendar: WorkCalendar, minutes: int = TICK_MINUTES) -> CronTrigger:
    """Every few minutes, Monday to Friday, from the calendar's start to its end hour, on
    its wall clock (Europe/Oslo: the hours stay put across summer time). Holidays and the
    minutes past the end are the job's to skip (``due`` returns nothing then)."""
    return CronTrigger(
        day_of_week="mon-fri",
        hour=f"{calendar.work_start.hour}-{calendar.work_end.hour}",
        minute=f"*/{minutes}",
        timezone=calendar.tz,
    )


class JobQueue(Generic[C]):
    """Registered jobs, run on their triggers by an AsyncIOScheduler while this process holds
    the scheduler lease; ``run`` runs them directly (tests, with a controlled clock)."""

    def __init__(self, ctx: C, sender: Sending, clock: Clock) -> None:
        self.ctx = ctx
        self.sender = sender
        self.clock = clock
        self._jobs: dict[str, Job[C]] = {}
        self._running: dict[str, asyncio.Lock] = {}
        self.scheduler: AsyncIOScheduler | None = None

    def register(self, job: Job[C]) -> None:
        """Add a job; jobs run in the order registered (a later one may rely on an earlier
        one's side effect, e.g. the calendar event before the call that links to it)."""
        if job.name in self._jobs or job.name == CATCH_UP:
            raise ValueError(f"a job named {job.name!r} is registered already")
        self._jobs[job.name] = job
        self._running[job.name] = asyncio.Lock()

    @property
    def names(self) -> list[str]:
        return list(self._jobs)

    def job(self, name: str) -> Job[C]:
        return self._jobs[name]

    async def run(self, now: dt.datetime, *names: str) -> list[Delivery]:
        """Run the named jobs (a name also picks ``name.*``; none: all) once at ``now`` and
        send what they say is due. Errors propagate: for tests and tools, not the scheduler."""
        deliveries: list[Delivery] = []
        for job in self._selected(names):
            deliveries += await self._run_one(job, now)
        return deliveries

    async def _run_one(self, job: Job[C], now: dt.datetime) -> list[Delivery]:
        with one_reading():  # each namespace read once for all kommuner (bot/storage/snapshot.py)
            outgoing = await job.due(now, self.ctx)
        if not outgoing:
            return []
        deliveries = await self.sender.send_many(outgoing)
        sent = sum(1 for d in deliveries if d.state == "sent")
        log.info("%s: %d due, %d sent now", job.name, len(outgoing), sent)
        return deliveries

    async def run_shielded(self, job: Job[C]) -> None:
        """The one error path: a failing job is logged without message text; others go on.

        One run of a job at a time (the catch-up and its trigger may meet), as before."""
        async with self._running[job.name]:
            try:
                await self._run_one(job, self.clock.now())
            except Exception as exc:  # one failed run must not stop the next, nor other jobs
                log.error("job %s failed: %s", job.name, type(exc).__name__)

    async def catch_up(self) -> None:
        """Every job once, for whatever fell due while no scheduler ran here."""
        for job in self._jobs.values():
            await self.run_shielded(job)

    def start(self) -> AsyncIOScheduler:
        """Schedule every job on its trigger and the catch-up right away (called at start-up
        and on taking the lease over: both are «after downtime»)."""
        scheduler = AsyncIOScheduler(timezone="Europe/Oslo")
        scheduler.add_job(
            self.catch_up,
            DateTrigger(dt.datetime.now(dt.UTC)),
            id=CATCH_UP,
            misfire_grace_time=None,  # a busy start must not skip the catch-up
        )
        for job in self._jobs.values():
            scheduler.add_job(
                self.run_shielded,
                job.trigger,
                args=(job,),
                id=job.name,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=TICK_MINUTES * 60,
            )
        scheduler.start()
        self.scheduler = scheduler
        return scheduler

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None

    def _selected(self, names: tuple[str, ...]) -> list[Job[C]]:
        if not names:
            return list(self._jobs.values())
        unknown = [n for n in names if not any(_matches(j, n) for j in self._jobs)]
        if unknown:
            raise KeyError(f"no job named {', '.join(unknown)}")
        return [job for name, job in self._jobs.items() if any(_matches(name, n) for n in names)]


def _matches(job_name: str, wanted: str) -> bool:
    return job_name == wanted or job_name.startswith(wanted + ".")
