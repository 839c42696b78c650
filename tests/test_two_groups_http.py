"""Two groups in one question, joined by «eller» or «og», over real HTTP: each gets its answer.

Answering one of them as if the other was not asked reads as if the bot had not listened
(«møtes politirådet eller slt-nettverket oftest?» answered with the network alone). A group
whose own name holds «og» is still one group. Every message is written for this file.
"""

from __future__ import annotations

from typing import Any

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


async def test_which_of_two_groups_calls_in_names_both_innkallere(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    question = "er det styringsgruppa eller arbeidsgruppa i gjesdal som kaller inn?"
    shown = await card_for(bot_server, connector, question)
    assert shown[0] == "Hvem kaller inn til SLT-styringsgruppe/politiråd og SLT-arbeidsgruppe?"
    assert under(shown, "SLT-styringsgruppe/politiråd") == "SLT-koordinator."
    assert under(shown, "SLT-arbeidsgruppe") == "SLT-koordinator."


async def test_who_sits_in_two_groups_lists_each_groups_members(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    shown = await card_for(bot_server, connector, "hvem sitter i politirådet og i slt-nettverket")
    assert shown[0] == "Hvem sitter i Politirådet og SLT-nettverket?"
    split = shown.index("SLT-nettverket")
    council, network = " ".join(shown[:split]), " ".join(shown[split:])
    assert "Ordfører" in council and "Ordfører" not in network
    assert "Virksomhetsleder NAV" in network and "Virksomhetsleder NAV" not in council


async def test_a_group_named_with_og_in_it_stays_one_group(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    question = "hvem kaller inn til samarbeidsmøtet politi og barnevern i gjesdal"
    shown = await card_for(bot_server, connector, question)
    assert shown[0] == "Hvem kaller inn til Samarbeidsmøte politi og barnevern?"
    assert "Barnevernleder." in shown


async def test_a_second_group_in_another_clause_is_not_joined(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    question = "hvem sitter i fellesmøtet for styringsgruppe og arbeidsgruppe i gjesdal"
    shown = await card_for(bot_server, connector, question)
    assert shown[0] == "Hvem sitter i Fellesmøte for styringsgruppe og arbeidsgruppe?"
