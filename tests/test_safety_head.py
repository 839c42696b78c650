"""Session 21 (safety48), made-up messages: a fall on the head with a sign after it is a head
injury for 113, the fall alone first aid; no food at home makes not eating the home's neglect,
not the child's own act (and an eating disorder with no home sign stays self-harm)."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from bot.safety_finding import Kind

HEAD_INJURY = [
    "elev falt og slo hodet, kaster opp nå",
    "hun falt på isen og slo hodet og er svimmel",
    "gutten datt og slo hodet, nå er han forvirret",
    "han falt og slo hodet og husker ikke hva som skjedde",
    "ho datt av sykkelen og slo hovudet, ho kastar opp",
    "han falt og slo hodet og blør fra øret",
    "kaster opp etter at han falt og slo hodet",
    "elev falt og slo hodet, besvimte",
    "eleven datt i trappa og slo hodet, han er svimmel nå",
]

FALL_CALM = [
    "elev falt og slo hodet",
    "gutten datt og slo hodet i gymmen, går det bra?",
    "falt og slo kneet og kaster opp",
    "falt og slo hodet, kaster ball nå",
    "hun falt og slo hodet, vi ga is og hun husker at hun skulle på trening",
    "jeg har vondt i hodet og er svimmel",
]


@pytest.mark.parametrize("text", HEAD_INJURY)
def test_a_head_hit_in_a_fall_with_a_sign_is_113(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, text
    assert finding.topic == "akutt_medisinsk", text
    assert "113" in finding.calls, text
    assert finding.routine is None, text  # no blow from anyone: not the violence routine


@pytest.mark.parametrize("text", FALL_CALM)
def test_a_fall_with_no_sign_stays_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


NEGLECT = [
    "gutten har ikke spist på tre dager og sier det ikke er mat hjemme",
    "ho har ikkje ete på tre dagar og seier det ikkje er mat heime",
    "det er ingen mat hjemme, og hun har ikke spist siden fredag",
    "hun spiser ikke og sier det ikke er mat hjemme",
]

SELF_HARM = [
    "hun spiser ikke og har gått ned mye i vekt",
    "hun spiser ikke og kaster opp med vilje",
    "hun sulter seg og sier det ikke er mat hjemme hun vil ha",
]


@pytest.mark.parametrize("text", NEGLECT)
def test_not_eating_with_no_food_at_home_is_neglect(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "vold-naere-relasjoner", text


@pytest.mark.parametrize("text", SELF_HARM)
def test_not_eating_with_no_home_sign_stays_self_harm(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "selvskading", text
