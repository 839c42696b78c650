"""«har vi X i planen?»: whether one named thing – a programme, a service – is in the plan.
When retrieval finds nothing of the plan's for it, the plan's own sheet would read as a yes;
the honest «vet ikke» is the answer (understanding/asks.py ``has_in_plan``). A tiltak the plan
has keeps its answer, and a topic asked for («har vi noe om rus i planen») keeps what the
plan covers. Every message is made up; each thing asked is in no plan of that kommune.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

NOT_IN_THE_PLAN = [
    # another kommune's tiltak, whose words the knowledge knows
    ("har vi sommeruka i planen?", "jevnaker"),
    ("har vi trygghetsvandring i planen?", "valer"),
    ("har me trygghetsvandring i slt-planen?", "gjesdal"),
    # a programme of everyday words
    ("har vi Steg for steg i planen?", "valer"),
    ("finnes det Stjerneskudd-program i planen?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), NOT_IN_THE_PLAN)
def test_a_thing_no_plan_names_is_not_answered_by_the_plan(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"


@pytest.mark.parametrize(
    ("text", "kommune", "said"),
    [
        ("har vi sommeruka i planen?", "valer", "Sommeruka"),
        ("har me natteravnar i planen?", "gjesdal", "Natteravn"),
    ],
)
def test_a_tiltak_the_plan_has_keeps_its_answer(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "tiltak_lookup"
    assert said in reply.text


def test_a_topic_asked_for_is_not_said_to_be_missing(bot: SltBot) -> None:
    reply = turn(bot, "har vi noe om rus i planen?", "valer")[-1]
    assert str(reply.intent) != "unknown"
