"""A question about the law or a penalty is no case: the routine comes calm, without the acute
line, or the honest «vet ikke» – never an alarm.

«Hva er straffen for å selge hasj til mindreårige?» got the rusbekymring routine with its
⚠ acute line: «mindreårige» read as a young person a case is about. And «hva sier loven om å
kjøpe snus til 15-åringer?» was a disclosure of drugs given to a child. Made-up questions,
asked of the whole bot; a real case beside the law's words still routes.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask

LAW = [
    ("Hva er straffen for å selge hasj til mindreårige?", "gjesdal"),
    ("Hva er straffen for å selge hasj til mindreårige?", "jevnaker"),
    ("er det straffbart å selge alkohol til mindreårige?", "valer"),
    ("hva sier loven om å kjøpe snus til 15-åringer?", "gjesdal"),
    ("hva er strafferammen for vold mot barn?", "jevnaker"),
]


@pytest.mark.parametrize(("text", "kommune"), LAW)
def test_a_question_about_the_law_gets_no_alarm(bot: SltBot, text: str, kommune: str) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent not in ("danger", "disclosure", "clarify"), reply.text
    assert not reply.text.startswith(("⚠", "🚨")), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hun sier faren slår henne, er det straffbart?",
        "en voksen selger hasj til en 14-åring og sier det ikke er straffbart",
    ],
)
def test_a_case_beside_the_law_still_routes(bot: SltBot, text: str) -> None:
    reply = ask(bot, text, "valer")
    assert reply.text.startswith(("⚠", "🚨")), reply.text
