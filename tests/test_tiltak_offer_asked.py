"""What the plan offers on a topic, asked with no tiltak word (bot/understanding/offer_asked.py),
who runs a tiltak asked beside a reason, and a tiltak asked by a cost word of its own text.

«har vi noe opplegg om …», «hva gjør slt for …», «hva sier planen at vi skal gjøre …»: the
tiltak retrieval ranks clearly first answers, also when a plan note ranks above it; with no
tiltak on the topic, the honest fallback – never a near-miss tiltak as the answer.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("har vi noe opplegg om vold i nære relasjoner?", "valer", "uten vold"),
        ("har vi noe opplegg mot vold i nære relasjoner? rektor lurer", "valer", "uten vold"),
        ("har me noko opplegg om nettvett?", "jevnaker", "nettvett"),
        ("har vi noe tilbud for ungdom som vokser opp mellom to kulturer?", "gjesdal", "flexid"),
        ("hva gjør slt for barn som har mistet en forelder?", "valer", "etterlatte"),
    ],
)
def test_an_offer_on_a_topic_finds_its_tiltak(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.text)
    assert shown in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("har vi noe opplegg om trafikksikkerhet?", "valer"),
        ("hva gjør slt for eldre på sykehjem?", "gjesdal"),
        ("har vi noe tilbud til pensjonister som er ensomme?", "jevnaker"),
    ],
)
def test_an_offer_the_plan_lacks_gets_the_fallback(bot: SltBot, text: str, kommune: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "unknown", (text, reply.text)
    assert "Tiltak i handlingsplanen" not in reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "owner"),
    [
        ("hvem står bak friluftsskolen? har en elev som kunne hatt glede av det", "valer", "dnt"),
        ("hvem driver natteravnordningen? en forelder spurte meg om det", "gjesdal", "frivillig"),
    ],
)
def test_who_runs_a_tiltak_asked_beside_a_reason(
    bot: SltBot, text: str, kommune: str, owner: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_owner", (text, reply.text)
    assert owner in reply.text.lower(), reply.text


def test_a_cost_word_of_the_tiltak_text_names_it(bot: SltBot) -> None:
    reply = last_reply(bot, "hva går prosjektet med Erasmus-midler ut på", "jevnaker")
    assert reply.intent == "tiltak_lookup", reply.text
    assert "sammen om utenforskap" in reply.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "hvor mye Erasmus-midler fikk prosjektet?",
        "hva er budsjettet til prosjektet med Erasmus-midler?",
    ],
)
def test_a_sum_asked_of_it_stays_unanswered(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "unknown", (text, reply.text)


def test_the_owner_asked_is_of_the_question_not_the_scene(bot: SltBot) -> None:
    """The scene names a theme one tiltak holds («sosiale medier»); the question asks who owns
    the opplegg on the parents' meetings – another tiltak."""
    text = (
        "Møteplan: «Rus og sosiale medier». "
        "Hvem har ansvaret for det felles opplegget på foreldremøtene?"
    )
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent == "tiltak_owner", reply.text
    assert "Rektorene" in reply.text.split("\n\n")[1], reply.text
