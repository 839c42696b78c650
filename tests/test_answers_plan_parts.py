"""The plan's parts asked in staff words, questions after a scene, and forms that ask
something other than the plan's sheet (session 16, fresh14's dev half as the guide).

Each case is read by a mechanism, not a listed phrase: a nynorsk count, a synonym for an
innsatsområde, an area's tiltak, a plan fact asked of a named group, a routine named beside
«neste gang», a grade that is no tiltak number, an embedded «hvem som», a scene's words that
do not decide the question, and «is it in the plan?» / «must X be told?» answered honestly.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask


@pytest.mark.parametrize(
    ("text", "kommune", "intent", "shown"),
    [
        ("kor mange innsatsområde er det?", "valer", "plan", "Innsatsområder (7)"),
        ("kor mange rutinar finst?", "jevnaker", "routine_list", "Rusbekymring"),
        ("kor mange møte har koordineringsgruppa?", "jevnaker", "frequency", "2 ganger"),
        ("hva er hovedfokuset i planen?", "gjesdal", "plan", "psykisk helse"),
        ("hvilke fokusområder har planen?", "gjesdal", "plan", "Spesielt fokus"),
        ("kva er fokustiltaka?", "gjesdal", "tiltak_lookup", "Folkemøter"),
        ("evaluerer koordineringsgruppa arbeidet?", "jevnaker", "plan", "halvåret"),
        ("er det møte i politirådet snart?", "jevnaker", "next_meeting", "politirådet"),
        ("kva er forskjellen mellom nivåa?", "valer", "levels", "Tre nivåer i SLT"),
        ("hvilket nivaa er fagteamet paa?", "jevnaker", "levels", "Utførende nivå"),
    ],
)
def test_the_plans_parts_in_staff_words(
    bot: SltBot, text: str, kommune: str, intent: str, shown: str
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == intent, (text, reply.intent)
    assert shown in reply.text, (text, reply.text[:300])


def test_a_groups_part_in_a_tiltak_is_the_tiltak_not_its_meetings(bot: SltBot) -> None:
    reply = ask(bot, "fagdagen med Ringerike og Hole – deltar fagteamet hvert år?", "jevnaker")
    assert reply.intent == "tiltak_lookup"
    assert "Fagteamet deltar på dette fast hvert år" in reply.text


def test_a_plan_fact_about_another_group_does_not_answer(bot: SltBot) -> None:
    # the reporting fact is koordineringsgruppa's: asked of fagteamet, ask back
    assert ask(bot, "rapporterer fagteamet til noen?", "jevnaker").intent == "clarify"


def test_a_routine_named_beside_neste_gang_is_the_routine(bot: SltBot) -> None:
    reply = ask(bot, "hva er rutinen ved rusbekymring? greit å vite til neste gang", "valer")
    assert reply.intent == "routine"
    assert reply.facts.get("routine") == "rusbekymring"


def test_nynorsk_rutina_is_the_routine_not_the_list(bot: SltBot) -> None:
    assert ask(bot, "korleis er rutina ved rusbekymring?", "jevnaker").intent == "routine"


def test_a_grade_range_is_no_tiltak_number(bot: SltBot) -> None:
    reply = ask(bot, "hvem er ansvarlig for Robust ungdom på 8.-10. trinn?", "valer")
    assert reply.intent == "tiltak_owner"
    assert "Robust ungdom" in reply.text
    assert "Oppvekstteam" not in reply.text


def test_an_embedded_who_asks_the_owner_not_a_contact(bot: SltBot) -> None:
    text = "Foreldrene lurer på hvem som har ansvaret for natteravnene, så de kan ta kontakt."
    reply = ask(bot, text, "jevnaker")
    assert reply.intent == "tiltak_owner"
    assert "Frivilligsentralen" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "intent", "shown"),
    [
        (
            "Vi søker midler til et prosjekt. Hvilken alder er målgruppa?",
            "gjesdal",
            "target_group",
            "12–18",
        ),
        (
            "Jeg fikk et spørsmål fra en forelder i går. Hvilke tiltak har vi mot rus?",
            "jevnaker",
            "tiltak_lookup",
            "Tiltak i handlingsplanen",
        ),
        ("kommer politiet til skolene? vi er på Dirdal", "gjesdal", "tiltak_lookup", "høst"),
    ],
)
def test_the_scene_does_not_decide_the_question(
    bot: SltBot, text: str, kommune: str, intent: str, shown: str
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == intent, (text, reply.intent)
    assert shown in reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("elevene hadde besøk av en rapper om rus, var det en del av planen?", "jevnaker"),
        ("ble foredraget om nettmobbing nevnt i planen?", "gjesdal"),
        ("vannet gikk i gymsalen i helga. må SLT-koordinator få vite om det?", "gjesdal"),
    ],
)
def test_forms_the_plans_sheet_does_not_answer(bot: SltBot, text: str, kommune: str) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "unknown", (text, reply.intent)
    assert "koordinator" in reply.text.lower()


def test_utsett_motet_is_the_programmes_meeting_not_a_move(bot: SltBot) -> None:
    assert ask(bot, "hvem kommer på Utsett-møtet?", "jevnaker").intent != "meeting_move"
