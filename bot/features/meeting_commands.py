"""The coordinator's meeting commands (innkall / avlys / flytt) and clicks on the call card.

Parsing is deterministic: dates, times and group names are read with small regular
expressions and the kommune's own group phrases.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from bot.clock import OSLO
from bot.features.meetings import (
    MONTHS,
    WEEKDAYS,
    Meeting,
    MeetingDesk,
    MeetingProblem,
    _clean_name,
    day_text,
    parse_key,
    usual_time,
    when_text,
)
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold, strip_mentions
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar
from cards.verbs import Verb

# -- commands --------------------------------------------------------------------------------

Missing = Literal["group", "date", "new_time"]

_CALL_VERB = re.compile(
    r"^(?:(?:kan|vil) du |vennligst )?"
    r"(?:innkall|innkalle|kall inn|kalle inn"
    r"|send (?:ut )?innkalling(?: til)?|lag innkalling(?: til)?)"
    r"\b"
)
_CANCEL_VERB = re.compile(
    r"^(?:(?:kan|vil) du |vennligst )?(?:avlys|avlyse|kanseller|kansellere)\b"
)
_MOVE_VERB = re.compile(r"^(?:(?:kan|vil) du |vennligst )?(?:flytt|flytte|utsett|utsette)\b")

_TIME = re.compile(r"\b(?:kl|klokka|klokken)\b\.?\s*(\d{1,2})(?:[:.](\d{2}))?(?!\d)")
_CLOCK = re.compile(r"(?<![\d.:/])(\d{1,2}):(\d{2})(?![\d:])")
_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.:/])(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2})(?!\d))?(?![\d:/]|[./]\d)"
)
_TEXT_DATE = re.compile(r"(?<![\d.:/])(\d{1,2})\.?\s*([a-zæøå]+)\.?(?:\s+(\d{4}))?(?!\d)")

_LEADING_JUNK = re.compile(r"^[^0-9a-zæøå]+")
_MONTH_NUMBERS = {
    **{fold(name): number for number, name in enumerate(MONTHS, start=1)},
    **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12},
}
_WEEKDAY_NUMBERS = {fold(name): number for number, name in enumerate(WEEKDAYS)}
_RELATIVE_DAYS = (("i overmorgen", 2), ("overmorgen", 2), ("i morgen", 1), ("imorgen", 1))
_RELATIVE_DAYS += (("i dag", 0), ("idag", 0))
_MEETING_SUFFIXES = ("motene", "moter", "motet", "mote")
_URGENT_WORDS = ("haste", "krisemote", "ekstramote", "ekstraordinaert")


@dataclass(frozen=True)
class _When:
    day: dt.date | None = None
    time: dt.time | None = None
    problems: tuple[str, ...] = ()


def _clock_time(hours: str, minutes: str | None) -> tuple[dt.time | None, str | None]:
    h, m = int(hours), int(minutes or 0)
    if h > 23 or m > 59:
        return None, f"Klokkeslettet {h:02d}:{m:02d} finnes ikke."
    return dt.time(h, m), None


def _find_time(text: str) -> tuple[dt.time | None, str | None, str]:
    """The first time of day (``kl 9``, ``kl. 09:30``, ``klokka 14``, ``14:00``), its problem,
    and the text with the time blanked out (so ``kl 10.30`` is not read as a date)."""
    for pattern in (_TIME, _CLOCK):
        match = pattern.search(text)
        if match:
            time, problem = _clock_time(match[1], match[2])
            blanked = text[: match.start()] + " " * len(match[0]) + text[match.end() :]
            return time, problem, blanked
    return None, None, text


def _date_in(
    day: int, month: int, year: int | None, today: dt.date
) -> tuple[dt.date | None, str | None]:
    """A day and month; without a year the next such date from today (a passed date means
    next year)."""
    if not 1 <= month <= 12:
        return None, f"Måned {month} finnes ikke."
    if year is not None:
        if year < 100:
            year += 2000
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None, f"{day}. {MONTHS[month - 1]} {year} finnes ikke."
        if found < today:
            return None, f"{day_text(found, year=True)} har allerede vært."
        return found, None
    for candidate_year in (today.year, today.year + 1):
        try:
            found = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if found >= today:
            return found, None
    return None, f"{day}. {MONTHS[month - 1]} finnes ikke."


def _find_date(text: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """The first date in ``text``: 2027-03-12, 12.03, 12.3.2027, 12. mars (2027), i morgen,
    i overmorgen, i dag, (på/neste) tirsdag — the next such weekday after today."""
    match = _ISO_DATE.search(text)
    if match:
        return _date_in(int(match[3]), int(match[2]), int(match[1]), today)
    match = _NUMERIC_DATE.search(text)
    if match:
        year = int(match[3]) if match[3] else None
        return _date_in(int(match[1]), int(match[2]), year, today)
    for match in _TEXT_DATE.finditer(text):
        month = _MONTH_NUMBERS.get(fold(match[2]))
        if month:
            year = int(match[3]) if match[3] else None
            return _date_in(int(match[1]), month, year, today)
    folded = f" {fold(text)} "
    for phrase, days in _RELATIVE_DAYS:
        if f" {phrase} " in folded:
            return today + dt.timedelta(days=days), None
    for word in folded.split():
        weekday = _WEEKDAY_NUMBERS.get(word)
        if weekday is not None:
            ahead = (weekday - today.weekday()) % 7 or 7
            return today + dt.timedelta(days=ahead), None
    return None, None


def _find_when(text: str, today: dt.date) -> _When:
    time, time_problem, rest = _find_time(text)
    day, day_problem = _find_date(rest, today)
    problems = tuple(p for p in (day_problem, time_problem) if p)
    return _When(day, time, problems)


def _variants(word: str) -> tuple[str, ...]:
    """``fagteammotet`` → also ``fagteam``; ``politiradsmote`` → also ``politirads``,
    ``politirad``: a group named inside a compound with "møte"."""
    for suffix in _MEETING_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            return (word, stem, stem[:-1]) if stem.endswith("s") else (word, stem)
    return (word,)


def find_group(index: KommuneIndex, text: str) -> str | None:
    """The group a text names, by the kommune's phrases (longest wins); a level names its
    primary group."""
    words = fold(strip_mentions(text)).split()
    options = [_variants(w) for w in words]
    longest = max((len(p.split()) for p in index.phrases), default=1)
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            for combo in itertools.product(*options[i : i + n]):
                hit = index.phrases.get(" ".join(combo))
                if hit is None:
                    continue
                kind, value = hit
                if kind == "group":
                    return value
                group = index.group_for_level(Level(value))
                if group is not None:
                    return group.id
    return None


def _is_urgent(text: str) -> bool:
    return any(word.startswith(_URGENT_WORDS) for word in fold(text).split())


def _closed_note(day: dt.date | None, calendar: WorkCalendar) -> tuple[str, ...]:
    if day is None:
        return ()
    why = calendar.why_closed(day)
    return (f"Merk: {day_text(day)} er ikke en vanlig møtedag ({why}).",) if why else ()


_GROUP_QUESTION = "Hvilken gruppe gjelder det? Skriv for eksempel «{example}»."


class _Command:
    """What every parsed command shares: it is complete when nothing is missing or wrong,
    and otherwise asks (in Norwegian) for what it lacks."""

    problems: tuple[str, ...]

    @property
    def missing(self) -> tuple[Missing, ...]:
        raise NotImplementedError

    @property
    def complete(self) -> bool:
        return not self.missing and not self.problems

    def question(self) -> str | None:
        """What the bot should ask or say before it can act (Norwegian), or None."""
        if self.problems:
            return " ".join(self.problems)
        return self._ask()

    def _ask(self) -> str | None:
        raise NotImplementedError


@dataclass(frozen=True)
class CallCommand(_Command):
    """ "innkall fagteam 12. mars kl 9". Without a time the group's usual time is used."""

    group_id: str | None
    day: dt.date | None
    time: dt.time | None = None
    urgent: bool = False
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def missing(self) -> tuple[Missing, ...]:
        gaps: list[Missing] = []
        if self.group_id is None:
            gaps.append("group")
        if self.day is None and not self.problems:
            gaps.append("date")
        return tuple(gaps)

    def _ask(self) -> str | None:
        if "group" in self.missing:
            what = "hastemøtet" if self.urgent else "møtet"
            return (
                f"Hvilken gruppe skal kalles inn til {what}? Skriv for eksempel "
                f"«innkall fagteamet til {what} i morgen kl 14»."
            )
        if "date" in self.missing:
            return "Hvilken dag? Skriv for eksempel «innkall fagteamet 12. mars kl 9»."
        return None


@dataclass(frozen=True)
class CancelCommand(_Command):
    """ "avlys neste politiråd" (``day`` None: the next meeting) or "avlys fagteamet 12. mars"."""

    group_id: str | None
    day: dt.date | None = None
    problems: tuple[str, ...] = ()

    @property
    def missing(self) -> tuple[Missing, ...]:
        return ("group",) if self.group_id is None else ()

    def _ask(self) -> str | None:
        if self.missing:
            return _GROUP_QUESTION.format(example="avlys neste politiråd")
        return None


@dataclass(frozen=True)
class MoveCommand(_Command):
    """ "flytt neste fagteam til 20.3 kl 9". ``day`` picks the meeting (None: the next one);
    a missing new day keeps the day, a missing new time keeps the time. ``group_id`` None
    ("flytt møtet til …") means the meeting the conversation is about — fill it in from
    the channel's group with :func:`dataclasses.replace`, or ask."""

    group_id: str | None
    day: dt.date | None = None
    new_day: dt.date | None = None
    new_time: dt.time | None = None
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def missing(self) -> tuple[Missing, ...]:
        gaps: list[Missing] = []
        if self.group_id is None:
            gaps.append("group")
        if self.new_day is None and self.new_time is None and not self.problems:
            gaps.append("new_time")
        return tuple(gaps)

    def _ask(self) -> str | None:
        if "group" in self.missing:
            return _GROUP_QUESTION.format(example="flytt neste fagteam til 14. mars kl 10")
        if "new_time" in self.missing:
            return (
                "Når skal møtet flyttes til? Skriv for eksempel «flytt møtet til 14. mars kl 10»."
            )
        return None


def _command_text(text: str, verb: re.Pattern[str]) -> str | None:
    """The text after the command verb (lower case, punctuation kept), or None."""
    lowered = " ".join(strip_mentions(text).lower().split())
    lowered = _LEADING_JUNK.sub("", lowered)
    match = verb.match(lowered)
    return None if match is None else lowered[match.end() :]


def parse_call_command(
    text: str,
    kommune_index: KommuneIndex,
    today: dt.date,
    *,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> CallCommand | None:
    """Read "innkall …" / "kall inn …"; None when the text is not a call at all."""
    rest = _command_text(text, _CALL_VERB)
    if rest is None:
        return None
    when = _find_when(rest, today)
    return CallCommand(
        group_id=find_group(kommune_index, rest),
        day=when.day,
        time=when.time,
        urgent=_is_urgent(rest),
        problems=when.problems,
        notes=_closed_note(when.day, calendar),
    )


def parse_cancel_command(
    text: str, kommune_index: KommuneIndex, today: dt.date
) -> CancelCommand | None:
    """Read "avlys …"; a named day picks that meeting, otherwise the next one."""
    rest = _command_text(text, _CANCEL_VERB)
    if rest is None:
        return None
    when = _find_when(rest, today)
    return CancelCommand(find_group(kommune_index, rest), when.day, when.problems)


def parse_move_command(
    text: str,
    kommune_index: KommuneIndex,
    today: dt.date,
    *,
    calendar: WorkCalendar = DEFAULT_CALENDAR,
) -> MoveCommand | None:
    """Read "flytt <meeting> til <new day and/or time>"; without "til" the one date given
    is the new one and the meeting is the group's next."""
    rest = _command_text(text, _MOVE_VERB)
    if rest is None:
        return None
    which, _, target = rest.partition(" til ")
    if not target:
        which, target = "", rest
    old = _find_when(which, today)
    new = _find_when(target, today)
    group_id = find_group(kommune_index, which) or find_group(kommune_index, target)
    return MoveCommand(
        group_id=group_id,
        day=old.day,
        new_day=new.day,
        new_time=new.time,
        problems=old.problems + new.problems,
        notes=_closed_note(new.day, calendar),
    )


# -- carrying out a command ------------------------------------------------------------------


def _require(command: CallCommand | CancelCommand | MoveCommand) -> str:
    question = command.question()
    if question is not None or command.group_id is None:
        raise MeetingProblem(question or "Hvilken gruppe gjelder det?")
    return command.group_id


def _not_past(start: dt.datetime, now: dt.datetime) -> None:
    if start <= now:
        raise MeetingProblem(f"{when_text(start)} har allerede vært. Velg et senere tidspunkt.")


def run_call(
    desk: MeetingDesk, kommune_id: str, command: CallCommand, by: str, now: dt.datetime
) -> Meeting:
    """Carry out a complete call command (ask first with ``command.question()``)."""
    group = desk.group(kommune_id, _require(command))
    if command.day is None:  # not reached: _require asks for the date first
        raise MeetingProblem("Hvilken dag?")
    start = desk.calendar.at(command.day, command.time or usual_time(group))
    _not_past(start, now)
    return desk.call_adhoc(kommune_id, group.id, start, by=by, urgent=command.urgent)


def run_cancel(
    desk: MeetingDesk, kommune_id: str, command: CancelCommand, by: str, now: dt.datetime
) -> Meeting:
    meeting = desk.target(kommune_id, _require(command), command.day, now)
    if meeting.cancelled:
        raise MeetingProblem(
            f"Møtet i {meeting.group.name} {when_text(meeting.start)} er allerede avlyst."
        )
    _not_past(meeting.start, now)
    return desk.cancel(meeting.key, by)


def run_move(
    desk: MeetingDesk, kommune_id: str, command: MoveCommand, by: str, now: dt.datetime
) -> tuple[Meeting, Meeting]:
    """Move the meeting; returns (the meeting as it was, the meeting on its new time)."""
    old = desk.target(kommune_id, _require(command), command.day, now)
    local = old.start.astimezone(OSLO)
    new_start = desk.calendar.at(command.new_day or local.date(), command.new_time or local.time())
    _not_past(new_start, now)
    return old, desk.move(old.key, new_start, by)


def cancel_notice(meeting: Meeting) -> str:
    return f"Møtet i {meeting.group.name} {when_text(meeting.start)} er avlyst."


def move_notice(old: Meeting, new: Meeting) -> str:
    return (
        f"Møtet i {new.group.name} er flyttet fra {when_text(old.start)} til "
        f"{when_text(new.start)}. Svar på nytt om du kommer."
    )


# -- clicks on the call card -----------------------------------------------------------------


@dataclass(frozen=True)
class CardOutcome:
    """What a click did: the meeting to redraw the card for, and a line for the card."""

    meeting: Meeting
    notice: str
    accepted: bool = True


def card_meeting(desk: MeetingDesk, data: Mapping[str, Any]) -> Meeting:
    """The meeting a card payload names; forged or stale payloads are a :class:`MeetingProblem`."""
    key = data.get("meeting")
    kommune_id, group_id, _ = parse_key(key if isinstance(key, str) else "")
    if data.get("kommune") != kommune_id or data.get("group") != group_id:
        raise MeetingProblem("Kortet viser til et møte jeg ikke kjenner. Spør koordinatoren.")
    return desk.by_key(key)  # type: ignore[arg-type]


def apply_card_action(
    desk: MeetingDesk,
    data: Mapping[str, Any],
    *,
    user_id: str,
    name: str,
    now: dt.datetime,
) -> CardOutcome:
    """Kommer / Kommer ikke / Meld inn sak. Redraw the call card from the outcome's meeting."""
    meeting = card_meeting(desk, data)
    try:
        verb = Verb(data.get("verb"))
    except ValueError:
        raise MeetingProblem("Jeg forstod ikke knappen. Prøv igjen.") from None
    if meeting.moved_to is not None:
        notice = (
            f"Møtet er flyttet til {when_text(meeting.moved_to)}. Svar på den nye innkallingen."
        )
        return CardOutcome(meeting, notice, accepted=False)
    if meeting.cancelled:
        return CardOutcome(meeting, "Møtet er avlyst.", accepted=False)
    if meeting.end <= now:
        return CardOutcome(meeting, "Møtet er over, så svaret kan ikke endres.", accepted=False)
    try:
        if verb in (Verb.MEETING_RSVP_YES, Verb.MEETING_RSVP_NO):
            coming = verb is Verb.MEETING_RSVP_YES
            desk.rsvp(meeting.key, user_id, name, coming)
            answer = "kommer" if coming else "kommer ikke"
            return CardOutcome(meeting, f"Takk, {_clean_name(name)}! Registrert: {answer}.")
        if verb is Verb.MEETING_AGENDA:
            raw = data.get("agenda_item")
            desk.add_agenda(meeting.key, raw if isinstance(raw, str) else "", name)
            return CardOutcome(meeting, "Takk! Saken står nå på sakslisten.")
    except MeetingProblem as problem:
        return CardOutcome(meeting, str(problem), accepted=False)
    raise MeetingProblem("Jeg forstod ikke knappen. Prøv igjen.")
