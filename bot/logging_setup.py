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


def configure_logging(level: str = "INFO", *, json_format: bool = False) -> None:
    handler = logging.StreamHandler()
    if json_format:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    # botbuilder and aiohttp's access log would otherwise print request details.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    logging.getLogger("botbuilder").setLevel(logging.WARNING)
    logging.getLogger("msrest").setLevel(logging.WARNING)
    logging.getLogger("msal").setLevel(logging.WARNING)  # token-cache events at DEBUG
    logging.getLogger("urllib3").setLevel(logging.WARNING)  # request URLs at DEBUG
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # index building at DEBUG
