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


@pytest.mark.parametrize(
    "text",
    [
        "eksen hennes står utenfor skolen og roper at han skal drepe henne",
        "stefaren har sagt han skal knivstikke henne hvis hun går til politiet",
        "her stepdad keeps telling her he will kill her",
        "kjæresten hennes har sagt at hun skal få svi når hun kommer hjem",
    ],
)
def test_a_threat_from_someone_close_goes_to_violence_in_close_relations(
    vocabulary: DangerCheck, text: str
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == VOLD, finding
    assert "112" in finding.leads[0], finding


@pytest.mark.parametrize(
    "text",
    [
        "en gjeng truer med å drepe faren hans hvis han ikke betaler",
        "en ukjent har sendt trusler om at han skal skyte elevene på skolen",
        # A parent threatening staff: the one spoken to is no close relation.
        "en forelder skrev til læreren: «jeg vet hvor du bor, du skal få svi i kveld»",
    ],
)
def test_a_threat_from_someone_else_stays_a_threat(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "hastemote", finding
    assert "112" in finding.leads[0], finding


@pytest.mark.parametrize(
    "text",
    [
        "fikk en snap fra en elev: takk for alt, dere ser meg aldri igjen",
        "ho skreiv «takk for alt du har gjort for meg» og at ho ikkje kjem tilbake nokon gong",
        "a student texted me: thanks for everything, you won't see me ever again",
    ],
)
def test_a_thank_you_with_never_is_a_goodbye(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == SELV and "113" in finding.leads[0], finding


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


@pytest.mark.parametrize(
    "text",
    [
        "noen eldre tvinger ham til å frakte poser for dem etter skolen",
        "older boys pressure him to carry bags for them after school",
    ],
)
def test_bags_kept_or_carried_under_pressure_are_a_drug_errand(
    vocabulary: DangerCheck, text: str
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == RUS, finding


def test_an_english_disclosure_with_kin_words_is_violence_at_home(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("she says her mom's boyfriend grabbed her by the neck")
    assert finding is not None
    assert finding.routine == VOLD, finding
