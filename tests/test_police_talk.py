"""The police's bekymringssamtale asked by description (bot/understanding/police_talk.py).

«kan politiet ta en prat med sønnen hennes?» (f35-255 got the fallback): the police talking
with one young person is the step of the drug-and-crime routine that names the politikontakt
and the bekymringssamtale (Våler's tiltak 27, 000:793-805). A class, a parents' meeting or
«hvem» keep their readings."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.text import fold, tokens
from bot.understanding.police_talk import police_talk_asked
from tests.auxil.asking import last_reply


def _words(text: str) -> tuple[str, ...]:
    return tuple(tokens(fold(text)))


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("kan politiet ta en prat med en gutt som har begynt å henge med feil gjeng?", "valer"),
        ("kan politiet ha en samtale med ungdommen og foreldrene?", "valer"),
        ("mor lurer på om gutten hennes kan få en samtale med politiet", "gjesdal"),
        ("kan politikontakten snakke med eleven og foreldrene hans? vi er bekymret", "jevnaker"),
    ],
)
def test_the_police_talking_with_one_young_person_is_the_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine", (text, reply.intent)
    assert "politikontakt" in reply.text.lower(), reply.text


def test_the_plans_talk_is_shown_first_and_calmly(bot: SltBot) -> None:
    """Nobody is in danger in the question: the police step in full leads, no acute line."""
    text = "kan politiet ta en prat med sønnen min? han kommer seint hjem og henger med feil folk"
    reply = last_reply(bot, text, "valer")
    assert reply.text.startswith("Det du spør om står i steg"), reply.text
    assert "bekymringssamtale" in reply.text.split("\n\n")[0].lower(), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "kan politiet ta en prat med 9. trinn om rus?",
        "kan politiet komme og snakke med elevene om nettvett?",
        "hvem hos politiet kan ta en prat med gutten?",
        "finnes det samtaler med politiet for ungdom som er på gli?",
        "jeg må snakke med politiet om en sak",
        "kan politiet snakke med foreldrene på foreldremøtet?",
    ],
)
def test_a_class_a_meeting_or_who_is_no_talk_with_one_young_person(text: str) -> None:
    assert not police_talk_asked(_words(text)), text
