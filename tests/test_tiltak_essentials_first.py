"""A tiltak answer gives the tiltak first and the plan period's end after it.

In Gjesdal, whose plan period (2023–2025) has ended, «hvem står bak natteravnene?» opened
with the paragraph on the period and only then named the tiltak and its ansvarlig (session
16's walk). The period remark now follows the answer. Made-up questions, asked of the bot.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask

ENDED = "Handlingsplanen gjaldt 2023–2025."


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("hvem står bak natteravnene?", "Frivilligsentralen"),
        ("når er fristen for natteravn?", "Frivilligsentralen"),
    ],
)
def test_the_tiltak_comes_before_the_period_remark(bot: SltBot, text: str, answer: str) -> None:
    reply = ask(bot, text, "gjesdal")
    assert reply.intent.startswith("tiltak"), reply.text
    assert answer in reply.text and ENDED in reply.text, reply.text
    assert reply.text.index(answer) < reply.text.index(ENDED), reply.text
    card = str(reply.cards[0])
    assert card.index(answer) < card.index(ENDED)
