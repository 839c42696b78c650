"""The service as a process: bind the port, then start the scheduler; stop on SIGTERM.

The order matters. The port is bound first: a second instance started by mistake on a port
in use stops with one line (:class:`BindError`) before anything is scheduled or sent.
"listening" is logged only once the socket accepts connections. The scheduler starts last
(:func:`bot.server.start_scheduler_if_free`), and only in the process holding the data
folder's scheduler lock.

SIGTERM and SIGINT stop the service gracefully (:func:`bot.server._lifecycle` says what
finishes and how long each part may take, together under 10 s). After the event loop has
closed, everything still alive is frozen out of garbage collection: the interpreter's
teardown would otherwise collect the whole heap (knowledge, botbuilder's models) again and
again as modules are cleared, which took most of the time an idle service needed to exit
(0.5–2 s measured on a busy two-core machine, more on a slower one).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import socket
from collections.abc import Callable

from aiohttp import web

from bot.server import HTTP_SHUTDOWN_GRACE, start_scheduler_if_free

log = logging.getLogger("slt")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)

KEEPALIVE_TIMEOUT = 15.0
"""Seconds an idle connection, or one that has not finished sending its headers, is kept."""
LINGERING_TIME = 2.0
"""Seconds a client whose body was refused (408, 413) may go on sending before it is cut off
(aiohttp's default is 10 s). With the body timeout (bot/server.py) this bounds how long a
half-sent upload holds a file descriptor: a slow-loris client cannot hold them all."""


class BindError(RuntimeError):
    """The port cannot be listened on (in use, not allowed, no such address)."""


def run(app: web.Application, host: str, port: int) -> None:
    """Serve ``app`` until SIGTERM or SIGINT; raises :class:`BindError` before starting."""
    asyncio.run(serve(app, host, port))
    gc.disable()
    gc.freeze()  # see the module docstring: a fast exit, nothing left to clean up


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``, or one readable :class:`BindError`."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=128)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise BindError(f"cannot listen on {host}:{port}: {reason}") from None


async def serve(
    app: web.Application,
    host: str,
    port: int,
    *,
    on_listening: Callable[[int], None] | None = None,
) -> None:
    """Bind, serve, start the scheduler; return after a stop signal and a graceful cleanup."""
    sock = listen(host, port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    runner = web.AppRunner(
        app,
        handle_signals=False,
        shutdown_timeout=HTTP_SHUTDOWN_GRACE,
        keepalive_timeout=KEEPALIVE_TIMEOUT,
        lingering_time=LINGERING_TIME,
    )
    try:
        await runner.setup()
        await web.SockSite(runner, sock).start()
        bound = sock.getsockname()[1]
        log.info("SLT-boten listening on http://%s:%d", host, bound)
        if on_listening is not None:
            on_listening(bound)
        await start_scheduler_if_free(app)
        await stop.wait()
        log.info("SLT-boten stopping")
    finally:
        await runner.cleanup()
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
        sock.close()
    log.info("SLT-boten stopped")
