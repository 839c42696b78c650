"""«Er fagteamet det utøvende nivået?», «hvilket nivå er politirådet på?»: a group's level.

Staff new in the job place a group they know by name in the SLT model's three levels. The
question names a group by its name, and either names a level and asks yes or no, or asks
«hvilket nivå». The answer is the group's own level (and, for a level named, whether it is
that one) – not the three levels at large and not a «Mente du …?» about the group's members.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level
from bot.knowledge.vocabulary import LevelAskedWords as LevelAskedFile
from bot.text import tokens
from bot.understanding.entities import longest_phrase
from bot.understanding.intents import Intent
from bot.understanding.understood import Understood


@dataclass(frozen=True)
class LevelAskedWords:
    """How a question asks a group's level, folded: ``level_asked`` in understanding.yaml."""

    yes_no: frozenset[str] = frozenset()
    """A first word that asks whether the group is on the level named."""
    which: tuple[tuple[str, ...], ...] = ()
    """«hvilket nivå er politirådet på»: which level (folded, «nivå» → «niva»)."""
    either: frozenset[str] = frozenset()
    """«koordinerende eller utførende nivå»: two of these, «eller» between, ask which level."""
    who: frozenset[str] = frozenset()
    """«hvem lager årshjul og møteplan»: a first word that asks who does a piece of work."""
    not_doing: frozenset[str] = frozenset()
    """After «hvilket nivå»: no work asked («er»); never matched against a level's duties."""

    phrases: Mapping[str, Level] = field(default_factory=dict)
    """A level named as a level («utøvende nivå», «det styrende nivået»), even where a group
    has it as an alias (Jevnaker's politiråd is «styrende nivå» too): of understanding.yaml's
    ``level_synonyms``, those with «nivå»."""

    @classmethod
    def of(cls, words: LevelAskedFile, levels: Mapping[Level, tuple[str, ...]]) -> LevelAskedWords:
        return cls(
            yes_no=frozenset(tokens(words.yes_no)),
            which=tuple(dict.fromkeys(tokens(phrase) for phrase in words.which)),
            either=frozenset(tokens(words.either)),
            who=frozenset(tokens(words.who)),
            not_doing=frozenset(tokens(words.not_doing)),
            phrases={
                phrase: level
                for level, phrases in levels.items()
                for phrase in phrases
                if "niva" in phrase.split() or "nivaet" in phrase.split()
            },
        )


def level_words(levels: Mapping[Level, tuple[str, ...]]) -> set[str]:
    """The level synonyms that name a level (with «nivå», or a level's own adjective)."""
    return {
        phrase
        for synonyms in levels.values()
        for phrase in synonyms
        if "niva" in phrase or phrase in ("styrende", "koordinerende", "utforende", "utovende")
    }


def _named(
    words: tuple[str, ...], index: KommuneIndex, level_phrases: Mapping[str, Level]
) -> list[tuple[str, str]]:
    """Every group name and level phrase in the words, as (kind, value), longest first; a
    group alias that is a level phrase counts as the level."""
    taken = [False] * len(words)
    found: list[tuple[str, str]] = []
    while True:
        match = longest_phrase(
            words,
            index.phrases,
            index.phrase_starts,
            3,
            lambda i, n: not any(taken[i : i + n]),
        )
        if match is None:
            return found
        start, count, (kind, value) = match
        taken[start : start + count] = [True] * count
        level = level_phrases.get(" ".join(words[start : start + count]))
        found.append(("level", level.value) if level is not None else (kind, value))


STEM = 6
"""A word's first letters, enough to meet its other forms («rapporterer», «rapportere»)."""


def _stems(words: Iterable[str], skip: frozenset[str]) -> set[str]:
    return {w[:STEM] for w in words if len(w) > 2 and w not in skip}


WHOLE_WORK = 2
"""«hvem lager årshjul og møteplan»: at least this many words of work, each in one level's
duties, before who does it is that level (one word, «referat», is no reading)."""
_DUTY_STEMS: dict[str, tuple[object, tuple[tuple[Level | None, frozenset[str]], ...]]] = {}
"""Per kommune id: its knowledge and each level's duty stems, then each plan fact's stems
(level None), built once per knowledge load."""


def _duty_stems(
    index: KommuneIndex, skip: frozenset[str]
) -> tuple[tuple[Level | None, frozenset[str]], ...]:
    kept = _DUTY_STEMS.get(index.kommune.id)
    if kept is None or kept[0] is not index.kommune:
        duties = tuple(
            (info.level, frozenset(_stems(tokens(" ".join(info.duties)), skip)))
            for info in index.kommune.levels
        )
        facts = tuple(
            (None, frozenset(_stems(tokens(f"{fact.text} {' '.join(fact.asked_as)}"), skip)))
            for fact in index.kommune.plan_facts
        )
        kept = _DUTY_STEMS[index.kommune.id] = (index.kommune, duties + facts)
    return kept[1]


def _who_does(
    words: tuple[str, ...], index: KommuneIndex, said: LevelAskedWords
) -> tuple[Intent, str, Level | None, bool] | None:
    """«hvem lager årshjul og møteplan?»: who does a piece of work, no group, level or role
    named. The one level whose own duties hold every word of the work after the verb
    («årshjul», «møteplan»: «Utarbeide årshjul, møteplan og handlingsplan») answers with its
    duties; else None – also when a plan fact holds every word too («hvem disponerer
    stimuleringsmidler»: what the plan states of them answers)."""
    if len(words) < 2 or words[0] not in said.who or words[1] in said.not_doing:
        return None
    asked = _stems(words[2:], said.not_doing)
    if len(asked) < WHOLE_WORK:
        return None
    holders = [level for level, stems in _duty_stems(index, said.not_doing) if asked <= stems]
    level = holders[0] if len(holders) == 1 else None  # a plan fact holding it too: None
    if level is None or _named(words, index, said.phrases):  # a group named: its own reading
        return None
    group = index.group_for_level(level)
    return (Intent.DUTIES, group.id, None, False) if group else None


def _doing(
    words: tuple[str, ...], index: KommuneIndex, said: LevelAskedWords
) -> tuple[Intent, str, Level | None, bool] | None:
    """«hvilket nivå rapporterer til ledergruppa», «kem på kva nivå set mål og prioriteringar»:
    a verb right after «hvilket nivå» asks which level does that work. The one level whose own
    duties in the plan share the most of the words after it answers, by its duties (its
    group's); a tie, or no duty sharing a word, is no reading (None)."""
    after = next(
        (
            i + len(f)
            for f in said.which
            if not f or f[0] in words  # a form whose first word is not said is not sliced
            for i in range(len(words))
            if words[i : i + len(f)] == f
        ),
        len(words),
    )
    if after >= len(words) or words[after] in said.not_doing or words[after] in index.phrase_starts:
        return None  # «hvilket nivå er …», «hvilket nivå fagteamet er på»: a group's level
    asked = _stems(words[after:], said.not_doing)
    shared = sorted(
        (
            (len(asked & stems), level)
            for level, stems in _duty_stems(index, said.not_doing)
            if level is not None
        ),
        reverse=True,
    )
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    group = index.group_for_level(shared[0][1])
    return (Intent.DUTIES, group.id, None, False) if group else None


def level_asked(
    words: tuple[str, ...], index: KommuneIndex | None, said: LevelAskedWords, *, roles: bool
) -> tuple[Intent, str, Level | None, bool] | None:
    """The reading, the group asked about, the level named (None: «hvilket nivå») and
    whether one is, or None when the question does not ask a group's level (in the words of
    ``said``, understanding.yaml ``level_asked``); a level's work asked (:func:`_doing`): the
    duties of the level that does it – also when a role is named, as the work's object
    («… rapporterer til kommunedirektøren»); a role named asks no group's level (``roles``)."""
    if index is None:
        return None
    which = any(
        words[i : i + len(form)] == form
        for form in said.which
        if not form or form[0] in words  # most messages say no form's first word
        for i in range(len(words))
    )
    if which and (doing := _doing(words, index, said)):
        return doing
    if roles:
        return None
    if doing := _who_does(words, index, said):
        return doing
    either = any(  # «er det koordinerende eller utførende nivå»: which of them
        a in said.either and b == "eller" and c in said.either
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    yes_no = words[:1] and words[0] in said.yes_no
    if not (which or yes_no or either):
        return None
    named = _named(words, index, said.phrases)
    groups = list(dict.fromkeys(v for k, v in named if k == "group"))
    levels = list(dict.fromkeys(Level(v) for k, v in named if k == "level"))
    if len(groups) != 1:
        return None
    if (which and not levels) or either:
        return Intent.LEVELS, groups[0], None, False
    if yes_no and len(levels) == 1:
        return Intent.LEVELS, groups[0], levels[0], True
    return None


LEVEL_CUE_WORD = "niva"
"""The folded «nivå» of a which-level cue («hvilket niva», «kva niva»)."""


def level_of_unknown(q: Understood, unknown: Callable[[tuple[str, ...]], tuple[str, ...]]) -> bool:
    """«hvilket nivå er matteprøven på 9. trinn?», «hvilket nivå er vaktmesteren på?»: a level
    asked of something no knowledge file knows – no role, group or level named, a word asked
    that ``unknown`` (the reader's vocabulary check) finds in none. The plan places it
    nowhere: the honest «vet ikke», not every group listed as if that answered it."""
    return (
        q.intent is Intent.ROLE_GROUPS
        and LEVEL_CUE_WORD in q.cue.split()
        and not (q.role_words or q.group_id or q.level or q.mentions_coordinator)
        and bool(unknown(q.rest))
    )


__all__ = ["LevelAskedWords", "level_asked", "level_of_unknown"]
