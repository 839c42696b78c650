"""The things a question names: a kommune, a group or level, a second group.

Longest match first over the folded words; every word a name takes is marked ``used`` so that
it is no cue and no role afterwards («politikontakt og slt-koordinator» names a group, not the
coordinator). Separate from the reader because these look-ups only read the knowledge index.
"""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import Level


def find_kommune(
    kb: KnowledgeBase, words: tuple[str, ...], used: list[bool], default: str | None
) -> tuple[str | None, bool]:
    """A kommune the question names («i gjesdal»), else ``default``; and whether named."""
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            kommune_id = kb.names.get(" ".join(words[i : i + n]))
            if kommune_id:
                for j in range(i, i + n):
                    used[j] = True
                return kommune_id, True
    return default, False


def find_group(
    words: tuple[str, ...],
    used: list[bool],
    index: KommuneIndex | None,
    longest: int,
    level_words: set[str],
) -> tuple[str | None, Level | None, bool]:
    """The longest group alias or level synonym in the question.

    Returns the group (for a level: the group that serves it), the level, and whether the
    level was named as a level («koordinerende nivå») rather than through a group.
    """
    if index is None:
        return None, None, False
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            if any(used[i : i + n]):
                continue
            phrase = " ".join(words[i : i + n])
            hit = index.phrases.get(phrase)
            if hit is None:
                continue
            for j in range(i, i + n):
                used[j] = True
            kind, value = hit
            if kind == "group":
                group = index.groups_by_id[value]
                return group.id, group.level, False
            level = Level(value)
            for_level = index.group_for_level(level)
            return (for_level.id if for_level else None), level, phrase in level_words
    return None, None, False


def another_group(words: tuple[str, ...], used: list[bool], index: KommuneIndex | None) -> bool:
    """A second group or level named in words the first did not take."""
    if index is None:
        return False
    free = [w if not used[i] else "" for i, w in enumerate(words)]
    for n in (3, 2, 1):
        for i in range(len(free) - n + 1):
            part = free[i : i + n]
            if all(part) and index.phrases.get(" ".join(part)) is not None:
                return True
    return False
