"""Session 28 (safety71): danger by class, each with its calm look-alikes – a weapon kept to
use on oneself is suicide risk (113), oneself drawn hanging with «snart» or a plan is acute,
hiding at home from someone armed and a threat to «ta henne» shouted by someone close are
violence in a close relation (112); a role-play's script, a razor for shaving, a gym's hanging
by the arms and a man with a knife outside the school stay what they are. Made-up messages,
never the eval's own sentences."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding import Intent
from tests.auxil.safety_cases import case_tests
from tests.test_answers_confidence import turn

ROUTED = [
    # a weapon kept, to be used on oneself: suicide risk, not a threat to others
    ("jenta sa hun har kjøpt en kniv og skal bruke den på seg selv i kveld", "selvskading"),
    ("ho seier ho har ein kniv og skal bruke han på seg sjølv", "selvskading"),
    ("gutten viste meg kniven i sekken, han vil bruke den mot seg selv i dag", "selvskading"),
    # oneself drawn or shown hanging, with a time or a plan
    ("han har tegnet seg selv hengende og skrevet «snart» under", "selvskading"),
    ("Hun har laget en tegning av seg selv hengende, og sier hun har planlagt det", "selvskading"),
    # hiding at home from someone armed
    (
        "jenta skriver hjemmefra: «han har en kniv og er rasende, vi har låst oss inne på do»",
        "vold-naere-relasjoner",
    ),
    (
        "eleven ringer hjemmefra: pappa har kniv, vi har låst oss inne på rommet",
        "vold-naere-relasjoner",
    ),
    ("mamma og jeg gjemmer oss på badet hjemme, han har en kniv", "vold-naere-relasjoner"),
    # a threat to «ta» her shouted by someone close, on site
    ("samboeren står i gangen og roper at han skal ta henne", "vold-naere-relasjoner"),
    (
        "stefaren står utenfor barnehagen og skriker at han skal ta henne nå",
        "vold-naere-relasjoner",
    ),
    # the real twin of the role-play below: a child telling after it
    ("Etter rollespillet på samlinga forteller en elev om vold hjemme", "vold-naere-relasjoner"),
    ("Rollespill i dag. Etterpå fortalte en elev at faren slår henne.", "vold-naere-relasjoner"),
    ("Under rollespillet fortalte en elev at stefaren slår henne", "vold-naere-relasjoner"),
]

ELSEWHERE = [
    # locked in at school from a man outside: no home, no one close – a threat (hastemøte)
    ("vi er låst inne på skolen fordi det går en mann med kniv rundt ute", "hastemote"),
    # a threat to «ta» a member of staff by someone close stays a threat
    ("faren står i gangen og roper at han skal ta rektor", "hastemote"),
]

CALM = [
    "han har fått sin første barberhøvel og skal bruke den på seg selv i morgen",
    "hun har kjøpt en ny kniv til matlaging og skal bruke den selv",
    "I rollespillet har han en kniv og skal bruke den på seg selv",
    "tegningen viser ham selv hengende etter armene i klatrestativet, snart er det sommer",
    "han tegnet seg selv hengende i ringene i gymmen, vi skal henge tegningen opp snart",
    "Rollespill på kurset: elev forteller om vold hjemme. Hvem spiller læreren?",
    "Rollespill på personalmøtet: en elev forteller om overgrep. Kan noen spille mor?",
    # the role-play named after a short lead-in (found walking the teacher, session 28)
    "vi skal ha rollespill på samlinga: «elev forteller om vold hjemme». kan noen spille mor?",
    "I morgen har vi rollespill: en elev forteller om overgrep. Hvem spiller læreren?",
]

test_the_sign_routes, test_calm_look_alikes_raise_no_alarm = case_tests(ROUTED + ELSEWHERE, CALM)


@pytest.mark.parametrize(
    "text",
    [
        "Rollespill på kurset: elev forteller om vold hjemme. Hvem spiller læreren?",
        "Rollespill på personalmøtet: en elev forteller om overgrep. Kan noen spille mor?",
        "vi skal ha rollespill på samlinga: «elev forteller om vold hjemme». kan noen spille mor?",
    ],
)
def test_a_role_play_script_gets_the_honest_answer(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == Intent.UNKNOWN, reply.text
