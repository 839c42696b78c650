"""Two answers found wrong walking as the coordinator in a Gjesdal team (session 31, walk75).

«hvilke hjelpetilbud i kommunen kan nav henvise ungdom til?» got NAV's national entry: the
service named before the referral verb is who refers, so the plan's list of hjelpetilbud
answers (Gjesdal 004:110), as when the asker refers. «hvem har ansvaret for økonomien i slt»
got the fallback in Gjesdal: the plan fact on who approves the stimuleringsmidler (004:106)
is asked as «økonomi», and the question says «økonomien» – a fact's own words count by stem.
Våler's plan says nothing of SLT money, so Våler stays honest.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

LISTED = ("familiesenter", "mestringsenheten", "helsestasjon")
"""Services Gjesdal's «Aktuelle hjelpetilbud» lists (004:110)."""

REFERRER_NAMED = [
    "hvilke hjelpetilbud i kommunen kan nav henvise ungdom til?",
    "hvilke hjelpetilbud kan skolen henvise elevene til?",
    "hvilke hjelpetilbud kan vi i barnevernet henvise ungdommer til",
    "hvilke hjelpetilbud kan læreren henvise en elev til i Gjesdal?",
    "helsesykepleier her: hvilke hjelpetilbud kan jeg henvise en jente til?",
    "jobber i nav. hvilke hjelpetilbud kan jeg henvise unge til?",
]


@pytest.mark.parametrize("text", REFERRER_NAMED)
def test_a_service_that_refers_gets_the_plans_hjelpetilbud(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "gjesdal")
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    for service in LISTED:
        assert service in reply.text.lower(), (text, reply.text[:300])


WHERE_TO_REFER = [
    # the service after the referral verb, or asked for its own offers: that service
    ("gjesdal", "hvilke hjelpetilbud kan jeg henvise til i nav?", "nav"),
    ("gjesdal", "hvilke hjelpetilbud har nav for ungdom?", "nav"),
    ("gjesdal", "kan jeg henvise en ungdom til nav?", "nav"),
    ("gjesdal", "hvordan får jeg tak i nav", "nav"),
    # a need said after the verb: the service that meets it
    ("gjesdal", "hvilke hjelpetilbud kan jeg henvise til for familier som sliter?", "familie"),
    # plans without a list of hjelpetilbud: the service named, as before
    ("jevnaker", "hvilke hjelpetilbud kan nav henvise ungdom til?", "nav"),
    ("valer", "hvilke hjelpetilbud kan nav henvise ungdom til?", "nav"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), WHERE_TO_REFER)
def test_a_service_referred_to_keeps_its_contact(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert "Aktuelle hjelpetilbud" not in reply.text, (text, reply.text[:300])
    assert service in reply.text[:120].lower(), (text, reply.text[:300])


MONEY_ASKED = [
    ("gjesdal", "hvem har ansvaret for økonomien i slt?", "arbeidsgruppa"),
    ("gjesdal", "kven har ansvaret for økonomien i slt", "arbeidsgruppa"),
    ("gjesdal", "hvem styrer pengene i slt?", "arbeidsgruppa"),
    ("gjesdal", "hvem bestemmer over midlene til slt?", "arbeidsgruppa"),
    ("jevnaker", "hvem har ansvaret for økonomien i slt hos oss?", "økonomi"),
    ("jevnaker", "hvem bestemmer over budsjettet til slt?", "økonomi"),
]


@pytest.mark.parametrize(("kommune", "text", "said"), MONEY_ASKED)
def test_who_answers_for_the_money_is_the_plan_fact_in_any_form(
    bot: SltBot, kommune: str, text: str, said: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "plan", (text, reply.text[:160])
    assert said in reply.text.lower(), (text, reply.text[:300])


MONEY_LOOK_ALIKES = [
    # Våler's plan says nothing of SLT money: honest
    ("valer", "hvem har ansvaret for økonomien i slt?", ("unknown",)),
    ("valer", "hvem bestemmer over pengene i slt?", ("unknown",)),
    # a tiltak's owner, and a tiltak's cost no plan gives, as before
    ("gjesdal", "hvem har ansvaret for natteravnene?", ("tiltak_owner",)),
    ("gjesdal", "hva koster natteravnene?", ("unknown",)),
]


@pytest.mark.parametrize(("kommune", "text", "intents"), MONEY_LOOK_ALIKES)
def test_money_look_alikes_keep_their_answer(
    bot: SltBot, kommune: str, text: str, intents: tuple[str, ...]
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) in intents, (text, reply.text[:160])
    assert "stimuleringsmidler" not in reply.text.lower(), (text, reply.text[:300])
