"""Run a script under cProfile timed in CPU time of the event-loop thread.

``python -m bench.profiled OUT.prof app.py serve`` — used by ``bench.turns --profile``.
Wall-clock profiles of a server on a shared machine charge other processes' time to
whatever function was running; ``time.thread_time`` charges only this thread's CPU.
Worker threads (msrest sends each request with ``requests`` in the default executor)
are not profiled: their CPU shows in the benchmark's "bot CPU per turn" instead.
"""

from __future__ import annotations

import cProfile
import runpy
import sys
import time


def main() -> None:
    out, script, *args = sys.argv[1:]
    sys.argv = [script, *args]
    profiler = cProfile.Profile(time.thread_time)
    try:
        profiler.runcall(runpy.run_path, script, run_name="__main__")
    except SystemExit:
        pass
    finally:
        profiler.dump_stats(out)


if __name__ == "__main__":
    main()
