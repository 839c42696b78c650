"""The safety net's typo table kept as hashes (bot/safety_deletions.py ``FirstHolder``, session
28 perf30) finds for every variant the word the dict it replaced found: made-up words, and
the bundled examples' own terms."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.compiled import Compiled
from bot.example_index import PAIR
from bot.knowledge.index import KnowledgeBase
from bot.safety_deletions import FirstHolder, typo_table
from bot.safety_net import TYPO_LENGTH


def _as_dict(ordered: list[str], length: int) -> dict[str, str]:
    """The table as a dict: each word (one letter short of ``length`` or longer) and each
    deletion of a word of ``length`` or more, to the first word in order holding it."""
    table: dict[str, str] = {}
    for word in ordered:
        if len(word) < length - 1:
            continue
        table.setdefault(word, word)
        if len(word) >= length:
            for i in range(len(word)):
                table.setdefault(word[:i] + word[i + 1 :], word)
    return table


def _asked(table: dict[str, str]) -> set[str]:
    """Every key, and every key with one more letter left out (mostly no key)."""
    return {*table, *(k[:i] + k[i + 1 :] for k in table for i in range(len(k)))}


@given(st.lists(st.text("abcde", min_size=3, max_size=7), unique=True, max_size=30))
def test_each_variant_finds_the_first_word_holding_it_as_a_dict_did(words: list[str]) -> None:
    table = _as_dict(words, 5)
    held = FirstHolder((w, len(w) >= 5) for w in words if len(w) >= 4)
    for variant in _asked(table):
        assert held.get(variant) == table.get(variant)


def test_the_safety_nets_table_is_the_dict_it_replaced(kb: KnowledgeBase) -> None:
    net = Compiled.of(kb).net
    assert net is not None
    held = {t: net._starts[c + 1] - net._starts[c] for t, c in net._columns.items()}
    ordered = sorted((t for t in held if PAIR not in t), key=lambda t: (-held[t], t))
    table = _as_dict(ordered, TYPO_LENGTH)
    compact = typo_table(net._columns, net._starts, TYPO_LENGTH, PAIR)
    assert len(table) > 10_000
    for variant in _asked(table):
        assert compact.get(variant) == table.get(variant)
