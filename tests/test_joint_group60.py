"""A group that joins others, asked about beside the groups it joins.

Gjesdal's «Fellesmøte for styringsgruppe og arbeidsgruppe» names both groups in its own name:
a question that names them beside «fellesmøte» asks about the joint meeting, not the first
group named; «når» and a meeting named as a compound ask its date.
"""

from __future__ import annotations

import pytest

from bot.text import fold
from bot.understanding.entities import joint_group
from tests.eval import Item, Runner

JOINT = "fellesmote-styringsgruppe-arbeidsgruppe"


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def _understood(runner: Runner, text: str) -> tuple[str, str | None]:
    q = runner.bot.understand(text, "gjesdal")
    return str(q.intent), q.group_id


@pytest.mark.parametrize(
    "text",
    [
        "når skal arbeidsgruppa og styringsgruppa ha fellesmøtet sitt?",
        "når har styringsgruppa og arbeidsgruppa fellesmøte i år",
        "når blir det fellesmøte med arbeidsgruppa og styringsgruppa?",
    ],
)
def test_the_joint_meeting_is_asked_when_its_groups_stand_beside_it(
    runner: Runner, text: str
) -> None:
    intent, group = _understood(runner, text)
    assert group == JOINT
    assert intent == "next_meeting"


def test_two_groups_without_the_joint_one_stay_the_groups_asked(runner: Runner) -> None:
    index = runner.kb.get("gjesdal")
    assert index is not None
    words = tuple(fold("hvem sitter i styringsgruppa og arbeidsgruppa").split())
    assert joint_group(words, [False] * len(words), index) is None
    _, group = _understood(runner, "hvem sitter i styringsgruppa og arbeidsgruppa?")
    assert group != JOINT


def test_the_answer_holds_what_the_plan_says_of_the_joint_meeting(runner: Runner) -> None:
    item = Item(
        id="t",
        kommune="gjesdal",
        half="dev",
        text="når skal arbeidsgruppa og styringsgruppa ha fellesmøtet sitt?",
        intent="meeting_next",
    )
    text = "\n".join(r.text for r in runner.replies(item))
    assert "Ungdata i 2025" in text
