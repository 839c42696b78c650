"""A question's form decides what answers it, not a word it shares with another reading.

- «hvordan melder jeg en sak inn til <gruppe>»: how a case reaches a group – with the particle
  after the case as before it («melde inn en sak til») – goes to whoever takes the group's cases.
- «… har vi en <rolle> man kan kontakte?»: a case told first is why the writer asks; the
  question is how to reach the role it names, not the routine's steps. A case with no one to
  reach named («hva gjør jeg?») still gets the routine.
- A cadence told with no group, role or meeting named («hun gråter på badet hver uke») asks
  no meeting's frequency; «møtes fagteamet hver uke?» still does.
- «hvilke tiltak i planen … <trinn>»: the form asks for tiltak, «i planen» says where they are;
  a tiltak for a list of grades («8., 9. og 10. trinn») is one for each of them, and a tiltak
  for another grade is none for the one asked.
- A role's list that holds one tiltak says what the plan says it is for (its «Mål»).
- A one-word tiltak name said with an ending («natteravnene») names the tiltak as the bare
  word does; a title's lead is a name without its year too («Ungdata» of «Ungdata 2025»),
  and «når er neste <tiltak>» with no group named is the tiltak's date, not every meeting.

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.features.tiltak.grades import GradeWords, names_grade
from bot.knowledge.action_plan import Tiltak
from bot.knowledge.vocabulary import GradeWords as GradesFile
from bot.routing import SltBot
from tests.auxil.asking import console_turn


def _answer(bot: SltBot, text: str, kommune: str) -> tuple[str, str]:
    replies = console_turn(bot, text, kommune)
    return str(replies[-1].intent), "\n".join(r.text for r in replies)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvordan melder jeg en sak inn til fagteamet?", "jevnaker"),
        ("korleis melder eg ei sak inn til operativ slt-gruppe?", "gjesdal"),
        ("kan jeg sende saken inn til fagteamet selv?", "jevnaker"),
    ],
)
def test_a_case_brought_to_a_group_goes_to_who_takes_its_cases(
    bot: SltBot, text: str, kommune: str
) -> None:
    intent, said = _answer(bot, text, kommune)
    assert intent == "coordinator", (text, intent)
    assert "SLT-koordinator" in said
    assert "Steg:" not in said  # not the consent routine's steps


def test_a_case_that_came_in_is_no_case_brought(bot: SltBot) -> None:
    """«saken kom inn til …» tells what happened; «hvem sitter i» is asked."""
    intent, _ = _answer(
        bot, "saken kom inn til barnevernet i går. hvem sitter i fagteamet?", "jevnaker"
    )
    assert intent == "members", intent


@pytest.mark.parametrize(
    ("text", "kommune", "role"),
    [
        (
            "Eleven skulker mye og vil slutte. Har vi en skolelos jeg kan kontakte?",
            "valer",
            "Skolelos",
        ),
        (
            "en elev har begynt å ruse seg. kan jeg kontakte helsesykepleier?",
            "jevnaker",
            "Helsesykepleier",
        ),
    ],
)
def test_a_case_told_before_asking_how_to_reach_a_role_gets_the_role(
    bot: SltBot, text: str, kommune: str, role: str
) -> None:
    intent, said = _answer(bot, text, kommune)
    assert intent == "contact_service", (text, intent)
    assert role in said.splitlines()[0]
    assert "Steg:" not in said


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("eleven skulker mye og vil slutte, hva gjør jeg?", "valer"),
        ("en elev har begynt å ruse seg, hva gjør jeg nå?", "jevnaker"),
    ],
)
def test_a_case_with_no_one_to_reach_named_gets_the_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    intent, said = _answer(bot, text, kommune)
    assert intent == "routine", (text, intent)
    assert "Steg:" in said


@pytest.mark.parametrize(
    "text",
    ["hun gråter på badet hver uke", "vi har matte hver uke", "han kommer for sent hver uke"],
)
def test_a_cadence_told_asks_no_meeting(bot: SltBot, text: str) -> None:
    """How often something happens, with no group, role or meeting named: no meeting answer
    and no «which group?» (the danger check reads the message first, on its own). The safety
    net may ask back whether a sign told with a rhythm («gråter på badet hver uke») is a case:
    that question offers routines, never a group."""
    understood = bot.understand(text, "gjesdal")
    assert understood.intent != "frequency", text
    intent, said = _answer(bot, text, "gjesdal")
    assert intent not in ("frequency", "members"), (text, intent)
    assert "Hvilken gruppe mener du" not in said
    if intent == "clarify":
        assert "Gjelder det en av disse rutinene?" in said, (text, said)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("møtes fagteamet hver uke?", "jevnaker"), ("møtes arbeidsgruppa hver måned?", "gjesdal")],
)
def test_a_cadence_asked_of_a_meeting_is_still_its_frequency(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert bot.understand(text, kommune).intent == "frequency", text


GRADES = GradeWords.of(
    GradesFile(words="trinn klasse", no_topic="trinn klasse", joiners="og eller")
)


@pytest.mark.parametrize(
    ("text", "grade", "named"),
    [
        ("Kurs på 8., 9. og 10. trinn", 8, True),
        ("Kurs på 8., 9. og 10. trinn", 9, True),
        ("Samtaler for 5. eller 6. klasse", 6, True),
        ("Opplegg for 8.–10. trinn", 9, True),
        ("Opplegg for 8.–10. trinn", 7, False),
        ("Aktivitetsdag med 9. trinn", 8, False),
        ("Fra høsten 2025 og 8. trinn", 5, False),  # a year is no grade
    ],
)
def test_a_list_of_grades_names_each(text: str, grade: int, named: bool) -> None:
    tiltak = Tiltak.model_validate(
        {"id": "1", "innsatsomrade": "x", "tiltak": text, "ansvar": ["Skolen"],
         "frist": {"text": "Løpende", "continuous": True}, "source": "plan"}
    )  # fmt: skip
    assert names_grade(tiltak, grade, GRADES) is named


@pytest.mark.parametrize(
    ("text", "holds", "not_held"),
    [
        (
            "Mye nytt for 8. trinn nå. Hvilke tiltak i SLT-planen er for 8. trinn?",
            ("Robust ungdom", "Utsett"),
            "Aktivitetsdag med 9. trinn",
        ),
        ("kva tiltak i planen gjeld 10. trinn?", ("Robust ungdom",), "Aktivitetsdag"),
    ],
)
def test_which_tiltak_for_a_grade_lists_that_grades_tiltak(
    bot: SltBot, text: str, holds: tuple[str, ...], not_held: str
) -> None:
    intent, said = _answer(bot, text, "valer")
    assert intent == "tiltak_lookup", (text, intent)
    assert all(h in said for h in holds), said
    assert not_held not in said


def test_the_plan_itself_is_still_the_plan(bot: SltBot) -> None:
    """No «hvilke tiltak»: how many tiltak the plan has is a fact of the plan."""
    intent, _ = _answer(bot, "hvor mange tiltak har planen?", "valer")
    assert intent == "plan", intent


@pytest.mark.parametrize(
    ("text", "kommune", "goal"),
    [
        ("Er ny som ungdomskontakt her. Hvilke tiltak er mine?", "valer", "psykisk helse"),
        ("hvilke tiltak har ungdomskontakten ansvar for?", "valer", "psykisk helse"),
    ],
)
def test_a_list_of_one_tiltak_says_what_it_is_for(
    bot: SltBot, text: str, kommune: str, goal: str
) -> None:
    intent, said = _answer(bot, text, kommune)
    assert intent in ("tiltak_mine", "tiltak_for_role"), (text, intent)
    assert f"Mål: Forebygge rus og {goal}" in said


def test_a_list_of_several_tiltak_stays_one_line_each(bot: SltBot) -> None:
    intent, said = _answer(bot, "tiltak for skolelos", "valer")
    assert intent == "tiltak_for_role", intent
    assert "Mål:" not in said


@pytest.mark.parametrize(
    "text",
    [
        "hvilke helger går natteravnene?",
        "kva dagar går natteravnane?",
        "hvilke dager går natteravn?",
    ],
)
def test_a_one_word_tiltak_name_with_an_ending_names_the_tiltak(bot: SltBot, text: str) -> None:
    """Gjesdal's plan: «Natteravnordning på Ålgård: … fredager og lørdager»."""
    intent, said = _answer(bot, text, "gjesdal")
    assert intent == "tiltak_lookup", (text, intent)
    assert "fredager og lørdager" in said


def test_a_named_tiltak_whose_plan_gives_no_day_says_so(bot: SltBot) -> None:
    """Jevnaker's natteravner have no weekday in the plan: said, not guessed."""
    intent, said = _answer(bot, "hvilke dager går natteravnene?", "jevnaker")
    assert intent == "unknown", intent
    assert "ingen ukedag" in said


@pytest.mark.parametrize("text", ["Når er neste Ungdata?", "når blir neste ungdata gjennomført?"])
def test_the_next_of_a_tiltak_named_is_the_tiltaks_date(bot: SltBot, text: str) -> None:
    """Gjesdal's «Ungdata 2025: … hvert 3. år» is a tiltak staff name without its year."""
    intent, said = _answer(bot, text, "gjesdal")
    assert intent == "tiltak_lookup", (text, intent)
    assert "hvert 3. år" in said
    assert "Neste møter" not in said


def test_the_next_meeting_with_no_tiltak_named_is_still_the_meetings(bot: SltBot) -> None:
    intent, said = _answer(bot, "når er neste møte?", "gjesdal")
    assert intent == "next_meeting", intent
    assert "Neste møter" in said
