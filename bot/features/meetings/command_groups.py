"""Which group a meeting command names: «fagteamet», «operativ», «fagteammøtet», «politiråd».

One job: the words no date, time or verb took name the group — by the kommune's group names
and aliases, exactly, with a typo (rapidfuzz), inside a compound with «møte», or partly; a
toss-up is returned as several groups so the bot asks instead of guessing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.features.meetings.command_dates import Reading
from bot.features.meetings.command_words import command_words
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level

_MEETING_SUFFIXES = ("motene", "moter", "motet", "mote")


@dataclass(frozen=True)
class GroupNames:
    """A kommune's group vocabulary: folded phrase → group id, and each group's name."""

    phrases: Mapping[str, str]
    names: Mapping[str, str]

    @classmethod
    def of(cls, index: KommuneIndex) -> GroupNames:
        phrases: dict[str, str] = {}
        for phrase, (kind, value) in index.phrases.items():
            if kind == "group":
                phrases[phrase] = value
            else:
                group = index.group_for_level(Level(value))
                if group is not None:
                    phrases[phrase] = group.id
        return cls(phrases, {g.id: g.name for g in index.kommune.groups})


def _variants(word: str) -> tuple[str, ...]:
    """``fagteammotet`` → also ``fagteam``: a group named inside a compound with «møte»."""
    for suffix in _MEETING_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            return (word, stem, stem[:-1]) if stem.endswith("s") else (word, stem)
    return (word,)


def find_groups(r: Reading, groups: GroupNames) -> tuple[str, ...]:
    """The group(s) the unread words name: one when clear, several when it is a toss-up.

    The longest run of words that is a group name or alias, exactly or with a typo (rapidfuzz
    ratio ≥ 88), wins; «fagteammøtet» also reads as «fagteam». Failing that, single words
    that partly name a group («operativ»).
    """
    filler = command_words().filler
    free = [i for i, used in enumerate(r.used) if not used]
    words = [r.tokens[i] for i in free]
    longest = max((len(p.split()) for p in groups.phrases), default=1)
    for n in range(min(longest + 1, len(words)), 0, -1):
        best: dict[str, float] = {}
        spans: dict[str, int] = {}
        for start in range(len(words) - n + 1):
            if any(free[start + k] != free[start] + k for k in range(n)):
                continue
            span = words[start : start + n]
            if span[0] in filler or span[-1] in filler or span[0][0].isdigit():
                continue
            for variant in _variants(span[-1]):
                said = " ".join([*span[:-1], variant])
                for phrase, group_id in groups.phrases.items():
                    score = 100.0 if said == phrase else _phrase_score(said, phrase)
                    if score >= 88 and score > best.get(group_id, 0):
                        best[group_id], spans[group_id] = score, start
        if best:
            top = max(best.values())
            chosen = tuple(sorted(g for g, v in best.items() if v >= top - 1))
            if len(chosen) == 1:
                r.take(free[spans[chosen[0]]], n)
            return chosen
    return _fuzzy_groups(r, groups, free)


def _phrase_score(said: str, phrase: str) -> float:
    """How closely a run of words spells a group name; short words must match exactly."""
    if len(said) < 6 or abs(len(said) - len(phrase)) > 3:
        return 0.0
    return fuzz.ratio(said, phrase)


def _fuzzy_groups(r: Reading, groups: GroupNames, free: list[int]) -> tuple[str, ...]:
    """Words that partly name a group («operativ», «operatv»), weighted by how few groups
    share them; a tie is returned as several groups, to ask about."""
    content = [
        i
        for i in free
        if r.tokens[i] not in command_words().filler and not r.tokens[i][0].isdigit()
    ]
    if not content:
        return ()
    group_words: dict[str, set[str]] = {}
    for phrase, group_id in groups.phrases.items():
        group_words.setdefault(group_id, set()).update(phrase.split())
    frequency: dict[str, int] = {}
    for wordset in group_words.values():
        for word in wordset:
            frequency[word] = frequency.get(word, 0) + 1
    scores: dict[str, float] = {}
    hits: dict[str, list[int]] = {}
    for group_id, wordset in group_words.items():
        for i in content:
            token = r.tokens[i]
            best = max(
                ((w, _similar(token, w)) for w in wordset), key=lambda x: x[1], default=("", 0.0)
            )
            if best[1] >= 0.85:
                scores[group_id] = scores.get(group_id, 0.0) + best[1] / frequency[best[0]]
                hits.setdefault(group_id, []).append(i)
    if not scores:
        return ()
    top = max(scores.values())
    best_groups = tuple(sorted(g for g, s in scores.items() if s >= top - 1e-9))
    if len(best_groups) == 1:
        for i in hits[best_groups[0]]:
            r.take(i)
    return best_groups


def _similar(token: str, word: str) -> float:
    """1.0 for the same word, 0.9 for a prefix of at least five letters; else a typo's
    closeness (so «operativ» names «operativ slt-gruppe» before «operativt nivå»)."""
    if token == word:
        return 1.0
    if len(token) >= 5 and word.startswith(token):
        return 0.9
    if len(token) < 5:
        return 0.0
    return fuzz.ratio(token, word) / 100
