"""The list of routines names what the knowledge says of the kommune's other plans.

«hvilke rutiner har vi»: the routines the bot walks through are not all a kommune follows; a
note naming its other plans («Uten vold», «alkoholpolitisk handlingsplan») is shown with them:
first when the question names a plan, after the routines when it does not. A routine asked
about by a word late in its text shows that sentence.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("hvilke rutiner og planer har kommunen?", "valer", "Uten vold"),
        ("liste over rutinene våre", "jevnaker", "alkoholpolitisk"),
    ],
)
def test_the_routine_list_names_the_plans_the_kommune_follows(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine_list", (text, reply.intent)
    assert shown in reply.text, reply.text


def test_a_routine_asked_for_a_word_late_in_it_shows_that_sentence(bot: SltBot) -> None:
    reply = last_reply(bot, "finnes det en rutine for påtaleunnlatelse?", "gjesdal")
    assert reply.intent == "routine_list", reply.intent
    assert "påtaleunnlatelse med vilkår" in reply.text, reply.text


def test_other_plans_not_asked_about_come_after_the_routines(bot: SltBot) -> None:
    """«hvilke rutiner finnes»: the routines answer it; the other plans are where else to look."""
    reply = last_reply(bot, "hvilke rutiner finnes", "valer")
    assert reply.intent == "routine_list", reply.intent
    assert "Dette sier planen om det du spør om" not in reply.text, reply.text
    assert reply.text.index("Kommunens egne rutiner") < reply.text.index("Uten vold"), reply.text


def test_a_plan_named_in_the_question_leads_the_list(bot: SltBot) -> None:
    reply = last_reply(bot, "har kommunen en handlingsplan mot vold i nære relasjoner?", "valer")
    assert reply.intent == "routine_list", reply.intent
    assert reply.text.index("Uten vold") < reply.text.index("Kommunens egne rutiner"), reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("hvilke planer finnes mot rus og vold her hos oss?", "jevnaker", "alkoholpolitisk"),
        ("hvilke planer har vi mot vold i nære relasjoner", "valer", "Uten vold"),
        ("kva planar finst mot rus i kommunen?", "jevnaker", "alkoholpolitisk"),
    ],
)
def test_the_kommunes_plans_asked_for_a_topic_are_the_list(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    """«hvilke planer finnes mot …»: the kommune's plans (the list shows them beside the
    routines), not the SLT plan; «hvilke andre planer … ved siden av SLT-planen» asks what the
    SLT plan says of the others and stays the plan's answer."""
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine_list", (text, reply.intent)
    assert shown in reply.text, reply.text


def test_the_other_plans_beside_the_slt_plan_stay_the_plans_answer(bot: SltBot) -> None:
    text = "hvilke andre planer har vi mot rus ved siden av slt-planen?"
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "plan", reply.intent
    assert "alkoholpolitisk" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("har Våler en handlingsplan mot vold i nære relasjoner?", "valer", "Uten vold"),
        ("har Våler noen plan mot vold i familien? hva kalles den?", "valer", "Uten vold"),
        ("har Jevnaker en rutine for rusbekymring?", "jevnaker", "Rusbekymring"),
    ],
)
def test_the_kommune_named_as_who_has_it_asks_as_kommunen_does(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    """«har Våler en handlingsplan mot …?» is «har kommunen en handlingsplan mot …?» with the
    kommune's name (f35-297 got the SLT plan's answer): whether the kommune has one, which the
    list answers with the plan the topic names first."""
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "routine_list", (text, reply.intent)
    assert shown in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("har Våler en SLT-plan?", "valer"),
        ("hva er handlingsplanen?", "valer"),
        ("hva er SLT-planen i Jevnaker?", "jevnaker"),
        ("Våler har en SLT-plan, hva står det i den?", "valer"),
    ],
)
def test_the_slt_plan_asked_stays_the_plans_answer(bot: SltBot, text: str, kommune: str) -> None:
    """The SLT plan itself, or a statement before a question of what it says: the plan."""
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "plan", (text, reply.intent)


def test_what_the_violence_plan_says_is_never_the_slt_plans_sheet(bot: SltBot) -> None:
    """«Våler har en handlingsplan mot vold, hva står det i den?» asks about «Uten vold», a plan
    of its own the knowledge only names (000:875-883) – not the SLT plan. The SLT plan's sheet
    (the router's reading) would be a confident wrong answer; the examples' doubt offers the
    list of routines and plans, which names «Uten vold», beside it (xfix83; this line asked
    for the plan's sheet until fresh39's examples showed the doubt)."""
    reply = last_reply(bot, "Våler har en handlingsplan mot vold, hva står det i den?", "valer")
    assert reply.intent == "clarify", (reply.intent, reply.text)
    assert "Rutinene vi har" in reply.text, reply.text
