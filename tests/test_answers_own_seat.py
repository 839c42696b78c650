"""Whose tiltak, which seat, which meeting: answers read from what the plan holds.

- A writer who says whose they are (a service, a group, the coordinator) gets that owner's
  tiltak as their own, titled as the plan spells the ansvar – also when not in the roster.
- «hvem er <some people>» of a named tiltak asks for names the plan never gives: the honest
  fallback, not the tiltak's sheet.
- Where a role sits shows the meeting task the plan gives the seat.
- The next meeting names the coordinator the plan names, and a group with no dates ahead says
  what the plan says it is for.

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import console_turn as turn


@pytest.mark.parametrize(
    ("text", "kommune", "title", "holds"),
    [
        ("jeg jobber i nav, hvilke tiltak har jeg", "valer", "Tiltak for NAV", "Tiltak 32"),
        ("eg er på ungdomsskulen – kva tiltak har me?", "valer", "Ungdomsskolen", "Utsett"),
        ("vi i frivilligsentralen, står vi ansvarlig for noe?", "jevnaker", "Frivillig", "Natte"),
        ("jeg er med i slt-arbeidsgruppa, hva står vi ansvarlig for?", "gjesdal", "gruppe", "Folk"),
        ("er slt-k her, kan du vise hvilke tiltak jeg har ansvaret for", "jevnaker", "", "Guttas"),
    ],
)
def test_a_writer_who_says_whose_they_are_gets_that_owners_tiltak(
    bot: SltBot, text: str, kommune: str, title: str, holds: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "tiltak_mine", (text, reply.intent)
    first = reply.text.splitlines()[0]
    assert first.startswith("Tiltak for") and title in first, first
    assert holds in reply.text
    assert "personoversikten" not in reply.text  # not «Jeg finner deg ikke …»


def test_we_without_an_owner_is_the_kommune_not_the_writer(bot: SltBot) -> None:
    """«har vi noe tiltak for 8. trinn»: «vi» is the kommune; a topic, no one's own tiltak."""
    [reply] = turn(bot, "har vi noe tiltak for 8. trinn", "jevnaker")
    assert reply.intent != "tiltak_mine"


@pytest.mark.parametrize(
    "text", ["hvem er kursholderne på Flexid?", "kven er dei seks kursholderne i flexid"]
)
def test_people_behind_a_tiltak_are_not_in_the_plan(bot: SltBot, text: str) -> None:
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "unknown", reply.intent
    assert "SLT-koordinator" in reply.text  # the honest fallback names who to ask


def test_the_owner_of_a_named_tiltak_is_still_answered(bot: SltBot) -> None:
    [reply] = turn(bot, "hvem er ansvarlig for flexid-kursene", "gjesdal")
    assert reply.intent in ("tiltak_owner", "tiltak_lookup"), reply.intent
    assert "flyktningkonsulent" in reply.text.lower()  # «SLT-koordinator og flyktningkonsulent»


def test_a_seat_shows_the_meeting_task_the_plan_gives_it(bot: SltBot) -> None:
    [reply] = turn(bot, "hvor sitter helsesykepleier", "jevnaker")
    assert reply.intent == "role_groups"
    assert "Fagteam (utførende nivå): Helsesykepleier JUS – også sekretær" in reply.text


def test_a_role_that_takes_minutes_without_a_member_seat_is_there_too(bot: SltBot) -> None:
    """Gjesdal's styringsgruppe lists no SLT-koordinator among its members, but has her as
    sekretær; calling a meeting in alone (Fellesmøte) is no seat."""
    [reply] = turn(bot, "hvor sitter slt-koordinatoren", "gjesdal")
    assert "SLT-styringsgruppe/politiråd (styrende nivå): SLT-koordinator" in reply.text
    assert "sekretær" in reply.text
    assert "Fellesmøte" not in reply.text


def test_the_next_meeting_names_the_coordinator_the_plan_names(bot: SltBot) -> None:
    [reply] = turn(bot, "neste møte i slt-nettverket?", "valer")
    assert reply.intent == "next_meeting"
    assert "Innkaller: SLT-koordinator (Anne Grønsleth)" in reply.text


def test_a_group_with_no_dates_ahead_says_what_it_is_for(bot: SltBot) -> None:
    [reply] = turn(bot, "når er neste fellesmøte?", "gjesdal")
    assert reply.intent == "next_meeting"
    assert "ingen dato for neste møte" in reply.text  # the plan says how often, on no day
    assert "Ungdata" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "seat"),
    [
        ("ungdomskontakt her, hører jeg til slt-nettverket?", "valer", "SLT-nettverket"),
        ("kommunalsjefen, er han med i slt i det hele tatt?", "valer", "Politirådet"),
        ("helsesykepleier: er jeg i fagteamet eller koordineringsgruppa?", "jevnaker", "Fagteam"),
        ("kva nivå høyrer politistasjonssjefen til", "valer", "Politirådet"),
    ],
)
def test_a_seat_asked_with_a_role_is_where_the_role_sits(
    bot: SltBot, text: str, kommune: str, seat: str
) -> None:
    """«hører jeg til X», «er hun med i slt», «er jeg i X eller Y»: the role's seats answer
    (or, for one group, its member list with the role in its place), not «Mente du» about
    the group nor the fallback."""
    [reply] = turn(bot, text, kommune)
    assert reply.intent in ("role_groups", "members"), (text, reply.intent)
    assert seat in reply.text


def test_a_group_is_found_under_the_inflections_staff_use(bot: SltBot) -> None:
    """«den operative slt-gruppen» / «operative slt-gruppa»: not the arbeidsgruppe that a bare
    «slt-gruppa» would be."""
    [reply] = turn(bot, "hvem er med i den operative slt-gruppen", "gjesdal")
    assert reply.intent == "members"
    assert reply.text.startswith("Hvem sitter i Operativ SLT-gruppe?")


def test_my_role_in_a_group_is_my_seat_and_its_task(bot: SltBot) -> None:
    [reply] = turn(bot, "helsesykepleier her, har jeg noen rolle i fagteamet?", "jevnaker")
    assert reply.intent == "role_groups", reply.intent
    assert "også sekretær" in reply.text


def test_my_tiltak_with_their_deadlines_is_my_tiltak(bot: SltBot) -> None:
    reply = turn(bot, "som skoleleder, hvilke tiltak er mine, og fristene?", "jevnaker")[0]
    assert reply.intent == "tiltak_mine", reply.intent
    assert "Utsett" in reply.text


def test_who_owns_a_named_tiltak_is_asked_even_beside_a_guess_of_mine(bot: SltBot) -> None:
    """«jeg trodde det var X» is the writer's guess; «hvem er ansvarlig» asks the plan."""
    [reply] = turn(bot, "hvem er ansvarlig for natteravnene? jeg trodde det var nav", "jevnaker")
    assert reply.intent in ("tiltak_owner", "tiltak_lookup"), reply.intent
    assert "Frivilligsentralen" in reply.text


def test_who_coordinates_a_group_beside_its_next_meeting_is_the_innkaller(bot: SltBot) -> None:
    text = "skal ta opp skolefravær neste gang, hvem koordinerer slt-nettverket?"
    [reply] = turn(bot, text, "valer")
    assert reply.intent == "innkaller", reply.intent
    assert "SLT-koordinator" in reply.text


def test_the_frister_of_my_tiltak_are_not_a_second_question(bot: SltBot) -> None:
    """«hvilke tiltak er mine, og når er fristene?»: the list shows each frist; read alone the
    second part names no tiltak and got «Fant ikke det tiltaket»."""
    text = "jeg er skoleleder – hvilke tiltak har jeg, og når er fristene?"
    [reply] = turn(bot, text, "jevnaker")
    assert reply.intent == "tiltak_mine", reply.intent
    assert "Fant ikke" not in reply.text


def test_a_tiltak_without_a_margin_over_another_reading_is_asked_back(bot: SltBot) -> None:
    """«… er det en del av slt-planen?»: the tiltak holding the words ranks first; when a
    routine is close, «Mente du …?» with both – never the plan's own sheet as if it answered."""
    for text in (
        "elevene så filmen sinna mann på skolen, står den i slt-planen?",
        "klassen min så sinna mann-filmen i går. er den med i slt-planen?",
        "vi så sinna mann-filmen med klassen forrige uke – hører den til slt-planen?",
        "femteklassen så filmen sinna mann sammen med læreren, er den en del av slt-planen?",
    ):
        [reply] = turn(bot, text, "jevnaker")
        assert reply.intent in ("clarify", "tiltak_lookup"), (text, reply.intent)
        assert "Undervisning på 4. trinn om vold" in reply.text


def test_the_meetings_a_role_calls_in_when_asked(bot: SltBot) -> None:
    """Calling in is no seat, but «… med i eller kaller inn til» asks for both."""
    text = "hvilke slt-møter er barnevernlederen med i eller kaller inn til?"
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "role_groups", reply.intent
    assert "Samarbeidsmøte politi og barnevern" in reply.text
    [seat] = turn(bot, "hvor sitter barnevernleder?", "gjesdal")
    assert "Samarbeidsmøte" not in seat.text


def test_a_group_called_in_more_often_asks_how_often(bot: SltBot) -> None:
    """«kan det kalles inn oftere»: the group is called in, nobody asked who calls it."""
    replies = turn(
        bot, "koordineringsgruppa – kalles den inn oftere enn to ganger i året?", "jevnaker"
    )
    assert replies[-1].intent == "frequency", replies[-1].intent


@pytest.mark.parametrize(
    ("text", "kommune", "seat"),
    [
        ("jeg er ordfører, hva er min rolle i slt", "jevnaker", "SLT-styringsgruppe"),
        ("som kommunedirektør – hva er mi rolle her?", "valer", "Politirådet"),
    ],
)
def test_a_stated_role_asking_about_my_role_gets_its_seats(
    bot: SltBot, text: str, kommune: str, seat: str
) -> None:
    """«jeg er ordfører, hva er min rolle»: the role said in the first clause is the one asked
    about – its seats, not «Det spørsmålet kan jeg dessverre ikke svare på»."""
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "role_groups", (text, reply.intent)
    assert seat in reply.text


def test_my_role_with_no_role_said_is_still_honest(bot: SltBot) -> None:
    [reply] = turn(bot, "hva er min rolle", "valer")
    assert reply.intent == "unknown"


def test_a_role_without_a_seat_is_never_pointed_to_its_own_leader(bot: SltBot) -> None:
    """A routine's «Din nærmeste leder (rektor, …)» is no service: «jeg er rektor, hvor sitter
    jeg» where the plan seats no rektor says so, not «Slik når du dem: Din nærmeste leder»."""
    [reply] = turn(bot, "jeg er rektor, hvor sitter jeg i slt", "jevnaker")
    assert "Din nærmeste leder" not in reply.text
    assert "rektor" in reply.text.lower()


def test_a_seat_in_a_group_named_for_its_level_says_the_level_once(bot: SltBot) -> None:
    [reply] = turn(bot, "ny lærer her, hvilken slt-gruppe hører jeg til?", "gjesdal")
    assert reply.intent == "role_groups", reply.intent
    assert "Utførende nivå – alle som jobber direkte med barn og unge: " in reply.text
    assert "(utførende nivå)" not in reply.text
