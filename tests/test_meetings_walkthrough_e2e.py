"""The coordinator's week in Gjesdal, replayed over HTTP (issue: meetings on the plan's rhythm).

The real aiohttp app with the bundled Gjesdal knowledge, a fake Bot Connector on loopback and
a frozen Oslo clock. Each test is one finding of the walkthrough and shows it fixed:

* the weekly «Politikontakt og SLT-koordinator» stays on Monday and posts nothing (calls off,
  no referat reminder); the monthly operativ SLT-gruppe stays on its first Tuesday;
* each group's call goes to its own channel when one is chosen, else the kommune's channel;
* the innkaller is not nudged about her own meeting;
* the call shows time («antatt»), place, the deadline for saker and «Legg i kalender», whose
  signed link serves that one meeting's .ics (a tampered link is refused);
* the årshjul asked for in December runs twelve months ahead, compact, with the .ics button.

Made-up people only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.server import RUNTIME, Runtime
from bot.storage.conversations import KOMMUNE_CHANNEL_JSON, Channels
from bot.storage.records import KommuneChannel
from bot.storage.sqlite import SqliteDatabase, SqliteStore
from bot.text import fold
from tests.auxil.activities import BOT_ID, CHANNEL_ID, TENANT_ID, message, user
from tests.auxil.connector import FakeConnector
from tests.auxil.room import seed_roster
from tests.conftest import BotServer, start_bot, with_settings

KOORDINATOR = user("Kari Koordinator", "aad-gj-slt")
POLITI = user("Pål Politikontakt", "aad-gj-politi")
BARNEVERN = user("Berit Barnevernleder", "aad-gj-bv")
PEOPLE = {
    "SLT-koordinator": ("slt@gjesdal.example", KOORDINATOR),
    "Politikontakt": ("politi@gjesdal.example", POLITI),
    "Barnevernleder": ("bv@gjesdal.example", BARNEVERN),
}
OPERATIV_CHANNEL = "19:operativ@thread.tacv2"
BASE = "https://slt.gjesdal.example"


def at(day: str, time: str = "09:05") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=OSLO)


def _reference(channel_id: str, service_url: str) -> dict[str, Any]:
    return {
        "conversation": {
            "id": channel_id,
            "isGroup": True,
            "conversationType": "channel",
            "tenantId": TENANT_ID,
        },
        "serviceUrl": service_url,
        "channelId": "msteams",
        "bot": {"id": BOT_ID},
    }


class Office:
    """Gjesdal's SLT channel, an operativ channel, the people and the clock."""

    def __init__(self, server: BotServer, clock: FixedClock, connector: FakeConnector) -> None:
        self.server = server
        self.clock = clock
        self.connector = connector

    @property
    def runtime(self) -> Runtime:
        return self.server.app[RUNTIME]

    async def tick(self, when: dt.datetime) -> None:
        self.clock.at = when
        await self.runtime.jobs.run(when, "meetings")

    async def say(self, text: str, person: dict[str, Any], channel: str = CHANNEL_ID) -> None:
        activity = message(text, self.connector.url, scope="channel", mention=True, sender=person)
        activity["conversation"]["id"] = f"{channel};messageid=1"
        activity["channelData"]["channel"]["id"] = channel
        response = await self.server.post(activity)
        assert response.status in (200, 201, 202)
        await self.runtime.handler.drain()

    def posts(self, needle: str, channel: str | None = None) -> list[dict[str, Any]]:
        return [
            r.activity
            for r in self.connector.received
            if r.method == "POST"
            and (channel is None or r.conversation_id.split(";")[0] == channel)
            and needle in json.dumps(r.activity, ensure_ascii=False)
        ]


@pytest.fixture
async def office(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Office]:
    local = with_settings(settings, default_kommune="gjesdal", public_base_url=BASE)
    store = SqliteDatabase(local.database_path)
    seed_roster(store, connector.url, PEOPLE)
    for channel in (CHANNEL_ID, OPERATIV_CHANNEL):
        store.save_reference(
            "channel:" + channel, "channel", _reference(channel, connector.url), "gjesdal"
        )
    # The coordinator chose the SLT channel earlier («bruk denne kanalen for SLT»): a channel
    # merely seen is never a target.
    chosen = KommuneChannel("gjesdal", "channel:" + CHANNEL_ID, None, KOORDINATOR["aadObjectId"])
    store.put(Channels.KOMMUNE, "gjesdal", KOMMUNE_CHANNEL_JSON.write(chosen))
    people = {
        "gjesdal": PeopleMap(
            "gjesdal",
            {
                fold(role): (
                    Person(role=role, upn=upn, aad_object_id=p["aadObjectId"], name=p["name"]),
                )
                for role, (upn, p) in PEOPLE.items()
            },
        )
    }
    clock = FixedClock(at("2026-12-01"))
    server, client = await start_bot(
        local, kb, store=SqliteStore(store), clock=clock, people=people
    )
    client.app[RUNTIME].sender.base_delay = 0.01
    yield Office(client, clock, connector)
    await client.session.close()
    await server.close()


async def a_working_week(office: Office, monday: str) -> None:
    """Tick the meeting jobs through a week at the hours the scheduler would."""
    first = dt.date.fromisoformat(monday)
    for offset in range(5):
        day = (first + dt.timedelta(days=offset)).isoformat()
        for time in ("09:05", "12:05", "15:00"):
            await office.tick(at(day, time))


async def test_the_weekly_two_person_meeting_posts_nothing_and_gets_no_referat_reminder(
    office: Office,
) -> None:
    await a_working_week(office, "2027-01-04")
    assert office.posts("Politikontakt og SLT-koordinator") == []
    assert office.posts("Husk referat fra Politikontakt") == []


async def test_each_groups_call_goes_to_its_own_channel_and_keeps_its_weekday(
    office: Office,
) -> None:
    await office.say("bruk denne kanalen for operativ SLT-gruppe", KOORDINATOR, OPERATIV_CHANNEL)
    assert office.posts("Klart! Innkallinger til Operativ SLT-gruppe", OPERATIV_CHANNEL)
    # First Tuesday of March 2027 is in Rogaland's winter week 9: the meeting keeps its
    # Tuesday a week later (9 March), and its call goes out seven days before, on 2 March.
    await office.tick(at("2027-03-02", "09:05"))
    [call] = office.posts("Innkalling: Operativ SLT-gruppe")
    assert "tirsdag 9. mars" in json.dumps(call, ensure_ascii=False)
    assert office.posts("Innkalling: Operativ SLT-gruppe", OPERATIV_CHANNEL) == [call]
    assert office.posts("Innkalling: Operativ SLT-gruppe", CHANNEL_ID) == []


async def test_the_innkaller_is_not_nudged_about_her_own_meeting(office: Office) -> None:
    await office.tick(at("2027-03-02", "09:05"))  # the call
    await office.tick(at("2027-03-08", "12:05"))  # the day before: the nudge
    [nudge] = office.posts("Påminnelse: Operativ SLT-gruppe")
    text = json.dumps(nudge, ensure_ascii=False)
    assert "<at>Pål Politikontakt</at>" in text and "<at>Berit Barnevernleder</at>" in text
    assert "Kari Koordinator" not in text  # the SLT-koordinator calls the operativ gruppe


async def test_the_call_shows_time_place_deadline_and_a_signed_calendar_link(
    office: Office,
) -> None:
    await office.tick(at("2027-03-30", "09:05"))  # operativ SLT-gruppe, Tuesday 6 April
    [call] = office.posts("Innkalling: Operativ SLT-gruppe")
    card = call["attachments"][0]["content"]
    facts = {
        f["title"]: f["value"] for b in card["body"] if b["type"] == "FactSet" for f in b["facts"]
    }
    assert facts["Tid"] == (
        "tirsdag 6. april 2027 kl 13:00–14:30 (antatt dag og tid – planen sier «Månedlig»)"
    )
    assert facts["Sted"] == "Ikke avklart – innkaller sier fra"
    assert facts["Frist for saker"] == "mandag 5. april kl 12:00"  # 2. påskedag 29 March is past
    [button] = [a for a in card["actions"] if a["type"] == "Action.OpenUrl"]
    assert button["title"] == "Legg i kalender"
    url = button["url"]
    assert re.fullmatch(
        rf"{re.escape(BASE)}/calendar/meeting/gjesdal/operativ-slt-gruppe/2027-04-06\.ics\?sig=[\w-]{{22}}",
        url,
    )
    response = await office.server.session.get(office.server.url + url.removeprefix(BASE))
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    ics = await response.text()
    assert ics.count("BEGIN:VEVENT") == 1
    assert "DTSTART:20270406T110000Z" in ics  # 13:00 in Oslo summer time
    tampered = url.removeprefix(BASE).replace("2027-04-06", "2027-05-04")
    refused = await office.server.session.get(office.server.url + tampered)
    assert refused.status == 404


async def test_the_arshjul_in_december_runs_twelve_months_ahead_compactly(office: Office) -> None:
    await office.say("årshjul", KOORDINATOR)
    [reply] = office.posts("Årshjul – Gjesdal")
    card = reply["attachments"][0]["content"]
    text = json.dumps(card, ensure_ascii=False)
    assert "desember 2026 – november 2027" in text
    assert "Januar 2027" in text and "Mars 2026" not in text
    # The weekly meeting's Mondays share one line per month, so the card stays short.
    assert "mandager 4., 11., 18. og 25. kl 09:00: Politikontakt og SLT-koordinator" in text
    lines = sum(block.get("text", "").count("\n") + 1 for block in card["body"])
    assert lines < 120
    buttons = [a for a in card.get("actions", []) if a["type"] == "Action.OpenUrl"]
    assert [b["title"] for b in buttons] == ["Legg i kalender (2026)", "Legg i kalender (2027)"]
