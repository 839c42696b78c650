"""Tiltak, owners and groups named loosely, as staff type in a hurry.

Each class is read by a mechanism, not a listed phrase: the plan asked what it does on a
topic (its tiltak, past a routine on the topic), a tiltak's owner asked with nothing but its
one word and «hvem følger opp», a group whose name leads a tiltak's title, a role the plan
writes as one word typed as two, a word cut short («koordineringsgr.»), and «bv» for
barnevernet.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.normalise import Normaliser
from bot.understanding.words import joined
from tests.auxil.asking import ask


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("hva gjør planen med fravær fra skolen", "valer", "bekymringsfullt fravær"),
        ("kva gjer planen med fråvær i skulen", "valer", "bekymringsfullt fravær"),
    ],
)
def test_what_the_plan_does_on_a_topic_is_its_tiltak_not_the_routine(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.text)
    assert shown in reply.text.lower(), reply.text


def test_what_the_plan_says_we_do_is_still_the_routine(bot: SltBot) -> None:
    reply = ask(bot, "hva sier planen at vi skal gjøre hvis en elev skulker mye", "valer")
    assert reply.intent == "routine", reply.text


def test_what_the_plan_does_on_a_topic_it_lacks_is_no_tiltak(bot: SltBot) -> None:
    reply = ask(bot, "hva gjør planen for eldre på sykehjem", "valer")
    assert reply.intent == "unknown", reply.text


@pytest.mark.parametrize(
    "text", ["aktivitetsplikten, hvem følger opp?", "ungdomsgarantien – hvem følger opp"]
)
def test_a_tiltak_named_by_its_one_word_and_who_follows_up(bot: SltBot, text: str) -> None:
    """«følger opp» alone ranks another tiltak (the skolelos's); the name is all it asks of."""
    reply = ask(bot, text, "valer")
    assert reply.intent == "tiltak_owner", (text, reply.text)
    assert "NAV" in reply.text


@pytest.mark.parametrize(
    "text", ["hvem har ansvaret for oppvekstteamet?", "hvem står ansvarlig for oppvekstteamet"]
)
def test_the_owner_of_a_group_that_leads_a_tiltak_title(bot: SltBot, text: str) -> None:
    """Våler's tiltak 8 is «Oppvekstteam – …»: its ansvar, not «no such tiltak», and not a
    tiltak that merely holds «står»."""
    reply = ask(bot, text, "valer")
    assert reply.intent == "tiltak_owner", (text, reply.text)
    assert "nestleder i barneverntjenesten" in reply.text.lower(), reply.text
    assert "Tiltak 2:" not in reply.text


def test_a_role_typed_as_two_words_is_the_whole_role(bot: SltBot) -> None:
    reply = ask(bot, "jeg er kultur rådgiver, hvilke tiltak har jeg", "valer")
    assert reply.intent == "tiltak_mine", reply.text
    assert "sommeruka" in reply.text.lower(), reply.text
    assert "Friluftsskolen" not in reply.text  # «Kultur»'s tiltak, not the rådgiver's


def test_two_short_words_are_not_joined() -> None:
    compounds = frozenset({"foreldre", "kulturradgiver"})
    assert joined(["for", "eldre"], compounds) == ["for", "eldre"]
    assert joined(["er", "kultur", "radgiver"], compounds) == ["er", "kulturradgiver"]


def test_a_word_cut_short_is_the_word_it_begins() -> None:
    normaliser = Normaliser({"koordinering", "koordineringsgruppe", "koordineringsgruppa"})
    assert normaliser.correct("koordineringsgr") == "koordineringsgruppa"
    assert normaliser.correct("koordinerin") == "koordinering"


def test_a_group_named_by_a_cut_word(bot: SltBot) -> None:
    reply = ask(bot, "hvem er med i koordineringsgr.?", "jevnaker")
    assert reply.intent == "members", reply.text
    assert "NAV" in reply.text


def test_bv_is_barnevernet(bot: SltBot) -> None:
    reply = ask(bot, "hvor ofte møtes bv og politiet", "gjesdal")
    assert reply.intent == "frequency", reply.text
    assert "halvåret" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("barna lekte politi i skogen, er det greit at de har pinner som pistoler?", "valer"),
        ("læreren sier spinningtimen i går nesten tok livet av henne", "gjesdal"),
        ("naturfag: elevene vil lage en rakett av en brusflaske, farlig?", "jevnaker"),
    ],
)
def test_a_look_alike_gets_the_fallback_without_the_emergency_numbers(
    bot: SltBot, text: str, kommune: str
) -> None:
    """A game played, a hard class told as a joke, an experiment: nobody's case, so the «vet
    ikke» carries no 112/113 (a real case beside a game still does: the danger check reads
    «… og en gutt slo ham så han blør»)."""
    reply = ask(bot, text, kommune)
    assert reply.intent == "unknown", (text, reply.text)
    assert "112" not in reply.text and "113" not in reply.text, reply.text


def test_a_blow_in_a_game_is_still_a_case(bot: SltBot) -> None:
    reply = ask(bot, "ungene leker politi og en gutt slo ham i hodet så han blør", "valer")
    assert reply.intent == "danger", reply.text
