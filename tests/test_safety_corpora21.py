"""Session 21 (safety46): a routine asked about in general gets the plan's steps without the
«⚠ Ring 112/113» line on top; a case told keeps it. Made-up messages, never the eval's own.

A question in general asks for the routine by what it is for («rutinen ved …»), what to do on
one's own suspicion («hva gjør jeg hvis jeg mistenker …»), consent to take a case up, or says
itself that it is general – and points out no one
(«eleven», «han») and no now («i dag»): understanding.yaml ``routine_aside.general`` and
``told``. The first step of every routine still asks whether anyone is in danger, and a danger
finding or the safety net's reading keeps the acute line whatever the words."""

from __future__ import annotations

import asyncio

import pytest

from bot.features.routines.asked import RoutineAsked
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.text import fold

IN_GENERAL = [
    ("hva er rutinen hvis en ungdom røyker hasj i friminuttene?", "valer"),
    ("hvordan går vi fram hvis vi tror en elev ruser seg?", "jevnaker"),
    ("kva er rutinen ved mistanke om rus hos ein elev?", "gjesdal"),
    ("rutine ved mistanke om at en ungdom bruker hasj", "valer"),
    ("må vi ha samtykke for å drøfte en 16-åring i fagteamet?", "gjesdal"),
    ("trenger jeg samtykke fra foresatte før jeg tar opp en elev i operativ gruppe?", "valer"),
    ("generelt: hva gjør vi når en ungdom ruser seg i helgene?", "jevnaker"),
]

TOLD = [
    # someone pointed out, or now: a case, the acute line stays first
    ("eleven min drikker hver helg, hva er rutinen hvis det fortsetter?", "valer"),
    ("hva gjør jeg hvis han har røykt hasj i dag?", "gjesdal"),
    ("kva gjer eg no når ein elev luktar alkohol?", "jevnaker"),
]


@pytest.mark.parametrize(("question", "kommune"), IN_GENERAL)
def test_a_routine_asked_about_in_general_opens_with_its_steps(
    bot: SltBot, question: str, kommune: str
) -> None:
    reply = asyncio.run(bot.answer(question, kommune))
    assert str(reply.intent) == "routine"
    assert not reply.text.lstrip().startswith(("🚨", "⚠"))
    assert "Steg:\n1. " in reply.text


@pytest.mark.parametrize(("case", "kommune"), TOLD)
def test_a_case_told_keeps_the_acute_line_first(bot: SltBot, case: str, kommune: str) -> None:
    reply = asyncio.run(bot.answer(case, kommune))
    assert str(reply.intent) in ("routine", "danger", "disclosure", "clarify")
    assert reply.text.lstrip().startswith(("🚨", "⚠"))


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("hva gjør jeg hvis jeg mistenker at en elev ruser seg", True),
        # a bare condition may be followed by the signs of a case; a suspicion told is a case
        ("hva gjør jeg hvis en elev har blåmerker på armene", False),
        ("vi tror en elev selger hasj, hva er rutinen", False),
        ("rutinen ved mistanke om vold", True),
        ("må jeg ha samtykke før jeg melder inn en elev", True),
        # «ikke akutt» says a case is there, only no emergency
        ("ikkje akutt, men korleis gjer vi det med ein elev som drikk", False),
        ("ikke akutt, men en elev har fortalt noe om hjemme", False),
        # a question word's «sier» tells nothing; «så» (folded «sa») is no «sa»
        ("hva sier rutinen ved mistanke om hasj, hvem skal vite det?", True),
        (
            "kan du lage en oversikt over rutinen for melding til barnevernet så jeg kan vise den",
            True,
        ),
        ("har kommunen en rutine på deling av bilder blant elever?", True),
        # «om en» is as often «about a»: no condition
        ("de snakker om en mann på nett, hvordan melder vi bekymring", False),
        ("hva gjør jeg hvis eleven ruser seg", False),
        ("hva gjør jeg hvis hun ikke kommer i dag", False),
        ("hva er rutinen når vi har hørt at noen skal ta en elev etter skolen", False),
        ("en elev ruser seg, hva gjør jeg", False),
    ],
)
def test_in_general_reads_a_condition_and_no_one_pointed_out(
    kb: KnowledgeBase, text: str, general: bool
) -> None:
    asked = RoutineAsked.of(kb)
    assert asked.in_general(tuple(fold(text).split())) is general


def test_what_someone_tells_is_a_case_not_a_question_in_general(kb: KnowledgeBase) -> None:
    """«hva gjør jeg når en elev forteller om …»: the writers tell a disclosure so."""
    asked = RoutineAsked.of(kb)
    told = "hva gjør jeg når en elev forteller at noen har tatt på henne"
    assert not asked.in_general(tuple(fold(told).split()))
