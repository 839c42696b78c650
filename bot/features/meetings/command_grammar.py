"""A small typed grammar for the coordinator's meeting commands (innkall / avlys / flytt).

Why a grammar and not cue words: «avlys neste møte i operativ slt-gruppe» and «flytt neste
møte i operativ til 20.1 kl 9» must do exactly what they say, or say what was understood and
ask. The text is cut into tokens (numbers keep their dots and colons, words are folded), and
each part is consumed by one rule: the verb, dates («12.3», «12. mars», «tirsdag», «i
morgen», «om en uke»), times («kl 9», «09:30»), relative moves («en uke», «to dager
tidligere»), «neste», and what is left names the group — by the kommune's group names and
aliases, exactly or fuzzily. Nothing here reads the clock or the store: ``parse(text, today,
groups)`` is pure, so it is tested with plain dates.

A :class:`Command` is complete; anything less is a :class:`Clarification` that says what was
understood, asks for the rest and offers buttons (each a full command text) where sensible.

The pieces, one job each: ``command_words`` (the words, knowledge/language/commands.yaml),
``command_dates`` (tokens, dates, times, moves), ``command_groups`` (which group is named),
``command_texts`` (a command written back); this module reads the verb and puts them together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from bot.features.meetings.command_dates import (
    Reading,
    When,
    read_date,
    read_shift,
    read_time,
    tokenize,
)
from bot.features.meetings.command_groups import GroupNames, find_groups
from bot.features.meetings.command_texts import command_text, understood_text
from bot.features.meetings.command_words import Kind, command_words


@dataclass(frozen=True)
class Command:
    """A fully understood command. ``which`` picks the meeting (None: the group's next)."""

    kind: Kind
    group_id: str
    which: dt.date | None = None
    when: When = field(default_factory=When)
    urgent: bool = False


@dataclass(frozen=True)
class Option:
    """A button: what it says and the full command text it stands for."""

    label: str
    text: str


@dataclass(frozen=True)
class Clarification:
    """A command not fully understood: what was understood, what to ask, and buttons."""

    kind: Kind
    understood: str
    question: str
    options: tuple[Option, ...] = ()

    @property
    def text(self) -> str:
        return f"{self.understood} {self.question}".strip()


def _read_verb(r: Reading) -> Kind | None:
    i = 0
    words = command_words()
    for polite in words.polite:
        if tuple(r.tokens[i : i + len(polite)]) == polite:
            r.take(i, len(polite))
            i += len(polite)
    for verb, kind in words.verbs:
        if tuple(r.tokens[i : i + len(verb)]) == verb:
            r.take(i, len(verb))
            return kind
    return None


def kind_of(text: str) -> Kind | None:
    """The command a text starts with («avlys …», «kan du flytte …»), or None.

    A command verb first decides: «avlys neste møte i …» is a cancel even though it also
    says «neste møte». Asked of every message, so only the first words are read: as many as
    the polite openings and the longest verb can take, and none past a first word that starts
    neither (the answer is None then, as reading it all would say).
    """
    starts, reach = _openings()
    if starts is not None and not set(tokenize(text, 1)) & starts:
        return None
    return _read_verb(Reading(tokenize(text, reach), dt.date.min))


@lru_cache(maxsize=1)
def _openings() -> tuple[frozenset[str] | None, int]:
    """The words a command can start with (None if an empty phrase makes any start one), and
    how many tokens :func:`_read_verb` can look at: every polite opening, then a verb."""
    words = command_words()
    phrases = [*words.polite, *(verb for verb, _ in words.verbs)]
    reach = sum(len(p) for p in words.polite) + max((len(v) for v, _ in words.verbs), default=0)
    if any(not p for p in phrases):
        return None, reach
    return frozenset(p[0] for p in phrases), reach


def parse(text: str, today: dt.date, groups: GroupNames) -> Command | Clarification | None:
    """Read a meeting command; None when the text is not one (no command verb first)."""
    r = Reading(tokenize(text), today)
    kind = _read_verb(r)
    if kind is None:
        return None
    urgent = any(t.startswith(command_words().urgent) for t in r.tokens)
    end = len(r.tokens)
    which: dt.date | None = None
    when = When()
    if kind == "call":
        when = _read_when(r, 0, end, kind)
    elif kind == "cancel":
        read_time(r, 0, end)  # «avlys fagteamet 12.3 kl 9»: the day picks the meeting
        which = read_date(r, 0, end, weekday_as_marker=False).day
    else:
        split = _target_split(r)
        if split < end:
            r.take(split)
            when = _read_when(r, split + 1, end, kind)
            which = read_date(r, 0, split, weekday_as_marker=False).day
        else:
            when = _read_when(r, 0, end, kind)
            if when.shift_days:  # «flytt møtet 12.3 i fagteamet en uke»: the day picks it
                which = read_date(r, 0, end, weekday_as_marker=False).day
    found = find_groups(r, groups)
    return _complete(kind, found, which, when, urgent, r, groups)


def _target_split(r: Reading) -> int:
    """Where a move's target starts: the last «til» followed by a date, time or weekday."""
    for i in range(len(r.tokens) - 1, -1, -1):
        if r.tokens[i] != "til":
            continue
        rest = r.tokens[i + 1 : i + 4]
        if any(
            t[0].isdigit()
            or t in command_words().weekdays
            or t in ("kl", "klokka", "klokken", "i", "imorgen", "neste", "om")
            for t in rest[:1]
        ):
            return i
    return len(r.tokens)


def _read_when(r: Reading, lo: int, hi: int, kind: Kind) -> When:
    time = read_time(r, lo, hi)
    if kind == "move":
        shift = read_shift(r, lo, hi)
        if shift is not None:
            return When(time=time, shift_days=shift)
    found = read_date(r, lo, hi, weekday_as_marker=kind == "move")
    return When(day=found.day, time=time, weekday=found.weekday)


def _complete(
    kind: Kind,
    found: tuple[str, ...],
    which: dt.date | None,
    when: When,
    urgent: bool,
    r: Reading,
    groups: GroupNames,
) -> Command | Clarification:
    group_id = found[0] if len(found) == 1 else None
    understood = understood_text(kind, group_id, which, when, groups)
    if r.problems:
        return Clarification(kind, understood, " ".join(r.problems))
    if group_id is None:
        candidates = found or tuple(groups.names)
        options = tuple(
            Option(groups.names[g], command_text(kind, g, which, when, groups, urgent=urgent))
            for g in candidates[:6]
        )
        question = (
            "Hvilken av disse gruppene gjelder det?"
            if found
            else "Hvilken gruppe gjelder det? Velg under, eller skriv navnet."
        )
        return Clarification(kind, understood, question, options)
    command = Command(kind, group_id, which, when, urgent)
    if kind == "call" and when.day is None:
        return Clarification(
            kind, understood, "Hvilken dag? Skriv for eksempel «innkall fagteamet 12. mars kl 9»."
        )
    if kind == "move" and when.empty:
        name = groups.names[group_id]
        options = tuple(
            Option(label, f"flytt neste møte i {name} {shift}")
            for label, shift in (
                ("En uke senere", "en uke"),
                ("En uke tidligere", "en uke tidligere"),
            )
        )
        return Clarification(
            kind,
            understood,
            "Når skal møtet flyttes til? Skriv for eksempel «… til 14.3 kl 10», «… til tirsdag» "
            "eller «… en uke».",
            options if which is None else (),
        )
    return command


__all__ = [
    "Clarification",
    "Command",
    "GroupNames",
    "Kind",
    "Option",
    "When",
    "command_text",
    "command_words",
    "kind_of",
    "parse",
    "tokenize",
]
