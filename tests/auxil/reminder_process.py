"""The real service as a process of its own, for killing it with SIGKILL in the middle of a batch.

    python -m tests.auxil.reminder_process DATA_DIR KNOWLEDGE_YAML TILTAK RUN

It starts what ``app.py serve`` starts — create_app with the scheduler on under
``bot.service.run``, whose start-up tick sends whatever is due — with three test settings:
the clock frozen at the batch's due time (Monday 1 June 2026, 09:05), the busy Testvik
knowledge and people from tests/auxil/batch.py, and a global send limit of 200/s instead of
Teams' 30/s so a batch of hundreds takes seconds (the kill boundary depends on the messages
in flight, not on the limit). ``DATABASE_URL`` and ``SLT_LEADER_RETRY_SECONDS`` in the
environment are read as the service reads them (several instances on one PostgreSQL). It
writes the idempotency keys each tick hands to the sender to ``DATA_DIR/promised-RUN.txt``
(what was promised, independent of the ledger), then runs until it is stopped (SIGTERM) or
killed (SIGKILL). ``PORT`` in the environment: the port to listen on (default: any free one).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.clock import FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.outbox.items import Delivery, Item
from bot.retry import SharedRateLimiter
from bot.server import RUNTIME, create_app
from bot.service import BindError
from bot.service import run as run_service
from bot.storage.pace import PaceWindows
from bot.teams.sender import PER_THREAD_WINDOWS, RateLimiter
from tests.auxil.batch import DUE, people

FAST = (1.0, 200)
"""The global window these runs use instead of Teams' 30 per second."""


def serve(data_dir: Path, knowledge: Path, tiltak: int, run: str) -> None:
    settings = Settings(
        data_dir=data_dir,
        default_kommune="testvik",
        scheduler_enabled=True,
        database_url=os.environ.get("DATABASE_URL", ""),
        leader_retry_seconds=float(os.environ.get("SLT_LEADER_RETRY_SECONDS", "15")),
    )
    kb = KnowledgeBase.load_files([knowledge], None)
    app = create_app(settings, kb=kb, clock=FixedClock(DUE), people=people(tiltak))
    sender = app[RUNTIME].sender
    local = RateLimiter(PER_THREAD_WINDOWS, (FAST,))
    sender.limiter = local
    if settings.uses_postgres:  # instances pace together, as the service does
        pace = PaceWindows(app[RUNTIME].store)
        sender.limiter = SharedRateLimiter(pace, local, overall=(FAST,))
    send_many = sender.send_many
    promised = data_dir / f"promised-{run}.txt"

    async def recorded(items: Iterable[Item]) -> list[Delivery]:
        items = list(items)
        # Whole or not at all: the test reads the file as soon as it exists.
        before = promised.read_text(encoding="utf-8") if promised.exists() else ""
        partial = promised.with_suffix(".partial")
        partial.write_text(before + "".join(f"{item.key}\n" for item in items), "utf-8")
        partial.replace(promised)
        return await send_many(items)

    sender.send_many = recorded  # type: ignore[method-assign]
    # As app.py serve runs it: SIGTERM is a graceful shutdown, SIGKILL is not.
    try:
        run_service(app, "127.0.0.1", int(os.environ.get("PORT", "0")))
    except BindError as exc:
        print(f"SLT-boten cannot start: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    data, knowledge_file, count, run_name = sys.argv[1:5]
    serve(Path(data), Path(knowledge_file), int(count), run_name)
