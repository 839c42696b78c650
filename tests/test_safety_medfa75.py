"""Session 31 (medfa75): everyday medicine talk and a general question about radicalisation,
each read as a class beside the real cases it must keep – a time of day is no count of pills
(«skal ta medisinen sin klokka 12» is a dose at noon, «har tatt 20 piller klokka 12» still an
overdose), medicine collected for the pharmacy's return is no means got ready, a dose's time
after «ta dem» is no threat («morgen og kveld», while «i kveld» stays a time set), and «hva gjør
vi når noen vil styrte demokratiet?» asks in general (the hastemøte routine answers it), while a
pupil who says he will is a case – and a case told before a question about «noen» stays one.
Made-up messages, never the eval's own sentences."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply
from tests.auxil.safety_cases import KOMMUNER, assert_alarm_first, class_tests

ROUTED: list[tuple[str, str, str]] = [
    # pills taken or about to be taken, with or without a clock
    ("han har tatt alle medisinene sine", "selvmord_selvskading", "acute"),
    ("hun har tatt 20 tabletter klokka 12 og er trøtt", "selvmord_selvskading", "acute"),
    ("gutten har tatt 15 paracet ved 12-tiden", "selvmord_selvskading", "acute"),
    ("hun sitter med alle pillene og sier hun skal ta dem", "selvmord_selvskading", "acute"),
    (
        "mor sier sønnen har skrevet at han skal ta alle tablettene",
        "selvmord_selvskading",
        "acute",
    ),
    # gathered to take, even where the pharmacy is named
    ("hun har samlet piller i en boks og skal ta dem i kveld", "selvmord_selvskading", "acute"),
    ("har samla piller fra apoteket og vil ikke leve mer", "selvmord_selvskading", "acute"),
    ("ho har tatt alle tablettane ho fekk på apoteket", "selvmord_selvskading", "acute"),
    # a threat with its time set
    ("eleven sier han skal ta dem etter skolen", "trusler", "acute"),
    # a pupil who says he will overthrow democracy
    ("eleven sier han vil styrte demokratiet med vold", "radikalisering", "disclosure"),
    (
        "gutten skrev at han vil styrte demokratiet, hva gjør vi når noen vil det?",
        "radikalisering",
        "disclosure",
    ),
    # a case told, then a question about «noen»: the case still counts
    (
        "gutten blir truet på vei hjem, hva gjør vi når noen vil skade ham?",
        "trusler",
        "acute",
    ),
    (
        "en elev har med kniv i sekken, hva gjør vi hvis noen vil bruke den?",
        "trusler",
        "acute",
    ),
]

CALM = [
    # a dose at a time of day
    "han skal ta medisinen sin klokka 12",
    "hun skal ta tablettene sine kl. 20 før hun legger seg",
    "gutten må ta medisinen sin ved 12-tiden, kan han gjøre det på skolen?",
    "han tar pillene sine klokka 12.30 etter lunsj",
    # medicine taken along to the pharmacy
    "samlet inn gamle medisiner og skal ta dem med til apoteket",
    "han samler på medisiner som skal returneres til apoteket",
    "foreldremøtet samla inn gamle tablettar til innlevering på apoteket",
    # a dose's time after «ta dem»
    "skal ta dem morgen og kveld",
    "hun får nye tabletter og skal ta dem daglig",
    "han skal ta dem før frokost med et glass vann",
    # a general «når noen vil …» question
    "hva kan vi gjøre når noen vil styrte demokratiet?",
    "hvordan snakker vi med klassen hvis noen vil knuse demokratiet?",
    "kva gjer skulen når nokon vil styrte staten?",
]

test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


@pytest.mark.parametrize("kommune", KOMMUNER)
def test_a_general_question_about_overthrowing_democracy_gets_the_routine(
    bot: SltBot, kommune: str
) -> None:
    """The hastemøte routine answers it, with no acute line of a case above it."""
    answer = last_reply(bot, "hva gjør vi når noen vil styrte demokratiet?", kommune)
    assert str(answer.intent) == "routine", (answer.intent, answer.text[:120])
    assert answer.facts.get("routine") == "hastemote", answer.facts
    assert not answer.text.lstrip().startswith("🚨"), answer.text[:80]


@pytest.mark.parametrize(
    "text",
    [
        "han har tatt alle medisinene sine",
        "eleven sier han vil styrte demokratiet med vold",
        "hun sitter med alle pillene og sier hun skal ta dem",
    ],
)
def test_the_real_cases_lead_with_the_acute_line(bot: SltBot, text: str) -> None:
    assert_alarm_first(bot, "valer", text)


def test_a_dose_at_noon_is_answered_without_an_acute_line(bot: SltBot) -> None:
    """Neither the check nor the safety net's asking back puts 🚨 above a dose's time."""
    answer = last_reply(bot, "han skal ta medisinen sin klokka 12", "gjesdal")
    assert not answer.text.lstrip().startswith("🚨"), (answer.intent, answer.text[:80])
