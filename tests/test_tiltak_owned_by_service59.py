"""What a service owns in the plan, asked in its own words; a tiltak asked with its owner or named.

- «Frivilligsentralen: står vi på noe i SLT-planen?»: whether the writer's service is listed on
  any tiltak – the tiltak whose ansvar names it, as «står vi oppført med noe» asks.
- «jobber i kultur – hva har vi ansvar for?»: a service owns what the plan gives its own
  adviser, written as one word with it («Kulturrådgiver»), besides what it gives the service;
  a profession («Ungdomskonsulent», «Helsesykepleier») is no such adviser.
- «har vi natteravner, og hvem driver det?»: whether the tiltak is there and who runs it – its
  sheet, with the ansvar on it, answers both; «hvem driver natteravnene?» asks the owner alone.
- «fortell om link til livet»: «link», the link command's cue, is a word of the tiltak's name.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

LISTS = ("tiltak_for_role", "tiltak_mine")


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("frivilligsentralen her – står vi på noe i planen?", "gjesdal", "Natteravn"),
        ("NAV: står vi på noe i slt-planen?", "valer", "Fontenehuset"),
        ("skolelos her, står vi på noen av tiltakene?", "valer", "Robust ungdom"),
        ("frivilligsentralen: står me på noko i planen?", "gjesdal", "Natteravn"),
    ],
)
def test_a_service_asking_whether_it_is_listed_gets_its_tiltak(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent in LISTS, (text, reply.intent)
    assert shown.lower() in reply.text.lower(), reply.text


def test_a_service_owns_what_its_own_adviser_owns(bot: SltBot) -> None:
    ids = {t.id for t in bot.desk.for_role("valer", "kultur")}
    assert {"13", "14"} <= ids  # «Kulturrådgiver»
    assert "15" in ids  # «Kultur»
    reply = last_reply(bot, "jobber i kultur – hva har vi ansvar for i planen?", "valer")
    assert reply.intent in LISTS, reply.intent
    assert "sommeruka" in reply.text.lower() and "friluftsskolen" in reply.text.lower()


def test_a_profession_is_not_the_services_adviser(bot: SltBot) -> None:
    # «Ungdomskonsulent» is a profession of its own, not the adviser of «ungdom»
    assert not bot.desk.for_role("jevnaker", "ungdom")


@pytest.mark.parametrize(
    "text",
    [
        "leste om gjenger i avisa. har vi natteravner, og hvem driver det?",
        "finnes det natteravner i gjesdal, og hvem har ansvaret?",
    ],
)
def test_a_tiltak_asked_for_with_its_owner_gets_its_sheet(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "gjesdal")
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert "Frivilligsentralen" in reply.text and "Natteravn" in reply.text, reply.text


def test_the_owner_asked_alone_stays_the_owner(bot: SltBot) -> None:
    reply = last_reply(bot, "hvem driver natteravnene?", "gjesdal")
    assert reply.intent == "tiltak_owner", reply.intent


@pytest.mark.parametrize(
    "text",
    ["fortell om link til livet", "bruker vi link til livet på ungdomsskolen?"],
)
def test_a_command_word_inside_a_tiltak_name_is_the_tiltaks(bot: SltBot, text: str) -> None:
    # «link» is a cue of the link command; inside «Link til livet» it names the tiltak
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert "Link til livet" in reply.text, reply.text


def test_the_link_command_still_links(bot: SltBot) -> None:
    reply = last_reply(bot, "link teamet til jevnaker", "jevnaker")
    assert reply.intent == "link_team", reply.intent
