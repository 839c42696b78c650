"""What the lead's walk found (session 38), fixed by class.

- A money mule told in the present tense («noen eldre tar over vippsen hans og flytter
  penger, han tør ikke si nei») got the safety net's question with the violence-at-home lead:
  the rule knew «har tatt over», «tok over», never «tar over». Present and nynorsk forms now
  route it as exploitation; a parent taking over the account to pay the bills stays no
  disclosure.

Every message here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

MULES_NOW = [
    ("gjesdal", "ungdom 17 sier noen eldre tar over vippsen hans og flytter penger"),
    ("valer", "ein gjeng tek over kontoen hans og flyttar pengar gjennom den"),
    ("jevnaker", "eleven sier at noen eldre tar over bankkortet hans, han tør ikke si nei"),
    ("gjesdal", "noen eldre gutter tar over bankkontoen hennes og sender penger videre"),
]


@pytest.mark.parametrize(("kommune", "text"), MULES_NOW)
def test_a_money_mule_told_in_the_present_is_exploitation(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "disclosure", (text, reply.intent, reply.text[:160])
    lead = "🚨 Mistanke om at et barn eller en ungdom blir utnyttet"
    assert reply.text.startswith(lead), reply.text


ACCOUNT_CALM = [
    ("valer", "pappa tar over kontoen hans og betaler regningene når han flytter hjemmefra"),
    ("jevnaker", "banken tar over kontoen når han fyller 18, hvem hjelper ungdom med økonomi?"),
    ("gjesdal", "mora tar over bankkortet hans når han er på leir"),
]


@pytest.mark.parametrize(("kommune", "text"), ACCOUNT_CALM)
def test_an_account_taken_over_by_family_or_bank_is_no_disclosure(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent not in ("disclosure", "danger"), (text, reply.intent, reply.text[:160])
