"""Issue 11's confident wrong answers, read by the question's form and the kind of object
named: a meeting-role cue («er leder», «innkalling») does not answer whether a role sits in a
group; «er X det Y nivået» is a question about the levels; «hvor i SLT er jeg med» asks for
the writer's own seat; and answers that lacked a fact the plan holds now say it (who
coordinates a level, the tiltak naming a grade, a group's own routine, who may use a group).

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import console_turn as turn


@pytest.mark.parametrize(
    ("text", "kommune", "holds"),
    [
        ("er leder barnevern egentlig med i fagteamet?", "jevnaker", "Fagteam"),
        ("skal sende innkalling – sitter helsesykepleier i fagteamet?", "jevnaker", "Fagteam"),
        (
            "skal skrive referat, er nav-leder med i koordineringsgruppa?",
            "jevnaker",
            "Koordinering",
        ),
        ("har slt-koordinatoren noen fast rolle i arbeidsgruppa?", "gjesdal", "sekretær"),
    ],
)
def test_a_seat_asked_in_a_meeting_roles_words_lists_the_roles_seats(
    bot: SltBot, text: str, kommune: str, holds: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "role_groups", (text, reply.intent)
    assert holds in reply.text


def test_the_coordinator_with_no_listed_seat_gets_the_groups_the_plan_gives_it(
    bot: SltBot,
) -> None:
    """Våler's member lists give the SLT-koordinator no seat; the answer says so, and which
    groups' work the plan says it coordinates (coordinator_seats.py)."""
    [reply] = turn(bot, "har slt-koordinatoren en fast rolle i politirådet?", "valer")
    assert reply.intent == "role_groups", reply.intent
    assert "Ingen gruppe i planen har SLT-koordinator på medlemslista" in reply.text
    assert "Koordinere arbeidet i Politirådet" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "holds"),
    [
        ("er koordineringsgruppa det koordinerende nivået hos oss?", "jevnaker", "Koordinerende"),
        ("er politirådet det styrende nivået?", "valer", "Styrende"),
    ],
)
def test_whether_a_group_is_a_level_is_answered_by_the_levels(
    bot: SltBot, text: str, kommune: str, holds: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "levels", (text, reply.intent)
    assert holds in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "holds"),
    [
        ("er ansatt i nav her. hvor i slt-arbeidet er jeg med?", "valer", "NAV"),
        ("jobber som helsesykepleier, hvor er eg med?", "jevnaker", "Fagteam"),
    ],
)
def test_where_am_i_with_a_stated_role_is_the_roles_seats(
    bot: SltBot, text: str, kommune: str, holds: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "role_groups", (text, reply.intent)
    assert holds in reply.text


def test_a_levels_duties_say_who_coordinates_it_when_asked(bot: SltBot) -> None:
    [reply] = turn(bot, "hva gjør det utøvende nivået, og hvem koordinerer det?", "valer")
    assert reply.intent == "duties", reply.intent
    assert "Koordineres av: BTI-koordinator" in reply.text


def test_a_grade_asked_lists_the_tiltak_naming_that_grade(bot: SltBot) -> None:
    """Not the tiltak for 3. or 4. trinn that retrieval ranks near it; a range counts."""
    [reply] = turn(bot, "har dere noen tiltak på 9. trinn?", "jevnaker")
    assert reply.intent == "tiltak_lookup", reply.intent
    assert "Utsett" in reply.text  # «8.–10. trinn»
    assert "3. trinn" not in reply.text and "4. trinn" not in reply.text


def test_an_owner_written_definite_in_the_plan_is_found_by_the_bare_role(bot: SltBot) -> None:
    """Jevnaker's plan gives «Hindre utenforskap» to «Ungdomskonsulenten»."""
    [reply] = turn(bot, "jeg er ungdomskonsulent – hvilke tiltak er mine?", "jevnaker")
    assert reply.intent == "tiltak_mine", reply.intent
    assert "utenforskap" in reply.text


def test_a_seat_verb_first_asks_for_the_roles_seats_without_a_group(bot: SltBot) -> None:
    [reply] = turn(bot, "sitter leder for barnevernet i noen av gruppene?", "valer")
    assert reply.intent == "role_groups", reply.intent


def test_how_often_a_group_reports_is_the_plans_fact_not_its_meetings(bot: SltBot) -> None:
    [reply] = turn(bot, "hvor ofte skal koordineringsgruppa rapportere?", "jevnaker")
    assert reply.intent == "plan", reply.intent
    assert "halvåret" in reply.text


def test_a_groups_own_routine_is_said_beside_the_routine_list(bot: SltBot) -> None:
    """Gjesdal's plan says the operative group has its own routine in the quality system."""
    [reply] = turn(bot, "har den operative slt-gruppa en egen rutine?", "gjesdal")
    assert reply.intent == "routine_list", reply.intent
    assert "egen rutine for operativ SLT-gruppe" in reply.text


def test_the_operative_meeting_is_gjesdals_operative_group(bot: SltBot) -> None:
    [reply] = turn(bot, "når blir det neste operative møtet?", "gjesdal")
    assert reply.intent == "next_meeting", reply.intent
    assert "Operativ SLT-gruppe" in reply.text.splitlines()[0]


def test_a_grade_beside_a_topic_does_not_list_the_grades_other_tiltak(bot: SltBot) -> None:
    """«om vold på 8. trinn»: retrieval's tiltak on the topic that name the grade, first the
    one on vold – never one for 4. trinn, nor the plan's other 8. trinn tiltak beyond those."""
    [reply] = turn(bot, "er det noe tiltak om vold på 8. trinn?", "jevnaker")
    assert "Helsesamtale på 8. trinn" in reply.text.split("Ansvar")[0]
    assert "4. trinn" not in reply.text
    [other] = turn(
        bot, "krisesenteret har et opplegg om vold for 8. klasse, er det med?", "jevnaker"
    )
    assert "Inkludering på timeplanene" not in other.text


def test_who_may_use_a_group_leads_with_the_duty_that_says_so(bot: SltBot) -> None:
    """Jevnaker's fagteam «kan også brukes av foreldre, ungdom eller andre som er bekymret»."""
    [reply] = turn(bot, "kan foresatte bruke fagteamet uten å gå via skolen?", "jevnaker")
    assert reply.intent == "duties", reply.intent
    duties = reply.text.split("Ansvar og oppgaver")[1]
    items = [line for line in duties.splitlines() if line.startswith("- ")]
    assert items[0].startswith("- Teamet kan også brukes av"), items[:2]


@pytest.mark.parametrize(
    ("text", "kommune", "holds"),
    [
        ("hva går egentlig det koordinerende nivået ut på", "gjesdal", "SLT-arbeidsgruppe"),
        ("hva går det styrende nivået ut på", "jevnaker", "Styrende"),
        ("hva innebærer utførende nivå", "valer", "Utøvende nivå"),
    ],
)
def test_what_a_group_or_level_is_about_is_its_duties_not_a_tiltak(
    bot: SltBot, text: str, kommune: str, holds: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "duties", reply.intent
    assert holds in reply.text


def test_what_a_tiltak_of_a_group_is_about_stays_a_tiltak_question(bot: SltBot) -> None:
    """Gjesdal's plan has no tiltak of its Politiråd: the answer says no such tiltak is in the
    plan (a tiltak answer, or the honest fallback that says so), never the group's duties."""
    [reply] = turn(bot, "hva går tiltaket til politirådet ut på", "gjesdal")
    assert reply.intent in ("tiltak_lookup", "unknown"), reply.intent
    assert "handlingsplanen" in reply.text or "tiltaket i planen" in reply.text, reply.text
