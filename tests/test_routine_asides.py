"""What a kommune's plan says beside a routine (``routine_asides``, branch routine57): Våler's
Stafettloggen beside the national duty-to-report routine's «Skriv ned …», and Jevnaker's
handlingsplan mot radikalisering beside Hastemøte – the routine a worry about radicalisation
gets – only when the question names that topic. Never a step of its own, always quoted.
Made-up phrasings, none from the eval."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.features.routines.asides import asides_shown
from bot.features.routines.present import step_view
from bot.knowledge.loader import check_cross_references
from bot.knowledge.routine_schema import RoutineAside
from bot.routing import SltBot
from cards.routine import step_card


def _answer(bot: SltBot, text: str, kommune: str) -> tuple[str | None, str, list[dict[str, Any]]]:
    reply = asyncio.run(bot.answer(text, kommune))
    return reply.facts.get("routine"), reply.text, list(reply.cards)


REPORT = "hva gjør jeg når jeg skal melde bekymring til barnevernet?"


def test_valer_shows_stafettloggen_beside_the_step_that_writes_down(bot: SltBot) -> None:
    routine, text, cards = _answer(bot, REPORT, "valer")
    assert routine == "bekymringsmelding"
    assert "Dette sier planen i Våler i tillegg:" in text
    assert "Til steg 3 («Skriv ned det du har sett og hørt»): Våler bruker Stafettloggen" in text
    assert text.index("Stafettloggen") < text.index("Kontakter:")  # under the steps
    assert "Stafettloggen" in str(overview_card_body(cards))


def overview_card_body(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [element for card in cards for element in card.get("body", [])]


def test_a_kommune_without_the_aside_shows_the_national_routine_alone(bot: SltBot) -> None:
    routine, text, _ = _answer(bot, REPORT, "gjesdal")
    assert routine == "bekymringsmelding"
    assert "Stafettloggen" not in text and "i tillegg" not in text


def test_the_step_card_carries_the_plans_aside(bot: SltBot) -> None:
    kommune = bot.kb.kommuner["valer"].kommune
    resolved = bot.routines.by_kommune["valer"]["bekymringsmelding"]
    assert bot.kb.national is not None
    view = step_view(resolved, kommune, bot.kb.national, "skriv-ned")
    assert "Stafettloggen" in str(step_card(view))
    other = step_view(resolved, kommune, bot.kb.national, "meld")
    assert "Stafettloggen" not in str(step_card(other))


@pytest.mark.parametrize(
    "text",
    [
        "hva er fremgangsmåten ved bekymring for radikalisering av en ungdom?",
        "hvordan går vi fram ved bekymring for ekstremisme hos en ungdom?",
    ],
)
def test_a_radicalisation_worry_in_jevnaker_gets_hastemote_with_the_plans_words(
    bot: SltBot, text: str
) -> None:
    routine, said, cards = _answer(bot, text, "jevnaker")
    assert routine == "hastemote", text
    assert "Handlingsplan mot utenforskap, radikalisering og ekstremisme" in said
    assert "SLT-koordinator" in said and "politi" in said.lower()
    assert "Handlingsplan mot utenforskap" in str(overview_card_body(cards))


def test_the_topic_aside_stays_away_from_hastemote_asked_for_another_reason(bot: SltBot) -> None:
    routine, said, _ = _answer(bot, "hvordan kaller vi inn til et hastemøte?", "jevnaker")
    assert routine == "hastemote"
    assert "radikalisering" not in said.lower()


def test_another_kommune_gets_hastemote_without_jevnakers_plan(bot: SltBot) -> None:
    text = "hva er fremgangsmåten ved bekymring for radikalisering av en ungdom?"
    routine, said, _ = _answer(bot, text, "gjesdal")
    assert routine == "hastemote"
    assert "Jevnaker" not in said and "Handlingsplan mot utenforskap" not in said


def test_an_aside_must_quote_the_plan() -> None:
    with pytest.raises(ValidationError, match="quote and at"):
        RoutineAside.model_validate(
            {"routine": "bekymringsmelding", "text": "Noe planen sier.", "source": "plan"}
        )


def test_an_aside_to_a_step_the_routine_lacks_is_a_load_problem(bot: SltBot) -> None:
    kommune = bot.kb.kommuner["valer"].kommune
    aside = kommune.routine_asides[0].model_copy(update={"step": "finnes-ikke"})
    lost = aside.model_copy(update={"routine": "finnes-ikke", "step": None})
    broken = kommune.model_copy(update={"routine_asides": (aside, lost)})
    problems = check_cross_references(broken, bot.kb.national, Path("valer.yaml"))
    said = [str(p) for p in problems]
    assert any("unknown step 'finnes-ikke'" in p for p in said), said
    assert any("unknown routine 'finnes-ikke'" in p for p in said), said


def test_a_danger_reply_shows_only_the_plans_words_on_the_topic_found(bot: SltBot) -> None:
    """The step's own aside (Stafettloggen) waits on the step's card; a danger reply leads
    with what to do this minute."""
    report = bot.routines.by_kommune["valer"]["bekymringsmelding"]
    assert asides_shown(report, ()) and not asides_shown(report, ("vold",), topic_only=True)
    hastemote = bot.routines.by_kommune["jevnaker"]["hastemote"]
    assert asides_shown(hastemote, ("radikalisering",), topic_only=True)
    assert not asides_shown(hastemote, ("trusler",), topic_only=True)
