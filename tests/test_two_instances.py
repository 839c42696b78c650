"""Two instances of the service on one PostgreSQL, behind one (imagined) load balancer.

Each instance is the real aiohttp app on its own loopback port, both talking to one fake Bot
Connector, both on one PostgreSQL database the tests started (``postgres_url``). Whatever
one instance stores, the other answers from at once: a team linked through the first is
that kommune's team on the second; two people answering one meeting call through different
instances are both on the card; a tiltak answered through one is in the coordinator's
status through the other. Gjesdal (made-up people), Monday 3 March 2025, inside its plan.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import Settings
from bot.features.meetings.present import meeting_view
from bot.retry import SharedRateLimiter
from bot.server import RUNTIME
from bot.storage.postgres import PostgresStore
from cards import signing
from cards.meeting import card_data
from cards.verbs import Verb
from tests.auxil.activities import card_action, message, user
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot, with_settings

NOW = dt.datetime(2025, 3, 3, 10, 0, tzinfo=OSLO)
KOORD = user("Gina Gjesdalkoordinator", "aad-gina")
PER = user("Per Politikontakt", "aad-per-politi")
HILDE = user("Hilde Helsesøster", "aad-hilde")
SECRET = "one-card-secret-for-every-instance"


def in_team(text: str, url: str, sender: dict[str, Any] = KOORD) -> dict[str, Any]:
    return message(text, url, scope="channel", mention=True, sender=sender)


def as_member(person: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": person["id"],
        "name": person["name"],
        "aadObjectId": person["aadObjectId"],
        "userPrincipalName": f"{person['aadObjectId']}@gjesdal.example",
    }


async def say(server: BotServer, connector: FakeConnector, activity: dict[str, Any]) -> str:
    """Post one activity to one instance; everything it answered, text and cards."""
    before = len(connector.sent())
    response = await server.post(activity)
    assert response.status in (200, 201), await response.text()
    return json.dumps(connector.sent()[before:], ensure_ascii=False)


async def click(server: BotServer, activity: dict[str, Any]) -> str:
    """A card click on one instance; the card it answers with (Action.Execute's response)."""
    response = await server.post(activity)
    assert response.status == 200, await response.text()
    return json.dumps(await response.json(), ensure_ascii=False)


@pytest.fixture
async def instances(
    settings: Settings, tmp_path: Path, connector: FakeConnector, postgres_url: str
) -> AsyncIterator[tuple[BotServer, BotServer]]:
    """Two services on one database; each its own data folder, as on two machines."""
    started = []
    for name in ("one", "two"):
        local = with_settings(
            settings,
            database_url=postgres_url,
            data_dir=tmp_path / name,
            card_secret=SECRET,
        )
        started.append(await start_bot(local, people={}, clock=FixedClock(NOW)))
    connector.members = [as_member(KOORD), as_member(PER), as_member(HILDE)]
    first, second = (client for _, client in started)
    assert isinstance(first.app[RUNTIME].store, PostgresStore)
    assert isinstance(first.app[RUNTIME].sender.limiter, SharedRateLimiter)  # Teams' windows
    assert first.app[RUNTIME].store.instance_id != second.app[RUNTIME].store.instance_id
    yield first, second
    for server, client in started:
        await client.session.close()
        await server.close()


async def test_a_team_linked_through_one_instance_is_that_kommunes_team_on_the_other(
    instances: tuple[BotServer, BotServer], connector: FakeConnector
) -> None:
    first, second = instances
    before = await say(second, connector, in_team("hvem er slt-koordinator", connector.url))
    assert "SLT-koordinator i Våler" in before  # the default kommune, not linked yet

    linked = await say(first, connector, in_team("koble teamet til gjesdal", connector.url))
    assert "Gjesdal" in linked

    in_channel = await say(second, connector, in_team("hvem er slt-koordinator", connector.url))
    assert "SLT-koordinator i Gjesdal" in in_channel and "Våler" not in in_channel
    # The roster the first instance read makes Per's 1:1 chat Gjesdal's on the second too.
    one_to_one = await say(
        second, connector, message("hvem er slt-koordinator", connector.url, sender=PER)
    )
    assert "SLT-koordinator i Gjesdal" in one_to_one


async def test_two_answers_to_one_call_through_two_instances_are_both_on_the_card(
    instances: tuple[BotServer, BotServer], connector: FakeConnector
) -> None:
    first, second = instances
    meeting = await first.app[RUNTIME].bot.meetings.next_meeting("gjesdal", None, NOW)
    assert meeting is not None
    data = card_data(meeting_view(meeting))

    await click(first, card_action(Verb.MEETING_RSVP_YES, data, connector.url, sender=PER))
    card = await click(second, card_action(Verb.MEETING_RSVP_NO, data, connector.url, sender=HILDE))

    assert "Per Politikontakt" in card and "Hilde Helsesøster" in card
    answers = await first.app[RUNTIME].repos.meeting_answers.get(meeting.key)
    assert {user: a.coming for user, a in answers.rsvp.items()} == {
        "aad-per-politi": True,
        "aad-hilde": False,
    }


async def test_a_tiltak_answered_through_one_instance_is_in_the_status_on_the_other(
    instances: tuple[BotServer, BotServer], connector: FakeConnector
) -> None:
    first, second = instances
    view = await first.app[RUNTIME].bot.desk.view("gjesdal")
    occurrence = next(  # one still ahead: a done one stays «current» until its day
        o
        for t in view.all()
        if (o := view.current(t, NOW.date())) is not None and o.deadline >= NOW.date()
    )
    await say(second, connector, in_team("koble teamet til gjesdal", connector.url))
    before = await say(second, connector, in_team("status handlingsplan", connector.url))
    assert "Utført (" not in before and "er meldt utført" in before  # empty: said in a line

    data = {
        "kommune": "gjesdal",
        "tiltak": occurrence.tiltak.id,
        "deadline": occurrence.deadline.isoformat(),
    }
    answered = await click(first, card_action(Verb.TILTAK_DONE, data, connector.url, sender=PER))
    assert "Utført" in answered  # the redrawn reminder card shows the answer
    stored = await second.app[RUNTIME].repos.tiltak_answers.get(occurrence.key)
    assert stored is not None and stored.status == "done" and stored.by == "Per Politikontakt"

    after = await say(second, connector, in_team("status handlingsplan", connector.url))
    done = after.split("Utført (1)", 1)[1][:300]
    assert occurrence.tiltak.tiltak[:20] in done, done


async def test_without_a_configured_card_secret_the_instances_share_the_one_in_the_database(
    settings: Settings, tmp_path: Path, connector: FakeConnector, postgres_url: str
) -> None:
    """On two machines a secret file in each data folder would make a card posted by one
    instance «unknown» on the other; on PostgreSQL the secret is made once, in the database."""

    signed_by: list[dict[str, Any]] = []
    for name in ("one", "two"):
        local = with_settings(
            settings, database_url=postgres_url, data_dir=tmp_path / name, card_secret=""
        )
        server, client = await start_bot(local, people={}, clock=FixedClock(NOW))
        try:
            assert not (tmp_path / name / "card-secret").exists()
            signed_by.append(signing.sign({"verb": "probe", "n": 1}))
            stored = await server.app[RUNTIME].repos.calendar_tokens.card_secret()
            assert len(stored) >= 32
        finally:
            await client.session.close()
            await server.close()

    assert signed_by[0] == signed_by[1], "both instances sign with the database's secret"
    assert signing.verified(signed_by[0]) is not None
