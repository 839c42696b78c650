"""More confident answers to messages that ask nothing (session 23, calibration, second wave).

A notice is also known by its first word: a reminder («Påminnelse: …», «minner om fristen for
kurset»), a call-in («innkalling til arbeidsgruppa, sakliste kjem»), «obs», «fyi». With nothing
that asks (no «?», no question word or request, no sentence opening like a question) one sentence
is enough: read as a question, «frist» or «innkalling» in passing picked a tiltak's deadline or
the group's convener (bot/understanding/told.py, understanding.yaml ``told_only.opens``).
Made-up probes only.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.told import Told
from tests.test_answers_confidence import turn

REMINDERS = [
    ("minner om fristen for påmelding til rusfagdagen", "valer"),
    ("Påminnelse: fagteamet møtes i kantina på fredag", "jevnaker"),
    ("innkalling til koordineringsgruppa kommer, saksliste følger", "jevnaker"),
    ("obs ny versjon av samtykkeskjemaet ligger i teamsrommet", "gjesdal"),
    ("husk å levere timelister til koordinator", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), REMINDERS)
def test_a_reminder_that_asks_nothing_is_not_answered(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown", (text, reply.intent)
    assert "ikke et spørsmål" in reply.text


CALM_LOOKALIKES = [
    "minner om fristen – når er den egentlig",  # a question word asks
    "påminnelse om fagdagen?",  # «?»
    "husk meg på hvem som er koordinator",  # a question word asks
    "innkalling til fagteam, kan du sende den",  # a sentence opening like a question
    "frist for tiltak 12",  # no notice's first word: a search
    "minne om rutinen for selvskading",  # not the reminder's own word
]


@pytest.mark.parametrize("text", CALM_LOOKALIKES)
def test_what_asks_is_no_reminder(kb: KnowledgeBase, text: str) -> None:
    assert not Told.of(kb.language.understanding.told_only).only(text)


def test_a_meeting_command_is_no_reminder(bot: SltBot) -> None:
    reply = turn(bot, "innkall til fagteam fredag kl 10", "valer")[-1]
    assert str(reply.intent) == "meeting_call"
