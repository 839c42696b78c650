"""A simulated year of the reminder scheduler for one kommune, counting messages per person.

The real tiltak job (bot/features/tiltak/jobs.py) runs on the real JobQueue at 09:05 and
13:05 on every working day (Europe/Oslo, Norwegian holidays) with a recording sender instead
of Teams; nobody answers anything, so
escalations pile up as they would for a coordinator who is away. People are made up: one per
role, named after the role.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.clock import OSLO, SystemClock
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.jobs import TiltakJob
from bot.features.tiltak.model import COORDINATOR_ROLE
from bot.job_context import JobContext, Knowledge, Served
from bot.jobqueue import JobQueue
from bot.knowledge.index import KnowledgeBase
from bot.outbox import addresses
from bot.outbox.items import Delivery, Message
from bot.people import PeopleMap, Person
from bot.storage import Repositories
from bot.storage.outbox import OutboxEntry
from bot.storage.sqlite import SqliteDatabase, SqliteStore
from bot.targets import Targets
from bot.text import fold
from bot.work_calendar import DEFAULT_CALENDAR

TENANT = "00000000-0000-0000-0000-0000000000aa"


@dataclass
class RecordingSender:
    """Keeps what would be sent, once per key (like the real ledger)."""

    day: dt.date | None = None
    sent: list[tuple[dt.date, Message]] = field(default_factory=list)
    keys: dict[str, OutboxEntry] = field(default_factory=dict)

    async def send_many(self, items: Iterable[Message]) -> list[Delivery]:
        for item in items:
            if item.key in self.keys:
                continue
            self.keys[item.key] = OutboxEntry(item.key, item.kind, "sent")
            assert self.day is not None
            self.sent.append((self.day, item))
        return []

    async def ledger(self, key: str) -> OutboxEntry | None:
        return self.keys.get(key)


def people(kb: KnowledgeBase, kommune_id: str, *, everyone: bool) -> PeopleMap:
    """The coordinator alone, or one made-up person for every role the plan names."""
    roles = {COORDINATOR_ROLE}
    if everyone:
        roles |= {r for t in kb.kommuner[kommune_id].kommune.tiltak for r in t.ansvar}
    by_role = {
        fold(role): (Person(role=role, name=f"{role} (test)", aad_object_id=f"aad-{fold(role)}"),)
        for role in sorted(roles)
    }
    return PeopleMap(kommune_id, by_role)


def seed_roster(store: SqliteDatabase, mapping: PeopleMap) -> None:
    for persons in mapping.by_role.values():
        for p in persons:
            assert p.aad_object_id
            store.put(
                "roster",
                p.aad_object_id,
                {
                    "user_id": f"29:{p.aad_object_id}",
                    "name": p.name,
                    "tenant_id": TENANT,
                    "service_url": "http://127.0.0.1:9/",
                },
            )


def simulate_year(
    kb: KnowledgeBase,
    kommune_id: str,
    year: int,
    *,
    everyone: bool,
    months: tuple[int, int] = (1, 12),
) -> list[tuple[dt.date, Message]]:
    """Every message the scheduler sends in ``year`` (those ``months``) for one kommune.

    The scheduler runs on a knowledge base of that kommune alone (the same file), so a tick
    costs a third."""
    kb = KnowledgeBase.build(kb.national, [kb.kommuner[kommune_id].kommune])
    database = SqliteDatabase(":memory:")
    mapping = people(kb, kommune_id, everyone=everyone)
    seed_roster(database, mapping)
    repos = Repositories.over(SqliteStore(database))
    desk = TiltakDesk(kb, repos, {k: PeopleMap(k) for k in kb.kommuner} | {kommune_id: mapping})
    sender = RecordingSender()
    # no meeting desk: only the tiltak job runs here
    served = Served(kb, desk, None, Targets(repos, desk))  # type: ignore[arg-type]
    queue = JobQueue(JobContext(Knowledge(served), repos, sender), sender, SystemClock())
    queue.register(TiltakJob())

    async def run() -> None:
        day = dt.date(year, months[0], 1)
        while day.year == year and day.month <= months[1]:
            if DEFAULT_CALENDAR.is_working_day(day):
                sender.day = day
                for time in (dt.time(9, 5), dt.time(13, 5)):
                    await queue.run(dt.datetime.combine(day, time, tzinfo=OSLO))
            day += dt.timedelta(days=1)

    asyncio.run(run())
    return sender.sent


def per_person_day(sent: list[tuple[dt.date, Message]], kind: str | None = None) -> Counter:
    """(recipient, day) → number of messages (of one kind, or all)."""
    return Counter(
        (o.to.user_id if isinstance(o.to, addresses.Person) else "channel", d)
        for d, o in sent
        if kind is None or o.kind == kind
    )
