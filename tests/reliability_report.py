"""Run the reliability and security tests and write docs/reliability.md from what they measured.

    python -m tests.reliability_report          # or: make reliability

Every figure in the document comes from a test run made by this script (tests/auxil/
figures.py); none is typed by hand. The tests assert the promises; the document records
the numbers behind them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

from tests.auxil.figures import FIGURES_ENV

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "docs" / "reliability.md"
TESTS = [
    "tests/test_auth_tokens.py",
    "tests/test_security.py",
    "tests/test_fuzz_http.py",
    "tests/test_faults.py",
    "tests/test_privacy_logs.py",
    "tests/test_process.py",
    "tests/test_security_data.py",
    "tests/test_post_targets.py",
]


def run() -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        figures_file, junit = Path(tmp) / "figures.jsonl", Path(tmp) / "junit.xml"
        env = {**os.environ, FIGURES_ENV: str(figures_file)}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS]
        result = subprocess.run([*command, f"--junitxml={junit}"], cwd=ROOT, env=env, check=False)
        suite = ET.parse(junit).getroot().find("testsuite")
        assert suite is not None
        summary = {
            key: suite.get(key) for key in ("tests", "failures", "errors", "skipped", "time")
        }
        summary["exit"] = result.returncode
        topics: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for line in figures_file.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            topics[entry.pop("topic")].append(entry)
        return topics, summary


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    head = "| " + " | ".join(columns) + " |\n| " + " | ".join("---" for _ in columns) + " |\n"
    return head + "".join(
        "| " + " | ".join(_cell(row.get(c, "")) for c in columns) + " |\n" for row in rows
    )


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "none"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def render(topics: dict[str, list[dict[str, Any]]], summary: dict[str, Any]) -> str:
    auth = topics["auth"]
    fuzz = topics["fuzz"]
    faults = topics["faults"]
    kill = topics["kill"]
    privacy = {k: v for entry in topics["privacy"] for k, v in entry.items()}
    module_total = next(f for f in fuzz if f["group"].startswith("all requests"))
    generated = [f for f in fuzz if not f["group"].startswith("all requests")]
    refused = sum(1 for a in auth if a["status"] == 401)
    reply_faults = [f for f in faults if "status" in f]
    batch = [f for f in faults if "promised" in f]
    slow = [f for f in faults if "copies" in f]
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    versions = ", ".join(
        f"{p} {version(p)}" for p in ("botbuilder-core", "msrest", "aiohttp", "hypothesis")
    )
    fuzz_table = table(
        generated,
        ["group", "requests", "statuses", "sent_to_teams", "median_ms", "p99_ms", "max_ms"],
    )
    batch_table = table(
        batch,
        ["fault", "promised", "delivered", "duplicated", "lost", "requests", "faults_injected"],
    )
    kill_table = table(
        kill,
        [
            "signal",
            "promised",
            "delivered",
            "lost",
            "duplicated",
            "started_not_sent_at_stop",
            "marked_uncertain",
        ],
    )
    leaking = _cell(privacy.get("leaking_library_loggers", []))
    return f"""# Reliability and security: the figures

Written by `python -m tests.reliability_report` (`make reliability`) on
{dt.date.today().isoformat()} from a run of {summary["tests"]} tests
({summary["failures"]} failed, {summary["errors"]} errors, {summary["skipped"]} skipped,
{float(summary["time"] or 0):.0f} s) at commit `{head or "uncommitted"}` plus the working tree;
Python {sys.version.split()[0]}, {versions}. Nothing here is typed by hand: each number is
what a test measured. The tests assert the promises; rerun the script to refresh this page.

How to rerun:

```sh
make test          # everything, the slow group included (what CI runs via .ci/run)
make check         # only the slow group: pytest -m slow (fuzzing at 1500, kill -9, batches)
make reliability   # rerun the tests below and rewrite this file
```

The tests: `tests/test_auth_tokens.py` (inbound tokens), `tests/test_security.py` (tenants
and roles), `tests/test_fuzz_http.py` (bad input), `tests/test_faults.py` (faults at every
edge), `tests/test_privacy_logs.py` (personal data in logs and the database).

## Inbound authentication

A fake Bot Framework token service (`tests/auxil/tokens.py`) publishes an RSA key with
`endorsements: ["msteams"]` behind an OpenID metadata document; the service validates with
botbuilder's own code against it (`SLT_OPENID_METADATA_URL`). A valid token is let in and
answered; **{refused} of {len(auth)} forged or wrong tokens were refused with 401**, and in
none of them did anything reach the Bot Connector:

{table(auth, ["case", "status"])}
When the key service cannot be reached the request is refused with 503 (Bot Framework
retries); it is never let in.

## Bad input

One real service took generated activities (wrong types for every field, missing fields,
odd and huge Unicode, card payloads with forged verbs and data for every registered verb,
unknown invokes) and raw bytes (invalid UTF-8, non-objects, 10,000 levels of nesting):

{fuzz_table}
In all, **{module_total["requests"]} requests** ({_cell(module_total["statuses"])}): never a
500, never a dropped connection, never a traceback or exception name in a reply, and
`/healthz` answered within a second afterwards. 501 is botbuilder's answer to an invoke the
bot does not implement. Turns that failed inside a library rather than the bot (answered
201, logged): {_cell(module_total["turn_failures_outside_the_bot"])}.

## Faults

{table(reply_faults, ["fault", "status", "user_got", "seconds"])}
A proactive batch through a gateway that throttles or fails a third of all requests:

{batch_table}
A connector slower than the sender's attempt timeout (0.2 s in the test, 15 s in production):
the message is given up after 3 attempts and reported, but each timed-out attempt may still
have been accepted — copies that arrived: {", ".join(str(f["copies"]) for f in slow)}. The
ledger marks such an entry `uncertain`.

### Stopped in the middle of a batch

The service runs as a process of its own (`tests/auxil/reminder_process.py`, the same
start-up as `app.py serve`) and sends {kill[0]["promised"] if kill else "?"} promised
messages (200 tiltak reminders, each to its own 1:1 chat, and the weekly digest) through a
connector that takes each message and answers 50 ms later. Halfway through it is stopped,
then started again; its start-up tick sends what is left. "started, not sent" counts the
ledger entries begun but not recorded as sent when the process ended (on the wire, waiting
for the rate limiter, or left queued by a graceful stop); "marked uncertain" counts those
that were on the wire — the bound on duplicates.

{kill_table}
## Privacy in logs

A whole day in the SLT room with made-up personal data (a synthetic fødselsnummer for 1855,
"Testulf (14) i 9b", a psychiatric admission, a police report), through the whole stack:
**{privacy.get("log_lines")} log lines from {privacy.get("loggers")} loggers at DEBUG,
{privacy.get("leaks")} containing personal data**; every row of every table read back:
{privacy.get("rows_with_the_comment")} rows hold it (a comment with personal data is refused by
the privacy guard, not stored). Raw, with every library logger at DEBUG
({privacy.get("raw_log_lines")} lines), the libraries that printed personal data: {leaking}.

## What is not guaranteed, and why

- **Exactly once across a crash.** The Bot Connector has no idempotency key and a bot cannot
  read back what it posted. The sender writes `sending` before each post; after SIGKILL (or
  OOM, power loss) every message that was on the wire is sent again and marked `uncertain`,
  so nothing is lost and duplicates are at most the posts on the wire at that moment (the
  sender runs 16 at a time per batch) and counted in the ledger. A normal stop (SIGTERM, a
  deploy) lets the posts on the wire finish and leaves the rest queued: no duplicates.
- **A timed-out post.** After an attempt timeout Teams may still have taken the message; the
  retry can then deliver a second copy. Marked `uncertain` in the ledger.
- **Outlook calendar events (Microsoft Graph).** A create, move or cancel is an outbox item
  like a message: the same ledger, claim, retry policy and stop rules. After SIGKILL a create
  that was on the wire is sent again and marked `uncertain`, but it carries a
  `transactionId`, so Graph answers with the event it made the first time instead of making
  a second one (`tests/test_graph_outbox.py`, on SQLite and PostgreSQL). A cancel that timed
  out is not repeated (one that arrived cannot be sent again): `failed`, `uncertain`.
- **The reply path (answers to a user's own message)** does not go through the proactive
  sender or its ledger: when the connector refuses a reply, the bot logs it and sends a short
  apology instead (table above); the user's request still gets its 201, but the answer
  itself is not retried. With the connector down or hanging, the 201 waits at most for the
  connector client's 10 s timeout, and no apology is attempted to a connector that failed.
- **A locked database blocks the event loop** for up to the store's busy timeout (5 s) per
  write, because SQLite calls are synchronous. Questions are still answered (reads do not
  wait in WAL mode); changes get a kind "prøv igjen".
- **Authentication** depends on botbuilder's validation; the tests prove botbuilder as
  configured here refuses the forgeries above, not every possible forgery. The signing keys
  are fetched by our own `bot/teams/keys.py` (off the event loop's critical path, 5 s
  deadline, back-off on failure), placed in botbuilder's cache.
- **Cards posted before the signed-card release** are refused after the upgrade («Dette
  kortet kjenner jeg ikke igjen …»); people ask for a new card.

{FINDINGS}"""


FINDINGS = (ROOT / "tests" / "security_findings.md").read_text(encoding="utf-8")
"""The finding list of the security review: prose, kept beside this script, not measured."""


def main() -> int:
    topics, summary = run()
    DOCUMENT.parent.mkdir(exist_ok=True)
    DOCUMENT.write_text(render(topics, summary), encoding="utf-8")
    print(f"wrote {DOCUMENT.relative_to(ROOT)} ({summary['tests']} tests, exit {summary['exit']})")
    return int(summary["exit"])


if __name__ == "__main__":
    sys.exit(main())
