"""The JSON every stored record is kept in, pinned to the letter, and rows older versions
wrote still reading: an existing database must read unchanged whatever writes the records.

Written against the hand-written ``to_json``/``from_json`` of each record before they gave
way to one field-driven codec; each case goes through its repository and a real SQLite
store and compares the stored text (``json.dumps`` with sorted keys, as the store keeps it).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.storage import Repositories
from bot.storage.outbox import SENDING, OutboxEntry
from bot.storage.records import (
    AgendaEntry,
    GraphEvent,
    KommuneChannel,
    Mark,
    MeetingAnswers,
    MeetingOverride,
    RosterMember,
    Rsvp,
    TiltakAnswerEntry,
    TiltakRecord,
)
from bot.storage.sqlite import SqliteStore

pytestmark = pytest.mark.asyncio

AT = "2026-06-15T09:00:00+02:00"


@pytest.fixture
async def repos() -> AsyncIterator[Repositories]:
    store = SqliteStore.open(":memory:")
    yield Repositories.over(store)
    await store.close()


async def stored(repos: Repositories, namespace: str, key: str) -> str:
    found = await repos.store.get(namespace, key)
    assert found is not None
    return json.dumps(found, sort_keys=True)


def text(data: dict[str, object]) -> str:
    return json.dumps(data, sort_keys=True)


# --- today's records write today's JSON ---------------------------------------------------


async def test_a_kommune_channel_is_stored_with_a_null_team(repos: Repositories) -> None:
    await repos.channels.choose_for_kommune(KommuneChannel("testvik", "19:kanal", None, "aad-x"))
    assert await stored(repos, "kommune_channel", "testvik") == text(
        {"channel": "19:kanal", "team": None, "by": "aad-x"}
    )


async def test_a_roster_member_is_every_field_but_the_key(repos: Repositories) -> None:
    full = RosterMember(
        "aad-kari",
        user_id="29:kari",
        upn="kari@testvik.example",
        email="kari.e@testvik.example",
        name="Kari Prøve",
        tenant_id="tenant-1",
        service_url="https://smba.example/",
        team="team-b",
        teams=("team-a", "team-b"),
    )
    await repos.roster.put(full)
    assert await stored(repos, "roster", "aad-kari") == text(
        {
            "user_id": "29:kari",
            "upn": "kari@testvik.example",
            "email": "kari.e@testvik.example",
            "name": "Kari Prøve",
            "tenant_id": "tenant-1",
            "service_url": "https://smba.example/",
            "team": "team-b",
            "teams": ["team-a", "team-b"],
        }
    )
    assert await repos.roster.get("aad-kari") == full

    await repos.roster.put(RosterMember("aad-ola"))
    assert await stored(repos, "roster", "aad-ola") == text(
        {
            "user_id": None,
            "upn": None,
            "email": None,
            "name": None,
            "tenant_id": None,
            "service_url": None,
            "team": None,
            "teams": [],
        }
    )


async def test_a_meeting_override_is_every_field_but_the_key(repos: Repositories) -> None:
    """Set fields and defaults side by side: a None is written as null, never left out. The
    row reads into the record it describes and is written back to the letter."""
    row = {
        "kommune": "testvik",
        "group": "slt",
        "status": "moved",
        "start": "2026-06-16T10:00:00+02:00",
        "end": "2026-06-16T11:00:00+02:00",
        "source": "adhoc",
        "place": "Rådhuset",
        "teams_link": None,
        "urgent": False,
        "origin": None,
        "moved_from": None,
        "moved_to": "2026-06-16",
        "sequence": 2,
        "by": "aad-koordinator",
        "at": "",
    }
    key = "testvik:slt:2026-06-15"
    await repos.store.put("meeting_override", key, row)
    found = await repos.meeting_overrides.get(key)
    assert found is not None
    assert (found.place, found.teams_link, found.urgent, found.moved_to) == (
        "Rådhuset",
        None,
        False,
        "2026-06-16",
    )
    assert (found.sequence, found.by, found.at, found.source) == (2, "aad-koordinator", "", "adhoc")
    await repos.store.delete("meeting_override", key)
    await repos.meeting_overrides.put(found)
    assert await stored(repos, "meeting_override", key) == text(row)

    urgent = replace(found, key="testvik:slt:2026-06-22", urgent=True, teams_link="https://t/m")
    await repos.meeting_overrides.put(urgent)
    assert await repos.meeting_overrides.get(urgent.key) == urgent


async def test_meeting_answers_leave_out_what_is_empty(repos: Repositories) -> None:
    answers = MeetingAnswers(
        rsvp={"29:kari": Rsvp("Kari Prøve", True, AT), "29:ola": Rsvp("Ola Prøve", False, AT)},
        agenda=(AgendaEntry("Trygghetsvandring", "Kari Prøve", AT),),
    )
    await repos.meeting_answers.put("testvik:slt:2026-06-15", answers)
    assert await stored(repos, "meeting", "testvik:slt:2026-06-15") == text(
        {
            "rsvp": {
                "29:kari": {"name": "Kari Prøve", "coming": True, "at": AT},
                "29:ola": {"name": "Ola Prøve", "coming": False, "at": AT},
            },
            "agenda": [{"text": "Trygghetsvandring", "by": "Kari Prøve", "at": AT}],
        }
    )
    assert await repos.meeting_answers.get("testvik:slt:2026-06-15") == answers

    only_rsvp = MeetingAnswers(rsvp={"29:kari": Rsvp("Kari Prøve", True, AT)})
    await repos.meeting_answers.put("testvik:slt:2026-06-22", only_rsvp)
    assert await stored(repos, "meeting", "testvik:slt:2026-06-22") == text(
        {"rsvp": {"29:kari": {"name": "Kari Prøve", "coming": True, "at": AT}}}
    )
    only_agenda = MeetingAnswers(agenda=(AgendaEntry("Sak", "Ola Prøve", AT),))
    await repos.meeting_answers.put("testvik:slt:2026-06-29", only_agenda)
    assert await stored(repos, "meeting", "testvik:slt:2026-06-29") == text(
        {"agenda": [{"text": "Sak", "by": "Ola Prøve", "at": AT}]}
    )


async def test_a_tiltak_record_keeps_nulls_but_leaves_out_an_unset_frist(
    repos: Repositories,
) -> None:
    record = TiltakRecord(
        status="done",
        comment="Gjennomført",
        new_deadline="2026-09-01",
        answers=(
            TiltakAnswerEntry("Kari Prøve", AT, "done", "Gjennomført", "2026-09-01"),
            TiltakAnswerEntry("Ola Prøve", AT),
            TiltakAnswerEntry("Ola Prøve", AT, None, "", None),
        ),
        by="Kari Prøve",
        at=AT,
    )
    await repos.tiltak_answers.put("testvik:t1:2026-06-30", record)
    assert await stored(repos, "tiltak", "testvik:t1:2026-06-30") == text(
        {
            "status": "done",
            "comment": "Gjennomført",
            "new_deadline": "2026-09-01",
            "answers": [
                {
                    "by": "Kari Prøve",
                    "at": AT,
                    "status": "done",
                    "comment": "Gjennomført",
                    "new_deadline": "2026-09-01",
                },
                {"by": "Ola Prøve", "at": AT},
                {"by": "Ola Prøve", "at": AT},
            ],
            "by": "Kari Prøve",
            "at": AT,
        }
    )
    found = await repos.tiltak_answers.get("testvik:t1:2026-06-30")
    assert found is not None
    assert found.answers[2] == TiltakAnswerEntry("Ola Prøve", AT)  # an empty comment is none

    await repos.tiltak_answers.put("testvik:t1:2026-07-31", TiltakRecord())
    assert await stored(repos, "tiltak", "testvik:t1:2026-07-31") == text(
        {"status": "open", "comment": None, "answers": [], "by": None, "at": None}
    )


async def test_a_mark_leaves_out_a_missing_message(repos: Repositories) -> None:
    await repos.reminded.put("m1", Mark("2026-06-15"))
    await repos.reminded.put("m2", Mark("2026-06-15", "testvik:t1:msg"))
    assert await stored(repos, "tiltak_reminded", "m1") == text({"on": "2026-06-15"})
    assert await stored(repos, "tiltak_reminded", "m2") == text(
        {"on": "2026-06-15", "message": "testvik:t1:msg"}
    )
    assert await repos.reminded.get("m2") == Mark("2026-06-15", "testvik:t1:msg")


async def test_a_graph_event_keeps_a_null_join_url(repos: Repositories) -> None:
    await repos.graph_events.put("uid-1", GraphEvent("koordinator@testvik.example", "ev-1"))
    assert await stored(repos, "graph_event", "uid-1") == text(
        {"organizer": "koordinator@testvik.example", "event_id": "ev-1", "join_url": None}
    )
    assert await repos.graph_events.get("uid-1") == GraphEvent(
        "koordinator@testvik.example", "ev-1"
    )


async def test_an_empty_graph_event_row_is_no_event(repos: Repositories) -> None:
    """Earlier versions read ``{}`` as no event; the meeting tick must not fail on one."""
    await repos.store.put("graph_event", "uid-2", {})
    assert await repos.graph_events.get("uid-2") is None


async def test_an_outbox_row_leaves_out_what_is_unset(repos: Repositories) -> None:
    bare = OutboxEntry("k1", "reminder")
    await repos.outbox.put(bare)
    assert await stored(repos, "outbox", "k1") == text(
        {"kind": "reminder", "state": "queued", "attempts": 0}
    )
    assert await repos.outbox.get("k1") == bare

    full = OutboxEntry(
        "k2",
        "meeting",
        state=SENDING,
        attempts=3,
        target="user",
        queued_at=AT,
        updated_at=AT,
        claimed_by="instance-1",
        activity_id="act-1",
        fallback=True,
        error="throttled",
        uncertain=True,
    )
    await repos.outbox.put(full)
    assert await stored(repos, "outbox", "k2") == text(
        {
            "kind": "meeting",
            "state": "sending",
            "attempts": 3,
            "target": "user",
            "queued_at": AT,
            "updated_at": AT,
            "claimed_by": "instance-1",
            "activity_id": "act-1",
            "fallback": True,
            "error": "throttled",
            "uncertain": True,
        }
    )
    assert await repos.outbox.get("k2") == full


# --- rows older versions wrote still read -------------------------------------------------


async def test_an_old_roster_row_with_one_team_reads_into_teams(repos: Repositories) -> None:
    await repos.store.put("roster", "aad-kari", {"name": "Kari Prøve", "team": "team-b"})
    await repos.store.put("roster", "aad-ola", {"upn": "", "teams": ["team-b", "team-a"]})

    assert await repos.roster.get("aad-kari") == RosterMember(
        "aad-kari", name="Kari Prøve", team="team-b", teams=("team-b",)
    )
    assert await repos.roster.get("aad-ola") == RosterMember("aad-ola", teams=("team-a", "team-b"))


async def test_old_rows_missing_fields_read_with_their_defaults(repos: Repositories) -> None:
    await repos.store.put("kommune_channel", "testvik", {"channel": "19:kanal"})
    assert await repos.channels.for_kommune("testvik") == KommuneChannel(
        "testvik", "19:kanal", None, ""
    )

    key = "testvik:slt:2026-06-15"
    await repos.store.put("meeting_override", key, {"start": "a", "end": "b", "source": ""})
    assert await repos.meeting_overrides.get(key) == MeetingOverride(
        key, "", "", "active", "a", "b"
    )

    await repos.store.put(
        "meeting",
        key,
        {"rsvp": {"29:kari": {"coming": True}}, "agenda": [{"text": "Sak"}]},
    )
    assert await repos.meeting_answers.get(key) == MeetingAnswers(
        rsvp={"29:kari": Rsvp("Ukjent", True, "")}, agenda=(AgendaEntry("Sak", "Ukjent", ""),)
    )

    await repos.store.put(
        "tiltak", "testvik:t1:2026-06-30", {"comment": "", "answers": [{"at": AT, "status": ""}]}
    )
    assert await repos.tiltak_answers.get("testvik:t1:2026-06-30") == TiltakRecord(
        answers=(TiltakAnswerEntry("Ukjent", AT),)
    )

    await repos.store.put("outbox", "k3", {})
    assert await repos.outbox.get("k3") == OutboxEntry("k3", "message")

    await repos.store.put("tiltak_escalated", "e1", {"on": "2026-06-15", "message": ""})
    assert await repos.escalated.get("e1") == Mark("2026-06-15")
