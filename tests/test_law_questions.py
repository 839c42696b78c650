"""A question about the law or a penalty is no case: never an alarm. A penalty is in no plan –
the honest «vet ikke» that names the coordinator; what the law says of a duty is the routine,
calm, without the acute line.

«Hva er straffen for å selge hasj til mindreårige?» got the rusbekymring routine with its
⚠ acute line: «mindreårige» read as a young person a case is about. «hva sier loven om å
kjøpe snus til 15-åringer?» and «er det lov å gi alkohol til 16-åringer?» were disclosures of
drugs given to a child. Made-up questions, asked of the whole bot; a real case beside the
law's words still routes.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask

PENALTY = [
    ("Hva er straffen for å selge hasj til mindreårige?", "gjesdal"),
    ("Hva er straffen for å selge hasj til mindreårige?", "jevnaker"),
    ("er det straffbart å selge alkohol til mindreårige?", "valer"),
    ("hva er strafferammen for vold mot barn?", "jevnaker"),
]

LAW = [
    ("hva sier loven om å kjøpe snus til 15-åringer?", "gjesdal"),
    ("er det lov å gi alkohol til 16-åringer?", "gjesdal"),
    ("Er det forbudt å selge alkohol til 17-åringer?", "valer"),
    ("er det lov å melde til barnevernet uten å si det til foreldrene?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), PENALTY)
def test_a_penalty_asked_is_the_honest_answer(bot: SltBot, text: str, kommune: str) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "unknown", reply.text
    assert "SLT-koordinator" in reply.text, reply.text
    assert "⚠" not in reply.text and "🚨" not in reply.text, reply.text


@pytest.mark.parametrize(("text", "kommune"), LAW)
def test_the_law_asked_gets_no_alarm(bot: SltBot, text: str, kommune: str) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent not in ("danger", "disclosure", "clarify"), reply.text
    assert "⚠" not in reply.text and "🚨" not in reply.text, reply.text


def test_the_law_of_a_duty_is_its_routine(bot: SltBot) -> None:
    reply = ask(bot, "hva sier loven om opplysningsplikt?", "valer")
    assert reply.intent == "routine", reply.text
    assert "Melde bekymring til barnevernet" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hun sier faren slår henne, er det straffbart?",
        "en voksen selger hasj til en 14-åring og sier det ikke er straffbart",
        "er det lov at faren slår henne hver dag?",
        "hun sier at faren har brutt loven og slått henne",
    ],
)
def test_a_case_beside_the_law_still_routes(bot: SltBot, text: str) -> None:
    reply = ask(bot, text, "valer")
    assert reply.text.startswith(("⚠", "🚨")), reply.text
