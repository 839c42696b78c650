"""A need asked where the asker calls is answered with the plan's service, not the emergency
numbers (session 33).

«hvor ringer jeg om en familie uten penger» got the hotlines: it asks where the asker turns for
the need (bot/features/needs/handlers.py ``_calls_for_need``); a young person who calls keeps
the helplines. A need told with violence, drugs sold to a child, a threat or an adult
courting a child stays danger. Every message is made up for this file; names are invented.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

NEED_ASKED = [
    # where the asker calls about a family without money → NAV, in nynorsk too
    (
        "valer",
        "hvor kan jeg ringe om en familie uten penger, mor har ikke råd til mat til barna?",
        "nav",
    ),
    (
        "jevnaker",
        "kor ringer eg om ein familie utan pengar, mor har ikkje råd til mat til ungane",
        "nav",
    ),
]


@pytest.mark.parametrize(("kommune", "text", "service"), NEED_ASKED)
def test_a_need_asked_whom_to_turn_to_gets_the_plans_service(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower()
    assert "Er noen i fare nå" not in reply.text
    assert "112" in reply.text  # the acute numbers stay under the service


@pytest.mark.parametrize(
    "text",
    [
        "hvor ringer jeg om en mor uten penger som ikke har råd til mat til barna?",
    ],
)
def test_a_need_the_plan_names_no_service_for_is_said_so_with_the_acute_numbers(
    bot: SltBot, text: str
) -> None:
    """Gjesdal's plan names no NAV: honest, the coordinator and 112 under it – never the
    hotlines or the question back as if they answered it, never another kommune's NAV."""
    reply = last_reply(bot, text, "gjesdal")
    assert str(reply.intent) == "unknown", reply.text[:160]
    assert "nevner ingen tjeneste" in reply.text
    assert "112" in reply.text
    assert "NAV" not in reply.text


DANGER_TWINS = [
    ("valer", "19-åring har ikke penger og faren slår ham, hvem kan hjelpe?"),
    ("jevnaker", "en 20-åring selger hasj til en 13-åring, hvem hjelper?"),
    ("valer", "mor drikker og truer med å drepe barnet, har vi et tilbud for barnet?"),
    (
        "gjesdal",
        "en 25-åring sender meldinger til jenta på 13 og gir henne penger, hvem kan hjelpe?",
    ),
]


@pytest.mark.parametrize(("kommune", "text"), DANGER_TWINS)
def test_a_need_told_with_a_case_stays_danger(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) in ("danger", "disclosure"), (text, reply.text[:160])
    assert reply.text.startswith("🚨")


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "hvor kan en gutt ringe anonymt når han har det vondt og ingen penger?"),
        ("jevnaker", "kor kan ei jente ringja når ho har det vondt heime?"),
    ],
)
def test_a_young_person_who_calls_gets_the_helplines(bot: SltBot, kommune: str, text: str) -> None:
    """The asker is not the one to call: the helplines answer (needs.yaml ``asks.caller``)."""
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "hotlines", (text, reply.text[:160])
