"""KommuneIndex.find_role: the word index gives what matching every member's words gives."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from bot.knowledge.index import KnowledgeBase, KommuneIndex, RoleHit, _word_matches


def every_member(index: KommuneIndex, patterns: Sequence[str]) -> list[RoleHit]:
    """find_role as it was: every pattern against every word of every member, in order."""
    wanted = [p for p in patterns if p]
    if not wanted:
        return []
    return [
        RoleHit(group, member)
        for group, member, words in index._member_words
        if all(any(_word_matches(p, w) for w in words) for p in wanted)
    ]


def test_every_role_word_its_prefixes_and_parts_find_the_same_members(kb: KnowledgeBase) -> None:
    for index in kb.kommuner.values():
        words = sorted({w for _, _, found in index._member_words for w in found})
        patterns = {p for w in words for p in (w, w[:3], w[:5], f"*{w[2:6]}", f"{w}x")}
        patterns |= {"", "*", "slt", "*skole", "rektor", "helse", "z"}
        for pattern in sorted(patterns):
            assert index.find_role([pattern]) == every_member(index, [pattern]), pattern
        for first, second in zip(words, reversed(words), strict=True):
            both = [first[:4], f"*{second[-4:]}"]
            assert index.find_role(both) == every_member(index, both), both


@given(st.lists(st.text(alphabet="*abdeghiklmnoprstuv", max_size=7), max_size=3))
def test_any_patterns_find_the_same_members_in_the_same_order(
    kb: KnowledgeBase, patterns: list[str]
) -> None:
    for index in kb.kommuner.values():
        assert index.find_role(patterns) == every_member(index, patterns)
