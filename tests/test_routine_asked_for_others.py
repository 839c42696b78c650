"""What someone else does at a worry, asked for them («skal lage en oversikt til
kontaktlærerne om hva de gjør ved rusbekymring – hva står i planen om det?»): the same ask as
«hva gjør vi ved …» (understanding.yaml ``routine_asks``), so the routine answers, calmly. The
plan asked about a tiltak on the topic, or material about it, stays what it was.

Every message is written for this file (none is an evaluation item)."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("kommune", "text", "routine"),
    [
        (
            "valer",
            "lager et ark til assistentene om hva de gjør ved rusbekymring, hva sier planen?",
            "rusbekymring",
        ),
        (
            "jevnaker",
            "nye vikarer spør hva man gjør ved bekymringsfullt skolefravær – står det i planen?",
            "skolefravaer",
        ),
        (
            "gjesdal",
            "skal informere miljøarbeiderne om hva dere gjør ved rusbekymring, kan du hjelpe?",
            "rusbekymring",
        ),
    ],
)
def test_what_others_do_at_a_worry_is_the_routine(
    bot: SltBot, kommune: str, text: str, routine: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine", (text, reply.intent, reply.facts)
    assert reply.facts.get("routine") == routine


def test_asked_for_others_it_has_no_alarm_line(bot: SltBot) -> None:
    text = "lager et ark til assistentene om hva de gjør ved rusbekymring, hva sier planen?"
    reply = last_reply(bot, text, "valer")
    assert not reply.text.lstrip().startswith(("🚨", "⚠")), reply.text[:80]


@pytest.mark.parametrize(
    ("kommune", "text", "intent"),
    [
        ("valer", "hva står det i planen om bekymringssamtaler?", "tiltak_lookup"),
        ("valer", "skal lage quiz om hva man gjør ved rus på fest", "unknown"),
    ],
)
def test_a_tiltak_or_material_on_the_topic_stays(
    bot: SltBot, kommune: str, text: str, intent: str
) -> None:
    assert last_reply(bot, text, kommune).intent == intent
