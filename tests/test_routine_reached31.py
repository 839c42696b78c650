"""Routines reached by what the asker must do (branch routine31):

- working with other services on one young person – «samarbeide om en ungdom», «ta opp en
  elev i operativ gruppe», «drøfte eleven med PPT» – gets the consent routine (Gjesdal's names
  its samtykkeskjema and who sits in the operative SLT group), while cooperation in general
  («samarbeider skolen med politiet om forebygging?») does not;
- following up, spotting or handling radicalisation («hvordan skal skolene følge med på
  radikalisering?») gets the routine the danger check uses for it, with the plan's own words on
  the topic where the kommune has them (Jevnaker: fravær followed up by the school leaders);
- who a question says does something («hvordan skal skolene …») is not the step asked about.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

import pytest

from bot.features.reply import Reply
from bot.features.routines.step_asked import doers
from bot.routing import SltBot
from bot.text import fold
from bot.understanding.case_shared import shares_a_case
from bot.understanding.topic_followed import TOPIC_STARTS, topic_followed
from tests.test_answers_confidence import turn


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).replace("?", " ").split())


def _answer(replies: list[Reply]) -> Reply:
    return [r for r in replies if r.intent != "privacy_warning"][-1]


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva skal til for at vi kan samarbeide om en elev med helsesøster og PPT?", "gjesdal"),
        ("korleis tek me opp ein elev i den operative gruppa?", "gjesdal"),
        ("hvordan tar vi opp ei jente fra 8. trinn i fagteamet?", "jevnaker"),
        ("kan vi drøfte eleven med barnevernet og helsesykepleier neste uke?", "valer"),
        ("hva må vi ha på plass før vi samarbeider tverrfaglig rundt en ungdom?", "jevnaker"),
        ("kva må til før me samarbeider på tvers om eit barn?", "valer"),
        ("hvordan bringer jeg en bekymring for ei elev inn i fagteamet?", "jevnaker"),
        ("hvordan bringer vi en gutt fra 7. trinn inn i oppvekstteamet?", "valer"),
        ("vi vil løfte gutten inn i operativ gruppe på torsdag, hva trengs?", "gjesdal"),
    ],
)
def test_work_with_others_on_one_young_person_gets_the_consent_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    answer = _answer(turn(bot, text, kommune))
    assert answer.intent == "routine", (answer.intent, answer.text[:120])
    assert answer.facts.get("routine") == "samtykke"
    if kommune == "gjesdal":
        assert "samtykkeskjema" in answer.text.casefold()


def test_a_case_raised_in_gjesdals_operative_group_names_who_sits_there(bot: SltBot) -> None:
    """004:111: the operative SLT group is the politikontakt, barnevernleder and coordinator."""
    text = "hvordan tar vi opp en gutt som har stjålet i butikken i operativ slt-gruppe?"
    answer = _answer(turn(bot, text, "gjesdal"))
    assert answer.facts.get("routine") == "samtykke"
    assert "politikontakt" in answer.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "samarbeider skolen med politiet om forebygging?",
        "hvordan samarbeider tjenestene på tvers om ungdom i kommunen?",
        "hvordan samarbeider SLT med ungdomsskolen?",
        "vi samarbeider om en fagdag i mars, hvem har ansvaret?",
        "hvordan tar jeg opp en elev med foreldrene?",
        "hvordan melder jeg inn ei sak til fagteamet?",
        "hvor er familiesenteret vi samarbeider med? en elev trenger noen å snakke med",
    ],
)
def test_cooperation_in_general_is_no_consent_case(bot: SltBot, text: str) -> None:
    assert not shares_a_case(_words(text))
    replies = turn(bot, text, "jevnaker")
    assert all(r.facts.get("routine") != "samtykke" for r in replies), [r.intent for r in replies]


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvordan skal lærerne følge med på radikalisering?", "jevnaker"),
        ("korleis skal skulane følgje med på ekstremisme?", "jevnaker"),
        ("hvordan oppdager vi radikalisering i ungdomsmiljøet?", "valer"),
        ("hvordan håndterer vi ekstremisme på skolen?", "gjesdal"),
    ],
)
def test_following_radicalisation_gets_its_routine_and_the_plans_words(
    bot: SltBot, text: str, kommune: str
) -> None:
    answer = _answer(turn(bot, text, kommune))
    assert answer.intent == "routine", (answer.intent, answer.text[:120])
    assert answer.facts.get("routine") == "hastemote"
    assert "Det du spør om står i steg" not in answer.text  # no step holds it
    if kommune == "jevnaker":  # 001:325–343: fravær followed up by the school leaders
        assert "fravær" in answer.text


@pytest.mark.parametrize(
    "text",
    ["når er fagdagen om radikalisering?", "hvor kan jeg søke råd om ekstremisme?"],
)
def test_the_topic_alone_is_no_routine(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "jevnaker")
    assert all(r.intent != "routine" for r in replies), [r.intent for r in replies]


def test_who_does_it_is_not_the_step_asked() -> None:
    assert doers(_words("hvordan skal skolene følge med på radikalisering")) == {"skolene"}
    assert doers(_words("hva må helsesykepleieren gjøre nå")) == {"helsesykepleieren"}
    assert not doers(_words("hvem skal avhøre barnet"))  # «hvem» asks the doer itself


def test_a_topic_followed_is_read_by_the_deed_before_it(bot: SltBot) -> None:
    routine_of = bot.routines.by_topic
    assert set(TOPIC_STARTS.values()) <= set(routine_of)  # danger.yaml still has the topic
    asked = _words("hvordan fanger vi opp tegn på ekstremisme blant elevene")
    assert topic_followed(asked, routine_of) == routine_of["radikalisering"]
    assert topic_followed(_words("mistanke om radikalisering, hva gjør vi"), routine_of)
    assert not topic_followed(_words("fagdag om radikalisering i november"), routine_of)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvem skal avhøre barnet etterpå – er det læreren?", "valer"),
        ("hvem gjennomfører tilrettelagt avhør av en jente på 12?", "jevnaker"),
    ],
)
def test_a_childs_interview_is_the_violence_routines_police_step(
    bot: SltBot, text: str, kommune: str
) -> None:
    """The interview is the police's, at Statens barnehus (the step «Varsle politiet»)."""
    answer = _answer(turn(bot, text, kommune))
    assert answer.facts.get("routine") == "vold-naere-relasjoner", answer.intent
    assert "Det du spør om står i steg" in answer.text and "barnehus" in answer.text


def test_a_pupil_questioned_by_the_police_is_no_interview_of_a_victim(bot: SltBot) -> None:
    replies = turn(bot, "politiet avhørte en elev i går om et innbrudd, hva nå?", "gjesdal")
    assert all(r.facts.get("routine") != "vold-naere-relasjoner" for r in replies)
