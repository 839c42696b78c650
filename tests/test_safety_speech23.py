"""Reported speech and false alarms by sense (session 23, safety56). Each sense is a general
reason with made-up probes and calm look-alikes that share its words; no probe is an eval
item's sentence. All names and cases are made up.

* «sa» folds to «så», so «sa» alone is no telling: «sa» with its teller and «at» after it is
  («etter filmen sa en elev at han skal skyte læreren»). A threat told after a film, a drill
  or a game is a threat, in bokmål and nynorsk; a line spoken inside the story («i filmen
  sier skurken at …») is not. A child telling after a film that a parent hits her is a
  disclosure.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck, Kind


@pytest.fixture(scope="module")
def check(kb: KnowledgeBase) -> DangerCheck:
    return DangerCheck.from_language(kb.language, ())


# --- a threat told after a story -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "etter filmen sa en elev at han skal skyte læreren",
        "etter øvelsen sa en gutt at han skal skyte rektor",
        "etter filmen sa ein elev at han skal skyte læraren",
        "etter øvelsen sa en elev til meg at han skal drepe kontaktlæreren",
        "etter filmen skreiv ein gut at han skal skyte læraren",
        "etter filmen skrev en elev at han skal sprenge skolen",
        "etter spillet sa en gutt at han skal stikke kniv i Kari",
        "etter brannøvelsen sa jenta at hun skal knivstikke en medelev",
    ],
)
def test_threat_told_after_a_story_is_a_threat(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, finding.describe()
    assert finding.topic == "trusler", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "i filmen sier skurken at han skal skyte helten",
        "i filmen sa skurken at han skal drepe alle",
        "etter filmen så vi en scene der skurken skyter læreren",
        "i boka sier hovedpersonen at han skal skyte kongen",
    ],
)
def test_threat_inside_the_story_is_calm(check: DangerCheck, text: str) -> None:
    assert check.check(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "etter filmen sa en jente at pappa slår henne",
        "etter filmen sa ei jente at pappa slår ho",
        "etter øvelsen sa eleven til meg at faren slår ham",
        "etter foredraget om vold sa en gutt at stefaren slår ham",
        "etter skuespillet sa ei jente at mora slår henne",
    ],
)
def test_child_telling_after_a_story_is_a_disclosure(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is not None, text
    assert finding.topic == "vold_nare", finding.describe()
