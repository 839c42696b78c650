"""How to talk with the child a worry is about (bot/understanding/child_talk.py).

«hvordan snakker jeg med et barn som kanskje opplever vold, uten å lede?» (f36-029) got the
violence routine with its last step in full, whose «Snakk med leder» held the question's
«snakker»: the routine's step that says how – «Lytt – la barnet fortelle med egne ord, uten
ledende spørsmål», with the guidance snakkemedbarn.no (domain notes, step 2) – is shown
instead, as the drug routine's «Snakk med ungdommen» is for a talk about drugs. A talk with the
parents, the leader or the police is not read as one with the child.

Every message is written for this file (none is an evaluation item)."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.text import fold, tokens
from bot.understanding.child_talk import child_talk_asked
from tests.auxil.asking import last_reply


def _words(text: str) -> tuple[str, ...]:
    return tuple(tokens(fold(text)))


def _first_block(text: str) -> str:
    """The answer's first block after the acute line, where an asked step stands."""
    blocks = text.split("\n\n")
    return blocks[1] if blocks[0].startswith("⚠") else blocks[0]


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_how_to_talk_with_the_child_shows_the_listening_step(bot: SltBot, kommune: str) -> None:
    text = "vold i nære relasjoner: hvordan snakker jeg med barnet uten å stille ledende spørsmål?"
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine", reply.intent
    block = _first_block(reply.text)
    assert block.startswith("Det du spør om står i steg 3 («Lytt"), block
    assert "snakkemedbarn.no" in block


@pytest.mark.parametrize(
    ("text", "kommune", "title"),
    [
        ("rusbekymring – hvordan tar jeg en prat med ungdommen om det?", "gjesdal", "Snakk med"),
        ("rusbekymring: hvordan prater jeg med eleven om det vi har sett?", "jevnaker", "Ta det"),
    ],
)
def test_how_to_talk_about_drugs_shows_the_talk_step(
    bot: SltBot, text: str, kommune: str, title: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine", reply.intent
    assert f"(«{title}" in _first_block(reply.text), reply.text[:400]


@pytest.mark.parametrize(
    "text",
    [
        "hvordan snakker jeg med et lite barn som kanskje blir slått?",
        "korleis pratar eg med eleven om det ho fortalde?",
        "hva sier jeg når jeg snakker med ungdommen om rusen?",
    ],
)
def test_a_talk_with_the_child_is_read(text: str) -> None:
    assert child_talk_asked(_words(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "hvordan snakker jeg med foreldrene om bekymringen?",
        "hvordan snakker jeg med leder om dette?",
        "hvordan kan politiet snakke med eleven?",
        "jeg snakket med barnet i går, hva nå?",
        "hvem snakker med barnet først?",
        "hvordan tar jeg kontakt med barnevernet om et barn?",
    ],
)
def test_a_talk_with_others_or_no_how_is_not(text: str) -> None:
    assert not child_talk_asked(_words(text)), text
