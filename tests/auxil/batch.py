"""A busy Testvik: many tiltak due the same day, each owned by its own (made-up) person.

For the fault tests that need a batch of reminders: on Monday 1 June 2026 at 09:05 every
tiltak's 14-day reminder for 15 June falls due, one 1:1 message per tiltak, plus the
coordinator's weekly digest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from bot.clock import OSLO
from bot.people import PeopleMap, Person
from bot.storage.sqlite import SqliteDatabase
from bot.text import fold
from tests.auxil.activities import TENANT_ID

FIXTURE = Path(__file__).parent.parent / "fixtures" / "testvik.yaml"
DUE = dt.datetime(2026, 6, 1, 9, 5, tzinfo=OSLO)
COORDINATOR = "SLT-koordinator"


def busy_testvik(directory: Path, tiltak: int) -> Path:
    """Testvik's knowledge with ``tiltak`` tiltak, each due 15 June and owned by "Rolle N"."""
    kommune = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    kommune["tiltak"] = [
        {
            "id": str(n),
            "innsatsomrade": "Trygge skoler",
            "mal": "Redusere fravær",
            "tiltak": f"Testtiltak nummer {n}",
            "ansvar": [f"Rolle {n}"],
            "frist": {
                "text": "årlig før sommerferien",
                "yearly": "06-15",
                "computed": "«før sommerferien» – regnet som 15. juni",
                "quote": "Følge opp rutinen for bekymringsfullt fravær årlig før sommerferien",
                "at": "900:12",
            },
            "source": "plan",
        }
        for n in range(1, tiltak + 1)
    ]
    path = directory / "testvik.yaml"
    path.write_text(yaml.safe_dump(kommune, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def aad(n: int) -> str:
    return f"aad-person-{n}" if n else "aad-koordinator"


def people(tiltak: int) -> dict[str, PeopleMap]:
    by_role = {
        fold(f"Rolle {n}"): (Person(role=f"Rolle {n}", aad_object_id=aad(n)),)
        for n in range(1, tiltak + 1)
    }
    by_role[fold(COORDINATOR)] = (Person(role=COORDINATOR, aad_object_id=aad(0)),)
    return {"testvik": PeopleMap("testvik", by_role)}


def seed_roster(store: SqliteDatabase, tiltak: int, service_url: str) -> None:
    """The team roster as the bot learns it from Teams: person N, and the coordinator (0)."""
    for n in range(tiltak + 1):
        store.put("roster", aad(n), member(n, service_url))


def member(n: int, service_url: str) -> dict[str, Any]:
    return {
        "user_id": f"29:{aad(n)}",
        "name": f"Testperson {n}" if n else "Kari Koordinator",
        "tenant_id": TENANT_ID,
        "service_url": service_url,
    }


def user_of_tiltak(n: int) -> str:
    """The Teams user id the reminder for tiltak ``n`` goes to."""
    return f"29:{aad(n)}"
