"""A turn reads its message for danger once (bot/safety_reading.py): the fallback's hint is
scored from the same reading, and gives what a second check with the hint gave. Made-up
messages only."""

from __future__ import annotations

import asyncio

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.safety import DangerCheck
from bot.safety_reading import NOTHING, DangerReading

HINTED = (
    # one strong signal and a young person: only the fallback asks it, softly
    "eleven har tatt noen piller hun fant hjemme",
    "gutten svelget noen tabletter i storefri",
)
FOUND = ("gutten har blåmerker på armene", "hun ble truet i friminuttet")
CALM = ("hvem sitter i politirådet", "elevene skal ha sparkesykkel-dag på fredag", "")


@pytest.mark.parametrize("text", [*HINTED, *FOUND, *CALM])
def test_the_hint_from_the_reading_is_the_hint_checked_again(
    vocabulary: DangerCheck, text: str
) -> None:
    reading = vocabulary.read(text)
    assert reading.finding == vocabulary.check(text)
    assert reading.hinted() == vocabulary.check(text, hint=True)
    assert reading.hinted() == reading.hinted()  # asked twice, the same (scored once)


@pytest.mark.parametrize("text", HINTED)
def test_a_hint_is_found_only_when_asked(vocabulary: DangerCheck, text: str) -> None:
    reading = vocabulary.read(text)
    hinted = reading.hinted()
    assert reading.finding is None
    assert hinted is not None and hinted.soft, text


def test_a_reading_decided_before_the_signals_has_no_other_hint(vocabulary: DangerCheck) -> None:
    """Nothing read, or a phrase matched: the hint changes nothing, so nothing is scored."""
    assert vocabulary.read("").hinted() is None
    assert NOTHING.hinted() is None
    found = vocabulary.read("han sa at han vil ta livet sitt i kveld")
    assert found.finding is not None and found.hinted() == found.finding


@pytest.mark.parametrize("text", ["hva er fargen på månen i gjesdal", HINTED[1]])
def test_a_fallback_turn_reads_its_message_once(
    bot: SltBot, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """``answer`` reads the message once; the fallback's hint comes from that reading."""
    read = DangerCheck.read
    texts: list[str] = []

    def counting(self: DangerCheck, message: str) -> DangerReading:
        texts.append(message)
        return read(self, message)

    monkeypatch.setattr(DangerCheck, "read", counting)
    reply = asyncio.run(bot.answer(text, "valer"))
    assert texts == [text], reply.intent
    hinted = text in HINTED
    assert (reply.intent == "danger") is hinted
    assert (" ".join(kb.language.signals.soft_lead.split()[:6]) in reply.text) is hinted
