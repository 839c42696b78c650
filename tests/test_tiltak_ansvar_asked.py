"""Whose tiltak an ansvar question asks for, and what a list line says a tiltak is for.

«hva har rektorene ansvar for i planen»: an ansvar asked of the plan with its holder named –
a role in the plural, a service's name, a stand-in for the coordinator – is that holder's
tiltak. A «hvem» asks for an owner instead. A list line shows the tiltak's mål when its title
does not say what it is for («Benytte Flexordningen» is about transport).
"""

from __future__ import annotations

import pytest

from bot.features.tiltak.names import untold_goal
from bot.features.tiltak.texts import for_role
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.asking import last_reply

LISTS = ("tiltak_for_role", "tiltak_mine")


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("hva står rektorene ansvarlig for i slt-planen?", "gjesdal", "foreldremøter"),
        ("rektor her. hva har vi ansvaret for i handlingsplanen", "gjesdal", "foreldremøter"),
        ("er frivilligsentralen ansvarlig for noe i handlingsplanen?", "gjesdal", "Natteravn"),
        ("hvilke oppgaver har NAV i handlingsplanen", "valer", "Fontenehuset"),
        ("hva er politikontakten ansvarlig for i planen", "gjesdal", "skolene"),
    ],
)
def test_an_ansvar_asked_of_the_plan_lists_the_holders_tiltak(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent in LISTS, (text, reply.intent)
    assert shown.lower() in reply.text.lower(), reply.text
    assert "SLT-arbeidsgruppe]" not in reply.text  # «slt» of «slt-planen» names no owner


@pytest.mark.parametrize(
    "text",
    [
        "jeg vikarierer som slt-koordinator. hva står jeg ansvarlig for i handlingsplanen?",
        "hva står slt-koordinatoren ansvarlig for i handlingsdelen",
    ],
)
def test_the_coordinators_part_of_the_handlingsplan_is_its_tiltak(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent in LISTS, (text, reply.intent)
    assert "Flexordningen" in reply.text and "transport" in reply.text.lower(), reply.text


def test_a_who_question_still_asks_for_the_owner(bot: SltBot) -> None:
    reply = last_reply(bot, "hvem har ansvaret for foreldremøtene i handlingsplanen?", "gjesdal")
    assert reply.intent == "tiltak_owner", reply.intent


def test_a_goal_is_shown_only_where_the_title_does_not_say_it(kb: KnowledgeBase) -> None:
    index = kb.get("valer")
    assert index is not None
    by_id = {t.id: t for t in index.kommune.tiltak}
    assert untold_goal(by_id["12"]) == "Transport til og fra ungdomsklubben"
    assert untold_goal(by_id["37"]) == ""  # «SLT-modellen» in both


@pytest.mark.parametrize(
    "text",
    [
        "jeg er oppført som ansvarlig for tiltak 12 – hva var det nå igjen?",
        "jeg står ansvarlig for tiltak 12, og lurer på om det er en frist",
    ],
)
def test_the_writers_own_tiltak_by_number_shows_its_sheet(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent in LISTS, (text, reply.intent)
    assert "Flexordningen" in reply.text and "Frist" in reply.text, reply.text


def test_a_tiltak_and_the_service_that_holds_it_are_one_reading(bot: SltBot) -> None:
    """The contact of Skolelos and the tiltak Skolelos holds are one offer: the tiltak."""
    reply = last_reply(
        bot, "har kommunen noe tilbud til elever som holder på å droppe ut?", "valer"
    )
    assert reply.intent == "tiltak_lookup", (reply.intent, reply.text)
    assert "Skolelos" in reply.text, reply.text


def test_a_reading_that_holds_every_word_asked_beats_one_that_holds_some(bot: SltBot) -> None:
    """The sports centre's year card holds «ansatte», «trene», «sammen» and «ungdom»; the
    gathering «Sammen for ungdom» only some of them: no question back."""
    reply = last_reply(
        bot, "finnes det noe der voksne ansatte kan trene sammen med ungdommene?", "gjesdal"
    )
    assert reply.intent == "tiltak_lookup", (reply.intent, reply.text)
    assert "Årskort" in reply.text, reply.text


def test_a_question_that_only_says_where_to_look_reads_the_scene(bot: SltBot) -> None:
    """«– står det i planen?» names nothing asked: the scene before it says what about."""
    text = "Røde Kors arrangerer sommeraktiviteter for barna – står det i planen?"
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "tiltak_lookup", (reply.intent, reply.text)
    assert "Røde Kors" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("hva står lærerne ansvarlige for i planen", "Tiltak for lærer"),
        ("hva står helsesykepleierne ansvarlige for i planen", "Tiltak for helsesykepleier"),
    ],
)
def test_no_tiltak_for_the_holder_asked_never_echoes_the_folded_question(
    bot: SltBot, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent == "tiltak_for_role", reply.intent
    assert reply.text.splitlines()[0] == shown
    assert not {"star", "laererne"} & set(reply.text.split())


def test_a_holder_with_no_spelling_of_its_own_is_not_named_at_all() -> None:
    title, empty = for_role("", "SLT-koordinator")
    assert title == "Tiltak etter ansvarlig" and "«»" not in empty
    assert "«tiltak for SLT-koordinator»" in empty
