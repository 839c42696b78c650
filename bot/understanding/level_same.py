"""Two levels asked as one, and a group's roles asked as all of it.

«er koordinerende og utøvende nivå det samme», «er koordinerende det samme som slt-gruppa»:
whether two levels, or a level and a group, are one – the levels with their groups answer
it, led by what the plan notes of them. «er det bare politi og skole som er utførende ledd»:
whether the roles named are all a group has – its member list answers it. Read by
``rules.by_form``.
"""

from __future__ import annotations

from bot.knowledge.index import LEVEL_SYNONYMS

LEVEL_WORDS = {
    word: level for level, phrases in LEVEL_SYNONYMS.items() for word in phrases if " " not in word
}
"""A level named in one word: «koordinerende», «politirådet», «styringsgruppa»."""
SAME_WORDS = frozenset(
    {"samme", "sammenfallende", "same", "identisk", "identiske", "overlapper", "overlappar"}
)
"""«er koordinerende og utøvende nivå det samme», «… sammenfallende»: two levels compared."""


ONLY = frozenset({"bare", "kun", "berre", "only"})
"""«er det bare X som …»: whether the roles named are all a group has."""


def asks_same_level(words: tuple[str, ...], group: object) -> bool:
    """«er koordinerende det samme som slt-gruppa?», «stemmer det at koordinerende og utførende
    nivå er nesten det samme»: whether two levels, or a level and a group, are one – the
    levels with their groups answer it (and the plan's note when it says so)."""
    if SAME_WORDS.isdisjoint(words):
        return False
    levels = {LEVEL_WORDS[w] for w in words if w in LEVEL_WORDS}
    return len(levels) >= 2 or (len(levels) == 1 and bool(group))


__all__ = ["ONLY", "asks_same_level"]
