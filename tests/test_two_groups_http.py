"""Two groups in one question, joined by «eller» or «og», over real HTTP: each gets its answer.

Answering one of them as if the other was not asked reads as if the bot had not listened
(«møtes politirådet eller slt-nettverket oftest?» answered with the network alone). A group
whose own name holds «og» is still one group. Every message is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer
from tests.test_staff_questions import ask


def lines(card: dict[str, Any]) -> list[str]:
    """The card's text blocks and list lines, top to bottom."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                found.append(str(node["text"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card.get("body", []))
    return found


async def card_for(bot: BotServer, connector: FakeConnector, question: str) -> list[str]:
    _, card = await ask(bot, connector, question)
    return lines(card)


def under(shown: list[str], heading: str) -> str:
    """The line right under a section heading."""
    return shown[shown.index(heading) + 1]


async def test_how_often_two_groups_meet_gives_both_cadences(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    shown = await card_for(bot_server, connector, "møtes politirådet eller slt-nettverket oftest?")
    assert shown[0] == "Hvor ofte møtes Politirådet og SLT-nettverket?"
    assert under(shown, "Politirådet") == "Minimum fire ganger i året."  # Våler's plan
    assert under(shown, "SLT-nettverket").startswith("Annenhver måned")
    # the web page's «en gang per mnd.» is about the network, and the note says so
    [note] = [line for line in shown if "per mnd" in line]
    assert note.startswith("Merk: SLT-nettverket – ")


async def test_who_sits_in_two_groups_lists_each_groups_members(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    shown = await card_for(bot_server, connector, "hvem sitter i politirådet og i slt-nettverket")
    assert shown[0] == "Hvem sitter i Politirådet og SLT-nettverket?"
    split = shown.index("SLT-nettverket")
    council, network = " ".join(shown[:split]), " ".join(shown[split:])
    assert "Ordfører" in council and "Ordfører" not in network
    assert "Virksomhetsleder NAV" in network and "Virksomhetsleder NAV" not in council


@pytest.mark.parametrize(
    ("question", "title", "told"),
    [
        (  # which of the two calls in: both innkallere, each under its group
            "er det styringsgruppa eller arbeidsgruppa i gjesdal som kaller inn?",
            "Hvem kaller inn til SLT-styringsgruppe/politiråd og SLT-arbeidsgruppe?",
            {
                "SLT-styringsgruppe/politiråd": "SLT-koordinator.",
                "SLT-arbeidsgruppe": "SLT-koordinator.",
            },
        ),
        (  # a group whose own name holds «og» is one group
            "hvem kaller inn til samarbeidsmøtet politi og barnevern i gjesdal",
            "Hvem kaller inn til Samarbeidsmøte politi og barnevern?",
            {},
        ),
        (  # «for» parts «fellesmøtet» from the groups it is for: the meeting is asked about
            "hvem sitter i fellesmøtet for styringsgruppe og arbeidsgruppe i gjesdal",
            "Hvem sitter i Fellesmøte for styringsgruppe og arbeidsgruppe?",
            {},
        ),
    ],
)
async def test_the_title_names_the_groups_answered(
    bot_server: BotServer,
    connector: FakeConnector,
    question: str,
    title: str,
    told: dict[str, str],
) -> None:
    shown = await card_for(bot_server, connector, question)
    assert shown[0] == title
    assert {heading: under(shown, heading) for heading in told} == told
