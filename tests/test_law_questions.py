"""A question about the law or a penalty is no case: the honest «vet ikke» that names the
coordinator (no plan says what the penalty is), never an alarm nor a routine's steps.

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

LAW = [
    ("Hva er straffen for å selge hasj til mindreårige?", "gjesdal"),
    ("Hva er straffen for å selge hasj til mindreårige?", "jevnaker"),
    ("er det straffbart å selge alkohol til mindreårige?", "valer"),
    ("hva sier loven om å kjøpe snus til 15-åringer?", "gjesdal"),
    ("hva er strafferammen for vold mot barn?", "jevnaker"),
    ("Er det forbudt å selge alkohol til 17-åringer?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), LAW)
def test_a_question_about_the_law_gets_no_alarm(bot: SltBot, text: str, kommune: str) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "unknown", reply.text
    assert "SLT-koordinator" in reply.text, reply.text
    assert "⚠" not in reply.text and "🚨" not in reply.text, reply.text


def test_the_law_asked_of_an_act_is_no_disclosure(bot: SltBot) -> None:
    """«er det lov å …» asks the law of an act in general: no finding (the net may still ask
    back, the acute line first – never a disclosure)."""
    reply = ask(bot, "er det lov å gi alkohol til 16-åringer?", "gjesdal")
    assert reply.intent not in ("danger", "disclosure"), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hun sier faren slår henne, er det straffbart?",
        "en voksen selger hasj til en 14-åring og sier det ikke er straffbart",
        "er det lov at faren slår henne hver dag?",
    ],
)
def test_a_case_beside_the_law_still_routes(bot: SltBot, text: str) -> None:
    reply = ask(bot, text, "valer")
    assert reply.text.startswith(("⚠", "🚨")), reply.text
