"""Questions the plans do not answer get the honest «vet ikke», and a «vet ikke» about things
or a lesson carries no emergency numbers (session 27, unknown58):

- a room, a cost or a requirement asked beside a group's next meeting: the meeting's date is
  no answer to it (understanding/facets.py ``UNDATED_FACETS``);
- who held the coordinator's role before today's holder («før den som er nå»): no plan keeps
  a record (facets.py ``_before_holder``);
- whom to call about a broken thing («… er død, hvem ringer jeg?»): the contact fallback takes
  the honest fallback's safety-net rule, no «Ring 112» under a question about things;
- a topic taught to a whole class («hvordan forklarer jeg … for 6. trinn»): no case, no
  emergency numbers (organisation/help.py ``asks_for_material``);
- characters of a work of fiction asked about in a lesson: no privacy warning
  (privacy.yaml ``fiction``), while a name beside a case still gets one;
- «en forelder» finds the plan's tiltak written with «foreldre» (synonyms.yaml);
- a plan of its own («finnes det en egen handlingsplan mot …») the knowledge never names:
  said to be missing (routines/no_other_plan.py), not the list of routines;
- minutes asked to be sent («kan du sende meg referatet?»): the bot holds none
  (understanding.yaml ``other_asked.handled``), no «which group?».

Every message is made up for this file.
"""

from __future__ import annotations

import pytest

from bot.features.privacy import PrivacyGuard
from bot.routing import SltBot
from bot.understanding import Intent
from tests.test_answers_confidence import turn

NUMBERS = "Ring 112"


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvilket rom blir neste møte i styringsgruppa?", "gjesdal"),
        ("hvilket rom er neste møte i politirådet i?", "valer"),
    ],
)
def test_a_room_asked_of_the_next_meeting_is_said_to_be_missing(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert "Planen sier ikke hvor" in reply.text, reply.text


def test_the_next_meeting_asked_alone_keeps_its_date(bot: SltBot) -> None:
    reply = turn(bot, "når er neste møte i styringsgruppa?", "gjesdal")[-1]
    assert reply.intent == Intent.NEXT_MEETING, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hvem var slt-koordinator før hun som er der nå?",
        "hvem var koordinatoren før han som er nå?",
    ],
)
def test_the_holder_before_todays_is_not_in_the_plan(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert "Planen sier ikke hvem som var" in reply.text, reply.text


def test_the_coordinator_asked_now_is_answered(bot: SltBot) -> None:
    reply = turn(bot, "hvem er slt-koordinator nå?", "gjesdal")[-1]
    assert reply.intent == Intent.COORDINATOR, reply.text
    assert "Planen sier ikke" not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "kopimaskinen på personalrommet er død. hvem ringer jeg?",
        "projektoren i gymsalen er død igjen, hvem skal jeg ringe?",
    ],
)
def test_whom_to_call_about_a_broken_thing_has_no_emergency_numbers(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == Intent.UNKNOWN, reply.text
    assert NUMBERS not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hvordan forklarer jeg atombomben over Hiroshima for 6. trinn uten å skremme dem?",
        "tips til hvordan jeg underviser klassen om terrorangrep uten at de blir redde?",
    ],
)
def test_a_topic_taught_to_a_class_has_no_emergency_numbers(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "gjesdal")[-1]
    assert reply.intent == Intent.UNKNOWN, reply.text
    assert NUMBERS not in reply.text, reply.text


def test_a_worry_about_someone_keeps_the_emergency_numbers(bot: SltBot) -> None:
    reply = turn(bot, "en gutt i klassen virker helt borte, hvem ringer jeg?", "valer")[-1]
    assert reply.intent != Intent.UNKNOWN or NUMBERS in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "Hvorfor tar Ofelia livet av seg i skuespillet? Vi leser det i norsktimen",
        "kan du forklare hvorfor Anna Karenina tar livet av seg i romanen?",
    ],
)
def test_characters_of_a_work_of_fiction_get_no_privacy_warning(text: str) -> None:
    assert PrivacyGuard().check(text) is None


def test_a_name_beside_a_case_still_gets_the_privacy_warning() -> None:
    assert PrivacyGuard().check("Tiril sa i dag at hun vil ta livet av seg") is not None


def test_one_parent_finds_the_tiltak_for_parents(bot: SltBot) -> None:
    reply = turn(bot, "finnes det noe tilbud til unge med en forelder som er syk?", "valer")[-1]
    assert "Samtalegruppe" in reply.text, reply.text


def test_a_plan_of_its_own_the_plan_never_names_is_said_to_be_missing(bot: SltBot) -> None:
    # Gjesdal's knowledge names no plan against school absence beside the SLT plan
    reply = turn(bot, "finnes det en egen handlingsplan mot skolefravær i kommunen?", "gjesdal")[-1]
    assert reply.intent == Intent.UNKNOWN, reply.text
    assert "nevner ingen egen handlingsplan" in reply.text, reply.text


def test_a_plan_of_its_own_the_plan_names_is_shown(bot: SltBot) -> None:
    # Våler's notes name its plan against violence in close relations («Uten vold»)
    reply = turn(bot, "har kommunen en egen handlingsplan mot vold i familien?", "valer")[-1]
    assert "Uten vold" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("pc-en krasjet i møtet, kan du sende meg referatet?", "valer"),
        ("kan du maile meg referatet fra arbeidsgruppa?", "gjesdal"),
    ],
)
def test_minutes_asked_to_be_sent_get_the_honest_fallback(
    bot: SltBot, text: str, kommune: str
) -> None:
    # the bot holds no minutes to send; who writes them is another question
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == Intent.UNKNOWN, reply.text
    assert NUMBERS not in reply.text, reply.text
