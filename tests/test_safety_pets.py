"""A pet that has not eaten is no neglected child (the lead's walk, session 21): the neglect
phrases («ikke spist på», «ikke fått mat») read a child's day, and a cat's or a dog's words
before them are an idiom that only looks like one (danger.yaml ``cancel``)."""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck


@pytest.fixture(scope="module")
def check(kb: KnowledgeBase) -> DangerCheck:
    return DangerCheck.from_language(kb.language, ())


@pytest.mark.parametrize(
    "text",
    [
        "katten vår har ikke spist på tre dager, vet du om en veterinær?",
        "hunden har ikke fått mat siden i går, hvem passer den i helga",
        "katten min spiser ikke, noen som vet hva det kan være",
    ],
)
def test_a_pet_not_eating_is_no_alarm(check: DangerCheck, text: str) -> None:
    assert check.check(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "gutten har ikke spist på tre dager",
        "jenta sier katten er borte og at hun ikke har fått mat hjemme på to dager",
        "hunden til familien er mager og barna har ikke fått mat",
    ],
)
def test_a_child_not_fed_is_still_neglect(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is not None and "omsorgssvikt" in finding.describe()
