"""Figures for docs/reliability.md, recorded by the tests that produce them.

Tests call :func:`record` with what they measured (requests tried, faults injected, messages
promised and delivered, …). Nothing is written unless ``SLT_RELIABILITY_FIGURES`` names a
file; ``python -m tests.reliability_report`` sets it, runs the tests and writes the document,
so no figure in it is typed by hand.
"""

from __future__ import annotations

import json
import os
from typing import Any

FIGURES_ENV = "SLT_RELIABILITY_FIGURES"


def record(topic: str, **figures: Any) -> None:
    path = os.environ.get(FIGURES_ENV)
    if not path:
        return
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps({"topic": topic, **figures}, ensure_ascii=False, default=str) + "\n")
