"""A helpline named by its name, where a message goes, where a role comes in, which tiltak
there are for a topic: read by sense (made-up questions).

Staff name the national lines they know («Kirkens SOS», «rustelefonen», a chat for the young)
rather than asking for «hjelpetelefoner»: the bot answers with the numbers the plans hold.
«Hvor sender jeg …» and «hvor finner jeg noen på …» ask whom to reach, as «hvordan kontakter
jeg …» does. A named line asked after a contact form («nummeret til Kirkens SOS») stays the
honest fallback: the plans give no number for it.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding import Intent


@pytest.mark.parametrize(
    "question",
    [
        "kirkens sos?",
        "finnes det en rustelefon for foreldre",
        "har vi rustelefonen sitt nummer",
        "Er det noen chattetjenester for ungdom?",
        "chat-tjeneste for unge som ikke tør å ringe",
    ],
)
def test_a_helpline_named_by_its_name_is_a_hotline_question(bot: SltBot, question: str) -> None:
    assert bot.understand(question, "valer").intent is Intent.HOTLINES


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("hvor sender jeg en melding til barnevernet?", "valer"),
        ("Kvar sender vi papira til helsestasjonen?", "gjesdal"),
        ("hvor finner jeg noen på helsestasjonen", "gjesdal"),
    ],
)
def test_where_a_message_goes_or_whom_to_find_asks_whom_to_reach(
    bot: SltBot, question: str, kommune: str
) -> None:
    assert bot.understand(question, kommune).intent is Intent.CONTACT_SERVICE


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("Hvor passer rektor inn i SLT?", "valer"),
        ("hvor kommer helsesykepleier inn i slt", "gjesdal"),
        ("Barnevernet, hvor er vi med i SLT?", "jevnaker"),
    ],
)
def test_where_a_role_comes_in_is_its_seats(bot: SltBot, question: str, kommune: str) -> None:
    # «inn i slt» with the role between «hvor kommer/passer» and it; «vi» after the role named
    assert bot.understand(question, kommune).intent is Intent.ROLE_GROUPS


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("Hvilke tiltak er det i Våler for unge som opplever vold i nære relasjoner?", "valer"),
        ("hvilke tiltak er det for selvskading", "valer"),
    ],
)
def test_which_tiltak_there_are_for_a_routines_topic_lists_tiltak(
    bot: SltBot, question: str, kommune: str
) -> None:
    # a routine's topic named after «hvilke tiltak er det» is what the tiltak are for
    assert bot.understand(question, kommune).intent is Intent.TILTAK_LOOKUP
