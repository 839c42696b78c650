"""What the bot stores and accepts from cards (security findings 4, 6, 10 and 12).

Testvik (made up) with its people, roster and SLT channel, over real HTTP with a fake Bot
Connector: free text passes the privacy guard before it is stored or shown (4), card
actions are signed and bound to where the card was posted (6), catch-up after downtime
sends only the newest reminder (10), and the .ics link can be replaced (12).
"""

from __future__ import annotations

import hmac
import json
import re
import sqlite3
import stat
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.storage.sqlite import SqliteDatabase
from cards.verbs import Verb
from tests.auxil.activities import card_action, message, signed, user
from tests.auxil.connector import FakeConnector
from tests.auxil.room import KOORDINATOR, SKOLE, Room, at, open_room, post_action, reminder_posts
from tests.conftest import with_settings
from tests.test_meetings_e2e import MEETING, ORDFORER, room_at

PERSONAL = "Ola (14) i 8B blir slått hjemme, fnr 15076500565"


def database_text(path: Path) -> str:
    """Every stored value as text (the kv records and the send ledger)."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT namespace, key, value FROM kv").fetchall()
    finally:
        db.close()
    return json.dumps(rows, ensure_ascii=False)


# --- 4: free text passes the privacy guard ----------------------------------------------


async def test_a_tiltak_comment_with_personal_data_is_refused_and_not_stored(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_COMMENT, SKOLE, comment=PERSONAL)
    answer = json.dumps(body, ensure_ascii=False)
    assert "personopplysninger" in answer and "ikke lagret" in answer
    assert "Ola" not in answer and "15076500565" not in answer
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15") is None
    assert "15076500565" not in database_text(room.runtime.settings.database_path)


async def test_trenger_mer_tid_with_personal_data_in_the_reason_changes_nothing(
    room: Room,
) -> None:
    body = await post_action(
        room, Verb.TILTAK_MORE_TIME, SKOLE, new_deadline="2026-08-20", comment=PERSONAL
    )
    assert "ikke lagret" in json.dumps(body, ensure_ascii=False)
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15") is None


async def test_a_clean_comment_is_still_saved(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_COMMENT, SKOLE, comment="Starter etter høstferien")
    assert "Starter etter høstferien" in json.dumps(body["value"], ensure_ascii=False)


def test_a_deleted_record_leaves_no_trace_in_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "slt.sqlite3"
    store = SqliteDatabase(path)
    store.put("agenda", "testvik:fagteam", {"text": "hemmelig-sak-som-skal-bort " * 8})
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.delete("agenda", "testvik:fagteam")
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store._db.execute("PRAGMA secure_delete").fetchone() == (1,)
    store.close()
    raw = path.read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(path.name + "-")
    )
    assert b"hemmelig-sak-som-skal-bort" not in raw


# --- 10: catch-up after downtime sends only the newest reminder ---------------------------
# Tiltak 2 (Ungdomskontakt and Helsesykepleier, one person here) is due Friday 18 September:
# reminders 14 days (4 Sep), 3 days (15 Sep) and 1 day (17 Sep) before.


def about_tiltak_2(room: Room) -> list[str]:
    return [
        json.dumps(p, ensure_ascii=False)
        for p in reminder_posts(room)
        if "tiltak 2 " in json.dumps(p, ensure_ascii=False)
    ]


async def test_after_downtime_only_the_newest_reminder_for_a_deadline_is_sent(
    room: Room,
) -> None:
    await room.tick(at("2026-09-17"))  # down from before 4 September until this morning
    posted = about_tiltak_2(room)
    assert len(posted) == 1, "not the 14-, 3- and 1-day reminders together"
    assert "har frist i morgen" in posted[0]
    await room.tick(at("2026-09-17", "13:00"))
    assert about_tiltak_2(room) == posted


async def test_without_downtime_each_reminder_comes_on_its_day(room: Room) -> None:
    days = []
    for day in ("2026-09-04", "2026-09-15", "2026-09-17"):
        before = len(about_tiltak_2(room))
        await room.tick(at(day))
        days.append(about_tiltak_2(room)[before:])
    assert [len(d) for d in days] == [1, 1, 1]
    assert "frist om 14 dager" in days[0][0] and "frist om 3 dager" in days[1][0]
    assert "frist i morgen" in days[2][0]


# --- 6: card actions are signed and bound to where the card was posted --------------------


async def test_a_hand_made_card_click_changes_nothing(room: Room) -> None:
    data = {"kommune": "testvik", "tiltak": "1", "deadline": "2026-06-15"}
    response = await room.server.post(
        card_action(Verb.TILTAK_DONE, data, room.connector.url, sender=SKOLE, sign=False)
    )
    assert response.status == 200
    assert "kjenner jeg ikke igjen" in json.dumps(await response.json(), ensure_ascii=False)
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15") is None


async def test_altered_card_data_changes_nothing(room: Room) -> None:
    comment = signed(Verb.TILTAK_COMMENT, {"kommune": "testvik", "tiltak": "1"})
    for altered in (
        {**comment, "deadline": "2026-06-15"},  # a field added
        {**comment, "tiltak": "2"},  # a field changed
    ):
        response = await room.server.post(
            card_action(Verb.TILTAK_COMMENT, altered, room.connector.url, sender=SKOLE)
        )
        assert "kjenner jeg ikke igjen" in json.dumps(await response.json(), ensure_ascii=False)
    real = signed(
        Verb.TILTAK_COMMENT, {"kommune": "testvik", "tiltak": "1", "deadline": "2026-06-15"}
    )
    response = await room.server.post(  # «Kommentar»'s data sent as «Utført»
        card_action(Verb.TILTAK_DONE, real, room.connector.url, sender=SKOLE)
    )
    assert "kjenner jeg ikke igjen" in json.dumps(await response.json(), ensure_ascii=False)
    assert room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15") is None


async def test_the_signature_survives_a_restart_and_the_secret_file_is_private(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> None:
    local = with_settings(settings, default_kommune="testvik")
    first, server = await open_room(local, testvik, connector, at("2026-06-01"))
    await first.tick(at("2026-06-01"))
    [reminder] = reminder_posts(first)
    await first.server.session.close()
    await server.close()
    secret = local.data_dir / "card-secret"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600

    second, server = await open_room(local, testvik, connector, at("2026-06-02"))
    try:
        card = reminder["attachments"][0]["content"]
        done = next(a for a in actions(card) if a.get("verb") == Verb.TILTAK_DONE)
        response = await second.server.post(
            card_action(Verb.TILTAK_DONE, done["data"], connector.url, sender=SKOLE)
        )
        assert "Utført – Sigrid Skoleleder" in json.dumps(await response.json(), ensure_ascii=False)
    finally:
        await second.server.session.close()
        await server.close()


def actions(element: Any) -> list[dict[str, Any]]:
    """Every action of a card, also those in ActionSets and ShowCards."""
    if isinstance(element, dict):
        own = [element] if str(element.get("type", "")).startswith("Action.") else []
        return own + [a for v in element.values() for a in actions(v)]
    if isinstance(element, list):
        return [a for v in element for a in actions(v)]
    return []


OUTSIDER = user("Ulrik Utenforstående", "aad-ute")
MEETING_DATA = {"kommune": "testvik", "group": "politiradet", "meeting": MEETING}


async def meeting_click(
    room: Room, person: dict[str, Any], scope: str, verb: Verb = Verb.MEETING_RSVP_YES
) -> str:
    response = await room.server.post(
        card_action(verb, MEETING_DATA, room.connector.url, scope=scope, sender=person)
    )
    assert response.status == 200
    await room.runtime.handler.drain()
    return json.dumps(await response.json(), ensure_ascii=False)


@pytest.fixture
async def meeting_room(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> AsyncIterator[Room]:
    opened, server = await room_at(settings, testvik, connector, at("2026-02-03"))
    yield opened
    await opened.server.session.close()
    await server.close()


async def test_an_outsider_in_a_1_to_1_chat_cannot_answer_a_meeting_card(
    meeting_room: Room,
) -> None:
    answer = await meeting_click(meeting_room, OUTSIDER, "personal")
    assert "Ingenting er endret" in answer
    assert (await meeting_room.runtime.bot.meetings.attendance(MEETING)).coming == ()
    assert meeting_room.connector.updates() == []


async def test_an_invitee_may_answer_from_their_1_to_1_chat(meeting_room: Room) -> None:
    answer = await meeting_click(meeting_room, ORDFORER, "personal")
    assert "Registrert: kommer" in answer


async def test_anyone_in_the_meetings_channel_may_answer_there(meeting_room: Room) -> None:
    answer = await meeting_click(meeting_room, OUTSIDER, "channel")
    assert "Registrert: kommer" in answer


# --- 12: the .ics link is compared in constant time and can be replaced -------------------


async def ics_link(room: Room, person: dict[str, Any], text: str = "årshjul") -> str | None:
    before = len(room.connector.received)
    await room.server.post(
        message(text, room.connector.url, scope="channel", mention=True, sender=person)
    )
    replies = json.dumps([r.activity for r in room.connector.received[before:]])
    found = re.search(r"https://slt\.testvik\.example(/calendar/[A-Za-z0-9_-]{20,}\.ics)", replies)
    return found.group(1) if found else None


async def status(room: Room, path: str) -> int:
    response = await room.server.session.get(room.server.url + path)
    return response.status


async def test_ny_kalenderlenke_revokes_the_old_link(meeting_room: Room) -> None:
    old = await ics_link(meeting_room, ORDFORER)
    assert old and await status(meeting_room, old) == 200
    new = await ics_link(meeting_room, KOORDINATOR, "ny kalenderlenke")
    assert new and new != old
    assert await status(meeting_room, old) == 404
    assert await status(meeting_room, new) == 200
    assert await ics_link(meeting_room, ORDFORER) == new


async def test_only_the_coordinator_makes_a_new_calendar_link(meeting_room: Room) -> None:
    old = await ics_link(meeting_room, ORDFORER)
    assert await ics_link(meeting_room, ORDFORER, "ny kalenderlenke") is None
    assert old and await status(meeting_room, old) == 200


async def test_the_calendar_token_is_compared_in_constant_time(
    meeting_room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = await ics_link(meeting_room, ORDFORER)
    compared: list[int] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append(len(a))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert link and await status(meeting_room, link) == 200
    assert compared, "the presented token went through hmac.compare_digest"
    compared.clear()
    assert await status(meeting_room, "/calendar/gjettet-token-som-ikke-finnes.ics") == 404
    assert compared
