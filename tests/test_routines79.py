"""Calm questions that named a routine's topic or a service's place (session 35, routines79).
Every message is made up for this file (none is an evaluation item), with no real names.

- A compound of a role word names the service whose name holds it: «ungdomshelsestasjon,
  hvor er den?» reads the role «helsestasjon», which Våler's helsesykepleier («helsestasjonen/
  skolehelsetjenesten i Våler») names too, but «Ungdomshelsestasjonen i Moss» (000:206-207)
  is the one asked for (bot/features/organisation/service_words.py ``by_compound``). «hvor er
  helsestasjonen?» keeps the helsesykepleier, and where no contact's name holds the compound
  (Gjesdal's and Jevnaker's «Helsestasjon for ungdom (HFU)») the role's contacts stand.
- Teaching material about abuse or violence asked about as material («er det lov å bruke
  eksamensoppgaven i undervisningen?») is no routine question, even when the danger rules
  read the topic and a course or a case study says there is no case now: the honest fallback
  (bot/features/routines/no_case.py). A case told in the frame, or the routine asked for,
  keeps its answer.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    "text",
    [
        "ungdomshelsestasjon – hvor ligger den?",
        "hvor finner elevene en ungdomshelsestasjon?",
        "nummer til ungdomshelsestasjon?",
    ],
)
def test_a_compound_of_the_role_names_its_service(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "contact_service", (reply.intent, reply.text[:200])
    assert reply.text.startswith("Ungdomshelsestasjonen i Moss"), reply.text[:200]


def test_the_role_alone_keeps_its_service(bot: SltBot) -> None:
    reply = last_reply(bot, "hvor er helsestasjonen?", "valer")
    assert reply.text.startswith("Helsesykepleier"), reply.text[:200]


@pytest.mark.parametrize("kommune", ["gjesdal", "jevnaker"])
def test_no_name_holding_the_compound_keeps_the_roles_contact(bot: SltBot, kommune: str) -> None:
    reply = last_reply(bot, "ungdomshelsestasjon – hvor ligger den?", kommune)
    assert reply.text.startswith("Helsestasjon for ungdom (HFU)"), reply.text[:200]


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "eksamensoppgaven i helsefag er en case om overgrep – kan vi bruke den i "
            "undervisningen på 10. trinn?",
            "gjesdal",
        ),
        (
            "vi skal ha undervisning om vold i nære relasjoner med en case fra eksamen, "
            "er det greit å vise den til elevene?",
            "valer",
        ),
    ],
)
def test_teaching_material_about_abuse_gets_the_honest_fallback(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "unknown", (reply.intent, reply.text[:200])
    assert not reply.text.lstrip().startswith(("🚨", "⚠")), reply.text[:120]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("kurs i morgen, øvingscase: hva sier rutinen om overgrep?", "routine"),
        (
            "etter undervisningen om overgrep i dag fortalte en elev at onkelen tar på henne – "
            "hva gjør jeg?",
            "disclosure",
        ),
    ],
)
def test_the_routine_asked_or_a_case_told_keeps_its_answer(
    bot: SltBot, text: str, intent: str
) -> None:
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent == intent, (reply.intent, reply.text[:200])


def test_a_need_the_plan_lacks_told_with_its_time_gets_the_honest_fallback(bot: SltBot) -> None:
    """«hvem går natteravn i helgene?» in Våler, whose plan names no natteravn: not the
    barnevernvakt found by «helgene» alone (service_words.py ``not_when``)."""
    for text in ("hvem går natteravn i helgene?", "hvem står for nattevandring i helgene?"):
        reply = last_reply(bot, text, "valer")
        assert reply.intent == "unknown", (text, reply.intent, reply.text[:120])


@pytest.mark.parametrize(
    "text",
    [
        "hvem kan en ungdom prate med på kvelden?",
        "hvem ringer jeg i helgene hvis et barn ikke kan dra hjem?",
    ],
)
def test_a_need_told_by_its_time_keeps_the_barnevernvakt(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.text.startswith("Barnevernvakten"), reply.text[:120]


def test_natteravn_where_the_plan_names_them(bot: SltBot) -> None:
    reply = last_reply(bot, "hvem går natteravn i helgene?", "gjesdal")
    assert "Natteravnordning på Ålgård" in reply.text, reply.text[:200]
