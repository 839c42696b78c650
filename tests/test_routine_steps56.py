"""A step of a routine asked with a calm case, and small talk to the bot (branch routine56):

- death as the theme of what a pupil writes or says, no danger now, «bør jeg si fra?»: the
  self-harm routine (helsesykepleier), never the fallback;
- drinking told in the past tense («drakk på hjemmefest») with «skal vi ta det opp med
  foreldrene?»: the drug-concern routine;
- working with barnevernet on a pupil one is worried about: the consent routine (the plans'
  «Samtykkeskjema (for samarbeid rundt barn og unge)»);
- «hvordan får jeg en sak inn i …» a group the coordinator calls: the coordinator;
- small talk to the bot («hei bot, hvordan går det med deg?») asks nothing of the plan: the
  honest fallback, no routine found by a leftover word.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.small_talk import small_talk
from tests.test_answers_confidence import turn
from tests.test_language_words import _copy, _edit


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "Kari skriver om døden i alle tekstene sine, ikke akutt, hvem bør jeg snakke med?",
            "valer",
        ),
        (
            "en gutt i 8b snakket om døden i friminuttet, ingen fare nå. skal jeg melde fra?",
            "gjesdal",
        ),
    ],
)
def test_death_as_a_pupils_theme_opens_the_self_harm_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[0].facts.get("routine") == "selvskading", text
    assert "helsesykepleier" in replies[0].text.lower()


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "to jenter i 10. drakk på hjemmefest lørdag, alle har det bra nå. si fra hjemme?",
            "valer",
        ),
        ("jeg har hørt at Ola drakk alkohol i helga. bør foreldrene få vite?", "jevnaker"),
    ],
)
def test_drinking_told_in_the_past_opens_the_drug_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[0].facts.get("routine") == "rusbekymring", text
    assert "foreldre" in replies[0].text.lower() or "foresatte" in replies[0].text.lower()


@pytest.mark.parametrize("kommune", ["gjesdal", "jevnaker", "valer"])
def test_working_with_barnevernet_on_a_pupil_is_the_consent_routine(
    bot: SltBot, kommune: str
) -> None:
    text = "vi vil samarbeide med barnevernet om en elev i 6. klasse, hva gjør vi?"
    replies = turn(bot, text, kommune)
    assert replies[0].facts.get("routine") == "samtykke", kommune
    assert "samtykke" in replies[0].text.lower()


def test_a_case_into_the_coordinators_group_goes_to_the_coordinator(bot: SltBot) -> None:
    replies = turn(bot, "hvordan får jeg en sak inn i fagteamet?", "jevnaker")
    assert [r.intent for r in replies] == ["coordinator"]
    assert "slt-koordinator" in replies[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Hei bot! Hvordan har du det i dag?",
        "hallo, hvordan går det med deg?",
        "god morgen boten, står det bra til?",
    ],
)
def test_small_talk_to_the_bot_gets_the_fallback(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["unknown"], text
    assert replies[0].facts.get("routine") is None


def test_small_talk_is_the_whole_message_only(bot: SltBot) -> None:
    said = small_talk(bot.kb)
    assert said.only(("hei", "bot", "hvordan", "har", "du", "det", "i", "dag"))
    assert not said.only(("jeg", "spurte", "hvordan", "har", "du", "det"))
    assert not said.only(("hvordan", "har", "du", "det", "med", "rutinen", "for", "rus"))


def test_a_case_sent_to_the_operative_group_is_the_consent_routine(bot: SltBot) -> None:
    text = "en elev har stjålet en sykkel, skal saken til operativ slt-gruppe?"
    replies = turn(bot, text, "gjesdal")
    assert replies[0].facts.get("routine") == "samtykke"
    assert "operativ" in replies[0].text.lower()


def test_asking_who_sits_in_the_operative_group_is_no_case(bot: SltBot) -> None:
    replies = turn(bot, "hvem sitter i operativ slt-gruppe?", "gjesdal")
    assert replies[0].facts.get("routine") is None


def test_a_small_talk_phrase_added_to_the_file_is_read(tmp_path: Path) -> None:
    """The phrases are language data: one added to understanding.yaml is read after a load."""
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "    - how are you\n", "    - hvordan er formen\n")
    said = small_talk(KnowledgeBase.load(directory))
    assert said.only(("hei", "boten", "hvordan", "er", "formen"))
    assert not said.only(("how", "are", "you"))
