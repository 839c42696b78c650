"""Answers found wrong walking a Gjesdal team over HTTP as its five people (session 34, walk78).

- «kan jeg melde inn en sak til neste arbeidsgruppemøte», «hvordan melder jeg inn en sak til
  arbeidsgruppa» got the coordinator's card: a sak brought *to* a meeting, or to a group on
  the styrende or koordinerende level, is the call card's «Meld inn sak». A sak for the
  operative group is a young person's case (the consent routine's), and a sak told before
  any meeting is named stays the question that names it.
- The weekday before a date, the hanging-out «henge med»: tests/test_command_grammar.py and
  tests/test_safety_hanging_out.py.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer
from tests.test_staff_questions import ask

SAK_BROUGHT = [
    ("gjesdal", "kan jeg melde inn en sak til neste arbeidsgruppemøte", "SLT-arbeidsgruppe"),
    ("gjesdal", "hvordan melder jeg inn en sak til arbeidsgruppa", "SLT-arbeidsgruppe"),
    ("gjesdal", "vil gjerne melde inn et punkt til styringsgruppa", "SLT-styringsgruppe"),
    ("valer", "korleis meldar eg inn ei sak til slt-nettverket?", "SLT-nettverket"),
    ("jevnaker", "kan jeg melde inn en sak til neste møte i koordineringsgruppa", "Koordinering"),
]


@pytest.mark.parametrize(("kommune", "text", "group"), SAK_BROUGHT)
def test_a_sak_brought_to_a_meeting_is_the_call_cards_meld_inn_sak(
    bot: SltBot, kommune: str, text: str, group: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "meeting_agenda", (text, reply.text[:200])
    first = reply.text.split("\n", 1)[0]
    assert first.startswith(f"Neste møte i {group}"), (text, reply.text[:200])
    assert "«Meld inn sak»" in first, (text, reply.text[:200])


SAK_NOT_BROUGHT = [
    # a young person's case for the operative group: consent first
    ("gjesdal", "skal melde inn en sak til operativ slt-gruppe, trenger jeg samtykke?"),
    ("jevnaker", "jeg vil melde inn en sak til fagteamet om en elev som ruser seg"),
    # the meeting named first, the sak told after: the meeting's question
    ("gjesdal", "er det noe møte i arbeidsgruppa snart? vil melde inn en sak"),
    # another question asked
    ("valer", "hvem melder jeg inn en sak til i slt-nettverket?"),
    # a concern reported, no sak
    ("gjesdal", "kan jeg melde inn en bekymring til arbeidsgruppa"),
]


@pytest.mark.parametrize(("kommune", "text"), SAK_NOT_BROUGHT)
def test_a_case_or_another_question_is_no_agenda_answer(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent != "meeting_agenda", (text, reply.text[:200])


async def test_a_sak_brought_over_http(bot_server: BotServer, connector: FakeConnector) -> None:
    """The unlinked test server answers for Våler, whose SLT-nettverket the bot calls in."""
    text, _ = await ask(bot_server, connector, "hvordan melder jeg inn en sak til slt-nettverket?")
    assert text.startswith("Neste møte i SLT-nettverket er "), text[:200]
    assert "«Meld inn sak»" in text, text[:300]


def test_a_drawing_of_oneself_hanging_still_routes(bot: SltBot) -> None:
    """The «henge med» cancel needs whom one is with: «hengende med teksten …» is a hanging."""
    text = "en elev har tegnet seg selv hengende med teksten «i morgen» og sier han har en plan"
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent == "danger" and "113" in reply.text.split("\n", 1)[0], reply.text[:200]


FORM_ASKED = [
    "hvor finner jeg samtykkeskjemaet",
    "hvor kan jeg finne samtykkeskjemaet før operativ gruppe?",
    "kvar finn eg samtykkeskjemaet",
]


@pytest.mark.parametrize("text", FORM_ASKED)
def test_where_to_find_a_form_is_not_the_step_that_finds_a_forum(bot: SltBot, text: str) -> None:
    """«hvor finner jeg samtykkeskjemaet» showed step 9 of the consent routine («… finner
    riktig samarbeidsforum») for «finner». Gjesdal's form is in the kvalitetssystem (004:88)."""
    reply = last_reply(bot, text, "gjesdal")
    assert "Det du spør om står i steg 9" not in reply.text, (text, reply.text[:200])
    assert "kvalitetssystem" in reply.text.split("\n\n", 1)[0], (text, reply.text[:300])
