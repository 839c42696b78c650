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


# Marks left by someone at home are that harm, not self-harm; a child said to act on itself
# still goes to the self-harm routine first.
DONE_AT_HOME = [
    "jenta sier at stefaren brente henne med en sigarett, hun har brannsår på armen",
    "faren slår ham, og han har sår på armen",
    "gutten forteller at mamma helte varm te over ham, han har brannsår på magen",
]

SELF_STILL_FIRST = [
    "faren slår henne og hun har begynt å kutte seg",
    "gutten blir slått hjemme og har kutt på armene, han sier han gjør det selv",
    "eleven slår hodet i veggen til det blør når mora kjefter",
    "eleven har kutt på armen",
]


@pytest.mark.parametrize("text", DONE_AT_HOME)
def test_marks_left_at_home_are_violence(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "vold-naere-relasjoner", text


@pytest.mark.parametrize("text", SELF_STILL_FIRST)
def test_a_child_acting_on_itself_is_self_harm(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "selvskading", text


def test_a_child_who_locks_herself_in_is_not_locked_in(vocabulary: DangerCheck) -> None:
    """«låste seg inne» shuts its own subject in: no confinement at home is read from it."""
    text = "faren ringte: sønnen låste seg inne på rommet i går og vil ikke snakke med noen"
    found = vocabulary.check(text)
    assert found is None or found.routine != "vold-naere-relasjoner", text


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        ("mor låste gutten inne på rommet hele helgen", "vold-naere-relasjoner"),
        ("stefaren låste seg inne med datteren på badet", "vold-naere-relasjoner"),
        ("jenta har låst seg inne på do med en kniv", "selvskading"),
    ],
)
def test_shut_in_by_someone_still_counts(text: str, routine: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == routine, text


# A weapon kept or hidden for someone older is exploitation, not a threat for the hastemøte.
@pytest.mark.parametrize(
    "text",
    [
        "gutten gjemmer en kniv for noen eldre gutter på rommet sitt",
        "eleven fortalte at han har oppbevart et balltre for en gjeng i kjelleren",
    ],
)
def test_a_weapon_kept_for_older_boys_is_exploitation(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "menneskehandel_utnytting", text


def test_a_weapon_and_a_threat_stay_a_threat(vocabulary: DangerCheck) -> None:
    found = vocabulary.check("eleven har en kniv i sekken og sier han skal stikke en lærer")
    assert found is not None
    assert found.routine == "hastemote"
