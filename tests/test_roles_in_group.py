"""«er A og B med i GROUP?»: each role gets its own yes or no.

Made-up phrasings, read by the mechanism (roles joined by «og» or listed «A, B og C» are
separate roles), not matched as listed sentences. The bot never says yes for a role the
group does not seat, and never glues two role labels into one.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import ask

GLUED = ("rektor helsesykepleier", "helsesykepleier rektor", "rektor politikontakt", "rektor nav")


@pytest.mark.parametrize(
    ("text", "kommune", "yes", "no"),
    [
        # one seated, one not (Våler: rektor sits in SLT-nettverket, helsesykepleier does not)
        (
            "er rektor og helsesykepleier med i slt-nettverket?",
            "valer",
            ["rektor"],
            ["Helsesykepleier"],
        ),
        ("sitter rektor og politikontakt i slt-nettverket", "valer", ["rektor"], ["Politikontakt"]),
        # nynorsk
        (
            "er rektor og helsesjukepleiar med i slt-nettverket?",
            "valer",
            ["rektor"],
            ["Helsesykepleier"],
        ),
        # both seated
        ("sitter rektor og nav i slt-nettverket", "valer", ["rektor", "NAV"], []),
        ("sitter helsesykepleier og nav i fagteamet?", "jevnaker", ["helsesykepleier", "NAV"], []),
        (
            "er rektor og helsesjukepleiar med i slt-arbeidsgruppa?",
            "gjesdal",
            ["rektor", "helsesykepleier"],
            [],
        ),
        # neither
        (
            "er helsesykepleier og politikontakt med i slt-nettverket",
            "valer",
            [],
            ["Helsesykepleier", "Politikontakt"],
        ),
        (
            "er rektor og helsesykepleier med i koordineringsgruppa",
            "jevnaker",
            [],
            ["Rektor", "Helsesykepleier"],
        ),
        # three roles
        (
            "er rektor, helsesykepleier og nav med i slt-nettverket?",
            "valer",
            ["rektor", "NAV"],
            ["Helsesykepleier"],
        ),
        (
            "er rektor, helsesykepleier og nav med i slt-arbeidsgruppa",
            "gjesdal",
            ["rektor", "helsesykepleier"],
            ["NAV"],
        ),
    ],
)
def test_each_role_is_answered_on_its_own(
    bot: SltBot, text: str, kommune: str, yes: list[str], no: list[str]
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "members", reply.intent
    lead = reply.text.split("\n\n")[1]
    for role in yes:
        assert f"Ja – {role} er med i" in lead, lead
    for role in no:
        assert f"{role} står ikke blant deltakerne" in lead, lead
        assert f"Ja – {role.lower()}" not in lead.lower(), lead
    assert lead.count("Ja – ") == len(yes), lead
    assert not any(glued in lead.lower() for glued in GLUED), lead


def test_a_role_not_seated_is_told_where_the_plan_has_it(bot: SltBot) -> None:
    """Only what the knowledge says: Våler's helsesykepleier sits on the utøvende nivå."""
    lead = ask(bot, "er rektor og helsesykepleier med i slt-nettverket", "valer").text
    assert "Planen har helsesykepleier med i: Utøvende nivå." in lead, lead


def test_a_title_and_what_it_leads_stay_one_role(bot: SltBot) -> None:
    """«virksomhetsleder barnevern» names one seat, not a list of two roles."""
    lead = ask(bot, "er virksomhetsleder barnevern med i slt-nettverket", "valer").text
    assert lead.count("Ja – ") == 1, lead
