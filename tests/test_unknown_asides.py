"""Questions no plan answers that came with an aside, or in English: the honest «vet ikke»,
never the sheet of a nearby object.

- the name of a role's holder, asked with a remark beside the question («hva heter
  politikontakten vår? trenger navnet til et skjema»): the plans give seats, not names
  (understanding/holders.py), and the remark does not make it another question;
- help asked with something that is not SLT work («can you help me with my tax return?»):
  what it is about decides, as for «hjelp» in a longer Norwegian message – not the menu.

Beside each, a look-alike the plan does answer keeps its answer. Every message is made up.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

HOLDERS_WITH_A_REMARK = [
    ("Hva heter politikontakten vår? trenger navnet til et skjema", "jevnaker"),
    ("Politikontakten var innom i går. Hva heter han?", "valer"),
    ("hva heter helsesykepleieren på ungdomsskolen? skal sende en takkekort", "gjesdal"),
]


@pytest.mark.parametrize(("text", "kommune"), HOLDERS_WITH_A_REMARK)
def test_a_holder_asked_beside_a_remark_is_not_in_the_plan(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"


def test_the_coordinator_asked_beside_a_remark_keeps_the_answer(bot: SltBot) -> None:
    reply = turn(bot, "hvem er slt-koordinator? trenger det til et skjema", "jevnaker")[-1]
    assert str(reply.intent) == "coordinator"


OFF_TOPIC_HELP = [
    ("can you help me with my tax return?", "gjesdal"),
    ("could you help me book a table for friday?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), OFF_TOPIC_HELP)
def test_help_with_something_else_is_not_the_menu(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"


@pytest.mark.parametrize("text", ["help", "hjelp", "help?"])
def test_help_alone_is_the_menu(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert str(reply.intent) == "help"


def test_help_with_a_routine_finds_it(bot: SltBot) -> None:
    reply = turn(bot, "can you help me find the routine for violence?", "gjesdal")[-1]
    assert str(reply.intent) in ("routine", "routine_list")
