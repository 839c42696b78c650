"""Groups, tiltak and the plan described instead of named (session 34, facts78): a group by
how often it meets and who meets there, a tiltak by its content with its grades asked beside
its cadence, «hvilke andre kommuner», and the plan's years counted. Each where the plan states
it; the look-alikes keep their reading.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.rhythm_described import Cadence, cadence_stated
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        ("motes hver 6 uke", Cadence(every=6, unit="week")),
        ("motes hver sjette uke", Cadence(every=6, unit="week")),
        ("kommer sammen annenhver maned", Cadence(every=2, unit="month")),
        ("treffes hver maned", Cadence(every=1, unit="month")),
        ("motes ukentlig", Cadence(every=1, unit="week")),
        ("fire ganger i aret", Cadence(per_year=4)),
        ("2 ganger pr ar", Cadence(per_year=2)),
        ("en gang i halvaret", Cadence(per_year=2)),
        ("hvert kvartal", Cadence(per_year=4)),
    ],
)
def test_a_cadence_is_read_as_the_plans_figures(text: str, cadence: Cadence) -> None:
    assert cadence_stated(tuple(text.split())) == cadence


@pytest.mark.parametrize("text", ["hver gang de ses", "mange ganger", "hvor ofte motes de"])
def test_no_cadence_where_none_is_stated(text: str) -> None:
    assert cadence_stated(tuple(text.split())) is None


@pytest.mark.parametrize(
    ("text", "kommune", "intent", "group"),
    [
        ("hvem sitter i teamet som møtes hver sjette uke?", "jevnaker", "members", "fagteam"),
        (
            "gruppa der politiet og kommunepsykologen møtes hver 6. uke – hvem kaller inn?",
            "jevnaker",
            "innkaller",
            "fagteam",
        ),
        (
            "hva gjør gruppa der nav og skolen møtes hver sjette uke?",
            "jevnaker",
            "duties",
            "fagteam",
        ),
        ("hvem er med i gruppa som møtes annenhver måned?", "valer", "members", "slt-nettverket"),
        (
            "hvem sitter i gruppa som møtes fire ganger i året?",
            "jevnaker",
            "members",
            "politiradet",
        ),
    ],
)
def test_a_group_described_by_its_cadence_and_members_is_that_group(
    bot: SltBot, text: str, kommune: str, intent: str, group: str
) -> None:
    understood = bot.understand(text, kommune)
    assert understood.group_id == group, (text, understood.group_id)
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == intent, (text, reply.intent)


def test_the_roles_that_describe_the_group_are_no_seat_asked(bot: SltBot) -> None:
    text = "hvem er med i den gruppa der helsesøster og politiet møtes hver 6. uke?"
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "members", reply.intent
    assert "Ja – " not in reply.text and "Kommunepsykolog" in reply.text, reply.text


def test_a_role_read_with_its_synonym_is_confirmed_once(bot: SltBot) -> None:
    reply = turn(bot, "er helsesøster og politiet med i fagteamet?", "jevnaker")[-1]
    assert reply.text.count("Ja – helsesykepleier") == 1, reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        # two groups meet four times a year in Gjesdal: no description picks one
        ("hvem sitter i gruppa som møtes fire ganger i året?", "gjesdal"),
        # the ordfører sits in no group that meets every sixth week
        ("hvem kaller inn til gruppa der ordføreren møtes hver 6. uke?", "jevnaker"),
        # no description: a cadence alone names no group here
        ("er det noen som møtes hver 6. uke i slt?", "jevnaker"),
    ],
)
def test_no_group_where_the_description_fits_none_or_several(
    bot: SltBot, text: str, kommune: str
) -> None:
    understood = bot.understand(text, kommune)
    assert understood.group_id != "fagteam" or "ordforeren" not in understood.words, text
    if kommune == "gjesdal":
        assert understood.group_id is None, understood.group_id


def test_a_named_groups_cadence_is_still_its_frequency(bot: SltBot) -> None:
    reply = turn(bot, "møtes fagteamet hver 6. uke?", "jevnaker")[-1]
    assert reply.intent == "frequency", reply.intent


@pytest.mark.parametrize(
    "text",
    [
        "det opplegget om alkoholdebut på foreldremøter – hvilke trinn og hvor ofte?",
        "hvor ofte har dere det opplegget om alkoholdebut på foreldremøter, og hvilket trinn?",
        "foreldremøtene om alkoholdebut, hvor ofte er de og for hvilke trinn?",
    ],
)
def test_a_tiltak_described_by_its_content_answers_its_grades_and_cadence(
    bot: SltBot, text: str
) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert "Utsett" in reply.text and "10" in reply.text, reply.text


def test_a_groups_cadence_with_grades_asked_stays_the_groups(bot: SltBot) -> None:
    reply = turn(bot, "hvor ofte møtes fagteamet, og hvilke trinn har de saker fra?", "jevnaker")
    assert reply[0].intent == "frequency", reply[0].intent


@pytest.mark.parametrize(
    "text",
    [
        "hvilke andre kommuner har SLT sammen med oss?",
        "hvilke flere kommuner bruker slt-modellen enn Våler?",
    ],
)
def test_which_other_kommuner_is_the_plans_note(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "Moss" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "period"),
    [
        ("hvor mange år gjelder planen?", "valer", "2023–2026"),
        ("hvor mange år varer handlingsplanen?", "valer", "2023–2026"),
        ("hvor mange år gjelder slt-planen, fra hvilket år?", "gjesdal", "2023–2025"),
    ],
)
def test_the_plans_years_counted_are_its_period(
    bot: SltBot, text: str, kommune: str, period: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert period in reply.text, reply.text


@pytest.mark.parametrize(
    "text", ["hvor mange år har vi hatt slt i våler?", "hvor mange år gjelder tiltaket?"]
)
def test_years_counted_of_something_else_keep_the_fallback(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent != "plan", (text, reply.intent)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("hvem lager årshjulet?", "valer"), ("hvem lager møteplanen for slt?", "jevnaker")],
)
def test_who_makes_the_meeting_plan_is_no_tiltak_found_by_the_stem_lag(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent)
    assert "Sommeruka" not in reply.text and "foreninger" not in reply.text, reply.text


def test_who_makes_the_year_wheel_a_tiltak_makes_is_its_owner(bot: SltBot) -> None:
    reply = turn(bot, "hvem lager årshjulet?", "gjesdal")[-1]
    assert reply.intent == "tiltak_owner", reply.intent


def test_the_goal_of_one_tiltak_stands_under_its_line_not_as_another(bot: SltBot) -> None:
    reply = turn(bot, "jeg er ungdomskontakt, hvilke tiltak er mine?", "valer")[-1]
    assert "\n  Mål: " in reply.text and "\n- Mål:" not in reply.text, reply.text


@pytest.mark.parametrize(
    "text", ["når møtes slt nett verket", "hvor ofte samles slt nett verket egentlig"]
)
def test_a_split_group_name_is_no_stranger_to_the_examples(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "frequency", (text, reply.intent)


def test_a_message_with_nothing_to_join_is_voted_on_as_typed(bot: SltBot) -> None:
    text = "Når møtes SLT-nettverket?"
    assert bot.understanding.rejoined(text) == text
