"""Where the question's form decides, the bot answers instead of asking back («Mente du …?»).

A named group with something else asked about it gets three buttons (who sits in it, how often
it meets, its next meeting) – honest, but slow when the form already says which, or says that
none of them is asked:

- «når er X (i år)?» asks X's date however long X's name is: the words beside the names
  decide, not the words of the name (rules.by_form, ``WHEN_IS_LEFT``);
- a sum asked in a compound («stimuleringsmidler», «prosjektbudsjettet») asks what no plan
  holds, as «midler» alone does: the plan's silence, not three readings (facets.costs);
- a case to bring to a named group, beside a next-meeting cue and «når»/«snart», is why the
  meeting's date is asked, not how a case is brought (cues.Cues.find);
- a case brought to a group under a routine the routine book names («samtykkeskjemaet … i
  fagteamet») asks the routine, not which of the group's facts was meant (question_reading).

Each with a calm look-alike where the ask-back or another answer stays. Made-up phrasings,
not the evaluation's.
"""

from __future__ import annotations

import pytest

from bot.understanding.facets import costs
from tests.auxil.asking import answered
from tests.eval import Runner


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("Når er samlinga «Sammen for ungdom i Gjesdal» neste år?", "gjesdal"),
        ("når blir «Sammen for ungdom i Gjesdal» i år", "gjesdal"),
        ("Når er operativ gruppe i år?", "gjesdal"),
    ],
)
def test_when_is_a_named_group_asks_its_next_meeting(
    runner: Runner, question: str, kommune: str
) -> None:
    got, _ = answered(runner, question, kommune)
    assert got == "next_meeting"


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        # many words beside the long name: something else may be asked – ask back
        (
            "Når er samlinga «Sammen for ungdom i Gjesdal» for foreldre med barn på barneskolen?",
            "gjesdal",
        ),
    ],
)
def test_when_is_with_more_beside_the_name_still_asks_back(
    runner: Runner, question: str, kommune: str
) -> None:
    got, _ = answered(runner, question, kommune)
    assert got == "clarify"


def test_a_deadline_asked_of_a_group_is_no_meeting(runner: Runner) -> None:
    question = "når er fristen for å sende saker til fagteamet i jevnaker?"
    got, _ = answered(runner, question, "jevnaker")
    assert got != "next_meeting"


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("hvor mye tilskuddsmidler får politirådet?", "valer"),
        ("hva er prosjektbudsjettet til fagteamet?", "gjesdal"),
        ("får arbeidsgruppa driftsmidler i år?", "gjesdal"),
    ],
)
def test_a_sum_in_a_compound_is_what_the_plan_does_not_say(
    runner: Runner, question: str, kommune: str
) -> None:
    got, text = answered(runner, question, kommune)
    assert got == "unknown"
    assert "Mente du" not in text
    assert "Planen oppgir ingen kostnader" in text


def test_cost_compounds_need_a_cost_word_as_their_head() -> None:
    unanswered = frozenset({"midler", "budsjett", "budsjettet", "pris", "koster"})
    asked = ("hvor", "mye", "stimuleringsmidler", "prosjektbudsjettet", "spris", "midlertidig")
    # «pris» is too short to end a compound safely; «midlertidig» only begins with «midler»
    assert costs(asked, unanswered) == {"stimuleringsmidler", "prosjektbudsjettet"}


def test_a_group_asked_with_no_cost_word_keeps_its_answer(runner: Runner) -> None:
    got, _ = answered(runner, "hvem sitter i arbeidsgruppa?", "gjesdal")
    assert got == "members"


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("hvor finner jeg samtykkeskjemaet når vi skal drøfte en elev i fagteamet?", "jevnaker"),
        ("vi vil drøfte en elev i fagteamet uten samtykke, går det?", "jevnaker"),
    ],
)
def test_a_routine_named_beside_a_group_answers(
    runner: Runner, question: str, kommune: str
) -> None:
    got, text = answered(runner, question, kommune)
    assert got == "routine"
    assert "Samtykke" in text


def test_a_group_with_a_vague_ask_still_asks_back(runner: Runner) -> None:
    # no routine named, nothing the form decides: the three readings stay the honest question
    got, _ = answered(runner, "hva med fagteamet og skolebussen?", "jevnaker")
    assert got in ("clarify", "unknown")


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("har en sak jeg vil melde inn til fagteamet, når er neste møte?", "jevnaker"),
        ("kan vi melde inn en sak til neste møte i politirådet? når er det?", "valer"),
    ],
)
def test_a_case_to_bring_is_why_the_next_meeting_is_asked(
    runner: Runner, question: str, kommune: str
) -> None:
    got, _ = answered(runner, question, kommune)
    assert got == "next_meeting"


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("hvordan melder jeg inn en sak til neste møte i fagteamet?", "jevnaker"),
        ("hvordan melder jeg inn en sak til fagteamet?", "jevnaker"),
    ],
)
def test_how_to_bring_a_case_stays_the_coordinators(
    runner: Runner, question: str, kommune: str
) -> None:
    got, _ = answered(runner, question, kommune)
    assert got == "coordinator"
