"""A running bot for Testvik (made up) with a frozen clock, people, roster and SLT channel.

Shared by the end-to-end tests of reminders, meetings, faults, security and privacy.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, cast

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.server import RUNTIME, Runtime
from bot.storage.conversations import KOMMUNE_CHANNEL_JSON, Channels
from bot.storage.records import KommuneChannel
from bot.storage.sqlite import SqliteDatabase, SqliteStore
from bot.text import fold
from cards.verbs import Verb
from tests.auxil.activities import BOT_ID, CHANNEL_ID, TEAM_ID, TENANT_ID, card_action, user
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot

SKOLE = user("Sigrid Skoleleder", "aad-skole")
HELSE = user("Hedda Helsesøster", "aad-helse")
KOORDINATOR = user("Kåre Koordinator", "aad-slt")
PEOPLE = {
    "Virksomhetsleder skole": ("skole@testvik.example", SKOLE),
    "Helsesykepleier": ("helse@testvik.example", HELSE),
    "Ungdomskontakt": ("helse@testvik.example", HELSE),
    "SLT-koordinator": ("slt@testvik.example", KOORDINATOR),
}


def at(day: str, time: str = "09:05") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=OSLO)


@dataclass
class Room:
    """A running bot for Testvik with its clock, store and the connector it talks to."""

    server: BotServer
    runtime: Runtime
    clock: FixedClock
    connector: FakeConnector

    async def tick(self, when: dt.datetime) -> list[Any]:
        self.clock.at = when
        return await self.runtime.jobs.run(when, "tiltak")

    def cards_to(self, conversation_prefix: str) -> list[str]:
        return [
            json.dumps(r.activity, ensure_ascii=False)
            for r in self.connector.received
            if r.method == "POST" and r.conversation_id.startswith(conversation_prefix)
        ]

    def conversation_of(self, person: dict[str, Any]) -> str | None:
        created = self.connector.created_conversations
        index = next(
            (i for i, c in enumerate(created) if c["members"][0]["id"] == person["id"]), None
        )
        if index is None:
            return None
        posts = [
            r.conversation_id
            for r in self.connector.received
            if r.method == "POST" and r.conversation_id.startswith("a:personal-")
        ]
        return sorted(set(posts))[index] if posts else None


def people_map(people: dict[str, tuple[str, dict[str, Any]]] = PEOPLE) -> dict[str, PeopleMap]:
    by_role: dict[str, tuple[Person, ...]] = {
        fold(role): (
            Person(role=role, upn=upn, aad_object_id=person["aadObjectId"], name=person["name"]),
        )
        for role, (upn, person) in people.items()
    }
    return {"testvik": PeopleMap("testvik", by_role)}


def seed_roster(
    store: SqliteDatabase, service_url: str, people: dict[str, tuple[str, dict[str, Any]]]
) -> None:
    """The team roster as the bot stores it after fetching it from Teams."""
    for upn, person in people.values():
        store.put(
            "roster",
            person["aadObjectId"],
            {
                "user_id": person["id"],
                "upn": upn,
                "name": person["name"],
                "tenant_id": TENANT_ID,
                "service_url": service_url,
            },
        )


def seed_room(
    store: SqliteDatabase,
    service_url: str,
    people: dict[str, tuple[str, dict[str, Any]]] = PEOPLE,
    *,
    slt_channel: bool = True,
) -> None:
    """What the bot has learnt from Teams: the roster, and the SLT channel the coordinator
    chose."""
    seed_roster(store, service_url, people)
    if not slt_channel:
        return
    store.save_reference(
        "channel:" + CHANNEL_ID,
        "channel",
        {
            "conversation": {
                "id": CHANNEL_ID,
                "isGroup": True,
                "conversationType": "channel",
                "tenantId": TENANT_ID,
            },
            "serviceUrl": service_url,
            "channelId": "msteams",
            "bot": {"id": BOT_ID},
        },
        "testvik",
    )
    # The coordinator chose it: «@SLT-boten bruk denne kanalen for SLT».
    chosen = KommuneChannel("testvik", "channel:" + CHANNEL_ID, f"team:{TEAM_ID}", "seed")
    store.put(Channels.KOMMUNE, "testvik", KOMMUNE_CHANNEL_JSON.write(chosen))


async def open_room(
    settings: Settings,
    kb: KnowledgeBase,
    connector: FakeConnector,
    when: dt.datetime,
    people: dict[str, tuple[str, dict[str, Any]]] = PEOPLE,
    *,
    slt_channel: bool = True,
) -> tuple[Room, Any]:
    """``slt_channel=False``: nobody has chosen a channel yet (a fresh install)."""
    database = SqliteDatabase(settings.database_path)
    seed_room(database, connector.url, people, slt_channel=slt_channel)
    store = SqliteStore(database)
    clock = FixedClock(when)
    server, client = await start_bot(
        settings, kb, store=store, clock=clock, people=people_map(people)
    )
    runtime = client.app[RUNTIME]
    runtime.sender.base_delay = 0.01  # retries stay fast in tests; the logic is unchanged
    return Room(client, runtime, clock, connector), server


async def post_action(
    room: Room, verb: Verb, person: dict[str, Any], **inputs: str
) -> dict[str, Any]:
    data = {"kommune": "testvik", "tiltak": "1", "deadline": "2026-06-15", **inputs}
    response = await room.server.post(card_action(verb, data, room.connector.url, sender=person))
    assert response.status == 200
    return cast(dict[str, Any], await response.json())


def reminder_posts(room: Room) -> list[dict[str, Any]]:
    return [
        r.activity
        for r in room.connector.received
        if r.method == "POST" and "Påminnelse" in (r.activity.get("summary") or "")
    ]
