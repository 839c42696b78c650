"""Latency at a fixed offered load: requests start on a clock, not when earlier ones finish.

A closed loop (16 always in flight) slows its own arrivals when the bot slows down, so it
hides queueing. Here request *i* is due at ``start + i / rate`` whether or not earlier ones
are done ("open loop"), and its latency counts from when it was due until its reply has
reached the fake connector — time spent waiting behind a slow turn is in the number
(no coordinated omission). Used by :mod:`bench.turns` at 200 requests/s.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import aiohttp

from bench.connector import BenchConnector
from bench.stats import cpu_seconds

REPLY_TIMEOUT = 10.0
JSON_HEADERS = {"Content-Type": "application/json"}


async def turn_answered(
    session: aiohttp.ClientSession, url: str, body: str, arrived: asyncio.Future[None]
) -> bool:
    """Post one activity; True when it was accepted and its reply reached the connector."""
    try:
        async with session.post(url, data=body, headers=JSON_HEADERS) as response:
            await response.read()
            if response.status not in (200, 201):
                return False
        await asyncio.wait_for(arrived, REPLY_TIMEOUT)
    except (aiohttp.ClientError, TimeoutError):
        return False
    return True


CONVERSATIONS = 16
"""Distinct chats the load comes from (one user each), as in the closed loop."""


async def drive_open(
    url: str,
    connector: BenchConnector,
    *,
    rate: float,
    seconds: float,
    first_id: int,
    pid: int | None,
    questions: tuple[str, ...],
    message: Any,
) -> tuple[list[float], int, float]:
    """Offer ``rate`` requests/s for ``seconds``; (latencies, errors, bot CPU seconds)."""
    count = max(1, int(rate * seconds))
    latencies: list[float] = []
    errors = 0

    async def one(session: aiohttp.ClientSession, number: int, due: float) -> None:
        nonlocal errors
        activity_id = f"open-{first_id + number}"
        text = questions[number % len(questions)]
        body = json.dumps(message(text, connector.url, activity_id, number % CONVERSATIONS))
        ok = await turn_answered(session, url, body, connector.expect(activity_id))
        if ok:
            latencies.append(time.perf_counter() - due)
        else:
            errors += 1
            connector.forget(activity_id)

    limits = aiohttp.TCPConnector(limit=0)  # no cap: an open loop never waits for a slot
    timeout = aiohttp.ClientTimeout(total=REPLY_TIMEOUT)
    async with aiohttp.ClientSession(connector=limits, timeout=timeout) as session:
        cpu_before = cpu_seconds(pid) if pid else 0.0
        start = time.perf_counter() + 0.05
        tasks = []
        for number in range(count):
            due = start + number / rate
            pause = due - time.perf_counter()
            if pause > 0:
                await asyncio.sleep(pause)
            tasks.append(asyncio.create_task(one(session, number, due)))
        await asyncio.gather(*tasks)
        cpu = (cpu_seconds(pid) - cpu_before) if pid else 0.0
    return latencies, errors, cpu
