"""Who does the harm decides the routine (bot/safety_decide.py and danger.yaml ``decide``).

A threat from someone close is violence in a close relation; the same threat from a gang
stays a threat. A thank-you said as a last word with «never» is a goodbye (the self-harm
routine), not absence. Bags or drugs kept under pressure are a drug errand (rusbekymring),
not only exploitation. The phrasings are made up for these tests, not taken from the eval.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from bot.safety_decide import Decide, decided

VOLD = "vold-naere-relasjoner"
SELV = "selvskading"
RUS = "rusbekymring"


def test_a_rule_fires_only_with_the_actor_before_the_harm_in_one_clause() -> None:
    actor, harm, other, threat, close = 1, 2, 3, 10, 11
    rule = Decide(
        frozenset({threat}), frozenset({actor}), frozenset({harm}), 4, frozenset({other}), close
    )
    a, h, o, _ = frozenset({actor}), frozenset({harm}), frozenset({other}), frozenset()
    no_walls = [False] * 5
    assert decided([rule], [threat], [a, _, h, _, _], no_walls) == [threat, close]
    assert decided([rule], [threat], [h, _, a, _, _], no_walls) == [threat]  # the victim
    assert decided([rule], [threat], [a, o, h, _, _], no_walls) == [threat]  # someone else acts
    assert decided([rule], [threat], [a, _, _, _, _, h], [False] * 6) == [threat]  # too far
    assert decided([rule], [threat], [a, _, h, _, _], [False, True, False, False, False]) == [
        threat
    ]  # a new sentence
    assert decided([rule], [4], [a, _, h, _, _], no_walls) == [4]  # not a finding it decides


ROUTED = [
    # A threat from someone close: violence in a close relation, 112 first.
    ("eksen hennes står utenfor skolen og roper at han skal drepe henne", VOLD, "112"),
    ("stefaren har sagt han skal knivstikke henne hvis hun går til politiet", VOLD, "112"),
    ("her stepdad keeps telling her he will kill her", VOLD, "112"),
    ("kjæresten hennes har sagt at hun skal få svi når hun kommer hjem", VOLD, "112"),
    ("she says her mom's boyfriend grabbed her by the neck", VOLD, "112"),
    # Killing one's own: the reflexive names the close relation, whoever speaks.
    ("han sier han skal ta livet av faren sin i kveld", VOLD, "112"),
    # A threat from someone else stays a threat – also a parent's threat to staff.
    ("en gjeng truer med å drepe faren hans hvis han ikke betaler", "hastemote", "112"),
    ("en ukjent har sendt trusler om at han skal skyte elevene på skolen", "hastemote", "112"),
    (
        "en forelder skrev til læreren: «jeg vet hvor du bor, du skal få svi i kveld»",
        "hastemote",
        "112",
    ),
    # A thank-you with «never» is a goodbye.
    ("fikk en snap fra en elev: takk for alt, dere ser meg aldri igjen", SELV, "113"),
    (
        "ho skreiv «takk for alt du har gjort for meg» og at ho ikkje kjem tilbake nokon gong",
        SELV,
        "113",
    ),
    ("a student texted me: thanks for everything, you won't see me ever again", SELV, "113"),
    # Bags carried or kept under pressure: a drug errand.
    ("noen eldre tvinger ham til å frakte poser for dem etter skolen", RUS, "112"),
    ("older boys pressure him to carry bags for them after school", RUS, "112"),
    # Younger ones paying him: selling, no drug named.
    ("flere yngre elever betaler ham i friminuttet, vi vet ikke for hva", RUS, "112"),
]


@pytest.mark.parametrize(("text", "routine", "line"), ROUTED)
def test_who_acts_and_what_is_said_decide_the_routine(
    vocabulary: DangerCheck, text: str, routine: str, line: str
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == routine, finding
    assert line in finding.leads[0], finding


@pytest.mark.parametrize(
    "text",
    [
        "takk for alt, vi ses på mandag",
        "takk for alt dere gjør for ungdommene i kommunen",
        "A student is absent a lot, what should I do?",
        "vi skal lage en bombe-kake med sjokolade til avslutningen",
    ],
)
def test_ordinary_messages_stay_ordinary(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text


def test_killing_a_test_is_a_look_alike(vocabulary: DangerCheck) -> None:
    text = "eleven sa han skulle «ta livet av» matteprøven i dag, kor finn eg kriteria?"
    assert vocabulary.check(text) is None
    assert vocabulary.look_alike(text)
