"""A tiltak asked for by the need it meets, in words its title does not use.

«mistet pappa» is the plan's «etterlatte», «i fare for» its «risiko»: synonyms read the plan's
words in, and the words they add do not dilute the share of the question a tiltak holds. A
weak match still gets the honest fallback, never a tiltak's sheet.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.retrieval import KnowledgeSearch
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("finnes det noe tilbud til ungdom som har mistet pappa", "valer", "etterlatte"),
        ("kva tiltak finst for unge som står i fare for å droppa ut av skulen", "gjesdal", "LOS"),
        ("folkemøtene, hva skal de handle om", "gjesdal", "mestre livet"),
    ],
)
def test_a_need_in_other_words_finds_its_tiltak(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert shown.lower() in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("har vi noe for barn som har mistet mobilen?", "valer"),  # «mistet» alone: no death
        ("hva skal sommerfesten handle om", "valer"),  # no knowledge holds a summer party
    ],
)
def test_a_weak_match_is_no_tiltak_answer(bot: SltBot, text: str, kommune: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent != "tiltak_lookup", (text, reply.text)
    assert "etterlatte" not in reply.text


def test_words_a_synonym_adds_do_not_dilute_coverage(kb: KnowledgeBase) -> None:
    """Two words asked, both in the object: full coverage whatever a synonym added beside."""
    index = kb.get("valer")
    assert index is not None
    search = KnowledgeSearch(index, kb.national)
    plain = search.search(("barn", "etterlatte"))
    meant = search.search(("barn", "etterlatte"), meant=("foreldre", "sorg", "ukjentord"))
    assert plain[0].coverage == 1.0
    best = next(h for h in meant if h.doc.key == plain[0].doc.key)
    assert best.coverage == 1.0
    alone = search.search(("barn", "ukjentord"))
    assert max(h.coverage for h in alone) == 0.5  # an own word no object holds still counts
