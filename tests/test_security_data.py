"""What the bot stores and accepts from cards (security findings 4, 6, 10 and 12).

Testvik (made up) with its people, roster and SLT channel, over real HTTP with a fake Bot
Connector: free text passes the privacy guard before it is stored or shown (4), card
actions are signed and bound to where the card was posted (6), catch-up after downtime
sends only the newest reminder (10), and the .ics link can be replaced (12).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bot.store import Store
from cards.verbs import Verb
from tests.auxil.room import SKOLE, Room, at, post_action, reminder_posts

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
    assert room.runtime.store.get("tiltak", "testvik:1:2026-06-15") is None
    assert "15076500565" not in database_text(room.runtime.settings.database_path)


async def test_trenger_mer_tid_with_personal_data_in_the_reason_changes_nothing(
    room: Room,
) -> None:
    body = await post_action(
        room, Verb.TILTAK_MORE_TIME, SKOLE, new_deadline="2026-08-20", comment=PERSONAL
    )
    assert "ikke lagret" in json.dumps(body, ensure_ascii=False)
    assert room.runtime.store.get("tiltak", "testvik:1:2026-06-15") is None


async def test_a_clean_comment_is_still_saved(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_COMMENT, SKOLE, comment="Starter etter høstferien")
    assert "Starter etter høstferien" in json.dumps(body["value"], ensure_ascii=False)


def test_a_deleted_record_leaves_no_trace_in_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "slt.sqlite3"
    store = Store(path)
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
