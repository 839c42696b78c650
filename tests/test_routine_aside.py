"""A calm question that names a routine's topic but asks about something else – teaching
material, a file, survey figures – is not answered with the routine's steps
(understanding.yaml ``routine_aside``, ``RoutineAsked.aside``); a worry, a child by age or
class, or an ask of what to do still gets the routine. Made-up phrasings, none from the eval."""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot


def _intent(bot: SltBot, text: str, kommune: str = "valer") -> str:
    return str(asyncio.run(bot.answer(text, kommune)).intent)


@pytest.mark.parametrize(
    "text",
    [
        # material for a class, a book, a play – whom to ask, whether it may be used
        "vi skal vise en film om selvskading for elevene neste måned, hvem kan vi invitere til "
        "å snakke etterpå?",
        "kan vi bruke en rollelek om vold i nære relasjoner i 10. klasse",
        "kan jeg vise dokumentaren om nakenbilder i 8. trinn, eller er den for drøy?",
        "eg skal lese ei novelle om ein gut som ruser seg med klassen, er det greitt på 8. trinn?",
        # a meeting or the asker's own writing, no young person told of
        "skal ha foreldremøte om deling av nakenbilder, hvem kan vi invitere?",
        "skal skrive en artikkel om hasj og alkohol blant ungdom i bygda, hvem kan jeg intervjue?",
        # a file asked for, whatever its name says
        "har noen fila «selvskading retningslinjer.pdf»? den er borte fra sharepoint",
        # survey figures
        "statistikk over selvskading blant ungdom i kommunen?",
        "hva viser ungdata om rus blant ungdom hos oss de siste årene?",
    ],
)
def test_a_calm_question_about_material_a_file_or_figures_is_no_routine(
    bot: SltBot, text: str
) -> None:
    assert _intent(bot, text) != "routine"


@pytest.mark.parametrize(
    "text",
    [
        # the routine named, a worry, what to do, a duty: the routine answers
        "skal ha kurs for lærere om selvskading, hva står i retningslinjene våre?",
        "skal ha kurs om vold i nære relasjoner, hvilke steg følger vi når vi blir bekymret",
        "vi skal vise en film om rus for 9. trinn, hva gjør vi hvis en elev forteller at han "
        "ruser seg etterpå?",
        "rutine ved rusbekymring",
        "foreldremøtet i går: en mor sa at sønnen drikker hver helg, hva nå",
    ],
)
def test_material_beside_a_case_or_an_ask_of_what_to_do_keeps_the_routine(
    bot: SltBot, text: str
) -> None:
    assert _intent(bot, text) in ("routine", "danger", "disclosure")


def test_a_routine_file_asked_for_offers_the_routine_never_opens_it(bot: SltBot) -> None:
    """The bot sends no file; the routine the file is named for is one click away."""
    reply = asyncio.run(
        bot.answer("kan dere sende meg rutinen for rusbekymring som pdf? finner den ikke", "valer")
    )
    assert str(reply.intent) == "clarify"
    assert "Rusbekymring" in reply.text
    assert not reply.text.lstrip().startswith(("🚨", "⚠"))
