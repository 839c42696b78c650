"""Contact and plan-fact questions in the words staff use, not the plan's (session 23).

Policies, not phrases: the police's own title for the officer a kommune has («kontaktbetjent»)
is the plan's politikontakt; «hvem hjelper …» / «hvem kan hjelpe …» asks for the service the
plan names for a need, even when the need is a routine's topic; a calm look-alike that only
mentions the officer or asks who helps with a meeting's chore stays what it was. Every message
is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("tlf til kontaktbetjenten?", "valer"),
        ("hvordan får jeg tak i kontaktbetjenten vår", "gjesdal"),
        ("kontaktbetjenter i jevnaker, hvordan kontakter jeg dem?", "jevnaker"),
    ],
)
def test_kontaktbetjent_is_the_plans_politikontakt(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Politikontakt" in replies[0].text


def test_kontaktbetjent_asked_about_a_seat_finds_the_politikontakt_seat(bot: SltBot) -> None:
    replies = turn(bot, "sitter kontaktbetjenten i politirådet?", "valer")
    assert [r.intent for r in replies] == ["members"]
    assert "Ja – politikontakt er med i Politirådet" in replies[0].text


def test_the_officer_mentioned_in_passing_is_no_contact_question(bot: SltBot) -> None:
    replies = turn(bot, "kontaktbetjenten var innom klasserommet i går, trivelig fyr", "valer")
    assert [r.intent for r in replies] != ["contact_service"]


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        ("hvem hjelper unge som ruser seg og sliter psykisk her?", "valer", "psykisk helse"),
        (
            "hvem kan hjelpe en ungdom med psykisk helse og rus? mestringsenheten?",
            "gjesdal",
            "Mestringsenheten",
        ),
    ],
)
def test_who_helps_with_a_need_is_the_service_the_plan_names(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert service in replies[0].text
    assert "Ring 113" not in replies[0].text  # a whom-to-reach question, no routine's acute line


def test_who_helps_with_a_meetings_chore_is_not_a_service(bot: SltBot) -> None:
    replies = turn(bot, "hvem hjelper koordinatoren med innkallingen til fagteamet?", "jevnaker")
    assert [r.intent for r in replies] != ["contact_service"]


@pytest.mark.parametrize(
    ("text", "kommune", "said"),
    [
        (
            "temakvelden brukte opp budsjettet. kan slt-midler brukes, og hvem bestemmer det?",
            "gjesdal",
            "SLT-arbeidsgruppe",
        ),
        ("who approves the SLT money?", "gjesdal", "SLT-koordinator og arbeidsgruppa"),
        (
            "kan slt-midlane brukast på foreldremøtet, og kven godkjenner?",
            "gjesdal",
            "arbeidsgruppa",
        ),
        ("hvilke år har ungdata vist at ungdommene savner møteplasser?", "valer", "2019"),
    ],
)
def test_a_plan_fact_no_other_reading_comes_near_answers_past_a_case_in_passing(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["plan"]
    assert said in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("kan slt-midler brukes til en klassetur?", "gjesdal"),  # what for: the plan says not
        ("hvor mye slt-midler har arbeidsgruppa i år?", "gjesdal"),  # a sum: no plan holds it
    ],
)
def test_money_asked_without_who_decides_stays_an_honest_unknown(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert [r.intent for r in turn(bot, text, kommune)] == ["unknown"]


@pytest.mark.parametrize("text", ["nummer til nav?", "hvordan kontakter jeg nav", "tlf til nav"])
def test_a_service_the_plan_does_not_name_gets_no_other_services_number(
    bot: SltBot, text: str
) -> None:
    # Gjesdal's plan names no NAV office: the words that ask for a number are no need that
    # the alarmtelefon or the politikontakt answers. The national entry for NAV (the domain
    # notes' service, as for PPT or barnevern) answers, with no number of its own.
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith("NAV-kontoret i kommunen")
    assert "116 111" not in replies[0].text and "Politikontakt" not in replies[0].text


def test_the_same_service_named_where_the_plan_has_it_is_answered(bot: SltBot) -> None:
    replies = turn(bot, "nummer til nav?", "valer")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "NAV Våler" in replies[0].text


def test_a_group_named_is_no_need_for_a_national_line(bot: SltBot) -> None:
    # «nummer til fagteamet»: the cue's «nummer» found the alarmtelefon; a group has no
    # number in the plan – the honest fallback names the coordinator.
    replies = turn(bot, "nummer til fagteamet?", "jevnaker")
    assert [r.intent for r in replies] == ["unknown"]
    assert "116 111" not in replies[0].text
    assert "SLT-koordinator i Jevnaker" in replies[0].text


@pytest.mark.parametrize(
    "text",
    [
        "lurer på hvem jeg kan snakke med om en elev som ruser seg",
        "vi lurer på hvem vi kan kontakte om ungdom som ruser seg",
    ],
)
def test_a_reported_question_of_whom_to_call_reads_like_the_direct_one(
    bot: SltBot, text: str
) -> None:
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "sykisk helse og rustjenesten" in replies[0].text
    assert "Ring 113" not in replies[0].text  # whom to reach, not the routine's acute line


@pytest.mark.parametrize(
    "text",
    ["hvem kan hjelpe en ungdom uten jobb?", "hvem hjelper arbeidsledige unge?"],
)
def test_work_in_everyday_words_finds_the_service_the_plan_gives_it(bot: SltBot, text: str) -> None:
    # Våler's tiltak 32: NAV's arbeidsrettede tiltak and ungdomsgarantien; the plan says
    # «arbeid», «arbeidslivet», staff say «jobb».
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "NAV Våler" in replies[0].text


def test_staff_who_work_with_the_young_are_no_need_for_work(bot: SltBot) -> None:
    # «jobber med» says who works with the young, not that someone needs work: never NAV's
    # work offer (tiltak 32) as the answer. Since fresh22 joined (f22-111 «hvem i kommunen
    # jobber med rus og psykisk helse for unge?», f22-203 «hvem i NAV følger opp unge …»,
    # both contact_service), the intent net reads such a question as asking for a service and
    # doubts the groups NAV sits in: where NAV sits, or the honest fallback, are both no
    # work-need answer.
    replies = turn(bot, "hvem jobber med barn og unge i nav?", "valer")
    assert [r.intent for r in replies] in (["role_groups"], ["unknown"])
    assert "ungdomsgaranti" not in replies[0].text.lower()


@pytest.mark.parametrize("text", ["hvem kan hjelpe elever?", "hvem kontakter jeg om elever?"])
def test_whom_it_is_for_and_nothing_else_gets_the_kommunes_services(bot: SltBot, text: str) -> None:
    # No need named: the words that ask whom («hvem kan hjelpe») are no need that picks one
    # service (they found the emergency numbers or the politikontakt by «hjelpe», «kontakt»).
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Tjenestene planen nevner" in replies[0].text
    assert "Nødnumre" not in replies[0].text


@pytest.mark.parametrize(
    "text",
    [
        "hvilke nettressurser nevner planen?",
        "temadag om traumer for ansatte – hvilke nettressurser anbefaler slt-planen?",
    ],
)
def test_the_plans_list_of_web_resources_is_a_plan_fact(bot: SltBot, text: str) -> None:
    # Våler's plan prints «Aktuelle nettressurser» (000:395–427), RVTS Øst among them.
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["plan"]
    assert "RVTS Øst" in replies[0].text and "rvtsost.no" in replies[0].text


def test_gjesdals_useful_links_are_a_plan_fact_without_addresses(bot: SltBot) -> None:
    replies = turn(bot, "har planen noen nyttige lenker?", "gjesdal")
    assert [r.intent for r in replies] == ["plan"]
    assert "BTI handlingsveileder" in replies[0].text
    assert "oppgir ikke adressene" in replies[0].text  # 004:94–98 prints names only


def test_a_named_group_is_no_empty_sheet(bot: SltBot) -> None:
    # Våler's «fagteam» is its utøvende nivå: the honest fallback names the coordinator, never
    # an empty «Hvem kan hjelpe?» (nor the ungdomskontakt by «kontakter»).
    replies = turn(bot, "hvordan kontakter jeg fagteamet?", "valer")
    assert "Hvem kan hjelpe?" not in replies[0].text
    assert "Anne Grønsleth" in replies[0].text
