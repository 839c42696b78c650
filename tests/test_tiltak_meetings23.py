"""Session 23: a routine asked by the name of the tiltak that makes it, who convenes a
gathering, and calm look-alikes that keep their reading. Made-up probes, never eval items."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    "text",
    [
        "rutine rusbekymring",
        "rusbekymring rutine jevnaker",
        "rutinen rusbekymring i jevnaker?",
    ],
)
def test_a_terse_routine_ask_is_the_routine_not_the_tiltak_making_it(
    bot: SltBot, text: str
) -> None:
    """Jevnaker's tiltak «Felles rutine ved rusbekymring/mistanke» makes the routine; «rutine
    rusbekymring» asks for the routine, whose text says how far the kommune's own has come."""
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "routine", (text, reply.intent, reply.text[:120])
    assert "barnevern" in reply.text.lower()


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        ("hva går tiltaket felles rutine ved rusbekymring ut på?", "jevnaker", "tiltak_lookup"),
        ("hvem har ansvar for felles rutine ved rusbekymring", "jevnaker", "tiltak_owner"),
        ("hva er på rett kjøl", "jevnaker", "tiltak_lookup"),
        ("hva er uten vold", "valer", "tiltak_lookup"),
    ],
)
def test_a_tiltak_asked_as_a_tiltak_stays_the_tiltak(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == intent, (text, reply.intent, reply.text[:120])


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        ("hvem arrangerer møtene i operativ slt-gruppe?", "gjesdal", "innkaller"),
        ("kven er arrangør for samlinga for alle som jobbar med ungdom?", "gjesdal", "innkaller"),
        # no group named: who runs the tiltak the word names
        ("hvem arrangerer aktivitetsdagen med politiet?", "valer", "tiltak_owner"),
    ],
)
def test_who_puts_a_gathering_on_is_who_calls_it(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == intent, (text, reply.intent, reply.text[:120])


@pytest.mark.parametrize(
    "text",
    [
        "hva er en bekymringssamtale med politiet? vi snakket om ungdom og kriminalitet på møtet",
        "hva er egentlig en bekymringssamtale? kollegaen min nevnte rus og vold i går",
    ],
)
def test_a_remark_after_the_question_does_not_choose_what_is_defined(
    bot: SltBot, text: str
) -> None:
    """The remark's words («kriminalitet», «rus») rank the rusbekymring routine; what the
    question asks to have defined is the tiltak whose title opens with it."""
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "tiltak_lookup", (text, reply.intent, reply.text[:120])
    assert "Bekymringssamtaler med politiet" in reply.text


def test_a_cultural_background_finds_the_course_for_those_growing_up_between_cultures(
    bot: SltBot,
) -> None:
    """Gjesdal's Flexid is «for personer som vokser opp krysskulturelt» (004:83); staff say
    «innvandrerbakgrunn», «ulik kulturbakgrunn»."""
    reply = last_reply(bot, "noe kurs for unge med innvandrerbakgrunn?", "gjesdal")
    assert reply.intent == "tiltak_lookup", reply.text[:120]
    assert "Flexid" in reply.text


def test_a_plan_without_such_a_tiltak_does_not_invent_one(bot: SltBot) -> None:
    reply = last_reply(bot, "har vi noe for ungdom med ulik kulturbakgrunn?", "valer")
    assert reply.intent != "tiltak_lookup", reply.text[:120]


@pytest.mark.parametrize(
    ("text", "intent"),
    [("hvem sitter i ukemøtet?", "members"), ("når er det ukentlige møtet?", "next_meeting")],
)
def test_the_one_weekly_forum_is_named_by_its_rhythm(bot: SltBot, text: str, intent: str) -> None:
    """Gjesdal's only forum that meets «Ukentlig» is the politikontakt's and the coordinator's."""
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent == intent, (text, reply.intent, reply.text[:120])
    assert "Politikontakt" in reply.text


def test_the_police_at_school_weekly_stays_the_tiltak(bot: SltBot) -> None:
    reply = last_reply(bot, "er politiet på skolen hver uke?", "gjesdal")
    assert reply.intent == "tiltak_lookup", reply.text[:120]


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        # the scene's «årshjul» tells; the question asks for the tiltak
        (
            "Vi lager årshjul for ungdomstrinnet. Skal rus være tema, og hva heter tiltaket?",
            "gjesdal",
            "tiltak_lookup",
        ),
        # before a dash stands what is asked about: its cue stays
        ("SLT-koordinator i Gjesdal – hvem er det?", "gjesdal", "coordinator"),
        # a case to bring says why the date is asked: every group's next meeting, with the
        # coordinator who takes a case in (session 27, facts59: was «which group?»)
        (
            "er det noe SLT-møte snart? lurer på om jeg rekker å melde inn en sak",
            "valer",
            "next_meeting",
        ),
    ],
)
def test_a_cue_in_the_scene_is_not_what_the_question_asks(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == intent, (text, reply.intent, reply.text[:120])


@pytest.mark.parametrize("kommune", ["gjesdal", "jevnaker"])
def test_who_drives_the_tiltak_forward_is_the_coordinator(bot: SltBot, kommune: str) -> None:
    """The coordinator's mandate says «pådriver»; «hvem er pådriver for …» asks who holds it,
    however long the object after it («tiltakene i planen»)."""
    reply = last_reply(bot, "hvem er pådriver for at tiltakene i planen blir fulgt opp?", kommune)
    assert reply.intent == "coordinator", reply.text[:120]


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("hvilke beredskapsrutiner har vi?", "valer"), ("hvor finner jeg krisrutinene?", "jevnaker")],
)
def test_a_compound_on_routines_in_the_plural_asks_for_the_list(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine_list", (text, reply.intent, reply.text[:120])
