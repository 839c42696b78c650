"""«hets på nett», «netthets» is what Våler's plan calls «hatefulle ytringer» (tiltak 35,
knowledge/language/synonyms.yaml): the tiltak that names the police's nettpatrulje answers.
Not «hets» alone: its stem is «heter»'s, and «hva heter politikontakten?» is no online hate.

Every message is written for this file (none is an evaluation item)."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    "text",
    [
        "hva gjør skolen ved hets på nett mot elever?",
        "finnes det noe tiltak mot netthets blant ungdom?",
    ],
)
def test_online_hate_finds_the_nettpatrulje_tiltak(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert "nettpatrulje" in reply.text


@pytest.mark.parametrize(
    "text",
    ["hva heter politikontakten vår?", "hva heter den nye helsesykepleieren på ungdomsskolen?"],
)
def test_heter_is_no_online_hate(bot: SltBot, text: str) -> None:
    assert "nettpatrulje" not in last_reply(bot, text, "valer").text
