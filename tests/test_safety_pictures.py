"""Pictures of a child shared, harm verbs read by family, a child gone with carers who do not
care (knowledge/language/danger.yaml, signals.yaml).

Pictures or films of a child taken and passed on by someone are the picture-sharing routine
(bildedeling) with 112 first, naked or not – not exploitation because «deler» is also a word
for handing out drugs. Pictures a school shares of a trip name nobody they are of and stay
ordinary. The phrasings are made up for these tests, not taken from the eval.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

BILDER = "bildedeling"
VOLD = "vold-naere-relasjoner"

SHARED = [
    "ei jente i 8. forteller at eksen tok bilder av henne og delte dem i en gruppe",
    "typen hennes sprer bilder av henne på snap",
    "en gutt i 7. sier at noen har lagt ut video av ham i garderoben",
    "stefaren filmet henne og postet det",
]

ORDINARY = [
    "vi deler bilder fra skidagen på skolens facebookside",
    "hun legger ut bilder fra leirskolen i morgen",
    "vi tar bilder på juleavslutningen, trenger vi samtykke?",
    "læreren filmet ham når han sang, og deler det med foreldrene på møtet",
]

HARMED = [
    # Harm verbs in any inflection (stem~ in signals.yaml), with a child or a pronoun beside.
    "noen klorte ham i ansiktet så det blødde",
    "sjuendeklassingen ble dunka i skapet",
    "de dælja henne etter skolen",
    "en niåring sier at noen klasket henne hardt",
]


@pytest.mark.parametrize("text", SHARED)
def test_pictures_of_a_child_shared_are_bildedeling(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None and finding.routine == BILDER, text
    assert finding.calls[0] == "112"


def test_pictures_sold_stay_exploitation(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("noen tar bilder av henne og selger dem")
    assert finding is not None and "utnytting" in finding.categories


@pytest.mark.parametrize("text", ORDINARY)
def test_pictures_naming_no_one_are_ordinary(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None


@pytest.mark.parametrize("text", HARMED)
def test_a_harm_verb_in_any_form_is_a_case(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None and finding.routine == VOLD, text


def test_a_harm_verb_at_a_thing_is_no_case(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("mamma dunker på døra når middagen er klar") is None
    assert vocabulary.check("kan vi kjøpe en dunk med klor til bassenget") is None


def test_a_child_gone_for_days_with_carers_who_do_not_care(vocabulary: DangerCheck) -> None:
    text = "femteklassingen har vært borte i flere dager og faren bryr seg ikke"
    finding = vocabulary.check(text)
    assert finding is not None and finding.routine == VOLD and finding.calls[0] == "112"
    assert "omsorgssvikt" in finding.categories


@pytest.mark.parametrize(
    "text",
    [
        "han har låst fjerdeklassingen inne",
        "niendeklassingen har ikke vært hjemme siden fredag",
        "tolvåringen har ikke vært hjemme siden lørdag",
    ],
)
def test_a_child_named_by_a_compound_is_the_child(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is not None, text
