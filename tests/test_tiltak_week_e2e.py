"""The coordinator's week with tiltak, replayed over HTTP (issue: reminders that do not
flood, cards that close the loop).

Testvik (made up): tiltak 1 due 15 June (Virksomhetsleder skole: Sigrid), tiltak 2 due the
Friday of week 38 (Ungdomskontakt/Helsesykepleier: Hedda), tiltak 3 løpende with status
checks (Frivilligsentralen: nobody). Kåre is the SLT-koordinator. A real bot server, a fake
Bot Connector, a frozen clock in Europe/Oslo.
"""

from __future__ import annotations

import json
from typing import Any

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from cards.verbs import Verb
from tests.auxil.activities import card_action
from tests.auxil.connector import FakeConnector
from tests.auxil.room import HELSE, KOORDINATOR, SKOLE, Room, at, open_room
from tests.conftest import with_settings


def actions(element: Any) -> list[dict[str, Any]]:
    """Every action of a card, also those in ActionSets and ShowCards."""
    found: list[dict[str, Any]] = []
    if isinstance(element, dict):
        if str(element.get("type", "")).startswith("Action."):
            found.append(element)
        for value in element.values():
            found += actions(value)
    elif isinstance(element, list):
        for value in element:
            found += actions(value)
    return found


def action(card: dict[str, Any], title: str) -> dict[str, Any]:
    """The data of the first button titled ``title`` that sends something."""
    return next(dict(a["data"]) for a in actions(card) if a["title"] == title and "data" in a)


def texts(element: Any) -> list[dict[str, Any]]:
    """Every TextBlock of a card."""
    if isinstance(element, dict):
        own = [element] if element.get("type") == "TextBlock" else []
        return own + [t for v in element.values() for t in texts(v)]
    if isinstance(element, list):
        return [t for v in element for t in texts(v)]
    return []


def cards_for(room: Room, person: dict[str, Any], start: int = 0) -> list[dict[str, Any]]:
    """Cards posted in the person's 1:1 chats since ``start``."""
    members = room.connector.conversation_members
    return [
        a["content"]
        for r in room.connector.received[start:]
        if r.method == "POST" and members.get(r.conversation_id) == person["id"]
        for a in r.activity.get("attachments") or []
    ]


async def click(
    room: Room, verb: str, person: dict[str, Any], data: dict[str, Any]
) -> dict[str, Any]:
    response = await room.server.post(card_action(verb, data, room.connector.url, sender=person))
    assert response.status == 200
    return await response.json()


async def give_tiltak_3_to_hedda(room: Room) -> None:
    data = {"kommune": "testvik", "card": "digest", "slot": "g"}
    data |= {"group_g": "3", "person_g": HELSE["aadObjectId"]}
    body = await click(room, Verb.TILTAK_ASSIGN, KOORDINATOR, data)
    assert "Hedda Helsesøster er nå ansvarlig for tiltak 3" in json.dumps(body, ensure_ascii=False)


async def test_an_answered_status_check_redraws_as_a_green_receipt_without_inputs(
    room: Room,
) -> None:
    await give_tiltak_3_to_hedda(room)
    await room.tick(at("2026-05-29"))  # tiltak 3's status check (31 May is a Sunday)
    [card] = cards_for(room, HELSE)
    assert texts(card)[0]["text"] == "Statussjekk: tiltak 3"
    done = action(card, "Marker som utført")
    done[f"done_comment_{done['slot']}"] = "Godt i gang, 12 frivillige med"
    body = await click(room, done["verb"], HELSE, done)
    receipt = body["value"]
    assert texts(receipt)[0]["text"] == "Tiltak 3 er utført"  # no longer «Statussjekk»
    [line] = [t for t in texts(receipt) if "Utført – Hedda Helsesøster" in t["text"]]
    assert line["color"] == "Good" and "29.05.2026 kl. 09:05" in line["text"]
    assert "Kommentar: «Godt i gang, 12 frivillige med»" in line["text"]
    assert not [t for t in texts(receipt) if t.get("color") == "Attention"]
    dumped = json.dumps(receipt, ensure_ascii=False)
    assert "Input." not in dumped and "Action." not in dumped


async def test_a_comment_stays_with_the_answer_it_was_given_with(room: Room) -> None:
    await room.tick(at("2026-06-01"))
    [card] = cards_for(room, SKOLE)
    comment = action(card, "Lagre kommentar")
    comment[f"comment_{comment['slot']}"] = "Starter i august"
    await click(room, comment["verb"], SKOLE, comment)
    body = await click(room, Verb.TILTAK_DONE, KOORDINATOR, action(card, "Marker som utført"))
    lines = [t["text"] for t in texts(body["value"])]
    [by_kare] = [x for x in lines if x.startswith("✔ Utført – Kåre Koordinator")]
    assert "Starter i august" not in by_kare  # Sigrid's comment is not under Kåre's «Utført»
    [by_sigrid] = [x for x in lines if x.startswith("Sigrid Skoleleder")]
    assert by_sigrid == "Sigrid Skoleleder skrev 01.06.2026 kl. 09:05: «Starter i august»"


async def test_ikke_mitt_ansvar_names_who_and_why_and_the_coordinator_gives_it_on(
    room: Room,
) -> None:
    await room.tick(at("2026-06-01"))
    [card] = cards_for(room, SKOLE)
    not_mine = action(card, "Send til koordinatoren")
    not_mine[f"reason_{not_mine['slot']}"] = "Dette følger helsestasjonen opp"
    seen = len(room.connector.received)
    await click(room, not_mine["verb"], SKOLE, not_mine)
    await room.runtime.handler.drain()
    [note] = cards_for(room, KOORDINATOR, seen)
    note_text = json.dumps(note, ensure_ascii=False)
    assert "Ikke mitt ansvar: tiltak 1" in note_text
    assert "Sigrid Skoleleder svarte «Ikke mitt ansvar» 01.06.2026 kl. 09:05" in note_text
    assert "Begrunnelse: «Dette følger helsestasjonen opp»" in note_text
    titles = [a["title"] for a in actions(note)]
    assert "Sett ny ansvarlig" in titles and "Godta ny frist" in titles

    assign = action(note, "Lagre")
    refused = await click(
        room, assign["verb"], SKOLE, {**assign, "person_t1": HELSE["aadObjectId"]}
    )
    assert "bare SLT-koordinatoren" in json.dumps(refused, ensure_ascii=False)
    body = await click(
        room, assign["verb"], KOORDINATOR, {**assign, "person_t1": HELSE["aadObjectId"]}
    )
    handled = json.dumps(body["value"], ensure_ascii=False)
    assert "Hedda Helsesøster er nå ansvarlig for tiltak 1" in handled
    assert "Input." not in handled  # handled: a receipt
    seen = len(room.connector.received)
    await room.tick(at("2026-06-01", "09:10"))  # the next tick: Hedda's card
    [hedda] = cards_for(room, HELSE, seen)  # one card: the nudge carries today's reminder
    assert "Tiltak 1 har frist om 14 dager" in json.dumps(hedda, ensure_ascii=False)
    await room.tick(at("2026-06-02"))
    assert len(cards_for(room, HELSE, seen)) == 1  # nor again the next day
    again = await click(room, Verb.TILTAK_DONE, SKOLE, action(card, "Marker som utført"))
    assert "bare den som er ansvarlig" in json.dumps(again, ensure_ascii=False)


async def test_one_escalation_a_day_whose_buttons_remind_reassign_and_close(room: Room) -> None:
    await room.tick(at("2026-06-16"))
    await room.tick(at("2026-06-16", "13:00"))
    escalations = [c for c in cards_for(room, KOORDINATOR) if "Forfalt" in texts(c)[0]["text"]]
    assert len(escalations) == 1
    [card] = escalations
    titles = [a["title"] for a in actions(card)]
    assert {"Send påminnelse igjen", "Sett ny ansvarlig", "Marker som utført"} <= set(titles)
    remind = action(card, "Send påminnelse igjen")
    assert "bare SLT-koordinatoren" in json.dumps(
        await click(room, remind["verb"], SKOLE, remind), ensure_ascii=False
    )
    body = await click(room, remind["verb"], KOORDINATOR, remind)
    assert "Påminnelsen sendes til Sigrid Skoleleder nå" in json.dumps(body, ensure_ascii=False)
    seen = len(room.connector.received)
    await room.tick(at("2026-06-16", "13:05"))
    [again] = cards_for(room, SKOLE, seen)
    assert "Fristen for tiltak 1 er passert" in json.dumps(again, ensure_ascii=False)
    body = await click(room, Verb.TILTAK_MARK_DONE, KOORDINATOR, action(card, "Marker som utført"))
    closed = body["value"]
    assert "Tiltak 1 er markert som utført" in json.dumps(closed, ensure_ascii=False)
    assert not actions(closed)  # nothing left to do on it
    await room.tick(at("2026-06-17"))
    assert len([c for c in cards_for(room, KOORDINATOR) if "Forfalt" in texts(c)[0]["text"]]) == 1


async def test_the_status_lists_each_tiltak_under_one_heading(room: Room) -> None:
    await room.tick(at("2026-06-16"))  # tiltak 1 is overdue and unanswered
    text = (await room.runtime.bot.answer("status handlingsplan", "testvik")).text
    sections = text.split("\n\n")
    holding = [s.split(":\n")[0] for s in sections if "Tiltak 1:" in s]
    assert holding == ["Forfalt (1)"]
    assert "Ikke besvart (" not in text


async def test_a_reminder_sent_again_survives_a_stop_before_it_went_out(
    settings: Settings, testvik: KnowledgeBase, connector: FakeConnector
) -> None:
    """«Send påminnelse igjen», then SIGTERM as the next tick starts: the restart sends it."""
    local = with_settings(settings, default_kommune="testvik")
    first, server = await open_room(local, testvik, connector, at("2026-06-16"))
    await first.tick(at("2026-06-16"))
    [card] = [c for c in cards_for(first, KOORDINATOR) if "Forfalt" in texts(c)[0]["text"]]
    remind = action(card, "Send påminnelse igjen")
    await click(first, remind["verb"], KOORDINATOR, remind)
    seen = len(connector.received)
    await first.runtime.sender.stop()  # what a graceful shutdown does first
    await first.tick(at("2026-06-16", "09:10"))
    await first.server.session.close()
    await server.close()
    assert cards_for(first, SKOLE, seen) == []
    second, server = await open_room(local, testvik, connector, at("2026-06-16", "09:15"))
    await second.tick(at("2026-06-16", "09:15"))
    await second.tick(at("2026-06-16", "09:20"))
    await second.server.session.close()
    await server.close()
    [again] = cards_for(second, SKOLE, seen)
    assert "Fristen for tiltak 1 er passert" in json.dumps(again, ensure_ascii=False)


async def test_the_coordinator_asks_for_one_part_of_the_status(room: Room) -> None:
    """«hvilke tiltak er forsinket» and «… mangler ansvarlig»: that part of the digest, not
    one tiltak that happened to match a word, nor the whole digest."""
    await room.tick(at("2026-06-16"))  # tiltak 1 is overdue and unanswered
    late = (await room.runtime.bot.answer("hvilke tiltak er forsinket?", "testvik")).text
    assert late.startswith("Tiltak på etterskudd per 16.06.2026")
    assert "Forfalt (1)" in late and "Tiltak 1:" in late
    assert "Utført (" not in late and "Mangler ansvarlig (" not in late
    missing = await room.runtime.bot.answer("hvilke tiltak mangler ansvarlig", "testvik")
    assert missing.text.startswith("Tiltak uten ansvarlig per 16.06.2026")
    assert "Forfalt (" not in missing.text and "Mangler ansvarlig (" in missing.text
    assert "- Frivilligsentralen: tiltak 3" in missing.text  # the one nobody holds
    assert missing.facts["missing_owner"] == 1
    assert "Sett ansvarlig" in json.dumps(missing.cards, ensure_ascii=False)  # fix it there
