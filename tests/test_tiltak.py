"""Tiltak as staff ask about them, and the CLI the coordinator checks the plan with."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.messages import Sender
from bot.people import PeopleMap, Person
from bot.routing import Request, SltBot
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from tests.auxil.service import run_app

TODAY = dt.datetime(2026, 9, 1, 10, 0, tzinfo=OSLO)


def people(kommune: str, *pairs: tuple[str, str]) -> dict[str, PeopleMap]:
    by_role: dict[str, tuple[Person, ...]] = {}
    for role, upn in pairs:
        by_role[fold(role)] = (*by_role.get(fold(role), ()), Person(role=role, upn=upn))
    return {kommune: PeopleMap(kommune, by_role)}


@pytest.fixture
def bot(kb: KnowledgeBase) -> SltBot:
    mapping = people(
        "valer",
        ("Ungdomskontakt", "ung.kontakt@valer.example"),
        ("SLT-koordinator", "slt@valer.example"),
    )
    return SltBot(
        kb, SqliteStore.open(":memory:"), Settings(), clock=FixedClock(TODAY), people=mapping
    )


def test_hva_er_fristen_for_tiltak_18_gives_the_date_and_the_plans_words(kb: KnowledgeBase) -> None:
    spring = FixedClock(dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO))
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings(), clock=spring)
    reply = asyncio.run(bot.answer("hva er fristen for tiltak 18", "valer"))
    assert reply.facts["tiltak"] == ["18"]
    assert "før hver sommerferie" in reply.text
    # the date is computed from the plan's words, and says so
    assert "Frist: 15.06.2026 (beregnet: «før hver sommerferie»" in reply.text


def test_hvem_har_ansvar_for_utsett_finds_the_utsett_tiltak(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem har ansvar for Utsett", "jevnaker"))
    assert reply.facts["tiltak"] and all("utsett" in t for t in reply.facts["tiltak"])
    assert "Skoleleder" in reply.text


def test_tiltak_for_ungdomskontakten_lists_that_roles_tiltak(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("tiltak for ungdomskontakten", "valer"))
    assert "3" in reply.facts["tiltak"]
    tiltak = {t.id: t for t in bot.kb.kommuner["valer"].kommune.tiltak}
    for tiltak_id in reply.facts["tiltak"]:
        assert any("ungdomskontakt" in a.lower() for a in tiltak[tiltak_id].ansvar)


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_a_role_without_tiltak_is_told_to_try_a_role_this_plan_names(
    bot: SltBot, kommune: str
) -> None:
    reply = asyncio.run(bot.answer("tiltak for bibliotekar", kommune))
    assert "Fant ingen tiltak der «bibliotekar» står som ansvarlig" in reply.text
    example = reply.text.split("for eksempel «tiltak for ", 1)[1].split("»", 1)[0]
    named = {fold(a) for t in bot.kb.kommuner[kommune].kommune.tiltak for a in t.ansvar}
    assert fold(example) in named  # Jevnaker's plan has no «ungdomskontakt» to suggest


def test_mine_tiltak_uses_the_people_mapping_through_the_roster(bot: SltBot) -> None:
    bot.store.database.put(
        "roster", "aad-ung", {"user_id": "29:ung", "upn": "ung.kontakt@valer.example"}
    )
    request = Request(
        text="mine tiltak", conversation_key="conv:x", sender=Sender("29:ung", "aad-ung")
    )
    [reply] = asyncio.run(bot.on_message(request))
    assert reply.intent == "tiltak_mine"
    assert "3" in reply.facts["tiltak"] and "Ungdomskontakt" in reply.text


@pytest.mark.parametrize(
    ("text", "holds", "not_held"),
    [
        # the role the message names decides over the roster's (a new job)
        ("jeg har nettopp begynt som skolelos, hvilke tiltak er mine?", "Skolelos", "Tiltak 3:"),
        # a second hat («også») the plan gives no tiltak: the roster's roles still answer (a
        # stated role alone decides even then: tests/test_tiltak_offer60.py)
        ("jeg er også trener, hvilke tiltak er mine?", "Ungdomskontakt", "Ingen tiltak"),
    ],
)
def test_mine_tiltak_the_stated_role_decides_when_the_plan_gives_it_tiltak(
    bot: SltBot, text: str, holds: str, not_held: str
) -> None:
    bot.store.database.put(
        "roster", "aad-ung", {"user_id": "29:ung", "upn": "ung.kontakt@valer.example"}
    )
    request = Request(text=text, conversation_key="conv:x", sender=Sender("29:ung", "aad-ung"))
    [reply] = asyncio.run(bot.on_message(request))
    assert reply.intent == "tiltak_mine", reply.intent
    assert holds in reply.text and not_held not in reply.text, reply.text


def test_mine_tiltak_for_someone_unmapped_explains_how_to_get_mapped(bot: SltBot) -> None:
    [reply] = asyncio.run(
        bot.on_message(Request(text="mine tiltak", conversation_key="c", sender=Sender("29:x")))
    )
    assert "finner deg ikke i personoversikten" in reply.text


def test_status_handlingsplan_counts_every_category_and_names_missing_owners(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("status handlingsplan", "valer"))
    assert set(reply.facts) == {
        "done",
        "due_soon",
        "overdue",
        "unanswered",
        "missing_owner",
        "not_mine",
        "plan_ended",
    }
    assert reply.facts["missing_owner"] > 0  # only two roles are mapped in this test
    assert "Mangler ansvarlig" in reply.text


def test_the_tiltak_command_lists_all_39_of_valer_as_json() -> None:
    result = run_app("tiltak", "--kommune", "valer", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 39
    assert {"id", "innsatsomrade", "tiltak", "ansvar", "frist", "source"} <= set(records[0])


def test_the_tiltak_command_filters_by_ansvarlig() -> None:
    result = run_app("tiltak", "--kommune", "valer", "--ansvarlig", "Ungdomskontakt", "--json")
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert "3" in ids and "1" not in ids


def test_the_reminders_preview_lists_a_year_for_valer_on_working_days_only() -> None:
    result = run_app(
        "reminders", "--kommune", "valer", "--from", "2026-01-01", "--to", "2026-12-31", "--json"
    )
    assert result.returncode == 0, result.stderr
    reminders = json.loads(result.stdout)
    assert reminders
    keys = set()
    for r in reminders:
        send_at = dt.datetime.fromisoformat(r["send_at"])
        assert send_at.utcoffset() is not None
        assert send_at.weekday() < 5
        assert dt.time(8, 0) <= send_at.time() <= dt.time(15, 30)
        fields = {"kommune", "tiltak", "number", "ansvarlig", "kind", "deadline"}
        assert fields | {"deadline_source", "send_at", "offset_days"} <= set(r)
        if r["kind"] == "status":
            assert r["deadline"] is None and r["deadline_source"] is None
            due = send_at.date()
        else:
            assert r["deadline_source"] in ("plan", "coordinator")
            due = dt.date.fromisoformat(r["deadline"])
        assert send_at.date() <= due
        key = (r["tiltak"], r["deadline"], r["offset_days"], send_at.date())
        assert key not in keys
        keys.add(key)


def test_the_reminders_preview_refuses_a_reversed_range() -> None:
    result = run_app(
        "reminders", "--kommune", "valer", "--from", "2026-12-31", "--to", "2026-01-01"
    )
    assert result.returncode == 2
