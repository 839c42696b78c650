"""A child named by a first name tells as «en elev» does (session 23, safety58): «etter filmen
sa Ola at han skal skyte noen» is a threat told after a film, «Emma fortalte etter kurset om
vold at faren slår henne» a disclosure after a lesson – a line spoken inside the story stays
calm. Names come from knowledge/language/names.yaml, less those that are everyday words
(``also_words``: the check folds case away). All names and cases are made up.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck


@pytest.mark.parametrize(
    "text",
    [
        "etter filmen sa Ola at han skal skyte noen",
        "etter filmen sa Nora til meg at hun skal knivstikke en medelev",
        "etter filmen skrev Kari at hun skal sprenge skolen",
    ],
)
def test_named_child_telling_after_a_film(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == "trusler", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "Ola sa etter undervisningen om kroppen at onkelen tar på tissen hans",
        "Emma fortalte etter kurset om vold at faren slår henne",
    ],
)
def test_named_child_telling_after_a_lesson(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "vold-naere-relasjoner", finding.describe()


def test_named_character_inside_the_film_is_calm(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("i filmen sa Ola at han skal skyte helten") is None
