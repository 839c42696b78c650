"""The safety net's typo reading takes a language the language files name as written: «spansk»
was read as «panisk», «farsi» as «fasit», «dansk» as «vansk(elig)» – the example's word one
letter away (bot/safety_net.py ``written``, bot/compiled.py ``languages_named``). A real typo
of an example's word is still read as that word.

The phrasings are made up for these tests.
"""

from __future__ import annotations

import pytest

from bot.compiled import Compiled, languages_named
from bot.knowledge.index import KnowledgeBase
from bot.safety_net import SafetyNet


@pytest.fixture(scope="module")
def net(kb: KnowledgeBase) -> SafetyNet:
    built = Compiled.of(kb).net
    assert built is not None
    return built


def _plain(net: SafetyNet, word: str) -> list[str]:
    """The terms the net reads for ``word`` with no typo reading."""
    return list(net.reader.terms(word))


@pytest.mark.parametrize("word", ["spansk", "farsi", "dansk", "pashto", "german"])
def test_a_language_named_is_read_as_written(net: SafetyNet, word: str) -> None:
    assert net.terms(word) == _plain(net, word), word


@pytest.mark.parametrize(
    "text",
    [
        "eleven snakker bare spansk og forstår lite av timen",
        "mora snakker farsi, trenger vi tolk på møtet?",
        "kan foreldremøtet holdes på dansk?",
    ],
)
def test_a_language_in_a_calm_message_asks_nothing_back(net: SafetyNet, text: str) -> None:
    assert net.nearest(text) is None, text
    assert "panisk" not in net.terms(text)


@pytest.mark.parametrize(("typed", "meant"), [("selvmor", "selvmord"), ("panikk", "panikk")])
def test_a_typo_of_an_examples_word_is_still_mended(net: SafetyNet, typed: str, meant: str) -> None:
    assert net.terms(typed) == _plain(net, meant)


def test_the_languages_come_from_the_language_files(kb: KnowledgeBase) -> None:
    named = set(languages_named(kb.language))
    assert {"spansk", "farsi", "tigrinja", "english"} <= named
