"""Hate written about a pupil in a chat is Våler's tiltak 35 (000:897–908: «hatefulle ytringer på
nett», the police's nettpatrulje, «Stenge tilgang for elever til å opprette chatter på Teams»).
«chat», the English spelling staff write, is read as the plan's «chatter», and «ting» («hatefulle
ting») names no object. Made-up phrasings, none from the eval."""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.understanding.retrieval import GENERIC


@pytest.mark.parametrize(
    "text",
    [
        "elevene skriver hatefulle ting om en gutt i en chat på Teams, hva gjør vi?",
        "noen skriver hatefulle ting om læreren i en chat, hva gjør skolen?",
        "hatefulle kommentarer i en chat på Teams – hva sier planen?",
    ],
)
def test_hate_in_a_chat_is_the_tiltak_with_the_nettpatrulje(bot: SltBot, text: str) -> None:
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent == "tiltak_lookup", reply.text[:200]
    assert "nettpatrulje" in reply.text


def test_ting_says_nothing_about_which_object_is_asked() -> None:
    assert "ting" in GENERIC
