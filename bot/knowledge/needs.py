"""What staff need for a young person, and the kind of service that meets it.

knowledge/national/needs.yaml: staff ask whom to contact for a need in their own words
(«har vi noen ei jente kan snakke med om prevensjon?», «familie uten penger»), not by a
service's name. Each need lists the words that signal it and the KIND of service that meets
it, with a source; which service of that kind a kommune has is its plan's word
(``Kommune.need_services``, each with the plan's line), checked against this file at load. A
knowledge directory without the file uses the one shipped with the bot. Problems name the
file, the field, its line and what is wrong.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from pydantic import Field

from bot.knowledge.errors import Problem
from bot.knowledge.national_file import SHIPPED_KNOWLEDGE, load_checked, own_or_shipped
from bot.knowledge.provenance import Slug, Strict, Text
from bot.text import fold

NEEDS_FILE = Path("national") / "needs.yaml"
BUNDLED_NEEDS_FILE = SHIPPED_KNOWLEDGE / NEEDS_FILE
ANY_ENDING = "*"


class Asks(Strict):
    words: Text = Field(description="words that make a message ask for someone or an offer")
    who: Text = Field(description="who-words: a need asked whom, in the same sentence")
    where: Text = Field(description="where-words: asking where to turn, unless a count follows")
    how_much: Text = Field(description="words after a where-word that ask a count or measure")
    caller: str = Field(
        default="", description="the asker calling: a need asked where «I» call is the plan's"
    )
    takes_up: str = Field(
        default="", description="a service's work for a routine's topic asked whom or where"
    )
    duty: str = Field(default="", description="a duty asked: who must act is the routine's")
    can: str = Field(default="", description="who can take up a routine's topic: its service")
    offer: str = Field(
        default="", description="whether an offer exists: asks only beside a guessed group"
    )
    works_at: str = Field(
        default="", description="«jobber på nav, …»: the writer's workplace, no service asked"
    )


class Need(Strict):
    id: Slug
    shown: Text = Field(description="the need as an answer names it")
    kind: Slug = Field(description="the kind of service that meets it (a key under kinds)")
    words: Text = Field(description="words and quoted phrases that signal it; * any ending")
    source: Text = Field(description="the domain notes, a law or a national description")
    routine: str = Field(
        default="",
        description=(
            "a routine on the same topic (an id of routines.yaml) whose whom/where question asks"
            " for the need's service, not for the routine's steps"
        ),
    )
    refines: str = Field(
        default="",
        description=(
            "a broader need (an id of this file) this one asks more precisely: read where"
            " retrieval guessed a tiltak for the broader need's words"
        ),
    )
    points_to: str = Field(
        default="",
        description=(
            "a routine (an id of routines.yaml) the need's answer points to for what the school"
            " does, beside whom to reach"
        ),
    )


class NeedsFile(Strict):
    """``needs.yaml``: need kinds, their words and the kind of service for each."""

    version: Text
    asks: Asks
    kinds: dict[Slug, Text] = Field(min_length=1, description="kind → what it is, in words")
    needs: tuple[Need, ...] = Field(min_length=1)


Word = tuple[str, bool]
"""A folded word and whether any ending is read with it."""
TOGETHER = "+"
"""Words joined so («far+drikker*») are read anywhere in the message, in any order: «far
drikker», «faren som drikker», «drikker faren»."""


def _entries(words: str) -> list[tuple[str, tuple[Word, ...]]]:
    """Each entry as written and its folded words («"ikke råd"» → (ikke, råd))."""
    out = []
    for entry in shlex.split(words):
        parts = []
        for raw in entry.replace(TOGETHER, f" {TOGETHER} ").split():
            if raw == TOGETHER:
                parts.append((TOGETHER, False))
                continue
            prefix = raw.endswith(ANY_ENDING)
            parts += [(w, prefix) for w in fold(raw.rstrip(ANY_ENDING)).split()]
        out.append((entry, tuple(parts)))
    return out


def check_needs(needs: NeedsFile, path: Path) -> list[Problem]:
    """Every need's kind is a kind listed, its id once, its words parse and fold to words."""
    from bot.knowledge.loader import line_in_file  # the loader imports knowledge modules

    problems: list[tuple[tuple[str | int, ...], str]] = []
    seen: set[str] = set()
    for index, need in enumerate(needs.needs):
        if need.kind not in needs.kinds:
            problems.append(
                (("needs", index, "kind"), f"unknown kind '{need.kind}' (a key under kinds)")
            )
        if need.id in seen:
            problems.append((("needs", index, "id"), f"need '{need.id}' is listed twice"))
        seen.add(need.id)
        if need.refines and need.refines not in {n.id for n in needs.needs}:
            problems.append(
                (("needs", index, "refines"), f"unknown need '{need.refines}' (an id of needs)")
            )
        try:
            entries = _entries(need.words)
        except ValueError as exc:  # an unclosed quote
            problems.append((("needs", index, "words"), f"cannot read the words: {exc}"))
            continue
        problems += [
            (("needs", index, "words"), f"'{entry}' folds to no word")
            for entry, parts in entries
            if not parts
        ]
    return [
        Problem(path, ".".join(str(p) for p in loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


@dataclass(frozen=True)
class PhraseSet:
    """Phrases compiled for one question, whether the words hold any of them, by kind: a
    message is read for every need's phrases, and most phrases are one word, which a set or
    one ``str.startswith`` over the message's words answers at once instead of a window each.

    The same answer as trying each phrase's windows in turn (:func:`_holds`)."""

    exact: frozenset[str]
    """One-word phrases read as written."""
    prefixes: tuple[str, ...]
    """One-word phrases read with any ending."""
    runs: tuple[tuple[Word, ...], ...]
    """Phrases of several words in a row («"har vi noen"»)."""
    together: tuple[tuple[Word, ...], ...]
    """Phrases whose words may stand anywhere, each once (``far+drikker*``)."""

    @classmethod
    def of(cls, phrases: tuple[tuple[Word, ...], ...]) -> PhraseSet:
        exact: set[str] = set()
        prefixes: list[str] = []
        runs: list[tuple[Word, ...]] = []
        together: list[tuple[Word, ...]] = []
        for phrase in phrases:
            if (TOGETHER, False) in phrase:
                together.append(tuple(part for part in phrase if part != (TOGETHER, False)))
            elif len(phrase) > 1:
                runs.append(phrase)
            elif phrase[0][1]:
                prefixes.append(phrase[0][0])
            else:
                exact.add(phrase[0][0])
        return cls(frozenset(exact), tuple(prefixes), tuple(runs), tuple(together))

    def held(self, words: tuple[str, ...]) -> bool:
        """Whether the folded ``words`` hold any of the phrases."""
        if not self.exact.isdisjoint(words):
            return True
        if self.prefixes and any(w.startswith(self.prefixes) for w in words):
            return True
        if any(_run_at(words, run) for run in self.runs):
            return True
        return any(all(_word_in(words, part) for part in parts) for parts in self.together)


def _word_in(words: tuple[str, ...], word: Word) -> bool:
    text, prefix = word
    return any(w.startswith(text) for w in words) if prefix else text in words


def _run_at(words: tuple[str, ...], run: tuple[Word, ...]) -> bool:
    """Whether the words hold ``run``'s words in a row somewhere."""
    first, prefix = run[0]
    if not prefix and first not in words:  # most messages: the first word is not there
        return False
    size = len(run)
    return any(
        all(
            w.startswith(p) if prefix else w == p
            for w, (p, prefix) in zip(words[i : i + size], run, strict=True)
        )
        for i in range(len(words) - size + 1)
    )


@dataclass(frozen=True)
class NeedTable:
    """The file compiled: each need with its phrases, and the words that ask."""

    needs: tuple[tuple[Need, tuple[tuple[Word, ...], ...]], ...]
    asks: tuple[tuple[Word, ...], ...]
    who: frozenset[str]
    where: frozenset[str]
    how_much: frozenset[str]
    caller: frozenset[str] = frozenset()
    compiled: tuple[tuple[Need, PhraseSet], ...] = ()
    """``needs`` with each need's phrases as a :class:`PhraseSet` (built by :meth:`of`)."""
    asked: PhraseSet = PhraseSet(frozenset(), (), (), ())
    """``asks`` as a :class:`PhraseSet` (built by :meth:`of`)."""
    takes_up: frozenset[str] = frozenset()
    duty: frozenset[str] = frozenset()
    can: frozenset[str] = frozenset()
    offered: PhraseSet = PhraseSet(frozenset(), (), (), ())
    """``asks.offer`` as a :class:`PhraseSet`: «har vi noe …» (built by :meth:`of`)."""
    works_at: tuple[tuple[str, ...], ...] = ()
    """``asks.works_at`` folded: «jobber på», «jobbar i» – a service after it is the writer's."""

    @classmethod
    def of(cls, needs: NeedsFile) -> NeedTable:
        compiled = tuple((n, tuple(p for _, p in _entries(n.words) if p)) for n in needs.needs)
        asks = tuple(p for _, p in _entries(needs.asks.words) if p)
        asked = needs.asks
        who, where, how_much, caller, takes_up, duty, can = (
            frozenset(fold(w).split())
            for w in (
                asked.who,
                asked.where,
                asked.how_much,
                asked.caller,
                asked.takes_up,
                asked.duty,
                asked.can,
            )
        )
        sets = tuple((n, PhraseSet.of(phrases)) for n, phrases in compiled)
        return cls(
            compiled,
            asks,
            who,
            where,
            how_much,
            caller,
            sets,
            PhraseSet.of(asks),
            takes_up=takes_up,
            duty=duty,
            can=can,
            offered=PhraseSet.of(tuple(p for _, p in _entries(asked.offer) if p)),
            works_at=tuple(tuple(fold(e).split()) for e in shlex.split(asked.works_at)),
        )

    def asking(self, words: tuple[str, ...]) -> bool:
        """Whether the words ask for someone or some offer: a word of ``asks``, or a where-word
        no count follows («hvor ringer jeg», not «hvor mange har fravær»)."""
        if self.asked.held(words):
            return True
        return any(
            w in self.where and nxt not in self.how_much for w, nxt in pairwise((*words, ""))
        )

    def whom_or_where(self, words: tuple[str, ...]) -> bool:
        """Whether the words ask whom (a who-word) or where to turn (a where-word no count
        follows) for a service's work (``takes_up``): «hvem kan følge ham opp», «hvor tar
        jeg opp en elev som skulker» – not «hvem skal jeg varsle», nor a duty («hvem skal
        følge opp fraværet?»): who must act is the routine's."""
        if self.takes_up.isdisjoint(words) or not self.duty.isdisjoint(words):
            return False
        if not self.who.isdisjoint(words):
            return not self.can.isdisjoint(words)
        return any(
            w in self.where and nxt not in self.how_much for w, nxt in pairwise((*words, ""))
        )

    def read(self, words: tuple[str, ...]) -> tuple[Need, ...]:
        """The needs whose words or phrases the folded ``words`` hold, in the file's order."""
        return tuple(need for need, phrases in self.compiled if phrases.held(words))


def _holds(words: tuple[str, ...], phrase: tuple[Word, ...]) -> bool:
    """Whether the folded ``words`` hold ``phrase``, one window at a time: what
    :class:`PhraseSet` answers for many phrases at once (its tests compare the two)."""
    if (TOGETHER, False) in phrase:  # each word anywhere
        return all(_holds(words, (part,)) for part in phrase if part != (TOGETHER, False))
    return _run_at(words, phrase)


def needs_path(knowledge_dir: Path | None) -> Path:
    """The file in ``knowledge_dir``, or the one shipped with the bot when it has none."""
    return own_or_shipped(knowledge_dir, NEEDS_FILE)


def load_needs(path: Path) -> NeedsFile:
    """The file validated and checked; every problem at once."""
    return load_checked(NeedsFile, path, check_needs)


@lru_cache(maxsize=1)
def bundled_needs() -> NeedsFile:
    """The shipped file, loaded once (for a knowledge base built without a directory)."""
    return load_needs(BUNDLED_NEEDS_FILE)


__all__ = ["NeedTable", "NeedsFile", "bundled_needs", "check_needs", "load_needs", "needs_path"]
