"""A lean fake Bot Connector for load runs, on loopback, optionally enforcing Teams' limits.

``tests/auxil/connector.py`` is the one tests use: it records every request for assertions.
This one is built for volume: a reply resolves the future of the activity it answers (the
driver counts a turn done when its reply has arrived), counters replace recordings, and
with ``enforce_limits`` it answers like Teams does past the per-bot limits: 429 with a
``Retry-After``. The limits are the ones the sender keeps to (``bot/teams/sender.py``).
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence

from aiohttp import web

from bot.teams.sender import CREATE_CONVERSATION_WINDOWS, GLOBAL_WINDOWS, PER_THREAD_WINDOWS

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"


class SlidingLimits:
    """Teams' sliding windows: per thread (conversation, or a user for 1:1 creation) and global."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._threads: dict[str, deque[float]] = defaultdict(deque)
        self._global: deque[float] = deque()
        self.throttled = 0

    def admit(self, thread: str, windows: Sequence[tuple[float, int]]) -> float:
        """0 when the operation is allowed (and recorded); else seconds until it would be."""
        now = self._clock()
        entries = self._threads[thread]
        wait = max(_wait(entries, windows, now), _wait(self._global, GLOBAL_WINDOWS, now))
        if wait > 0:
            self.throttled += 1
            return wait
        entries.append(now)
        self._global.append(now)
        return 0.0


def _wait(entries: deque[float], windows: Sequence[tuple[float, int]], now: float) -> float:
    longest = max(period for period, _ in windows)
    while entries and entries[0] <= now - longest:
        entries.popleft()
    wait = 0.0
    for period, limit in windows:
        if len(entries) >= limit:  # the limit-th most recent must have left the window
            wait = max(wait, entries[-limit] + period - now)
    return wait


class BenchConnector:
    def __init__(self, *, enforce_limits: bool = False) -> None:
        self.limits = SlidingLimits() if enforce_limits else None
        self.replies = 0
        self.replies_with_card = 0
        self.posted: Counter[tuple[str, str]] = Counter()  # (conversation, text) → times
        self.created: Counter[str] = Counter()  # member id → create_conversation calls
        self.accepted_times: list[float] = []
        self._waiting: dict[str, asyncio.Future[None]] = {}
        self._ids = 0
        self._runner: web.AppRunner | None = None
        self.url = ""

    # --- what the driver uses --------------------------------------------------------------

    def expect(self, activity_id: str) -> asyncio.Future[None]:
        """A future that resolves when the reply to ``activity_id`` arrives."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[activity_id] = future
        return future

    def forget(self, activity_id: str) -> None:
        self._waiting.pop(activity_id, None)

    @property
    def throttled(self) -> int:
        return self.limits.throttled if self.limits else 0

    async def start(self) -> BenchConnector:
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._reply)
        app.router.add_post("/v3/conversations/{cid}/activities", self._post)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._update)
        app.router.add_post("/v3/conversations", self._create)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- the routes ------------------------------------------------------------------------

    def _next_id(self) -> str:
        self._ids += 1
        return f"activity-{self._ids}"

    def _throttle(self, thread: str, windows: Sequence[tuple[float, int]]) -> web.Response | None:
        if self.limits is None:
            return None
        wait = self.limits.admit(thread, windows)
        if wait <= 0:
            self.accepted_times.append(time.monotonic())
            return None
        return web.json_response(
            {"error": {"code": "Throttled", "message": "Too many requests"}},
            status=429,
            headers={"Retry-After": str(max(1, math.ceil(wait)))},  # whole seconds, as Teams
        )

    async def _reply(self, request: web.Request) -> web.Response:
        """A reply in a turn resolves its waiter; proactive posts also arrive with an id here
        (``continue_conversation`` replies to its continuation event) and count as posts."""
        future = self._waiting.pop(request.match_info["aid"], None)
        if future is None:
            return await self._post(request)
        body = await request.read()
        self.replies += 1
        if CARD_CONTENT_TYPE.encode() in body:
            self.replies_with_card += 1
        if not future.done():
            future.set_result(None)
        return web.json_response({"id": self._next_id()})

    async def _post(self, request: web.Request) -> web.Response:
        conversation = request.match_info["cid"].split(";", 1)[0]
        refused = self._throttle(f"conv:{conversation}", PER_THREAD_WINDOWS)
        if refused is not None:
            return refused
        activity = json.loads(await request.read())
        self.posted[(conversation, str(activity.get("text") or activity.get("summary")))] += 1
        return web.json_response({"id": self._next_id()})

    async def _update(self, request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({"id": request.match_info["aid"]})

    async def _create(self, request: web.Request) -> web.Response:
        parameters = json.loads(await request.read())
        member = str((parameters.get("members") or [{}])[0].get("id"))
        refused = self._throttle(f"create:{member}", CREATE_CONVERSATION_WINDOWS)
        if refused is not None:
            return refused
        self.created[member] += 1
        # Teams answers with the existing 1:1 chat when there is one: the id is the user's.
        return web.json_response({"id": f"a:personal-{member}"})
