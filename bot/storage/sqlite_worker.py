"""The one thread a SQLite store runs its database calls on, off the event loop.

A queue and ``call_soon_threadsafe`` rather than ``run_in_executor``: half the event loop's
time per call (bench/store.py), which every turn pays.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any, TypeVar

T = TypeVar("T")


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class Worker(threading.Thread):
    """One thread that runs database calls in order and hands each result back to its loop.

    A queue and ``call_soon_threadsafe`` rather than ``run_in_executor``: half the event
    loop's time per call (bench/store.py), which every turn pays.
    """

    def __init__(self) -> None:
        super().__init__(name="sqlite", daemon=True)
        self._calls: queue.SimpleQueue[
            tuple[asyncio.AbstractEventLoop, asyncio.Future[Any], Callable[[], Any]] | None
        ] = queue.SimpleQueue()

    def run(self) -> None:
        while (item := self._calls.get()) is not None:
            loop, future, call = item
            result, error = None, None
            try:
                result = call()
            except BaseException as exc:  # handed to the awaiting coroutine
                error = exc
            with suppress(RuntimeError):  # a closed loop: nobody is waiting any more
                loop.call_soon_threadsafe(_settle, future, result, error)

    def submit(self, call: Callable[[], T]) -> asyncio.Future[T]:
        """Queue ``call``; the thread starts with the first (a store never used costs none)."""
        if self.ident is None:
            self.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._calls.put((loop, future, call))
        return future

    def stop(self) -> None:
        self._calls.put(None)
