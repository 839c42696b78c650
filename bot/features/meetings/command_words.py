"""The words meeting commands are said with, from knowledge/language/commands.yaml.

Why data: «kanseller», «utsett», «krisemøte» or a new polite opening are what a coordinator
adds when colleagues phrase commands the grammar has not seen. The file is validated at
load (file, field, line) and compiled here once, into tuples and dictionaries the grammar
looks words up in — reading a command never parses YAML.

The grammar is pure and called without a knowledge base (``kind_of`` decides, before
anything else, whether a message is a command at all), so it reads the language folder
shipped with the bot, loaded once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from bot.dates import MONTHS, WEEKDAYS
from bot.knowledge.command_vocabulary import CommandsFile, PeriodWords
from bot.knowledge.language import BUNDLED_LANGUAGE_DIR
from bot.text import fold

Kind = Literal["call", "cancel", "move"]


def _words(spec: str) -> tuple[str, ...]:
    return tuple(f for f in (fold(w) for w in spec.split()) if f)


@dataclass(frozen=True)
class PeriodSaid:
    """The period words (``periods`` in commands.yaml), folded: bot/features/meetings/periods.py."""

    meeting: frozenset[str]
    next: frozenset[str]
    this: frozenset[str]
    month: frozenset[str]
    week: frozenset[str]
    spring: frozenset[str]
    spring_after_i: frozenset[str]
    autumn: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    during: frozenset[str]
    how_often: frozenset[str]
    breaks: dict[str, str]
    """A break's word → the break's name folded («jula» → «juleferien»)."""

    @classmethod
    def of(cls, words: PeriodWords) -> PeriodSaid:
        def s(spec: str) -> frozenset[str]:
            return frozenset(_words(spec))

        return cls(
            meeting=s(words.meeting),
            next=s(words.next),
            this=s(words.this),
            month=s(words.month),
            week=s(words.week),
            spring=s(words.spring),
            spring_after_i=s(words.spring_after_i),
            autumn=s(words.autumn),
            before=s(words.before),
            after=s(words.after),
            during=s(words.during),
            how_often=s(words.how_often),
            breaks={w: fold(name) for name, spec in words.breaks.items() for w in _words(spec)},
        )


@dataclass(frozen=True)
class CommandWords:
    """Every word list the command grammar uses, folded."""

    verbs: tuple[tuple[tuple[str, ...], Kind], ...]
    polite: tuple[tuple[str, ...], ...]
    urgent: tuple[str, ...]
    filler: frozenset[str]
    numbers: dict[str, int]
    units: dict[str, int]
    earlier: frozenset[str]
    later: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    full_months: dict[str, int]
    """The month names alone (januar …), no short forms: a period a question names."""
    periods: PeriodSaid

    @classmethod
    def of(cls, words: CommandsFile) -> CommandWords:
        return cls(
            verbs=tuple((_words(v.words), v.kind) for v in words.verbs),
            polite=tuple(_words(p) for p in words.polite),
            urgent=_words(words.urgent),
            filler=frozenset(_words(words.filler)),
            numbers={fold(w): n for w, n in words.numbers.items()},
            units={fold(w): n for w, n in words.units.items()},
            earlier=frozenset(_words(words.earlier)),
            later=frozenset(_words(words.later)),
            months={fold(name): n for n, name in enumerate(MONTHS, start=1)}
            | {fold(w): n for w, n in words.months.items()},
            weekdays={fold(name): n for n, name in enumerate(WEEKDAYS)}
            | {fold(w): n for w, n in words.weekdays.items()},
            full_months={fold(name): n for n, name in enumerate(MONTHS, start=1)},
            periods=PeriodSaid.of(words.periods),
        )


@lru_cache(maxsize=1)
def command_words() -> CommandWords:
    """The shipped commands file, compiled once. That file alone: the service's first
    question that looked like a command loaded the whole bundled language folder again for
    it (a second copy of every language file, the nets' examples too) — 4 MB kept and
    about 20 MB of the service's RSS after parsing (session 19)."""
    from bot.knowledge.loader import validate_file  # the loader imports the language module

    return CommandWords.of(validate_file(CommandsFile, BUNDLED_LANGUAGE_DIR / "commands.yaml"))
