"""The safety net and a routine the reader chose (bot/features/routines/ask_back.py).

When the danger rules leave a message quiet, the reader may still answer it with a routine by
its words («drikker», «full» → rusbekymring). If the message names a person and all the net's
nearest examples are a case of another routine, clearly, the routine may be the wrong one: the
bot asks back, the acute line first and both routines as buttons (the reader's first). A
routine the net also names, or a calm question about a routine, keeps the routine's card.
Made-up messages; the rules are silenced to stand for a phrasing nobody has written a rule for.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from bot.safety_net import SafetyNet
from bot.safety_reading import NOTHING
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer

CASE = "gutten sa at far drikker mye og kaster ting etter mor og småsøsknene når han er full"
"""A case of violence at home told with drink in it: the reader reads rusbekymring."""
RUS = "rusbekymring"
VOLD = "vold-naere-relasjoner"


@pytest.fixture
def rules_quiet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The danger rules find nothing: what the bot does where they would miss."""
    monkeypatch.setattr(DangerCheck, "check", lambda self, text, *, hint=False: None)
    monkeypatch.setattr(DangerCheck, "read", lambda self, text: NOTHING)  # the bot's turn
    yield


def test_the_case_reads_as_another_routine_to_the_net(net: SafetyNet, bot: SltBot) -> None:
    found = net.nearest(CASE)
    assert found is not None and found.routines[0] == VOLD and RUS not in found.routines
    assert bot.understand(CASE, "valer").routine == RUS


def test_a_routine_the_net_disagrees_with_is_asked_back_with_both(
    bot: SltBot, rules_quiet: None
) -> None:
    reply = asyncio.run(bot.answer(CASE, "valer"))
    assert reply.intent == "clarify"
    assert reply.text.splitlines()[0].startswith("🚨")
    options = reply.facts["options"]
    assert options[0] == "Hva gjør jeg ved rusbekymring?"  # the reader's routine first
    assert "Hva gjør jeg ved vold i nære relasjoner?" in options
    assert reply.facts["net"] == [VOLD]
    assert reply.cards, "the routines as buttons"


def test_a_calm_routine_question_keeps_its_routine(bot: SltBot, rules_quiet: None) -> None:
    for text in ("hva gjør jeg ved rusbekymring", "hva er rutinen ved vold i nære relasjoner?"):
        reply = asyncio.run(bot.answer(text, "valer"))
        assert reply.intent == "routine", text


async def test_over_http_the_question_back_comes_with_the_acute_line_and_both_buttons(
    bot_server: BotServer, connector: FakeConnector, rules_quiet: None
) -> None:
    response = await bot_server.post(message(CASE, connector.url))
    assert response.status == 201
    [reply] = await connector.wait_for(1)
    card = json.dumps(reply["attachments"][0]["content"], ensure_ascii=False)
    assert "🚨" in card and "113" in card and "112" in card
    assert card.index("🚨") < card.index("Gjelder det en av disse rutinene?")
    assert "rusbekymring" in card.lower() and "vold i nære relasjoner" in card.lower()
