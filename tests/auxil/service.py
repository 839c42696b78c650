"""``python app.py serve`` as a process of its own, as an IT department runs it; and the other
``app.py`` commands run once each (:func:`run_app`).

For the findings that are about the process (issue 12): the port, the data folder's
scheduler lock, authentication off, the key service hanging, SIGTERM. The output goes to a
file that the test reads while the process runs.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from bot.config import REPO_ROOT

START_TIMEOUT = 90.0
"""Start-up loads and indexes the knowledge: seconds on a quiet machine, far more on a busy one."""
HEALTH_TIMEOUT = 30.0
"""How long one /healthz request may take: a generous deadline, not a requirement. A standby
that is taking the scheduler over, or any service on a CI machine running 4,000 tests on two
cores, answers late now and then; a test that means "health answers at once" says so itself."""


SCHEDULER_STARTED = "Scheduler started"
STANDING_BY = "scheduler off: another SLT-boten process"
"""The log lines that say a process has decided about the scheduler (bot/leadership.py): the
readiness signal to wait for before asking /healthz about it, or counting schedulers."""


APP_TIMEOUT = 180.0
"""A deadline for a hung ``app.py`` command, not a bound: seconds on a quiet machine, up to a
minute while CI runs 4,000 tests on two cores."""


def run_app(
    *args: str, input: str | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python app.py ARGS`` in the repository, ``env`` added to this process's environment."""
    return subprocess.run(
        [sys.executable, "app.py", *args],
        cwd=REPO_ROOT,
        input=input,
        capture_output=True,
        text=True,
        timeout=APP_TIMEOUT,
        env={**os.environ, **env} if env else None,
        check=False,
    )


@functools.cache
def validate_bundled() -> subprocess.CompletedProcess[str]:
    """``app.py validate`` on the bundled knowledge, run once for every test that reads it."""
    return run_app("validate")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServeProcess:
    """One service process; ``log`` is everything it wrote (stdout and stderr)."""

    def __init__(
        self,
        data_dir: Path,
        env: Mapping[str, str | None] | None = None,
        *,
        command: list[str] | None = None,
        name: str = "service",
        preexec_fn: Callable[[], Any] | None = None,
    ) -> None:
        self.port = int((env or {}).get("PORT") or free_port())
        self.log_path = data_dir.parent / f"{name}-{self.port}.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        environment: dict[str, str | None] = {
            **os.environ,
            "PORT": str(self.port),
            "SLT_DATA_DIR": str(data_dir),
            "SLT_SCHEDULER": "on",
            "PYTHONPATH": str(REPO_ROOT),
            **(env or {}),
        }
        with self.log_path.open("w") as out:
            self.process = subprocess.Popen(
                command or [sys.executable, "app.py", "serve"],
                cwd=REPO_ROOT,
                env={k: v for k, v in environment.items() if v is not None},  # None: unset
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=preexec_fn,
            )

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, *texts: str, timeout: float = START_TIMEOUT) -> ServeProcess:
        """Until the log has one of ``texts``."""
        deadline = time.monotonic() + timeout
        while not any(text in self.log for text in texts):
            if self.process.poll() is not None:
                raise AssertionError(f"the service ended before logging {texts}:\n{self.log}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the service did not log {texts} in time:\n{self.log}")
            time.sleep(0.05)
        return self

    def wait_until_listening(self) -> ServeProcess:
        return self.wait_for_log(f"listening on http://127.0.0.1:{self.port}")

    def wait_for_scheduler_decision(self) -> ServeProcess:
        """Until it runs the scheduler or stands by (it binds the port first)."""
        return self.wait_for_log(SCHEDULER_STARTED, STANDING_BY)

    def health(self, timeout: float = HEALTH_TIMEOUT) -> dict[str, Any]:
        url = f"http://127.0.0.1:{self.port}/healthz"
        with urllib.request.urlopen(url, timeout=timeout) as response:
            found: dict[str, Any] = json.loads(response.read())
            return found

    def terminate(self, timeout: float = 30.0) -> int:
        """SIGTERM; the exit code. ``timeout``: a deadline against a hang (TimeoutExpired),
        not a measure of how fast it stops (that is bench/'s, never a test's)."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
