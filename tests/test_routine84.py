"""Session 40, routine84: routines and tiltak asked in staff's own words.

- A group asked in a school break («er det fagteam i påskeuka?», «… i juleferien?») is a
  meeting question: holiday words are words the reader knows, and «påskeuka» names the Easter
  break (commands.yaml ``periods.breaks``).
- A routine asked for by a which-word after a scene that names a tiltak, a group or BTI («Robust
  ungdom er i gang, men hva er rutinen hvis …») gets the routine the routine book found
  (asks.py ``routine_asked_for``).
- «hvem drifter LOS?», «hvem holder i Flexid?»: who runs a tiltak is its owner.
- A role's or workplace's own level («jobber på ungdomsklubben, hvilket nivå hører jeg til?»)
  shows its seats under each level with the plan's words for the level
  (organisation/role_level.py); a level asked of something no knowledge holds («hvilket nivå
  er matteprøven på?») gets the honest «vet ikke» (level_asked.py ``level_of_unknown``).
- The probe (tests/routine84_probe.py), written before any change, scored as the eval does.
"""

from __future__ import annotations

import pytest

from tests.auxil.asking import answered
from tests.eval import Item, Runner
from tests.routine84_probe import PROBE


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


# --- a group asked in a school break -------------------------------------------------------


@pytest.mark.parametrize(
    ("kommune", "text", "said"),
    [
        ("jevnaker", "blir det fagteam i påskeuken?", "påskeferien"),
        ("gjesdal", "er det arbeidsgruppe i vinterferien", "vinterferien"),
        ("valer", "er det politiråd i juleferien?", "juleferien"),
        ("jevnaker", "koordineringsgruppa – noe i påskeveka?", "påskeferien"),
    ],
)
def test_a_group_in_a_school_break_is_its_meetings_then(
    runner: Runner, kommune: str, text: str, said: str
) -> None:
    intent, reply = answered(runner, text, kommune)
    assert intent == "next_meeting", (text, intent, reply)
    assert said in reply, reply


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "har elevene fri i påskeuka?"),
        ("valer", "hva er lønna til koordinatoren i juleferien?"),
    ],
)
def test_a_break_asked_of_no_group_stays_honest(runner: Runner, kommune: str, text: str) -> None:
    intent, reply = answered(runner, text, kommune)
    assert intent == "unknown", (text, intent, reply)


# --- a routine asked for after a scene that names a tiltak or a group ---------------------


@pytest.mark.parametrize(
    ("kommune", "text", "routine"),
    [
        (
            "jevnaker",
            "Vi kjører MITT VALG i 7. klasse, men hva er rutinen om vi oppdager "
            "at en elev bruker hasj?",
            "rusbekymring",
        ),
        (
            "valer",
            "vi bruker stafettloggen og BTI, men hvilken rutine gjelder ved høyt fravær?",
            "skolefravaer",
        ),
        (
            "gjesdal",
            "Folkemøtene er fine, men kva er rutina når ein elev ruser seg?",
            "rusbekymring",
        ),
    ],
)
def test_a_routine_asked_after_a_scene_is_the_routine(
    runner: Runner, kommune: str, text: str, routine: str
) -> None:
    outcome = runner.score(Item("t", kommune, "dev", text, "routine"))
    assert outcome.got in ("routine", "danger", "disclosure"), (text, outcome.got)
    assert outcome.routine == routine, (text, outcome.routine)


@pytest.mark.parametrize(
    ("kommune", "text", "intent"),
    [
        ("valer", "hva er rutinen for tiltak 6?", "tiltak_lookup"),
        ("valer", "hvem har ansvar for rutinen om fravær?", "tiltak_owner"),
        ("jevnaker", "hva går Utsett ut på?", "tiltak_lookup"),
    ],
)
def test_a_tiltak_asked_with_a_routine_word_stays_the_tiltak(
    runner: Runner, kommune: str, text: str, intent: str
) -> None:
    got, reply = answered(runner, text, kommune)
    assert got == intent, (text, got, reply)


# --- who runs a tiltak ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kommune", "text", "owner"),
    [
        ("jevnaker", "hvem drifter natteravnene?", "Frivilligsentralen"),
        ("gjesdal", "kven driftar årskortet på sportssenteret", "SLT-arbeidsgruppe"),
        ("jevnaker", "hvem holder i PMTO", "Familiens hus"),
    ],
)
def test_who_runs_a_tiltak_is_its_owner(
    runner: Runner, kommune: str, text: str, owner: str
) -> None:
    intent, reply = answered(runner, text, kommune)
    assert intent in ("tiltak_owner", "tiltak_lookup"), (text, intent, reply)
    assert owner in reply, reply


def test_who_runs_what_no_plan_holds_stays_honest(runner: Runner) -> None:
    intent, reply = answered(runner, "hvem drifter kantina på skolen?", "gjesdal")
    assert intent == "unknown", (intent, reply)


# --- a role's own level ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kommune", "text", "level_words"),
    [
        (
            "valer",
            "jobber som ungdomskontakt, på hvilket nivå hører jeg hjemme?",
            "alle som jobber",
        ),
        ("gjesdal", "er rektor, hvilket nivå i slt er jeg på", "Ansvar for praktisk koordinering"),
    ],
)
def test_a_roles_level_shows_the_levels_own_words(
    runner: Runner, kommune: str, text: str, level_words: str
) -> None:
    intent, reply = answered(runner, text, kommune)
    assert intent == "role_groups", (text, intent, reply)
    assert level_words in reply, reply


def test_where_a_role_sits_keeps_its_seats_alone(runner: Runner) -> None:
    intent, reply = answered(runner, "hvor sitter rektor?", "valer")
    assert intent == "role_groups", intent
    assert "Det koordinerende nivået i Våler" not in reply, reply


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "hvilket nivå er matteprøven på 10. trinn"),
        ("jevnaker", "hvilket nivå er kantinedama på?"),
    ],
)
def test_a_level_of_what_no_plan_places_is_honest(runner: Runner, kommune: str, text: str) -> None:
    intent, reply = answered(runner, text, kommune)
    assert intent == "unknown", (text, intent, reply)


def test_a_groups_level_is_still_its_level(runner: Runner) -> None:
    intent, reply = answered(runner, "hvilket nivå er SLT-nettverket på?", "valer")
    assert intent == "levels", (intent, reply)
    assert "koordinerende" in reply


# --- the probe ------------------------------------------------------------------------------

STILL_FAILING = {
    0: "«mye borte … foreldrene svarer ikke»: the danger check reads a missing child (safety's)",
    2: "a long absence told by voice: the safety net asks back (honest, not routed)",
    4: "English «what's the procedure … using drugs»: the routine book reads no English",
    5: "«spør om vi har en felles rutine»: «Mente du» the rus routine (honest)",
    9: "nynorsk «bilete … delt vidare»: «Mente du» the bildedeling routine (honest)",
    18: "«sommertilbud» meets no word of Sommeruka's row",
    19: "sosialhjelp and no job: «Mente du» tiltak 32 first (honest)",
    20: "«undervist om overgrep»: the safety net asks back (safety's)",
    22: "foreldre and alkohol: «Mente du» (honest)",
    49: "a routine for sykmelding: the list of routines, not the honest «vet ikke»",
}


@pytest.mark.parametrize("number", range(len(PROBE)))
def test_probe(runner: Runner, number: int) -> None:
    kommune, text, intent, routine, must = PROBE[number]
    if number in STILL_FAILING:
        pytest.xfail(STILL_FAILING[number])
    outcome = runner.score(Item(f"p{number:02}", kommune, "dev", text, intent, routine, must))
    assert outcome.right, (text, outcome.got, outcome.routine, outcome.missing)
