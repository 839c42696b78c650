"""Who sits in a group, asked, is never a case: the safety net does not ask it back.

«which people are members of the work group» (Gjesdal) got «🚨 Er noen i fare nå?»: its nearest
danger examples were English reports sharing «the», «are», «work» and «group» with it
(bot/features/routines/ask_back.py ``ASKING``). Made-up phrasings, bokmål, nynorsk, English.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask

MEMBERS_ASKED = [
    ("gjesdal", "which people are members of the work group"),
    ("gjesdal", "who are the members of the working group?"),
    ("gjesdal", "which people are members of the steering group?"),
    ("jevnaker", "who are the members of the police council"),
    ("valer", "hvilke personer er medlemmer av slt-nettverket"),
    ("jevnaker", "kven er med i fagteamet?"),
    ("gjesdal", "hvem sitter i arbeidsgruppa nå for tida?"),
]


@pytest.mark.parametrize(("kommune", "text"), MEMBERS_ASKED)
def test_a_groups_members_asked_get_the_members(kommune: str, text: str, bot: SltBot) -> None:
    reply = ask(bot, text, kommune)
    assert str(reply.intent) == "members", (text, reply.text[:160])
    assert "🚨" not in reply.text
