"""Fewer confident answers to questions nobody asked (session 23, calibration).

A notice pasted into the chat – minutes, a plan's line, a budget line – asks nothing; read as a
question, one word in passing picked a routine, a tiltak or a group's secretary and the bot
answered with confidence. Such a message (no «?», no question word or request, no sentence
opening like a question, and a heading before a colon or two sentences or more) gets the
honest reply that it reads no question (bot/understanding/told.py). A notice that tells of a
person may be a case: it is read as before. So is a favour or a tip asked of the colleagues
in the channel («kan noen sende meg skjemaet?», «noen tips til etterarbeid?»): the plans hold
no one to do it. What someone knows («noen som vet når planen ble vedtatt?») stays a question.
Made-up probes only.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.told import Told
from tests.test_answers_confidence import turn

NOTICES = [
    (
        "Referat arbeidsgruppa 4.9: Punkt 1 – rutinen ved rusbekymring er gjennomgått. "
        "Ingen enkeltsaker. Koordinator sender ut ny versjon.",
        "valer",
    ),
    ("Tiltak 12: Natteravn hver fredag. Ansvar: frivilligsentralen.", "jevnaker"),
    ("Budsjett 2026: 20 000 kr til fagdag om skolefravær. Vedtatt i styringsgruppa.", "valer"),
    ("referat fagteam: vedtatt å halde fram med trygghetsvandring", "gjesdal"),
]


@pytest.mark.parametrize(("text", "kommune"), NOTICES)
def test_a_notice_that_asks_nothing_is_not_answered(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown", (text, reply.intent)
    assert "ikke et spørsmål" in reply.text


ASKED = [
    "Referat fagteam: hvem skriver referatet",  # a question word asks
    "Fagdag 6. mai: finnes det en rutine for skolefravær",  # a sentence opening like a question
    "Hei. Trenger nummeret til barnevernvakta.",  # a request
    "Hei. Send meg rutinen for selvskading.",  # a request
    "rutine vold i nære relasjoner",  # one line, no heading: a search, not a notice
    "Tiltak 12 – hva går det ut på?",  # «?»
]


@pytest.mark.parametrize("text", ASKED)
def test_what_asks_is_no_notice(kb: KnowledgeBase, text: str) -> None:
    assert not Told.of(kb.language.understanding.told_only).only(text)


def test_a_question_after_a_heading_keeps_its_answer(bot: SltBot) -> None:
    reply = turn(bot, "Fagteam: hvem sitter i fagteamet", "jevnaker")[-1]
    assert str(reply.intent) == "members"


def test_a_notice_telling_of_a_person_keeps_its_routine(bot: SltBot) -> None:
    """A case told as a report («Helsesykepleier: …») is no notice: its routine still answers."""
    text = (
        "Helsesøster: en gutt på 14 har tydelige tegn på jevnlig cannabisbruk "
        "og sier han røyker med faren"
    )
    replies = turn(bot, text, "valer")
    assert any(str(r.intent) in ("danger", "disclosure", "routine") for r in replies)


FAVOURS = [
    ("Kan noen låne meg en projektor til fagdagen? Min er ødelagt.", "valer"),
    ("Noen som vil være med og bake til natteravn-kvelden på fredag?", "jevnaker"),
    ("Vi hadde temadag om nettvett i dag. Noen gode tips til oppfølging i klassen?", "gjesdal"),
    ("can someone send me the slides from the SLT meeting", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), FAVOURS)
def test_a_favour_asked_of_colleagues_is_not_answered(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown", (text, reply.intent)
    assert "kollegaene dine" in reply.text


KNOWING = [
    "noen som vet når slt-planen ble vedtatt?",
    "kan noen minne meg på hvem som er slt-koordinator?",
    "har noen nummeret til barnevernvakta?",
    "Hva går tiltak 12 ut på? Noen foreldre lurer.",  # «noen» in a sentence that tells
]


@pytest.mark.parametrize("text", KNOWING)
def test_what_someone_knows_is_still_a_question(kb: KnowledgeBase, text: str) -> None:
    told = Told.of(kb.language.understanding.told_only)
    assert not told.to_colleagues(text)
    assert not told.only(text)
