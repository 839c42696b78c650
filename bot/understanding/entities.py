"""The things a question names: a kommune, a group or level, a second group.

Longest match first over the folded words; every word a name takes is marked ``used`` so that
it is no cue and no role afterwards («politikontakt og slt-koordinator» names a group, not the
coordinator). Separate from the reader because these look-ups only read the knowledge index.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold

T = TypeVar("T")


def longest_phrase(
    words: tuple[str, ...],
    phrases: Mapping[str, T],
    starts: Mapping[str, tuple[int, ...]],
    longest: int,
    free: Callable[[int, int], bool] = lambda start, count: True,
) -> tuple[int, int, T] | None:
    """The longest phrase among ``words`` (of equally long ones the first), at most
    ``longest`` words and ``free`` where it stands, as (start, word count, value).

    Looked up only where a phrase can start (``starts``: first word → word counts, most
    first), not at every position for every length."""
    if starts.keys().isdisjoint(words):
        return None  # no word opens a phrase (most look-ups): not walked word by word
    best: tuple[int, int, T] | None = None
    for i, word in enumerate(words):
        for n in starts.get(word, ()):
            if best is not None and n <= best[1]:
                break  # no longer phrase starts here
            if n > longest or i + n > len(words) or not free(i, n):
                continue
            value = phrases.get(" ".join(words[i : i + n]))
            if value:
                best = (i, n, value)
                break
    return best


def find_kommune(
    kb: KnowledgeBase, words: tuple[str, ...], used: list[bool], default: str | None
) -> tuple[str | None, bool]:
    """A kommune the question names («i gjesdal»), else ``default``; and whether named."""
    found = longest_phrase(words, kb.names, kb.name_starts, 3)
    if found is None:
        return default, False
    start, count, kommune_id = found
    for j in range(start, start + count):
        used[j] = True
    if default is not None and kommune_id != default and _compared(words, start, count):
        return default, False  # «i Våler har de SLT-nettverk, har vi noe tilsvarende?»
    return kommune_id, True


THEY = frozenset({"de", "dem", "deres", "dei", "deira", "der"})
"""The named kommune's people in the third person, or the place itself: «i Våler har de …»,
«jobba i Våler før, der het det det»."""
WE = frozenset({"vi", "oss", "vare", "vart", "me"})
"""The writer's own kommune: «har vi noe tilsvarende», «hos oss», «våre»."""
NEAR = 3
"""How close to the kommune's name «de» must stand to speak of its people."""


def _compared(words: tuple[str, ...], start: int, count: int) -> bool:
    """The named kommune is a comparison, the question is about the writer's own: its people
    are «de» beside its name and the question asks about «vi» / «oss» – never «vi i Gjesdal»
    (the writer's own kommune named) nor «har dere … i Jevnaker» (asked about that one)."""
    near = words[max(0, start - NEAR) : start + count + NEAR]
    own_named = any(w in WE for w in words[max(0, start - 2) : start])
    return not own_named and not THEY.isdisjoint(near) and not WE.isdisjoint(words)


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
    other = index.other_nouns  # «koordinerende enhet»: a health service, not the level

    def free(i: int, n: int) -> bool:
        after = words[i + n] if i + n < len(words) else ""
        return not any(used[i : i + n]) and not (n == 1 and after in other)

    found = longest_phrase(words, index.phrases, index.phrase_starts, longest, free)
    if found is None:
        return None, None, False
    start, count, (kind, value) = found
    joint = joint_group(words, used, index)
    if joint is not None:
        value, kind, spans = joint
        start, count = spans[0][0], spans[0][1] - spans[0][0]
        for begin, end in spans:
            used[begin:end] = [True] * (end - begin)
    for j in range(start, start + count):
        used[j] = True
    phrase = " ".join(words[start : start + count])
    if kind == "group":
        # «utøvende nivå, hva er det?» in Våler names the group «Utøvende nivå»: a level
        # phrase, so the level is named as a level, as «det utøvende nivået» is
        group = index.groups_by_id[value]
        return group.id, group.level, phrase in level_words
    level = Level(value)
    for_level = index.group_for_level(level)
    return (for_level.id if for_level else None), level, phrase in level_words


def joint_group(
    words: tuple[str, ...], used: list[bool], index: KommuneIndex
) -> tuple[str, str, list[tuple[int, int]]] | None:
    """The group that joins the other groups named beside it, with where each name stands.

    «når skal styringsgruppa og arbeidsgruppa ha fellesmøte?» names three groups; the
    «Fellesmøte for styringsgruppe og arbeidsgruppe» names the other two in its own name, so
    the question is about it, not about the first group named."""
    free = tuple("" if used[i] else w for i, w in enumerate(words))
    named = groups_named(free, index)
    ids = {group_id for _, _, group_id in named}
    if len(ids) < 2:
        return None
    for group_id in ids:
        if ids - {group_id} <= _joined(index, group_id):
            spans = [(s, e) for s, e, g in named if g == group_id]
            spans += [(s, e) for s, e, g in named if g != group_id]
            return group_id, "group", spans
    if TOGETHER.isdisjoint(words):
        return None
    # «skal styringsgruppa og arbeidsgruppa ha et felles møte?»: the joint group unnamed, asked
    # by the groups it joins and a word that they meet together
    for group in index.groups_by_id.values():
        if group.id not in ids and ids <= _joined(index, group.id):
            return group.id, "group", [(s, e) for s, e, _ in named]
    return None


TOGETHER = frozenset({"felles", "sammen", "samlet", "fellesmote", "fellesmotet", "begge"})
"""Words that ask for the groups meeting as one («felles møte», «møtes sammen», «begge»)."""


def _joined(index: KommuneIndex, group_id: str) -> set[str]:
    """The other groups a group's own name names («Fellesmøte for styringsgruppe og
    arbeidsgruppe» names two)."""
    name = f" {fold(index.groups_by_id[group_id].name)} "
    return {value for phrase, (_, value) in index.phrases.items() if f" {phrase} " in name}


def another_group(words: tuple[str, ...], used: list[bool], index: KommuneIndex | None) -> bool:
    """A second group or level named in words the first did not take."""
    if index is None:
        return False
    free = tuple(w if not used[i] else "" for i, w in enumerate(words))
    return (
        longest_phrase(
            free, index.phrases, index.phrase_starts, 3, lambda i, n: all(free[i : i + n])
        )
        is not None
    )


def groups_named(words: tuple[str, ...], index: KommuneIndex) -> list[tuple[int, int, str]]:
    """Every group (or level, as the group serving it) the words name, as (start, end, group
    id) in the order they stand; the longest name is taken first and the rest in the words it
    left, as :func:`find_group` takes the first."""
    taken = [False] * len(words)
    found: list[tuple[int, int, str]] = []
    while True:
        match = longest_phrase(
            words,
            index.phrases,
            index.phrase_starts,
            len(words),
            lambda i, n: not any(taken[i : i + n]),
        )
        if match is None:
            return sorted(found)
        start, count, (kind, value) = match
        taken[start : start + count] = [True] * count
        group = index.groups_by_id.get(value) if kind == "group" else None
        if kind == "level":
            group = index.group_for_level(Level(value))
        if group is not None:
            found.append((start, start + count, group.id))


def group_of_members(
    index: KommuneIndex | None,
    role_patterns: tuple[tuple[str, ...], ...],
    words: tuple[str, ...] = (),
    asked: str = "",
) -> str | None:
    """The one group every role asked about sits in («møtet med rektorene og helsestasjonen –
    hvem kaller inn til det?» describes a group by its members), or the one group one role
    asked about leads, calls in or keeps the minutes of, every word of the plan's holder in the
    question («møtet som ordføreren i Ringerike leder – hvem er sekretær der?»); None when none
    or several do: the question then names no group, and the bot asks which. ``asked``: the
    task the question asks about (``innkaller``, ``moteleder``, ``sekretar``) – a role holding
    that very task describes no group by it («hvem leder møtet der helsesykepleier skriver
    referat» read as a sekretær question)."""
    if index is not None and len(role_patterns) == 1:
        return _held_by(index, role_patterns[0], words, asked)
    if index is None or len(role_patterns) < 2:
        return None
    seated: list[set[str]] = []
    for alternatives in role_patterns:
        groups = {h.group.id for alt in alternatives for h in index.find_role(alt.split())}
        seated.append(groups)
    common = set.intersection(*seated)
    return next(iter(common)) if len(common) == 1 else None


HOLDER_WORD = 3
"""A holder's words from three letters («Ordfører i Ringerike»: «i» is no word of it)."""


def _held_by(
    index: KommuneIndex, alternatives: tuple[str, ...], words: tuple[str, ...], asked: str
) -> str | None:
    """The one group whose møteleder, innkaller or sekretær (not the task asked) is the role
    asked about and whose holder's every word the question holds."""
    found = set()
    for group in index.kommune.groups:
        tasks = {"moteleder": group.moteleder, "innkaller": group.innkaller}
        tasks["sekretar"] = group.sekretar
        for holder in (held for task, held in tasks.items() if task != asked):
            held = [
                w for w in fold(holder or "").replace("-", " ").split() if len(w) >= HOLDER_WORD
            ]
            in_question = held and all(any(q.startswith(h) for q in words) for h in held)
            role = any(
                all(any(h.startswith(p) for h in held) for p in a.split()) for a in alternatives
            )
            if in_question and role:
                found.add(group.id)
    return next(iter(found)) if len(found) == 1 else None
