"""Logging: plain lines for people, JSON lines for log platforms; never message text.

Code logs ids, intents, detector names and exception types — not what users wrote.
"""

from __future__ import annotations

import json
import logging
import time


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        return json.dumps(entry, ensure_ascii=False)


QUIET = ("aiohttp.access", "botbuilder", "msrest", "msal", "urllib3", "bm25s")
"""Libraries whose INFO and DEBUG lines are request details, token-cache events or index
building: from WARNING only."""


class _QuietLibraries(logging.Filter):
    """Drops the :data:`QUIET` libraries' lines below WARNING at the handler, because a library
    may set its own logger's level when it is imported – bm25s sets DEBUG, and it is imported
    lazily, after :func:`configure_logging` has run."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not record.name.startswith(QUIET)


def configure_logging(level: str = "INFO", *, json_format: bool = False) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(_QuietLibraries())
    if json_format:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    for name in QUIET:  # also saves building their records; the filter catches the rest
        logging.getLogger(name).setLevel(logging.WARNING)
