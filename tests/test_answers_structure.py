"""Questions about the SLT structure read by their sense, not by one word (answers43):

- a group named with a meeting verb and nothing else asked («X møter?») asks how often it
  meets, not who sits in it;
- a level named by a group name that is itself a level phrase («utøvende nivå» in Våler) is
  the level asked about: its description answers «hva er det?»;
- a kommune named as where the writer worked before («der het det …») is no kommune asked:
  the writer's own kommune's group for that name answers;
- a role stated with «har jeg en plass i …» or «hvilke møter skal jeg på» asks the role's
  seats;
- the levels answer says how many levels there are, and a comparison shows the levels compared
  (short: under the reader's 1,200 characters).

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.answer_check import MAX_CHARS
from tests.auxil.asking import console_turn as turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("fagteamet møter?", "jevnaker"),
        ("slt-arbeidsgruppa møter", "gjesdal"),
        ("SLT-nettverket møtest?", "valer"),
    ],
)
def test_a_group_with_a_meeting_verb_alone_asks_its_rhythm(
    bot: SltBot, text: str, kommune: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "frequency", (text, reply.intent)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("hvem møter i politirådet", "valer"), ("kven møter frå skulen i fagteamet?", "jevnaker")],
)
def test_who_meets_in_a_group_still_asks_its_members(bot: SltBot, text: str, kommune: str) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "members", (text, reply.intent)


@pytest.mark.parametrize(
    "text", ["utøvande nivå – kva er det for noko?", "Utøvende nivå, hva er det egentlig?"]
)
def test_a_level_named_by_its_groups_name_is_described(bot: SltBot, text: str) -> None:
    [reply] = turn(bot, text, "valer")
    assert reply.intent in ("duties", "levels"), reply.intent
    assert "barn og unge" in reply.text  # the level's description: who works on it


def test_a_kommune_the_writer_worked_in_before_is_not_the_one_asked(bot: SltBot) -> None:
    text = "Hvem sitter i slt-nettverket hos oss? Var i Våler i fjor, der het det sånn."
    [reply] = turn(bot, text, "jevnaker")
    assert reply.intent == "members", reply.intent
    assert "Jevnaker" in reply.text and "Kommunalsjef" in reply.text


def test_another_kommune_asked_about_is_still_that_kommune(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem sitter i slt-nettverket i Våler?", "jevnaker")
    assert "Våler" in reply.text and "Virksomhetsleder" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "seat"),
    [
        ("Jobber som veileder i NAV. Har jeg en plass i SLT-modellen?", "valer", "NAV"),
        ("er barnevernleder her. hvilke møter skal jeg på?", "gjesdal", "Operativ SLT-gruppe"),
    ],
)
def test_a_stated_role_asking_its_place_gets_its_seats(
    bot: SltBot, text: str, kommune: str, seat: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "role_groups", (text, reply.intent)
    assert seat in reply.text


def test_the_levels_answer_says_how_many_levels(bot: SltBot) -> None:
    [reply] = turn(bot, "kan du forklare nivåene i slt-modellen kort?", "valer")
    assert reply.intent == "levels", reply.intent
    assert reply.text.splitlines()[0].startswith("Tre nivåer")


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("hva skiller styrende nivå fra utførende nivå?", "Koordinerende nivå:"),
        ("forskjellen på koordinerende og utførende nivå hos oss?", "Styrende nivå:"),
    ],
)
def test_a_comparison_shows_the_levels_compared_and_stays_short(
    bot: SltBot, text: str, left_out: str
) -> None:
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "levels", reply.intent
    assert left_out not in reply.text
    assert len(reply.text) < MAX_CHARS, len(reply.text)
    # a plan note the answer leads with is not repeated in a level's description
    lines = [line for line in reply.text.splitlines() if "sammenfallende" in line]
    assert len(lines) <= 1, lines


def test_a_dialect_who_reads_as_who(bot: SltBot) -> None:
    [reply] = turn(bot, "kæm sitt i fagteamet no?", "jevnaker")
    assert reply.intent == "members", reply.intent


def test_a_workplace_named_with_the_role_shows_where_the_workplace_sits(bot: SltBot) -> None:
    """The plan seats a school's virksomhetsleder in SLT-nettverket by the school's name: a
    teacher there sits on the utøvende level, and their school is at that table too."""
    text = "kontaktlærer på Kirkebygden skole – hvilke slt-grupper er jeg med i?"
    [reply] = turn(bot, text, "valer")
    assert reply.intent == "role_groups", reply.intent
    assert "Også med fra Kirkebygden skole" in reply.text
    assert "Virksomhetsleder Kirkebygden skole" in reply.text


def test_no_workplace_named_adds_nothing(bot: SltBot) -> None:
    [reply] = turn(bot, "hvor sitter helsesykepleier?", "valer")
    assert "Også med fra" not in reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("kan vi dele referatet fra fagteamet med foreldrene?", "jevnaker"),
        ("Skal referatet fra arbeidsgruppa arkiveres i kvalitetssystemet?", "gjesdal"),
    ],
)
def test_what_is_done_with_the_minutes_is_not_who_writes_them(
    bot: SltBot, text: str, kommune: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent != "sekretar", (text, reply.intent)


def test_who_writes_the_minutes_is_still_the_sekretar(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem skriver referatet i fagteamet?", "jevnaker")
    assert reply.intent == "sekretar", reply.intent


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("hva gjør de ulike nivåene?", "jevnaker"), ("hva gjør nivåene i slt egentlig?", "valer")],
)
def test_the_levels_as_a_whole_are_answered_with_the_levels(
    bot: SltBot, text: str, kommune: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "levels", (text, reply.intent)


def test_levels_asked_whether_they_differ_lead_with_the_plans_note(bot: SltBot) -> None:
    """«forskjellige folk» asks what «det samme» does: the plan's note that the two overlap
    leads, and the answer stays short."""
    text = "sitter det forskjellige folk på koordinerende og utførende nivå her?"
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "levels", reply.intent
    assert "sammenfallende" in reply.text and len(reply.text) < MAX_CHARS
    [reply] = turn(bot, "er det ulike folk på det utøvende og det koordinerende nivået?", "gjesdal")
    assert reply.intent == "levels", reply.intent


def test_who_may_take_a_roles_seat_is_answered_by_the_member_list(bot: SltBot) -> None:
    """The plan says who a rektor may send (a member line's «evt. delegert til …»)."""
    text = "må rektoren sitte i arbeidsgruppa sjøl, eller kan vi sende noen andre?"
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "members", reply.intent
    assert "miljøterapeut" in reply.text


def test_sending_a_case_to_a_group_is_no_stand_in(bot: SltBot) -> None:
    [reply] = turn(bot, "rektor her – kan jeg sende inn en sak til fagteamet?", "jevnaker")
    assert reply.intent != "members", reply.intent


def test_a_short_when_question_before_a_remark_asks_the_next_meeting(bot: SltBot) -> None:
    text = "når er arbeidsgruppa? tenkte å ta opp noe om skolevegring på 9. trinn"
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "next_meeting", reply.intent


def test_a_meeting_named_by_who_leads_it_is_that_group(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem kaller inn til møtet som politikontakten leder?", "jevnaker")
    assert reply.intent == "innkaller", reply.intent
    assert "Koordineringsgruppe" in reply.text


def test_a_role_holding_the_task_asked_names_no_group_by_it(bot: SltBot) -> None:
    """«… der helsesykepleier skriver referat» read as a sekretær question: the role holds the
    task asked, so the group stays unnamed and the bot asks which."""
    [reply] = turn(bot, "hvem leder møtet der helsesykepleier skriver referat?", "jevnaker")
    assert reply.intent != "sekretar", reply.intent
