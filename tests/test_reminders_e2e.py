"""Tiltak reminders end to end: a frozen clock, the real server, a fake Bot Connector.

Testvik (made up) has tiltak 1 due Monday 15 June 2026 (ansvar: Virksomhetsleder skole),
tiltak 2 due the Friday of week 38 and tiltak 3 continuous, owned by nobody mapped.
"""

from __future__ import annotations

import json

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil.activities import CHANNEL_ID, TENANT_ID, card_action
from tests.auxil.connector import Failure, FakeConnector
from tests.auxil.room import (
    HELSE,
    KOORDINATOR,
    SKOLE,
    Room,
    at,
    open_room,
    post_action,
    reminder_posts,
)
from tests.conftest import with_settings


async def test_the_ansvarlig_gets_the_14_day_reminder_in_a_new_1_to_1_chat_once(room: Room) -> None:
    await room.tick(at("2026-06-01"))
    [created] = [
        c for c in room.connector.created_conversations if c["members"][0]["id"] == SKOLE["id"]
    ]
    assert created["channelData"]["tenant"]["id"] == TENANT_ID
    [reminder] = reminder_posts(room)
    content = json.dumps(reminder, ensure_ascii=False)
    assert "Tiltak 1 har frist om 14 dager" in content
    assert "Mer tid" in content and "Ikke mitt ansvar" in content
    await room.tick(at("2026-06-01", "10:00"))
    await room.tick(at("2026-06-01", "14:00"))
    assert len(reminder_posts(room)) == 1


async def test_nothing_is_sent_at_the_weekend_the_1_day_reminder_comes_on_friday(
    room: Room,
) -> None:
    await room.tick(at("2026-06-01"))
    before = len(reminder_posts(room))
    assert await room.tick(at("2026-06-14", "10:00")) == []  # Sunday: the day before the deadline
    await room.tick(at("2026-06-12"))  # Friday: offsets 3 and 1 collapse here; one reminder
    posts = reminder_posts(room)[before:]
    assert len(posts) == 1
    assert "frist om 3 dager" in json.dumps(posts[0], ensure_ascii=False)


async def test_outside_working_hours_nothing_is_sent(room: Room) -> None:
    assert await room.tick(at("2026-06-01", "07:30")) == []
    assert await room.tick(at("2026-06-01", "16:00")) == []
    assert room.connector.received == []


async def test_a_throttling_failing_connector_still_delivers_each_reminder_once(room: Room) -> None:
    room.connector.fail_next(
        Failure(429, retry_after=0.05), Failure(500), Failure(503), Failure(429, retry_after=0.01)
    )
    await room.tick(at("2026-06-01"))
    await room.tick(at("2026-06-01", "09:10"))
    assert len(reminder_posts(room)) == 1
    ledger = dict(room.runtime.store.database.items("outbox"))
    reminder_entries = [v for k, v in ledger.items() if k.startswith("reminder:")]
    assert reminder_entries and all(v["state"] == "sent" for v in reminder_entries)


async def test_when_a_1_to_1_is_refused_the_reminder_goes_to_the_channel_with_a_mention(
    room: Room,
) -> None:
    room.connector.fail_next(Failure(403, only="create", member=SKOLE["id"]))  # no 1:1 possible
    await room.tick(at("2026-06-01"))
    channel_posts = room.cards_to(CHANNEL_ID)
    assert any("Tiltak 1 har frist" in post and SKOLE["id"] in post for post in channel_posts)


async def test_unmapped_ansvar_gets_no_card_and_waits_in_the_digest(room: Room) -> None:
    # tiltak 3 (Frivilligsentralen, nobody mapped) is løpende: its status check is 31 May
    # (a Sunday), due on Friday 29 May. Nobody gets a card for it; Monday's digest lists it.
    await room.tick(at("2026-05-29"))
    assert not any(
        "Statussjekk: tiltak 3" in json.dumps(r.activity, ensure_ascii=False)
        for r in room.connector.received
    )
    await room.tick(at("2026-06-01"))
    [digest] = [t for t in room.cards_to("a:") if "Status for handlingsplanen" in t]
    assert "Mangler ansvarlig (1)" in digest and "Frivilligsentralen: tiltak 3" in digest
    assert "Sett ansvarlig" in digest


async def test_utfort_updates_the_card_in_place_and_stops_further_reminders(room: Room) -> None:
    await room.tick(at("2026-06-01"))
    body = await post_action(room, Verb.TILTAK_DONE, SKOLE, comment="Gjennomført på alle trinn")
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    card = json.dumps(body["value"], ensure_ascii=False)
    assert "Utført – Sigrid Skoleleder, 01.06.2026 kl. 09:05" in card
    assert "Gjennomført på alle trinn" in card
    assert "Input." not in card  # a receipt: nothing left to fill in
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15")["status"] == "done"
    await room.tick(at("2026-06-12"))
    assert len(reminder_posts(room)) == 1  # no 3-day reminder after "Utført"


async def test_trenger_mer_tid_needs_a_new_date_after_today(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_MORE_TIME, SKOLE)
    assert "Velg en ny frist" in json.dumps(body["value"], ensure_ascii=False)
    body = await post_action(room, Verb.TILTAK_MORE_TIME, SKOLE, new_deadline="2026-08-20")
    assert "20.08.2026 (ny frist; var 15.06.2026)" in json.dumps(body["value"], ensure_ascii=False)
    record = room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15")
    assert record == {**record, "status": "more_time", "new_deadline": "2026-08-20"}


async def test_ikke_mitt_ansvar_tells_the_coordinator(room: Room) -> None:
    await post_action(room, Verb.TILTAK_NOT_MINE, SKOLE)
    await room.runtime.handler.drain()
    notes = [json.dumps(r.activity, ensure_ascii=False) for r in room.connector.received]
    assert any("Ikke mitt ansvar: tiltak 1" in n and "Sigrid Skoleleder" in n for n in notes)


async def test_kommentar_keeps_the_status_and_saves_the_comment(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_COMMENT, SKOLE, comment="Starter i august")
    card = json.dumps(body["value"], ensure_ascii=False)
    # one plain sentence: not «Kommentar – Sigrid …. Kommentar: «…»» above the «Kommentar» button
    assert "Sigrid Skoleleder skrev " in card and ": «Starter i august»" in card
    assert "Kommentar –" not in card and "Kommentar: «" not in card
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15")["status"] == "open"


async def test_someone_who_is_not_the_ansvarlig_is_refused_politely(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_DONE, HELSE)
    assert "bare den som er ansvarlig" in json.dumps(body, ensure_ascii=False)
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15") is None


async def test_the_coordinator_may_answer_for_anyone(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_DONE, KOORDINATOR)
    assert "Utført – Kåre Koordinator" in json.dumps(body["value"], ensure_ascii=False)


async def test_a_forged_card_payload_gets_a_kind_answer(room: Room) -> None:
    data = {"kommune": "testvik", "tiltak": "999", "deadline": "2026-06-15"}
    response = await room.server.post(
        card_action(Verb.TILTAK_DONE, data, room.connector.url, sender=SKOLE)
    )
    body = await response.json()
    assert response.status == 200 and "finnes ikke lenger" in json.dumps(body, ensure_ascii=False)


async def test_an_unanswered_deadline_is_escalated_on_the_next_working_day_once(room: Room) -> None:
    await room.tick(at("2026-06-15"))  # the deadline itself: no escalation yet
    assert not any(
        "Forfalt: tiltak 1" in json.dumps(r.activity, ensure_ascii=False)
        for r in room.connector.received
    )
    await room.tick(at("2026-06-16"))
    await room.tick(at("2026-06-16", "13:00"))
    escalations = [
        r
        for r in room.connector.received
        if "Forfalt: tiltak 1" in json.dumps(r.activity, ensure_ascii=False)
    ]
    assert len(escalations) == 1


async def test_the_coordinator_gets_a_weekly_digest_on_monday_morning(room: Room) -> None:
    await room.tick(at("2026-06-01"))  # Monday of week 23
    await room.tick(at("2026-06-02"))
    digests = [
        r
        for r in room.connector.received
        if "Status for handlingsplanen" in json.dumps(r.activity, ensure_ascii=False)
    ]
    assert len(digests) == 1
    assert "Mangler ansvarlig" in json.dumps(digests[0].activity, ensure_ascii=False)


async def test_a_restart_between_due_and_sent_loses_nothing_and_sends_nothing_twice(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> None:
    local = with_settings(settings, default_kommune="testvik")
    # The bot was down on 1 June when the 14-day reminder fell due; it starts on 2 June.
    first, server = await open_room(local, testvik, connector, at("2026-06-02"))
    await first.tick(at("2026-06-02", "08:01"))
    await first.server.session.close()
    await server.close()
    assert len(reminder_posts(first)) == 1
    second, server = await open_room(local, testvik, connector, at("2026-06-02", "09:00"))
    await second.tick(at("2026-06-02", "09:00"))  # the start-up catch-up tick after a restart
    await second.server.session.close()
    await server.close()
    assert len(reminder_posts(second)) == 1


@pytest.mark.parametrize(
    ("day", "what"), [("2026-06-01", "Påminnelse"), ("2026-06-16", "Forfalt: tiltak 1")]
)
async def test_a_stop_as_the_tick_starts_leaves_the_message_to_the_next_start(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector, day: str, what: str
) -> None:
    """SIGTERM while the tick hands its batch over: nothing new is posted, and the restart
    sends what was held back — the batch marks are no proof that anything went out."""
    local = with_settings(settings, default_kommune="testvik")

    def posts() -> int:
        return sum(
            r.method == "POST" and what in json.dumps(r.activity, ensure_ascii=False)
            for r in connector.received
        )

    first, server = await open_room(local, testvik, connector, at(day))
    await first.runtime.sender.stop()  # what a graceful shutdown does first
    await first.tick(at(day))
    await first.server.session.close()
    await server.close()
    assert posts() == 0
    second, server = await open_room(local, testvik, connector, at(day, "09:10"))
    await second.tick(at(day, "09:10"))
    await second.tick(at(day, "13:05"))
    await second.server.session.close()
    await server.close()
    assert posts() == 1


async def test_a_reminder_teams_refused_at_nine_goes_out_at_the_next_tick(room: Room) -> None:
    room.runtime.sender.max_attempts = 1
    room.connector.fail_next(Failure(500, only="create", member=SKOLE["id"]))
    await room.tick(at("2026-06-01"))
    assert reminder_posts(room) == []
    await room.tick(at("2026-06-01", "09:10"))
    await room.tick(at("2026-06-01", "09:15"))
    assert len(reminder_posts(room)) == 1
    ledger = dict(room.runtime.store.database.items("outbox"))
    assert [v["state"] for k, v in ledger.items() if k.startswith("reminder:")] == ["sent"]
