"""Consent to an outing or activity is not the routine «samtykke».

The routine is consent to share a case's information with other services; a trip's or an
activity's consent from the parents is the school's own form, which no plan gives: the honest
fallback answers it. A worry, or a case taken up or shared, keeps the routine.
"""

from __future__ import annotations

import pytest

from tests.eval import Item, Runner, _answer


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def _got(runner: Runner, text: str, kommune: str) -> tuple[str, object]:
    item = Item(id="t", kommune=kommune, half="dev", text=text, intent="unknown")
    answer = _answer(runner.replies(item), frozenset())
    assert answer is not None
    return str(answer.intent), answer.facts.get("routine")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("gokart-dag for 9. trinn – må vi ha samtykke fra foresatte?", "valer"),
        ("skal på klassetur med overnatting, trenger vi eget samtykke fra foreldra?", "gjesdal"),
        ("trenger vi samtykke fra foreldrene til klasseturen til Danmark?", "jevnaker"),
        # pupils' work hung up or published (calm75): «henge opp» is no case taken up
        (
            "klassen har laget plakater om nettvett, trenger vi samtykke for å henge dem opp?",
            "valer",
        ),
        ("treng me samtykke frå foreldra for å publisere teikningane på heimesida?", "gjesdal"),
    ],
)
def test_an_activitys_consent_gets_the_honest_fallback(
    runner: Runner, text: str, kommune: str
) -> None:
    intent, routine = _got(runner, text, kommune)
    assert routine != "samtykke"
    assert intent in ("unknown", "clarify")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("trenger vi samtykke fra foreldrene før vi tar opp eleven i fagteamet?", "jevnaker"),
        (
            "er bekymret for en elev etter leirskolen, trenger vi samtykke for å ta det opp?",
            "gjesdal",
        ),
        ("må jeg ha samtykke før jeg deler info om en elev på tur med barnevernet?", "valer"),
        ("må jeg ha samtykke før saken blir tatt opp i oppvekstteamet?", "valer"),
    ],
)
def test_a_case_shared_keeps_the_consent_routine(runner: Runner, text: str, kommune: str) -> None:
    intent, routine = _got(runner, text, kommune)
    assert intent == "routine"
    assert routine == "samtykke"
