"""The in-memory knowledge base: everything answers need, precomputed once at load.

Answering never reads or parses YAML; it looks things up here.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from bot.frozen_init import quick_init
from bot.knowledge import parsed_cache
from bot.knowledge.country import CountryFile, bundled_country, country_path, load_country
from bot.knowledge.errors import KnowledgeError, Problem
from bot.knowledge.language import Language, bundled_language, language_dir, load_language
from bot.knowledge.loader import kommune_files, load_directory, load_files
from bot.knowledge.models import Group, Kommune, Level, NationalDefaults
from bot.knowledge.needs import NeedsFile, bundled_needs, load_needs, needs_path
from bot.knowledge.provenance import Source
from bot.knowledge.shared_values import sharing
from bot.knowledge.vocabulary import LevelSynonymWords
from bot.text import fold, has_head, tokens

T = TypeVar("T")


def level_synonyms(words: LevelSynonymWords) -> dict[Level, tuple[str, ...]]:
    """What staff call each level anywhere in the country, folded: understanding.yaml's
    ``level_synonyms``, in the file's order (a phrase listed under two levels is the last's)."""
    listed = {
        Level.STYRENDE: words.styrende,
        Level.KOORDINERENDE: words.koordinerende,
        Level.UTFORENDE: words.utforende,
    }
    return {level: tuple(" ".join(tokens(p)) for p in phrases) for level, phrases in listed.items()}


@quick_init
@dataclass(frozen=True)
class RoleHit:
    """A member role found in a group, for "where does this role sit?"."""

    group: Group
    member: str


GROUP_NOUN = ("gruppe", "gruppa", "gruppen")
ADJECTIVE_ENDINGS = ("iv", "ig", "isk")
HEADED_KEPT = 512
"""At most this many ``*head`` patterns' words kept per kommune (the lexicon has a handful)."""


def _inflected(words: list[str]) -> set[str]:
    """A group's multi-word name as staff inflect it: «gruppe»/«gruppa»/«gruppen» at the end,
    and a leading adjective with or without its «-e» («operativ»/«operative»)."""
    if len(words) < 2:
        return set()
    lasts = [words[-1]]
    for noun in GROUP_NOUN:
        if words[-1].endswith(noun):
            lasts = [words[-1][: -len(noun)] + other for other in GROUP_NOUN]
    first = words[0]
    firsts = [first]
    if first.endswith(ADJECTIVE_ENDINGS):
        firsts.append(first + "e")
    elif first.endswith(tuple(e + "e" for e in ADJECTIVE_ENDINGS)):
        firsts.append(first[:-1])
    middle = words[1:-1]
    return {" ".join((f, *middle, last)) for f in firsts for last in lasts} - {" ".join(words)}


MEETING_NOUN = ("motene", "moter", "motet", "mote")
"""«møte» as staff inflect it, folded, longest first."""


def _meeting_forms(words: list[str]) -> set[str]:
    """A group named by its meeting noun in every form: «samarbeidsmøtet» is also
    «samarbeidsmøte» («hvor ofte skal vi ha samarbeidsmøte med barnevernet»), «fellesmøte»
    also «fellesmøtet». Only a compound («samarbeids-» before «møte»): «møte» alone names no
    group."""
    if not words:
        return set()
    last = words[-1]
    noun = next((n for n in MEETING_NOUN if last.endswith(n)), None)
    if noun is None or len(last) - len(noun) < 3:
        return set()
    stem = last[: -len(noun)]
    return {" ".join((*words[:-1], stem + other)) for other in MEETING_NOUN} - {" ".join(words)}


def phrase_starts(phrases: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """First word → the word counts of the phrases it starts, most first: a question's words
    are looked up as a phrase only where one can start. Phrases are matched as words joined
    by single spaces, so a phrase with any other spacing could never match and is left out."""
    starts: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        if all(words):
            starts.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in starts.items()}


@dataclass
class KommuneIndex:
    """One kommune's knowledge with its lookups precomputed."""

    kommune: Kommune
    level_synonyms: dict[Level, tuple[str, ...]] = field(repr=False, compare=False)
    """What staff call each level anywhere in the country (:func:`level_synonyms`)."""
    other_nouns: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    """Nouns after a level's one-word name that make it another thing («koordinerende enhet»
    is a health service): the level is not named there (understanding.yaml)."""
    groups_by_id: dict[str, Group] = field(init=False)
    primary_by_level: dict[Level, Group] = field(init=False)
    phrases: dict[str, tuple[str, str]] = field(init=False)
    """Folded phrase → ("group", id) or ("level", level value); longest phrase wins."""
    phrase_starts: dict[str, tuple[int, ...]] = field(init=False)
    """A phrase's first word → how many words the phrases it starts have, most first."""

    def __post_init__(self) -> None:
        kommune = self.kommune
        self.groups_by_id = {g.id: g for g in kommune.groups}
        self.primary_by_level = {}
        for level in Level:
            on_level = [g for g in kommune.groups if g.level == level]
            primary = next((g for g in on_level if g.primary), on_level[0] if on_level else None)
            if primary is not None:
                self.primary_by_level[level] = primary
        phrases: dict[str, tuple[str, str]] = {}
        for level, synonyms in self.level_synonyms.items():
            for phrase in synonyms:
                phrases[phrase] = ("level", level.value)
        for level_info in kommune.levels:
            phrases.setdefault(fold(level_info.name), ("level", level_info.level.value))
        for group in kommune.groups:  # the kommune's own names win over national synonyms
            for name in (group.name, group.id, *group.aliases):
                folded = fold(name)
                if folded:
                    phrases[folded] = ("group", group.id)
        for group in kommune.groups:  # «nettverket» for «slt-nettverket», if nothing else is
            for name in (group.name, *group.aliases):
                words = fold(name).split()
                if len(words) > 1 and words[0] == "slt" and _distinctive(words[1:]):
                    phrases.setdefault(" ".join(words[1:]), ("group", group.id))
        for group in kommune.groups:  # «den operative slt-gruppa» for «operativ slt-gruppe»
            for name in (group.name, *group.aliases):
                for variant in _inflected(fold(name).split()):
                    phrases.setdefault(variant, ("group", group.id))
        for group in kommune.groups:  # «samarbeidsmøte» for «samarbeidsmøtet», if nothing else is
            for name in (group.name, *group.aliases):
                for variant in _meeting_forms(fold(name).split()):
                    phrases.setdefault(variant, ("group", group.id))
        self.phrases = phrases
        self.phrase_starts = phrase_starts(phrases)
        self._member_words = [
            (group, member, tuple(fold(member).split()))
            for group in kommune.groups
            for member in group.members
        ]
        members_with: dict[str, set[int]] = {}
        for number, (_, _, member_words) in enumerate(self._member_words):
            for word in member_words:
                members_with.setdefault(word, set()).add(number)
        self._members_with = {word: frozenset(found) for word, found in members_with.items()}
        """Folded word → the members (positions in ``_member_words``) whose role has it."""
        self._role_words = sorted(members_with)
        """Every word of every member role, sorted: a prefix is one range (``bisect``)."""
        self._headed: dict[str, list[str]] = {}
        """A ``*head`` pattern's role words (understanding.yaml's role synonyms, never a
        message's word), found once: ``has_head`` over every role word was half a look-up."""

    @property
    def id(self) -> str:
        return self.kommune.id

    def source(self, key: str) -> Source:
        return self.kommune.sources[key]

    def group_for_level(self, level: Level) -> Group | None:
        return self.primary_by_level.get(level)

    def find_role(self, patterns: Iterable[str]) -> list[RoleHit]:
        """Members matching every pattern (folded words; see ``_word_matches``)."""
        wanted = [p for p in patterns if p]
        if not wanted:
            return []
        found = set.intersection(*(self._members_matching(p) for p in wanted))
        entries = self._member_words
        return [RoleHit(entries[n][0], entries[n][1]) for n in sorted(found)]

    def _members_matching(self, pattern: str) -> set[int]:
        """The members with a word ``pattern`` matches (``_word_matches``), by the word index:
        the words with a prefix are one sorted range; ``*head`` looks through the words once,
        not through every member's."""
        words = self._role_words
        if pattern.startswith("*"):
            matching = self._headed.get(pattern)
            if matching is None:
                matching = [w for w in words if has_head(w, pattern[1:])]
                if len(self._headed) < HEADED_KEPT:
                    self._headed[pattern] = matching
        else:
            start = bisect.bisect_left(words, pattern)
            end = start
            while end < len(words) and words[end].startswith(pattern):
                end += 1
            matching = words[start:end]
        return set().union(*(self._members_with[w] for w in matching))


def _word_matches(pattern: str, word: str) -> bool:
    """``rektor`` matches ``rektorene``; ``*skole`` also matches ``ungdomsskolene``, a compound
    whose last part is «skole», not ``skolehelsetjenesten`` (``has_head``).

    Prefix matching keeps "rektor" from matching "kommunedirektor" and "lærer" from matching
    "sosiallærer": a role word names a whole role, never the tail of another's compound.
    """
    if pattern.startswith("*"):
        return has_head(word, pattern[1:])
    return word.startswith(pattern)


@dataclass
class KnowledgeBase:
    """All loaded kommuner plus the national defaults, with a version for /healthz."""

    kommuner: dict[str, KommuneIndex]
    national: NationalDefaults | None
    version: str
    language: Language = field(default_factory=bundled_language)
    """Dialect forms and danger phrases (knowledge/language), validated at load."""
    country: CountryFile = field(default_factory=bundled_country)
    """Norway's kommuner by name (national/kommuner_norge.yaml), validated at load."""
    needs: NeedsFile = field(default_factory=bundled_needs)
    """Needs in staff's words and the kind of service for each (national/needs.yaml)."""
    names: dict[str, str] = field(init=False)
    """Folded kommune name or alias (or its coordinator's full name) → kommune id."""
    name_starts: dict[str, tuple[int, ...]] = field(init=False)
    """A name's first word → how many words the names it starts have, most first."""
    _built: dict[Callable[[KnowledgeBase], object], object] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """What :meth:`built` made from this knowledge, by the function that made it."""

    def __post_init__(self) -> None:
        names: dict[str, str] = {}
        for index in self.kommuner.values():
            k = index.kommune
            for name in (k.id, k.short_name, k.name, *k.aliases):
                names[fold(name)] = k.id
            contact = k.coordinator.contact
            if contact and contact.name and len(contact.name.split()) > 1:
                # «er Anne Grønsleth koordinator for oss også?»: the plan's coordinator by
                # full name says which kommune is asked about (a first name alone does not).
                names.setdefault(fold(contact.name), k.id)
        self.names = names
        self.name_starts = phrase_starts(names)

    @property
    def level_synonyms(self) -> dict[Level, tuple[str, ...]]:
        """What staff call each level anywhere in the country (understanding.yaml)."""
        return level_synonyms(self.language.understanding.level_synonyms)

    def get(self, kommune_id: str) -> KommuneIndex | None:
        return self.kommuner.get(kommune_id)

    def built(self, make: Callable[[KnowledgeBase], T]) -> T:
        """What ``make`` builds from this knowledge, built once and kept with it.

        Every bot on the same loaded knowledge shares it (bot/compiled.py: the danger check,
        the reader, the routines and the privacy guard, seconds to build); a reload loads a
        new knowledge base, so it is built again from the new files. What is kept must not
        change after it is made. Two threads asking at once may both build; one is kept."""
        found = self._built.get(make)
        if found is None:
            found = self._built.setdefault(make, make(self))
        return found  # type: ignore[return-value]  # ``make`` made it: a T, no cast call

    @classmethod
    def build(
        cls,
        national: NationalDefaults | None,
        kommuner: list[Kommune],
        language: Language | None = None,
        country: CountryFile | None = None,
        needs: NeedsFile | None = None,
    ) -> KnowledgeBase:
        language = language or bundled_language()
        country = country or bundled_country()
        digest = hashlib.sha256()
        for k in sorted(kommuner, key=lambda k: k.id):
            digest.update(f"{k.id}={k.version};".encode())
        if national is not None:
            digest.update(f"national={national.version}".encode())
        digest.update(f"language={language.version};country={country.version}".encode())
        synonyms = level_synonyms(language.understanding.level_synonyms)
        other = frozenset(fold(language.understanding.level_synonyms.other_nouns or "").split())
        return cls(
            kommuner={k.id: KommuneIndex(k, synonyms, other) for k in kommuner},
            national=national,
            version=digest.hexdigest()[:12],
            language=language,
            country=country,
            needs=needs or bundled_needs(),
        )

    @classmethod
    def load(cls, directory: Path, cache_dir: Path | None = None) -> KnowledgeBase:
        """``cache_dir``: keep the validated files there between starts, and use what is
        kept for files whose text has not changed (bot/knowledge/parsed_cache.py)."""
        with parsed_cache.using(cache_dir):
            kb = cls._checked(lambda: load_directory(directory), directory)
        kb.version = _with_content(kb.version, directory)
        return kb

    @classmethod
    def load_files(cls, files: list[Path], national: Path | None) -> KnowledgeBase:
        knowledge_dir = national.parent.parent if national is not None else None
        return cls._checked(lambda: load_files(files, national), knowledge_dir)

    @classmethod
    def _checked(
        cls,
        load: Callable[[], tuple[NationalDefaults | None, list[Kommune]]],
        knowledge_dir: Path | None,
    ) -> KnowledgeBase:
        """Load kommuner, language and the country's kommuner together, reporting the
        problems of all at once."""
        problems: list[Problem] = []
        national: NationalDefaults | None = None
        kommuner: list[Kommune] = []
        with sharing():  # a string all files say is kept once (bot/knowledge/shared_values.py)
            try:
                national, kommuner = load()
            except KnowledgeError as exc:
                problems += exc.problems
            language: Language | None = None
            try:
                language = load_language(language_dir(knowledge_dir), national)
            except KnowledgeError as exc:
                problems += exc.problems
            country: CountryFile | None = None
            try:
                country = load_country(country_path(knowledge_dir))
            except KnowledgeError as exc:
                problems += exc.problems
            needs: NeedsFile | None = None
            try:
                needs = load_needs(needs_path(knowledge_dir))
            except KnowledgeError as exc:
                problems += exc.problems
        if problems:
            raise KnowledgeError(problems)
        return cls.build(national, kommuner, language, country, needs)


__all__ = ["KnowledgeBase", "KommuneIndex", "RoleHit", "kommune_files", "level_synonyms"]


def _with_content(version: str, directory: Path) -> str:
    """The version also tells the files' bytes apart: an edit whose ``version`` field was not
    bumped is still a new version, and two instances with different folders never report
    the same one (bot/knowledge_follower.py compares them). People files are not knowledge."""
    digest = hashlib.sha256(version.encode())
    for path in sorted(directory.rglob("*.yaml")):
        if "people" not in path.relative_to(directory).parts:
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


SLT_GENERIC = ("grupp", "mote", "modell", "koordinator", "niva", "arbeid", "plan", "team")
"""What follows «slt» in a name without naming one group («slt-gruppa», «slt-møtet»)."""


def _distinctive(words: list[str]) -> bool:
    """A group's name without its «slt» prefix still names that group alone."""
    return len(words) == 1 and len(words[0]) >= 6 and not words[0].startswith(SLT_GENERIC)
