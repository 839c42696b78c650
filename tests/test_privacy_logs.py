"""Personal data in the room never reaches a log line or the database (taushetsplikt).

A whole conversation through the real service over HTTP, full of made-up personal data — a
synthetic fødselsnummer for someone born in 1855, "Testulf (14) i 9b", a psychiatric
admission and a police report: chatter in the SLT channel, questions, a routine walked
step by step, a tiltak reminder answered with a comment, a reply that fails on the way
out. Every log record from every logger is captured at DEBUG, and every row of every table
in the SQLite file is read back. The one place personal data may stay is the comment the
ansvarlig chose to write, in the ``tiltak`` namespace (the README's Personvern table says
so).

Two runs: as the service logs in production with ``LOG_LEVEL=DEBUG`` (logging_setup caps
the libraries that print request details), and raw, with every library logger at DEBUG.
In botbuilder 4.17, msrest 0.7 and aiohttp 3.x none of them prints a request or reply body
at DEBUG (msrest's body logger is off unless ``enable_http_logger`` is set); should one
start to, the raw run names it and checks that logging_setup caps it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.logging_setup import configure_logging
from cards.verbs import Verb
from tests.auxil import figures
from tests.auxil.activities import card_action, message
from tests.auxil.connector import Failure, FakeConnector
from tests.auxil.room import SKOLE, Room, at, open_room, post_action
from tests.conftest import FIXTURES
from tests.test_privacy import synthetic_fodselsnummer
from tests.test_routines_http import actions_of

FNR = synthetic_fodselsnummer(born="170355")  # born 17 March 1855
PERSONAL = [
    FNR,
    "Testulf",
    "Oppdiktsen",
    "(14) i 9b",
    "psykiatrisk akutt",
    "innbrudd",
]
COMMENT = "Testulf (14) i 9b følges opp av helsesykepleier etter innleggelsen."


# --- capturing every log record ----------------------------------------------------------


class EveryRecord(logging.Handler):
    """Every record that reaches the root logger, formatted with tracebacks and stack info."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, self.format(record)))

    def leaks(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name, line in self.lines:
            if any(marker in line for marker in PERSONAL):
                found.setdefault(name, []).append(line[:300])
        return found


@dataclass
class LoggingState:
    """Logger levels and root handlers, to put back after a test changes them."""

    root_level: int
    root_handlers: list[logging.Handler]
    levels: dict[str, int] = field(default_factory=dict)

    @classmethod
    def save(cls) -> LoggingState:
        root = logging.getLogger()
        levels = {
            name: logger.level
            for name, logger in logging.root.manager.loggerDict.items()
            if isinstance(logger, logging.Logger)
        }
        return cls(root.level, list(root.handlers), levels)

    def restore(self) -> None:
        root = logging.getLogger()
        root.handlers[:] = self.root_handlers
        root.setLevel(self.root_level)
        for name, level in self.levels.items():
            logging.getLogger(name).setLevel(level)


@pytest.fixture
def production_logs() -> Iterator[EveryRecord]:
    """Logging as ``app.py serve`` sets it up with LOG_LEVEL=DEBUG."""
    saved = LoggingState.save()
    configure_logging("DEBUG")
    capture = EveryRecord()
    logging.getLogger().addHandler(capture)
    yield capture
    saved.restore()


@pytest.fixture
def raw_logs() -> Iterator[EveryRecord]:
    """Every logger at DEBUG, no caps at all: what each library would print."""
    saved = LoggingState.save()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for name in saved.levels:
        logging.getLogger(name).setLevel(logging.NOTSET)
    capture = EveryRecord()
    root.addHandler(capture)
    yield capture
    saved.restore()


# --- the conversation ----------------------------------------------------------------------


@pytest.fixture
async def room(settings: Settings, connector: FakeConnector) -> AsyncIterator[Room]:
    """Testvik with the national routines, on the morning its first reminder goes out."""
    kb = KnowledgeBase.load_files(
        [FIXTURES / "testvik.yaml"], DEFAULT_KNOWLEDGE_DIR / "national" / "routines.yaml"
    )
    local = Settings(data_dir=settings.data_dir, default_kommune="testvik", scheduler_enabled=False)
    opened, server = await open_room(local, kb, connector, at("2026-06-01"))
    yield opened
    await opened.server.session.close()
    await server.close()


async def say(room: Room, text: str, **where: Any) -> list[dict[str, Any]]:
    before = len(room.connector.sent())
    response = await room.server.post(message(text, room.connector.url, sender=SKOLE, **where))
    assert response.status == 201
    await room.runtime.handler.drain()
    return room.connector.sent()[before:]


async def click(room: Room, action: dict[str, Any]) -> dict[str, Any]:
    activity = card_action(action["verb"], action["data"], room.connector.url, sender=SKOLE)
    response = await room.server.post(activity)
    assert response.status == 200
    return (await response.json())["value"]


async def a_day_in_the_slt_room(room: Room) -> None:
    """Sigrid Skoleleder's morning, with personal data she should not have written."""
    await room.tick(at("2026-06-01"))  # her 14-day reminder for tiltak 1 arrives

    chatter = (
        f"Testulf Oppdiktsen (14) i 9b, fnr {FNR}, ble innlagt på psykiatrisk akutt i helgen "
        "og er anmeldt for innbrudd."
    )
    [warning] = await say(room, chatter, scope="channel")
    assert "personopplysninger" in warning["text"]

    replies = await say(room, "Hva gjør jeg ved rusbekymring for Testulf (14) i 9b?")
    overview = replies[-1]["attachments"][0]["content"]
    step = await click(room, next(a for t, a in actions_of(overview).items() if "steg" in t))
    for _ in range(3):  # a few steps along the routine, whichever way the buttons lead
        buttons = [a for a in actions_of(step).values() if a.get("verb") == Verb.ROUTINE_STEP]
        if not buttons:
            break
        step = await click(room, buttons[-1])

    question = f"hvem er ansvarlig for tiltak 1? Gjelder {FNR}"
    await say(room, question, scope="groupChat", mention=True)
    await say(room, "hvilke tiltak har jeg?")

    body = await post_action(room, Verb.TILTAK_COMMENT, SKOLE, comment=COMMENT)
    refusal = json.dumps(body, ensure_ascii=False)  # refused by the privacy guard, not shown
    assert "ikke lagret" in refusal and "Testulf" not in refusal
    submit = message("", room.connector.url, sender=SKOLE, reply_to="activity-1")
    submit["value"] = {
        "verb": Verb.TILTAK_MORE_TIME,
        "kommune": "testvik",
        "tiltak": "1",
        "deadline": "2026-06-15",
        "new_deadline": "2026-08-20",
        "comment": COMMENT,
    }
    assert (await room.server.post(submit)).status == 201
    room.connector.fail_next(Failure(500), Failure(500))  # the reply and the apology both fail
    await say(room, f"{FNR} Testulf (14) i 9b")


def rows_with_personal_data(database: Path) -> list[tuple[str, str]]:
    """(table, row) for every row of every table that contains personal data."""
    found = []
    with sqlite3.connect(database) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                text = json.dumps(row, ensure_ascii=False, default=str)
                if any(marker in text for marker in PERSONAL):
                    found.append((table, text))
    return found


# --- the tests ---------------------------------------------------------------------------


async def test_a_day_of_personal_data_leaves_no_trace_in_logs_or_database(
    room: Room, production_logs: EveryRecord
) -> None:
    await a_day_in_the_slt_room(room)

    assert production_logs.lines, "the service logged (at DEBUG) while this happened"
    assert production_logs.leaks() == {}
    stored = rows_with_personal_data(room.runtime.store.database.path)
    assert stored == [], "a comment with personal data is refused, not stored"
    figures.record(
        "privacy",
        log_lines=len(production_logs.lines),
        loggers=len({name for name, _ in production_logs.lines}),
        leaks=0,
        rows_with_the_comment=len(stored),
    )


async def test_libraries_that_would_print_personal_data_at_debug_are_capped(
    room: Room, raw_logs: EveryRecord
) -> None:
    await a_day_in_the_slt_room(room)

    leaking = raw_logs.leaks()
    ours = [name for name in leaking if name.split(".")[0] in ("bot", "cards", "slt", "app")]
    assert ours == [], leaking
    configure_logging("DEBUG")  # what production does; then check each leaking logger
    capped = {name: logging.getLogger(name).getEffectiveLevel() for name in leaking}
    assert all(level > logging.DEBUG for level in capped.values()), capped
    figures.record(
        "privacy",
        raw_log_lines=len(raw_logs.lines),
        leaking_library_loggers=sorted(leaking),
    )


def test_a_library_that_sets_its_own_level_after_setup_stays_quiet(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """bm25s sets its logger to DEBUG when imported, and ``app.py`` imports the bot (and with
    it bm25s) after logging is set up: its index-building lines must still not print."""
    saved = LoggingState.save()
    try:
        configure_logging("DEBUG")
        logging.getLogger("bm25s").setLevel(logging.DEBUG)  # what its import does
        logging.getLogger("bm25s").debug("Building index from tokens")
        logging.getLogger("bm25s").warning("a real warning")
        logging.getLogger("bot.test").debug("our own line")
    finally:
        saved.restore()
    err = capfd.readouterr().err
    assert "Building index" not in err
    assert "a real warning" in err and "our own line" in err
