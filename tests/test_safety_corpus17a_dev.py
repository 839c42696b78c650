"""Session 20 (safety43): the general reasons behind corpus17a's dev-half misses, each with
made-up probes (never the corpus's own sentences) and calm look-alikes beside them."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

# A child not found while staff search or count, said without «savnet»; nynorsk «ikkje kome
# heim»; a child named by a spelled-out age («en femåring»).
MISSING = [
    "vi finner ikke en femåring etter lekeplassen, vi har lett i et kvarter",
    "finner ikke sjuåringen vår, vi har leita i hele skogen",
    "vi har telt barna på bussen og en 8-åring mangler",
    "Eleven rømte fra skolen i går kveld og er ikke funnet, det er kaldt ute",
    "dottera på 13 har ikkje kome heim frå trening",
    "we can't find the boy, he is 6, we have looked for him for an hour",
]

CALM = [
    "Jeg finner ikke eleven i Visma, har lett overalt",
    "finner ikke skjemaet for elevsamtaler, hvor ligger det?",
    "Hvor mange elever mangler skolebevis i år?",
    "en sjuåring i klassen mangler gymtøy igjen, hvem tar det med foreldrene?",
]


@pytest.mark.parametrize("text", MISSING)
def test_a_child_not_found_while_searching_is_missing(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "hastemote", text


@pytest.mark.parametrize("text", CALM)
def test_not_finding_a_thing_or_a_name_stays_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text
