"""``python bench/gc_hook.py`` in a checkout: ``app.py serve`` with every collection recorded.

Started by :mod:`bench.gc_cost` as a script (not ``-m``), in the checkout being measured, so
that checkout's ``bot`` is the one imported; standard library only for the same reason.
Writes (start, generation, CPU seconds of the collecting thread, objects in the oldest
generation when a full collection began) per collection to ``$SLT_BENCH_GC_OUT`` at exit.
"""

from __future__ import annotations

import gc
import json
import os
import runpy
import sys
import time
from pathlib import Path
from typing import Any

OUT_ENV = "SLT_BENCH_GC_OUT"


def main() -> None:
    collections: list[tuple[float, int, float, int]] = []
    started = [0.0, 0.0, 0]

    def hook(phase: str, info: dict[str, Any]) -> None:
        generation = int(info["generation"])
        if phase == "start":
            walked = len(gc.get_objects(2)) if generation == 2 else 0
            started[:] = [time.perf_counter(), time.thread_time(), walked]
        else:
            cpu = time.thread_time() - started[1]
            collections.append((started[0], generation, cpu, int(started[2])))

    gc.callbacks.append(hook)
    sys.path[0] = os.getcwd()  # the measured checkout, not this script's folder
    sys.argv = ["app.py", "serve"]
    try:
        runpy.run_path("app.py", run_name="__main__")
    finally:
        Path(os.environ[OUT_ENV]).write_text(json.dumps(collections))


if __name__ == "__main__":
    main()
