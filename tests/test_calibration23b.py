"""More confident answers to messages that ask nothing (session 23, calibration, second wave).

A notice is also known by its first word: a reminder («Påminnelse: …», «minner om fristen for
kurset»), a call-in («innkalling til arbeidsgruppa, sakliste kjem»), «obs», «fyi». With nothing
that asks (no «?», no question word or request, no sentence opening like a question) one sentence
is enough: read as a question, «frist» or «innkalling» in passing picked a tiltak's deadline or
the group's convener (bot/understanding/told.py, understanding.yaml ``told_only.opens``).

A deadline asked of something no tiltak holds («når er fristen for å levere årsmeldingen?») got
a «Frist» sheet saying it found no such tiltak, read as an answer; like the lookup and the owner
answers it now gets the honest fallback saying the plan has no such tiltak and so no deadline
(bot/features/tiltak/absent.py ``SEARCHED``). A tiltak asked by number or found keeps its sheet.
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


NO_SUCH_DEADLINES = [
    ("når er fristen for å sende inn budsjettet for neste år?", "valer"),
    ("Til alle: når er det frist for å levere evalueringen til styringsgruppa?", "gjesdal"),
    ("hva er fristen for å søke om midler til sommerleir", "jevnaker"),
]


@pytest.mark.parametrize(("text", "kommune"), NO_SUCH_DEADLINES)
def test_a_deadline_of_no_tiltak_is_the_honest_answer(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown", (text, reply.intent)


def test_the_honest_deadline_answer_says_what_the_plan_lacks(bot: SltBot) -> None:
    text = "når er det frist for å levere evalueringen til styringsgruppa?"
    reply = turn(bot, text, "gjesdal")[-1]
    assert "ingen frist" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva er fristen for natteravn", "jevnaker"),  # found: its sheet
        ("frist for tiltak 12", "valer"),  # by number
        ("frist for tiltak 9", "gjesdal"),  # by number, lacking: the plan's numbers
    ],
)
def test_a_tiltak_deadline_keeps_its_sheet(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "tiltak_deadline", (text, reply.intent)
