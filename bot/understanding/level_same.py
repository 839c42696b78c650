"""Two levels asked as one, and a group's roles asked as all of it.

«er koordinerende og utøvende nivå det samme», «er koordinerende det samme som slt-gruppa»:
whether two levels, or a level and a group, are one – the levels with their groups answer
it, led by what the plan notes of them. «er det bare politi og skole som er utførende ledd»:
whether the roles named are all a group has – its member list answers it. «mellomnivået –
hva heter det hos oss»: a level's name here. Read by ``rules.by_form``.
"""

from __future__ import annotations

from bot.knowledge.index import LEVEL_SYNONYMS
from bot.understanding.intents import Intent

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


NAME_WORDS = frozenset({"heter", "heiter", "navn", "navnet", "called", "named"})
"""«mellomnivået – hva heter det hos oss»: the kommune's own name for a level."""


def asks_level_name(intent: Intent, words: tuple[str, ...]) -> bool:
    """«mellomnivået i SLT – hva heter det i Gjesdal?», «hva heter det styrende nivået hos
    oss»: what a level is called here – the levels, each with the kommune's own name and its
    group, answer it; never a «Mente du …?» about one group's members."""
    return (
        intent is Intent.UNKNOWN
        and not NAME_WORDS.isdisjoint(words)
        and any(w in LEVEL_WORDS for w in words)
    )


__all__ = ["ONLY", "asks_level_name", "asks_same_level"]
