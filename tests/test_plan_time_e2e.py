"""Truthful time end to end: a frozen clock, the real server, a fake Bot Connector.

Testvik (made up; plan 2024–2027) has tiltak 1 due 15 June every year (computed from «før
sommerferien», ansvar: Virksomhetsleder skole) and tiltak 3 løpende (status checks 31 May and
30 November). What an ansvarlig and the coordinator see when dates move and the plan ends.
"""

from __future__ import annotations

import json
from typing import Any

from cards.verbs import Verb
from tests.auxil.activities import card_action
from tests.auxil.room import HELSE, KOORDINATOR, SKOLE, Room, at, post_action


def texts(room: Room, start: int = 0) -> list[str]:
    return [json.dumps(r.activity, ensure_ascii=False) for r in room.connector.received[start:]]


async def click(room: Room, verb: Verb, person: dict[str, Any], data: dict[str, Any]) -> str:
    response = await room.server.post(card_action(verb, data, room.connector.url, sender=person))
    assert response.status == 200
    return json.dumps(await response.json(), ensure_ascii=False)


async def test_more_time_drives_the_reminders_and_the_escalation(room: Room) -> None:
    await room.tick(at("2026-06-12"))
    body = await post_action(room, Verb.TILTAK_MORE_TIME, SKOLE, new_deadline="2026-08-20")
    assert "20.08.2026 (ny frist; var 15.06.2026)" in json.dumps(body, ensure_ascii=False)
    await room.tick(at("2026-06-16"))  # the old date passed: no escalation, it was moved
    assert not any("Forfalt: tiltak 1" in t for t in texts(room))
    seen = len(room.connector.received)
    await room.tick(at("2026-08-06"))  # 14 days before the new date
    assert any("Påminnelse: tiltak 1 har frist 20.08.2026" in t for t in texts(room, seen))
    await room.tick(at("2026-08-21"))  # the working day after the new date
    escalation = [t for t in texts(room) if "Forfalt: tiltak 1" in t]
    assert len(escalation) == 1
    assert "Fikk ny frist 20.08.2026 (var 15.06.2026)" in escalation[0]


async def test_the_status_keeps_its_history_per_year(room: Room) -> None:
    await room.tick(at("2026-06-01"))
    await post_action(room, Verb.TILTAK_DONE, SKOLE)
    room.clock.at = at("2027-07-01")
    text = (await room.runtime.bot.answer("hva er fristen for tiltak 1", "testvik")).text
    assert "Status: Utført 2026 · ikke besvart 2027" in text


async def test_a_lopende_tiltak_gets_a_statussjekk_and_the_coordinator_may_set_a_deadline(
    room: Room,
) -> None:
    # Nobody holds tiltak 3's role: the coordinator gives it to Hedda in the digest first.
    assign = {"kommune": "testvik", "card": "digest", "slot": "g", "group_g": "3"}
    assign["person_g"] = HELSE["aadObjectId"]
    assert "er nå ansvarlig for tiltak 3" in await click(
        room, Verb.TILTAK_ASSIGN, KOORDINATOR, assign
    )
    await room.tick(at("2026-05-29"))  # tiltak 3's status check (31 May is a Sunday)
    status = [t for t in texts(room) if "Statussjekk: tiltak 3" in t]
    assert status and "frist" not in status[0].split("Statussjekk: tiltak 3")[1][:40].lower()
    data = {"kommune": "testvik", "tiltak": "3", "deadline": "2026-05-31"}
    refused = await click(
        room, Verb.TILTAK_SET_DEADLINE, SKOLE, {**data, "new_deadline": "2026-10-01"}
    )
    assert "bare SLT-koordinatoren" in refused
    done = await click(
        room, Verb.TILTAK_SET_DEADLINE, KOORDINATOR, {**data, "new_deadline": "2026-10-01"}
    )
    assert "har nå frist 01.10.2026, satt av deg" in done
    assert room.runtime.store.database.get("tiltak_frist", "testvik:3")["date"] == "2026-10-01"
    text = (await room.runtime.bot.answer("hva er fristen for tiltak 3", "testvik")).text
    assert "Frist: 01.10.2026 (satt av SLT-koordinator)" in text
    seen = len(room.connector.received)
    await room.tick(at("2026-09-17"))  # 14 days before; Hedda's tiltak 2 is due then too
    [message] = [t for t in texts(room, seen) if "Påminnelse" in t]  # one message, both rows
    assert "tiltak 2 (frist 18.09.2026), tiltak 3 (frist 01.10.2026)" in message


async def test_the_plans_end_is_announced_twice_and_only_the_button_extends_it(
    room: Room,
) -> None:
    await room.tick(at("2027-12-01"))  # a month before 31 December 2027
    await room.tick(at("2027-12-02"))
    month = [t for t in texts(room) if "Handlingsplanen går snart ut" in t]
    assert len(month) == 1 and "Forleng med ett år" in month[0]
    await room.tick(at("2027-12-31"))
    ended = [t for t in texts(room) if "Handlingsplanen er slutt" in t]
    assert len(ended) == 1
    seen = len(room.connector.received)
    await room.tick(at("2028-06-01"))  # would be tiltak 1's 14-day reminder in a live plan
    assert not any("Påminnelse" in t for t in texts(room, seen))
    text = (await room.runtime.bot.answer("status handlingsplan", "testvik")).text
    assert "Handlingsplanen gjaldt 2024–2027." in text
    extend = {"kommune": "testvik", "end": "2027-12-31"}
    assert "bare SLT-koordinatoren" in await click(room, Verb.TILTAK_EXTEND_PLAN, SKOLE, extend)
    done = await click(room, Verb.TILTAK_EXTEND_PLAN, KOORDINATOR, extend)
    assert "forlenget med ett år, til 31.12.2028" in done
    again = await click(room, Verb.TILTAK_EXTEND_PLAN, KOORDINATOR, extend)
    assert "allerede forlenget" in again
    assert room.runtime.store.database.get("plan_period", "testvik")["extra_years"] == 1
    seen = len(room.connector.received)
    await room.tick(at("2028-06-01", "10:00"))
    assert any("Påminnelse: tiltak 1 har frist 15.06.2028" in t for t in texts(room, seen))


async def test_the_status_after_the_plans_end_offers_the_extension_and_no_empty_lists(
    room: Room,
) -> None:
    """The status says the plan ended and that the coordinator may extend it: the card holds
    that button (the same the plan-end card has), and no list of «Ingen» after the end."""
    room.clock.at = at("2028-01-10")
    reply = await room.runtime.bot.answer("status handlingsplan", "testvik")
    assert "Handlingsplanen gjaldt 2024–2027." in reply.text
    assert "Ingen" not in reply.text and "Forfalt (0)" not in reply.text
    card = json.dumps(reply.cards[0], ensure_ascii=False)
    assert "Forleng med ett år" in card and '"end": "2027-12-31"' in card
    done = await click(
        room, Verb.TILTAK_EXTEND_PLAN, KOORDINATOR, {"kommune": "testvik", "end": "2027-12-31"}
    )
    assert "forlenget med ett år, til 31.12.2028" in done
    after = await room.runtime.bot.answer("status handlingsplan", "testvik")
    assert "Forleng med ett år" not in json.dumps(after.cards[0], ensure_ascii=False)
    assert "Ingen tiltak er forfalt" in after.text  # a live plan says its empty lists in a line


async def test_in_the_plans_last_month_the_status_offers_the_extension(room: Room) -> None:
    room.clock.at = at("2027-12-06")
    reply = await room.runtime.bot.answer("status handlingsplan", "testvik")
    assert "går ut 31.12.2027" in reply.text and "Ingen tiltak er forfalt" in reply.text
    assert "Forleng med ett år" in json.dumps(reply.cards[0], ensure_ascii=False)


async def test_only_the_coordinators_status_check_card_offers_sett_frist(room: Room) -> None:
    """Only the coordinator may set a frist, so only the coordinator's card has the button:
    the ansvarlig's status check has none, also when redrawn after their answer."""
    assign = {"kommune": "testvik", "card": "digest", "slot": "g", "group_g": "3"}
    assign["person_g"] = HELSE["aadObjectId"]
    await click(room, Verb.TILTAK_ASSIGN, KOORDINATOR, assign)
    await room.tick(at("2026-05-29"))
    [status] = [t for t in texts(room) if "Statussjekk: tiltak 3" in t]
    assert "Sett frist" not in status
    assert "SLT-koordinatoren kan sette en frist" in status
    row = {"kommune": "testvik", "tiltak": "3", "deadline": "2026-05-31", "card": "reminder"}
    comment = {**row, "slot": "t1", "comment_t1": "Vi er i gang"}
    by_owner = await click(room, Verb.TILTAK_COMMENT, HELSE, comment)
    assert "Kommentar" in by_owner and "Sett frist" not in by_owner
    by_coordinator = await click(room, Verb.TILTAK_COMMENT, KOORDINATOR, comment)
    assert "Sett frist" in by_coordinator
