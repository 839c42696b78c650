"""Services asked by a need, with a service the writer wants to do without (session 27, contact58).

Policies, not phrases: a service named after «uten (at/å …)» is the one the writer rules out,
so it is neither the service asked for nor a need retrieval looks for – the need the rest of
the question tells decides; a service named after a need that only says «uten» something else
(«en familie uten penger») is still asked for. Every message is written for this file, never
taken from the evaluation set; no real person is named in a message.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        (
            "to elever har en konflikt vi vil løse uten at det blir en politisak. hvem kan hjelpe?",
            "valer",
            "Konfliktrådet",
        ),
        (
            "to elever har en konflikt vi vil løse uten å involvere politiet. hvem kan hjelpe?",
            "valer",
            "Konfliktrådet",
        ),
    ],
)
def test_a_service_the_writer_rules_out_is_not_the_one_asked(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service)
    assert not replies[0].text.startswith("Politikontakt")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("en familie er uten penger til mat, hvem i NAV kan hjelpe?", "nav"),
        ("foreldrene vil ordne det uten barnevernet, hvem kan hjelpe dem?", ""),
    ],
)
def test_only_a_service_the_rule_out_governs_is_left_out(bot: SltBot, text: str, role: str) -> None:
    """«uten penger» rules out no service: «hvem i NAV …» still names NAV; «uten barnevernet»
    names the service left out."""
    roles = bot.understand(text, "valer").role_words
    assert roles == ((role,) if role else ())


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvem spør jeg når jeg ikke vet hvor en sak om en elev hører hjemme?", "valer"),
        (
            "ny lærer her – hvem går jeg til når jeg er usikker på hvem som skal ha saken?",
            "gjesdal",
        ),
        ("kven skal eg spørje når eg ikkje veit kva teneste som passar?", "jevnaker"),
    ],
)
def test_whom_to_ask_when_unsure_where_a_case_belongs_is_the_coordinator(
    bot: SltBot, text: str, kommune: str
) -> None:
    """The writer says they do not know which service: the plans' contact for that is the
    SLT-koordinator, never a service a word in passing found."""
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["coordinator"]
    assert replies[0].text.startswith("SLT-koordinator")


@pytest.mark.parametrize(
    "text",
    [
        "hvem spør jeg om taushetsplikt når jeg er bekymret for en elev?",
        "hvem kan jeg spørre om PPT?",
        "eleven vet ikke hvor hun skal bo, hva gjør vi?",
    ],
)
def test_a_question_that_knows_what_it_asks_is_not_read_as_unsure(bot: SltBot, text: str) -> None:
    assert bot.understand(text, "valer").intent != "coordinator"


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # a routine ranks first for «uro heime»: where help is got is a service, not steps
        ("kor kan ein familie få hjelp når det er mykje uro heime?", "gjesdal", "Familiesenteret"),
        # «hjelp» is no request for the menu when someone cared for gets it somewhere
        ("hvor kan en familie få hjelp?", "jevnaker", "Familiens hus"),
    ],
)
def test_where_someone_gets_help_is_a_service_even_below_a_routine(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith(service)
