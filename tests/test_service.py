"""The production service as an IT department runs it: a real process, health, logs, shutdown."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.config import REPO_ROOT
from bot.server import RUNTIME
from tests.auxil.activities import TEAM_ID, message
from tests.auxil.connector import FakeConnector
from tests.auxil.service import HEALTH_TIMEOUT, START_TIMEOUT, free_port
from tests.conftest import BotServer


def wait_for_health(port: int, timeout: float = START_TIMEOUT) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/healthz", timeout=HEALTH_TIMEOUT
            ) as r:
                return json.loads(r.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the service did not become healthy")


def test_the_service_starts_reports_health_logs_json_and_stops_gracefully(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "SLT_HOST": "127.0.0.1",
        "SLT_DATA_DIR": str(tmp_path),
        "LOG_FORMAT": "json",
        "SLT_SCHEDULER": "on",
    }
    process = subprocess.Popen(
        [sys.executable, "app.py", "serve"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        health = wait_for_health(port)
        assert health["status"] == "ok"
        assert health["scheduler"] == "running"
        assert len(health["knowledge_version"]) == 12
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0  # a deadline for a hung process, not a bound
    finally:
        if process.poll() is None:
            process.kill()
    output = process.stdout.read() if process.stdout else ""
    lines = [line for line in output.splitlines() if line.strip()]
    assert lines, "the service logs something"
    for line in lines:
        record = json.loads(line)  # every line is one JSON object
        assert {"time", "level", "logger", "message"} <= set(record)
    assert (tmp_path / "slt-boten.sqlite3").exists()


async def test_the_team_roster_is_fetched_once_and_kept_for_reminders(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    connector.members = [
        {
            "id": "29:aad-kari",
            "name": "Kari Koordinatorsen",
            "aadObjectId": "AAD-KARI",
            "userPrincipalName": "kari@testvik.example",
            "email": "kari@testvik.example",
        },
        {
            "id": "29:aad-ola",
            "name": "Ola Testlærer",
            "aadObjectId": "aad-ola",
            "userPrincipalName": "ola@testvik.example",
        },
    ]
    for _ in range(2):
        await bot_server.post(message("hjelp", connector.url, scope="channel", mention=True))
    await connector.wait_for(2)
    store = bot_server.app[RUNTIME].store.database
    kari = store.get("roster", "aad-kari")
    assert kari is not None and kari["upn"] == "kari@testvik.example"
    assert kari["user_id"] == "29:aad-kari" and kari["team"] == TEAM_ID
    assert connector.roster_requests == 1  # once per team and run, not per message
