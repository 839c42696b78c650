"""A message the danger rules read as an everyday idiom is no case by likeness either.

«elevene står på brua og venter på bussen» is a class at a bus stop: danger.yaml ``cancel``
reads it so, but the safety net (bot/safety_net.py) met only the examples of a jump from a
bridge and asked back «Er noen i fare nå?». Calm examples for it cost two danger messages leave
one round out (session 16), so a message that is mostly idioms the rules read is none for
the net either; else it is read whole. And the
idiom is a bridge's deck and a bus: standing on the rails waiting for the train is a suicide
sign, which the idiom used to cancel (the bot answered it «Det spørsmålet kan jeg dessverre
ikke svare på»). Made-up messages, asked of the whole bot.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from bot.safety_net import SafetyNet
from tests.auxil.asking import ask, console_turn

CALM = [
    "elevene står på brua og venter på bussen",
    "vi står på brua og venter på skolebussen",
    "elevene står på brua og fisker",
    "elevene fra 7b står på brua og venter på bussen",
    "elevene venter på bussen ved brua",
    "jentene står på broen og tar selfies",
    # session 17's note: «vi står på broen …» and a score, read whole by the bot
    "vi står på broen og venter på bussen",
    "banket dem 7-0 i cupen i helga",
    "jentelaget ble banket 5-1 i cupen",
]

DANGER = [
    "gutten står på togskinnene og venter på toget",
    "han står på jernbanebrua og venter på toget",
    "hun står på brua og venter på toget",
    "jenta står på broen og tar selfies og sier hun skal hoppe",
    "elevene står på brua og venter på bussen, en av dem gråter og sier hun vil dø",
]


@pytest.mark.parametrize("text", CALM)
def test_an_everyday_idiom_gets_no_question_back(text: str, bot: SltBot) -> None:
    for reply in console_turn(bot, text, "gjesdal"):
        assert reply.intent not in ("clarify", "danger", "disclosure"), reply.text
        assert "🚨" not in reply.text


@pytest.mark.parametrize("text", DANGER)
def test_waiting_for_the_train_on_the_rails_is_danger(text: str, bot: SltBot) -> None:
    reply = ask(bot, text, "gjesdal")
    assert reply.intent == "danger", reply.text
    assert reply.text.startswith("🚨"), reply.text


def test_a_message_mostly_an_idiom_is_none(vocabulary: DangerCheck, net: SafetyNet) -> None:
    """For the net: mostly an idiom is none; beside a case's own words it is read whole."""
    calm = "elevene står på brua og venter på bussen"
    assert vocabulary.idioms(calm)
    assert net.nearest(calm) is not None  # what the net alone reads: a jump from a bridge
    assert net.nearest(calm, vocabulary.idioms) is None
    case = "en elev ligger bevisstløs på do, hva gjør jeg"
    assert net.nearest(case, vocabulary.idioms) == net.nearest(case)
