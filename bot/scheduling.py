"""The scheduler: every runner's ``tick(now)`` every few minutes, and once at start-up (the
catch-up after downtime); one failed tick is logged and the next runs anyway."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock
from bot.teams.sender import Delivery

log = logging.getLogger(__name__)

TICK_MINUTES = 5


class Ticking(Protocol):
    async def tick(self, now: dt.datetime) -> list[Delivery]: ...


def start_scheduler(runners: dict[str, Ticking], clock: Clock) -> AsyncIOScheduler:
    """Run each runner's tick every few minutes, and once right away (the start-up catch-up).

    Jobs are named by key, so scheduling again (e.g. after a knowledge reload) replaces them.
    """
    scheduler = AsyncIOScheduler(timezone="Europe/Oslo")
    for name, runner in runners.items():
        scheduler.add_job(
            _shielded(name, runner, clock),
            IntervalTrigger(minutes=TICK_MINUTES),
            id=f"{name}.tick",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=TICK_MINUTES * 60,  # a busy start must not skip the catch-up
            next_run_time=dt.datetime.now(dt.UTC),
        )
    scheduler.start()
    return scheduler


def _shielded(name: str, runner: Ticking, clock: Clock) -> Callable[[], Awaitable[None]]:
    async def tick() -> None:
        try:
            await runner.tick(clock.now())
        except Exception as exc:  # one failed tick must not stop the next
            log.error("%s tick failed: %s", name, type(exc).__name__)

    return tick
