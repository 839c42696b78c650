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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from bot.features.meetings import MONTHS, WEEKDAYS, day_text
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold, strip_mentions

Kind = Literal["call", "cancel", "move"]

_MONTH_WORDS = {
    **{fold(name): number for number, name in enumerate(MONTHS, start=1)},
    **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12},
}
_WEEKDAY_WORDS = {fold(name): number for number, name in enumerate(WEEKDAYS)}
_WEEKDAY_WORDS |= {"man": 0, "tir": 1, "tirs": 1, "ons": 2, "tor": 3, "tors": 3, "fre": 4}
_NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "ei": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "atte": 8,
    "ni": 9,
    "ti": 10,
}
_UNITS = {
    "dag": 1,
    "dager": 1,
    "dagen": 1,
    "uke": 7,
    "uker": 7,
    "uka": 7,
    "uken": 7,
}
_EARLIER = frozenset({"tidligere", "fram", "frem", "fremover", "framover", "for"})
_LATER = frozenset({"senere", "seinere", "utover", "bakover", "etter", "ut"})

_VERBS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (("send", "ut", "innkalling", "til"), "call"),
    (("send", "ut", "innkalling"), "call"),
    (("send", "innkalling", "til"), "call"),
    (("send", "innkalling"), "call"),
    (("lag", "innkalling", "til"), "call"),
    (("lag", "innkalling"), "call"),
    (("kall", "inn", "til"), "call"),
    (("kall", "inn"), "call"),
    (("kalle", "inn", "til"), "call"),
    (("kalle", "inn"), "call"),
    (("innkall", "til"), "call"),
    (("innkall",), "call"),
    (("innkalle", "til"), "call"),
    (("innkalle",), "call"),
    (("avlys",), "cancel"),
    (("avlyse",), "cancel"),
    (("kanseller",), "cancel"),
    (("kansellere",), "cancel"),
    (("flytt",), "move"),
    (("flytte",), "move"),
    (("utsett",), "move"),
    (("utsette",), "move"),
)
_POLITE = (
    ("slt", "boten"),
    ("sltboten",),
    ("boten",),
    ("kan", "du"),
    ("vil", "du"),
    ("vennligst",),
    ("kan", "vi"),
    ("hei",),
)
_URGENT = ("haste", "krisemote", "ekstramote", "ekstraordinaert")
_FILLER = frozenset(
    {
        "neste",
        "kommende",
        "forstkommende",
        "mote",
        "motet",
        "moter",
        "motene",
        "moetet",
        "i",
        "for",
        "med",
        "til",
        "pa",
        "det",
        "den",
        "et",
        "en",
        "ei",
        "av",
        "om",
        "oss",
        "vart",
        "var",
        "takk",
        "please",
        "dette",
        "denne",
    }
)
_MEETING_SUFFIXES = ("motene", "moter", "motet", "mote")

_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[.:/]\d{1,2}(?:[./]\d{2,4})?\.?"
    r"|\d+\.?"
    r"|[^\W\d_]+",
)


# -- what a parse gives ----------------------------------------------------------------------


@dataclass(frozen=True)
class When:
    """A date and/or time, or a relative move; ``said`` is the Norwegian wording understood."""

    day: dt.date | None = None
    time: dt.time | None = None
    shift_days: int | None = None
    """Relative move: «en uke» → 7, «to dager tidligere» → -2."""
    weekday: int | None = None
    """«til tirsdag» in a move: that weekday, placed against the meeting being moved."""

    @property
    def empty(self) -> bool:
        return (
            self.day is None and self.time is None and not self.shift_days and self.weekday is None
        )


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


# -- dates and times in Norwegian ------------------------------------------------------------


def command_date(day: dt.date) -> str:
    """A date as the grammar reads it back without doubt («20.1.2027»)."""
    return f"{day.day}.{day.month}.{day.year}"


def _number(token: str) -> int | None:
    if token.rstrip(".").isdigit():
        return int(token.rstrip("."))
    return _NUMBER_WORDS.get(token)


def _date(day: int, month: int, year: int | None, today: dt.date) -> dt.date | str:
    """The date, or a Norwegian problem. Without a year the next such date from today."""
    if not 1 <= month <= 12:
        return f"Måned {month} finnes ikke."
    if year is not None:
        year = year + 2000 if year < 100 else year
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return f"{day}. {MONTHS[month - 1]} {year} finnes ikke."
        if found < today:
            return f"{day_text(found, year=True)} har allerede vært."
        return found
    for candidate in (today.year, today.year + 1):
        try:
            found = dt.date(candidate, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return f"{day}. {MONTHS[month - 1]} finnes ikke."


def _clock(hours: int, minutes: int) -> dt.time | str:
    if hours > 23 or minutes > 59:
        return f"Klokkeslettet {hours:02d}:{minutes:02d} finnes ikke."
    return dt.time(hours, minutes)


# -- the parser ------------------------------------------------------------------------------


@dataclass
class _Reading:
    """The tokens and what has been consumed, while one text is read."""

    tokens: list[str]
    today: dt.date
    used: list[bool] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.used = [False] * len(self.tokens)

    def at(self, i: int) -> str:
        return self.tokens[i] if 0 <= i < len(self.tokens) else ""

    def take(self, i: int, n: int = 1) -> None:
        for j in range(i, min(i + n, len(self.tokens))):
            self.used[j] = True


def tokenize(text: str) -> list[str]:
    """Words folded (æøå → ae/o/a), numbers with their dots, colons and slashes kept."""
    lowered = strip_mentions(text).lower().replace("\u200b", "")
    out: list[str] = []
    for raw in _TOKEN.findall(lowered):
        if raw[0].isdigit():
            out.append(raw)
        else:
            out.extend(fold(raw).split())
    return out


def _read_time(r: _Reading, lo: int, hi: int) -> dt.time | None:
    for i in range(lo, hi):
        if r.used[i]:
            continue
        token = r.at(i)
        if token in ("kl", "klokka", "klokken") and i + 1 < hi:
            nxt = r.at(i + 1).rstrip(".")
            match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", nxt)
            if match:
                r.take(i, 2)
                found = _clock(int(match[1]), int(match[2] or 0))
                if isinstance(found, str):
                    r.problems.append(found)
                    return None
                return found
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", token)
        if match:
            r.take(i)
            found = _clock(int(match[1]), int(match[2]))
            if isinstance(found, str):
                r.problems.append(found)
                return None
            return found
    return None


def _read_date(r: _Reading, lo: int, hi: int, *, weekday_as_marker: bool) -> When:
    """The first date between ``lo`` and ``hi``; a weekday alone is a marker in a move."""
    for i in range(lo, hi):
        if r.used[i]:
            continue
        token, nxt = r.at(i), r.at(i + 1) if i + 1 < hi else ""
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", token):
            r.take(i)
            return _when(r, _date(int(m[3]), int(m[2]), int(m[1]), r.today))
        if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\.?", token):
            r.take(i)
            year = int(m[3]) if m[3] else None
            return _when(r, _date(int(m[1]), int(m[2]), year, r.today))
        if re.fullmatch(r"\d{1,2}\.?", token) and nxt in _MONTH_WORDS:
            year_token = r.at(i + 2) if i + 2 < hi else ""
            year = int(year_token) if re.fullmatch(r"\d{4}", year_token) else None
            r.take(i, 3 if year else 2)
            return _when(r, _date(int(token.rstrip(".")), _MONTH_WORDS[nxt], year, r.today))
        if token in ("idag", "imorgen", "overmorgen") or (
            token == "i" and nxt in ("dag", "morgen", "overmorgen")
        ):
            word = token if token != "i" else nxt
            r.take(i, 1 if token != "i" else 2)
            days = {"idag": 0, "dag": 0, "imorgen": 1, "morgen": 1, "overmorgen": 2}[word]
            return When(day=r.today + dt.timedelta(days=days))
        if token == "om" and i + 2 < hi:
            count, unit = _number(nxt), r.at(i + 2)
            if count is not None and unit in _UNITS:
                r.take(i, 3)
                return When(day=r.today + dt.timedelta(days=count * _UNITS[unit]))
        if token in _WEEKDAY_WORDS:
            r.take(i)
            if r.at(i - 1) in ("pa", "neste", "kommende", "forstkommende") and not r.used[i - 1]:
                r.take(i - 1)
            weekday = _WEEKDAY_WORDS[token]
            if weekday_as_marker:
                return When(weekday=weekday)
            ahead = (weekday - r.today.weekday()) % 7 or 7
            return When(day=r.today + dt.timedelta(days=ahead))
    return When()


def _when(r: _Reading, found: dt.date | str) -> When:
    if isinstance(found, str):
        r.problems.append(found)
        return When()
    return When(day=found)


def _read_shift(r: _Reading, lo: int, hi: int) -> int | None:
    """«en uke», «to dager tidligere», «neste uke», «en uke fram»: days to move by."""
    for i in range(lo, hi):
        if r.used[i]:
            continue
        token, nxt = r.at(i), r.at(i + 1)
        if token == "neste" and nxt in ("uke", "uka"):
            r.take(i, 2)
            return 7
        count = _number(token)
        if count is not None and nxt in _UNITS and not re.fullmatch(r"\d{1,2}\.", token):
            r.take(i, 2)
            sign = 1
            direction = r.at(i + 2)
            if direction in _EARLIER:
                sign = -1
                r.take(i + 2)
            elif direction in _LATER:
                r.take(i + 2)
            return sign * count * _UNITS[nxt]
    return None


def _read_verb(r: _Reading) -> Kind | None:
    i = 0
    for polite in _POLITE:
        if tuple(r.tokens[i : i + len(polite)]) == polite:
            r.take(i, len(polite))
            i += len(polite)
    for words, kind in _VERBS:
        if tuple(r.tokens[i : i + len(words)]) == words:
            r.take(i, len(words))
            return kind
    return None


def _variants(word: str) -> tuple[str, ...]:
    """``fagteammotet`` → also ``fagteam``: a group named inside a compound with «møte»."""
    for suffix in _MEETING_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            return (word, stem, stem[:-1]) if stem.endswith("s") else (word, stem)
    return (word,)


def _find_groups(r: _Reading, groups: GroupNames) -> tuple[str, ...]:
    """The group(s) the unread words name: one when clear, several when it is a toss-up.

    The longest run of words that is a group name or alias, exactly or with a typo (rapidfuzz
    ratio ≥ 88), wins; «fagteammøtet» also reads as «fagteam». Failing that, single words
    that partly name a group («operativ»).
    """
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
            if span[0] in _FILLER or span[-1] in _FILLER or span[0][0].isdigit():
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


def _fuzzy_groups(r: _Reading, groups: GroupNames, free: list[int]) -> tuple[str, ...]:
    """Words that partly name a group («operativ», «operatv»), weighted by how few groups
    share them; a tie is returned as several groups, to ask about."""
    content = [i for i in free if r.tokens[i] not in _FILLER and not r.tokens[i][0].isdigit()]
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


def kind_of(text: str) -> Kind | None:
    """The command a text starts with («avlys …», «kan du flytte …»), or None.

    A command verb first decides: «avlys neste møte i …» is a cancel even though it also
    says «neste møte»."""
    return _read_verb(_Reading(tokenize(text), dt.date.min))


def parse(text: str, today: dt.date, groups: GroupNames) -> Command | Clarification | None:
    """Read a meeting command; None when the text is not one (no command verb first)."""
    r = _Reading(tokenize(text), today)
    kind = _read_verb(r)
    if kind is None:
        return None
    urgent = any(t.startswith(_URGENT) for t in r.tokens)
    end = len(r.tokens)
    which: dt.date | None = None
    when = When()
    if kind == "call":
        when = _read_when(r, 0, end, kind)
    elif kind == "cancel":
        _read_time(r, 0, end)  # «avlys fagteamet 12.3 kl 9»: the day picks the meeting
        which = _read_date(r, 0, end, weekday_as_marker=False).day
    else:
        split = _target_split(r)
        if split < end:
            r.take(split)
            when = _read_when(r, split + 1, end, kind)
            which = _read_date(r, 0, split, weekday_as_marker=False).day
        else:
            when = _read_when(r, 0, end, kind)
            if when.shift_days:  # «flytt møtet 12.3 i fagteamet en uke»: the day picks it
                which = _read_date(r, 0, end, weekday_as_marker=False).day
    found = _find_groups(r, groups)
    return _complete(kind, found, which, when, urgent, r, groups)


def _target_split(r: _Reading) -> int:
    """Where a move's target starts: the last «til» followed by a date, time or weekday."""
    for i in range(len(r.tokens) - 1, -1, -1):
        if r.tokens[i] != "til":
            continue
        rest = r.tokens[i + 1 : i + 4]
        if any(
            t[0].isdigit()
            or t in _WEEKDAY_WORDS
            or t in ("kl", "klokka", "klokken", "i", "imorgen", "neste", "om")
            for t in rest[:1]
        ):
            return i
    return len(r.tokens)


def _read_when(r: _Reading, lo: int, hi: int, kind: Kind) -> When:
    time = _read_time(r, lo, hi)
    if kind == "move":
        shift = _read_shift(r, lo, hi)
        if shift is not None:
            return When(time=time, shift_days=shift)
    found = _read_date(r, lo, hi, weekday_as_marker=kind == "move")
    return When(day=found.day, time=time, weekday=found.weekday)


_DOING = {"call": "kalle inn til", "cancel": "avlyse", "move": "flytte"}
_VERB_TEXT = {"call": "innkall", "cancel": "avlys", "move": "flytt"}


def _complete(
    kind: Kind,
    found: tuple[str, ...],
    which: dt.date | None,
    when: When,
    urgent: bool,
    r: _Reading,
    groups: GroupNames,
) -> Command | Clarification:
    group_id = found[0] if len(found) == 1 else None
    understood = _understood(kind, group_id, which, when, groups)
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


def _understood(
    kind: Kind,
    group_id: str | None,
    which: dt.date | None,
    when: When,
    groups: GroupNames,
) -> str:
    """«Jeg forstod: flytte neste møte i Operativ SLT-gruppe til tirsdag 20. januar kl. 09:00.»"""
    parts = [_DOING[kind]]
    meeting = (
        f"møtet {day_text(which)}" if which else ("et møte" if kind == "call" else "neste møte")
    )
    parts.append(meeting)
    if group_id:
        parts.append(f"i {groups.names[group_id]}")
    target = _when_text(when)
    if target:
        parts.append(
            target if kind == "call" else f"til {target}" if not when.shift_days else target
        )
    return "Jeg forstod: " + " ".join(parts) + "."


def _when_text(when: When) -> str:
    bits: list[str] = []
    if when.shift_days:
        days = abs(when.shift_days)
        amount = (
            f"{days // 7} uke{'r' if days // 7 > 1 else ''}"
            if days % 7 == 0
            else f"{days} dag{'er' if days > 1 else ''}"
        )
        bits.append(f"{amount} {'tidligere' if when.shift_days < 0 else 'senere'}")
    if when.day:
        bits.append(day_text(when.day))
    if when.weekday is not None:
        bits.append(WEEKDAYS[when.weekday])
    if when.time:
        bits.append(f"kl. {when.time:%H:%M}")
    return " ".join(bits)


def command_text(
    kind: Kind,
    group_id: str,
    which: dt.date | None,
    when: When,
    groups: GroupNames,
    *,
    urgent: bool = False,
) -> str:
    """The command written out so that :func:`parse` reads it back the same (for buttons)."""
    name = groups.names[group_id]
    parts = [_VERB_TEXT[kind]]
    if kind == "call":
        parts.append(("hastemøte " if urgent else "") + name)
    else:
        parts.append(f"møtet {command_date(which)} i {name}" if which else f"neste møte i {name}")
    target: list[str] = []
    if when.shift_days:
        days = abs(when.shift_days)
        target.append(f"{days} dager" + (" tidligere" if when.shift_days < 0 else ""))
    if when.day:
        target.append(command_date(when.day))
    if when.weekday is not None:
        target.append(WEEKDAYS[when.weekday])
    if when.time:
        target.append(f"kl {when.time:%H:%M}")
    if target:
        lead = "til " if kind == "move" and not when.shift_days else ""
        parts.append(lead + " ".join(target))
    return " ".join(parts)
