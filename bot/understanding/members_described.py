"""«Den gruppa der rektorene, helsestasjonen og barnevernet sitter – hvem mer er med?»: a group
described by members the writer knows, and the rest of its members asked for.

Staff new in the job know a group by who they met there. The roles they list name no group,
and as roles they read as «which groups does each sit in» or as nothing; but a group word, a
who-word and «mer / andre / else» ask for the members of the one group where every role listed
sits (``group_of_members``). Two roles at least: one role sits in many groups. None or several
groups holding them all: no reading here – the bot asks which, as before.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.understanding.entities import group_of_members
from bot.understanding.intents import Intent

GROUP_NOUNS = frozenset(
    {"gruppa", "gruppen", "gruppe", "teamet", "team", "motet", "forumet", "forum"}
    | {"group", "team", "meeting"}
)
"""A word for the group the roles describe (folded)."""
MORE_WORDS = frozenset({"mer", "meir", "andre", "flere", "fleire", "else", "other", "others"})
"""«hvem mer», «kven andre», «who else»: the members besides the ones named."""
WHO_WORDS = frozenset({"hvem", "kven", "kem", "who"})
READINGS = frozenset({Intent.UNKNOWN, Intent.MEMBERS, Intent.ROLE_GROUPS})
"""Readings a list of roles gives such a question (no group named)."""
MIN_ROLES = 2


def by_members(
    intent: Intent,
    words: tuple[str, ...],
    role_patterns: tuple[tuple[str, ...], ...],
    index: KommuneIndex | None,
) -> str | None:
    """The group every listed role sits in, when the question asks who else is in it."""
    if intent not in READINGS or len(role_patterns) < MIN_ROLES:
        return None
    present = set(words)
    if present.isdisjoint(GROUP_NOUNS) or present.isdisjoint(WHO_WORDS):
        return None
    if present.isdisjoint(MORE_WORDS):
        return None
    return group_of_members(index, role_patterns, words)


__all__ = ["by_members"]
