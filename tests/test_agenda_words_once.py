"""The agenda question's word lists are folded once, not every turn (perf78): ``asks_agenda``
reads what it read when it folded commands.yaml's three lists at each call — on every eval dev
text and on made-up questions about the saksliste beside calm look-alikes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.features.meetings.agenda_asked import _brings_a_sak, _folded, asks_agenda
from bot.knowledge.index import KnowledgeBase
from bot.text import fold, folded_words, strip_mentions
from tests.eval import load_items

ASKING = (
    "hvordan får jeg et punkt på sakslista til arbeidsgruppa?",
    "kan jeg legge noe på agendaen til neste møte",
    "hvordan melder jeg inn en sak til sakslista for politirådet",
    "korleis får eg ei sak på sakslista",
)
CALM = (
    "arbeidsgruppa har ungdata på agendaen – hvem sitter der?",
    "hvem setter opp sakslista",
    "sakslista er lang i dag",
    "hvordan går det med deg",
    "",
)


def _old(kb: KnowledgeBase, text: str) -> bool:
    """``asks_agenda`` as it was: each list folded at the call."""
    said = kb.language.commands.agenda
    if said is None:
        return False
    words = fold(strip_mentions(text)).split()
    if set(words) & folded_words(said.others):
        return False
    nouns = folded_words(said.nouns)
    at = next((i for i, w in enumerate(words) if w in nouns), None)
    if at is None:  # a sak brought to a meeting (walk78), read by the same helper
        return _brings_a_sak(_turn(kb, text), words, said.bring, said.items)  # type: ignore[arg-type]
    return bool(set(words[:at]) & folded_words(said.asking))


def _turn(kb: KnowledgeBase, text: str) -> SimpleNamespace:
    return SimpleNamespace(
        bot=SimpleNamespace(kb=kb),
        index=kb.kommuner["gjesdal"],
        folded_text=fold(strip_mentions(text)),
    )


def test_the_lists_fold_as_before(kb: KnowledgeBase) -> None:
    said = kb.language.commands.agenda
    assert said is not None
    for listed in (said.nouns, said.asking, said.others):
        assert _folded(listed) == folded_words(listed)


@pytest.mark.parametrize("text", ASKING + CALM)
def test_made_up_questions_read_as_before(kb: KnowledgeBase, text: str) -> None:
    assert asks_agenda(_turn(kb, text)) is _old(kb, text)  # type: ignore[arg-type]


def test_made_up_questions_ask_and_look_alikes_do_not(kb: KnowledgeBase) -> None:
    assert all(asks_agenda(_turn(kb, t)) for t in ASKING[:3])  # type: ignore[arg-type]
    assert not any(asks_agenda(_turn(kb, t)) for t in CALM)  # type: ignore[arg-type]


def test_every_dev_text_reads_as_before(kb: KnowledgeBase) -> None:
    texts = {item.text for item in load_items() if item.half == "dev"}
    differ = [t for t in texts if asks_agenda(_turn(kb, t)) is not _old(kb, t)]  # type: ignore[arg-type]
    assert not differ
