"""Walking a routine over real HTTP: every click updates the same card, never a new message."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cards.verbs import Verb
from tests.auxil.activities import card_action, message, signed
from tests.auxil.cards import actions_of
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer


async def click(
    bot: BotServer, connector: FakeConnector, action: dict[str, Any], scope: str = "personal"
) -> dict[str, Any]:
    response = await bot.post(
        card_action(action["verb"], action["data"], connector.url, scope=scope)
    )
    assert response.status == 200
    body = await response.json()
    assert body["type"] == "application/vnd.microsoft.card.adaptive", body
    return body["value"]


@pytest.mark.parametrize("scope", ["channel", "groupChat", "personal"])
async def test_a_teacher_walks_the_vold_routine_and_the_card_updates_in_place(
    bot_server: BotServer, connector: FakeConnector, scope: str
) -> None:
    text = "jeg tror en elev blir slått hjemme"
    await bot_server.post(message(text, connector.url, scope=scope, mention=scope != "personal"))
    [overview] = await connector.wait_for(1)
    card = overview["attachments"][0]["content"]
    text = json.dumps(card, ensure_ascii=False)
    assert "112" in text.split("Steg")[0]  # the acute-danger line comes first
    start = next(a for t, a in actions_of(card).items() if "steg for steg" in t.lower())
    step = await click(bot_server, connector, start, scope=scope)
    assert "Ja" in actions_of(step) and "Nei" in actions_of(step)  # acute danger? is a decision
    after_no = await click(bot_server, connector, actions_of(step)["Nei"], scope=scope)
    assert after_no != step
    back = await click(bot_server, connector, actions_of(after_no)["Tilbake"], scope=scope)
    assert json.dumps(back, ensure_ascii=False) == json.dumps(step, ensure_ascii=False)
    assert len(connector.sent()) == 1  # only the overview was ever posted as a message


async def test_walking_to_the_end_reaches_the_closing_card(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    await bot_server.post(message("hva gjør jeg ved rusbekymring", connector.url))
    [overview] = await connector.wait_for(1)
    card = overview["attachments"][0]["content"]
    action = next(a for t, a in actions_of(card).items() if "steg for steg" in t.lower())
    for _ in range(40):
        card = await click(bot_server, connector, action)
        buttons = actions_of(card)
        action = buttons.get("Nei") or buttons.get("Neste") or buttons.get("Ferdig")
        if action is None:
            break
    assert "Til oversikten" in actions_of(card)


async def test_clients_without_universal_actions_get_the_same_message_updated(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    data = signed(
        Verb.ROUTINE_STEP, {"routine": "rusbekymring", "kommune": "valer", "step": "akutt-fare"}
    )
    submit = message("", connector.url, value=data, reply_to="activity-7")
    assert (await bot_server.post(submit)).status == 201
    [update] = connector.updates()
    assert update.activity_id == "activity-7"
    assert (
        update.activity["attachments"][0]["contentType"]
        == "application/vnd.microsoft.card.adaptive"
    )
    assert connector.sent() == []


async def test_a_forged_step_payload_gets_a_kind_answer(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    for data in (
        {"routine": "finnes-ikke", "step": "x"},
        {"routine": ["x"], "step": 5},
        {"routine": "rusbekymring", "step": "ukjent-steg", "trail": "ikke-en-liste"},
    ):
        response = await bot_server.post(card_action(Verb.ROUTINE_STEP, data, connector.url))
        assert response.status == 200
        body = await response.json()
        assert body["statusCode"] == 200


async def test_asking_who_to_contact_about_a_topic_names_whom_to_reach(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    """«hvem kontakter jeg om …» asks whom to reach; the routine's steps are another answer."""
    text = "hvem kontakter jeg for å høre om ruskontrakt for en elev med hasj"
    await bot_server.post(message(text, connector.url, scope="personal", mention=False))
    [reply] = await connector.wait_for(1)
    shown = json.dumps(reply, ensure_ascii=False)
    assert "Steg for steg" not in shown and "steg for steg" not in shown
    assert "politi" in shown.lower()
