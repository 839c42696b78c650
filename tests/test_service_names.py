"""A service by an old or another name, and a long «whom do I contact» question.

«sosialkontoret» and «trygdekontoret» are NAV (synonyms.yaml); Jevnaker's plan names
«Skoleleder(e)» where staff say «rektor» (role_synonyms: two titles of one person); a
contact question keeps the one service its words name however much else it tells. Made-up
phrasings, not the evaluation's.
"""

from __future__ import annotations

import pytest

from tests.auxil.asking import answered as ask
from tests.eval import Runner


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


@pytest.mark.parametrize(
    ("question", "kommune", "service"),
    [
        ("nummer til sosialkontoret?", "valer", "NAV Våler"),
        ("trygdekontoret i jevnaker, hvem kontakter jeg der?", "jevnaker", "NAV"),
    ],
)
def test_an_old_office_name_finds_nav(
    runner: Runner, question: str, kommune: str, service: str
) -> None:
    intent, text = ask(runner, question, kommune)
    assert intent == "contact_service"
    assert text.startswith(service)


def test_a_long_contact_question_keeps_the_service_its_words_name(runner: Runner) -> None:
    question = (
        "hvem kontakter jeg om ruskontrakt for en gutt i 9. klasse som ble tatt med hasj på festen?"
    )
    intent, text = ask(runner, question, "jevnaker")
    assert intent == "contact_service"
    assert text.startswith("Ungdomskonsulent")  # the ansvar of «På rett kjøl» (ruskontrakt)


def test_two_services_named_in_a_long_question_are_not_guessed(runner: Runner) -> None:
    question = "hvem kontakter jeg om familieveiledning og ruskontrakt for en elev på 15?"
    intent, text = ask(runner, question, "jevnaker")
    assert not (intent == "contact_service" and text.startswith("Ungdomskonsulent"))


@pytest.mark.parametrize(
    ("question", "kommune", "ansvar"),
    [
        ("hvilke tiltak har rektor ansvar for?", "jevnaker", "Skolelede"),
        ("hvilke tiltak har rektorene ansvar for", "jevnaker", "Skolelede"),
        ("hvilke tiltak har skoleleder ansvar for", "gjesdal", "Rektorene"),
    ],
)
def test_a_title_the_plan_spells_otherwise_finds_its_tiltak(
    runner: Runner, question: str, kommune: str, ansvar: str
) -> None:
    intent, text = ask(runner, question, kommune)
    assert intent == "tiltak_for_role"
    assert ansvar in text


def test_a_place_a_role_works_in_is_no_title_of_it(runner: Runner) -> None:
    """No Våler tiltak has «lærerne» as its ansvar: the answer says so first, in the writer's
    spelling, and shows only the tiltak whose text names them – never the schools' tiltak as
    if «Skolene»/«Barneskolene» were the teachers' title."""
    intent, text = ask(runner, "hvilke tiltak har lærerne ansvar for?", "valer")
    assert intent == "tiltak_lookup"
    assert text.count("Ingen tiltak i planen har «lærerne» som ansvarlig") == 1
    assert "laererne" not in text and "[Skolene" not in text
    assert all("lærerne" in part for part in text.split("\n\nTiltak ")[1:])


def test_a_service_and_its_own_tiltak_are_one_reading_not_a_question_back(
    runner: Runner,
) -> None:
    # Våler: the skolelos (a contact) and tiltak 2, whose ansvar is «Skolelos», both hold
    # «falle utenfor skolen»: no «Mente du …?» between them, the tiltak says what is done
    intent, text = ask(
        runner, "finnes det noe for elever som står i fare for å droppe ut?", "valer"
    )
    assert intent == "tiltak_lookup"
    assert "Skolelos" in text
