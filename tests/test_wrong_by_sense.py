"""Wrong answers fixed by a general reason (session 21, intent47), each with made-up
phrasings, none from the eval or a corpus: the reason, not the item, is what is tested."""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot


def _intent(bot: SltBot, text: str, kommune: str = "valer") -> str:
    return str(asyncio.run(bot.answer(text, kommune)).intent)


@pytest.mark.parametrize(
    "text",
    [
        # a story seen or read, where it was shown between the material and «om»
        "så en dokumentar på TV 2 om en jente som solgte hasj for en gjeng, hvor vanlig er det?",
        "jeg så en film på NRK om ei jente som ruset seg, er det noe vi har tall på?",
        # figures asked for: «tall» is survey figures as «statistikk» is
        "finnes det tall på hvor mange ungdommer som røyker hasj i kommunen?",
        "har vi tall på hvor mange unge som drikker alkohol hos oss?",
    ],
)
def test_a_story_seen_or_figures_asked_for_is_no_routine(bot: SltBot, text: str) -> None:
    assert _intent(bot, text) != "routine"


@pytest.mark.parametrize(
    "text",
    [
        # a worry told after the story still gets the routine
        "jeg så en film på NRK om rus, og nå er jeg bekymret for en elev som ruser seg. "
        "hva gjør jeg?",
        "har tall på fravær, men nå er jeg bekymret for at en elev i 9b ruser seg, hva gjør vi?",
    ],
)
def test_a_worry_after_the_story_or_the_figures_keeps_the_routine(bot: SltBot, text: str) -> None:
    assert _intent(bot, text) in ("routine", "danger", "disclosure")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        # a talk with a service wished: whom to reach, its contact
        ("Jeg må snakke med PPT, hvordan gjør jeg det?", "valer"),
        ("jeg vil prate med konfliktrådet", "valer"),
        ("Eg må snakka med familiesenteret, korleis?", "gjesdal"),
    ],
)
def test_a_talk_with_a_service_wished_is_its_contact(bot: SltBot, text: str, kommune: str) -> None:
    assert _intent(bot, text, kommune) == "contact_service"


def test_talking_with_a_child_is_no_contact(bot: SltBot) -> None:
    """«snakke med» a child the asker worries about is the routine's, not a service's."""
    text = "hvordan skal jeg snakke med en elev jeg tror ruser seg?"
    assert _intent(bot, text) != "contact_service"
