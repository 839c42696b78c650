"""A routine the question names, answered where the router answered beside it
(bot/features/doubt.py ``listed_routine``).

«finnes det rutiner ved vold i nære relasjoner?» got the list of routines and «ungdom tatt for
narkotika av politiet, finnes det noe alternativ til straff?» the tiltak «På rett kjøl»; the
nearest examples read both as a question for the routine, so the intent net doubted them into
the honest fallback. The routine matcher and the examples agree on the routine, so its steps
answer now: after the list led by it, or after a tiltak the routine holds as a step of its
own. A list not doubted, and a tiltak asked for by name, stay as they were.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("kommune", "text", "routine"),
    [
        ("jevnaker", "finnes det rutiner ved vold i nære relasjoner?", "vold-naere-relasjoner"),
        ("valer", "finnes det rutiner ved vold i nære relasjoner?", "vold-naere-relasjoner"),
        (
            "jevnaker",
            "hva sier planen om rutiner ved vold i nære relasjoner?",
            "vold-naere-relasjoner",
        ),
        (
            "jevnaker",
            "ungdom registrert av politiet for narkotika, finnes det noe annet enn straff hos oss",
            "rusbekymring",
        ),
        (
            "jevnaker",
            "ungdom tatt av politiet for bruk av narkotika finnes det noe alternativ hos oss",
            "rusbekymring",
        ),
    ],
)
def test_the_routine_named_answers_where_the_examples_read_it(
    bot: SltBot, kommune: str, text: str, routine: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine", (text, reply.intent, reply.facts)
    assert reply.facts.get("routine") == routine


def test_the_tiltak_step_is_in_the_routine_answered(bot: SltBot) -> None:
    text = "ungdom tatt av politiet for bruk av narkotika finnes det noe alternativ hos oss"
    assert "På rett kjøl" in last_reply(bot, text, "jevnaker").text


def test_the_older_plans_written_procedure_is_shown(bot: SltBot) -> None:
    text = "hva sier planen om rutiner ved vold i nære relasjoner? må hver tjeneste ha en egen?"
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "routine", reply.intent
    assert "Skriftlig prosedyre" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "intent"),
    [
        ("jevnaker", "hvilke rutiner har vi?", "routine_list"),
        ("jevnaker", "har vi en rutine for rusbekymring?", "routine_list"),
        ("valer", "finnes det rutiner for rus i planen?", "routine_list"),
        ("jevnaker", "hva er på rett kjøl?", "tiltak_lookup"),
    ],
)
def test_a_list_or_a_tiltak_asked_for_stays(
    bot: SltBot, kommune: str, text: str, intent: str
) -> None:
    assert last_reply(bot, text, kommune).intent == intent
