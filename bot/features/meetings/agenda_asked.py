"""«Hvordan får jeg et punkt på sakslista til arbeidsgruppa?»: how anyone brings a sak to a
meeting, and the saksliste so far.

Found walking as a teacher in a Gjesdal team: the question got the fallback, though the bot
itself collects the saksliste in each call card («Meld inn sak», with «Frist for saker»). The
answer names the group's next meeting, says where and by when a sak is written in (the call
card in the channel, posted seven days before), the saksliste so far, and the innkaller as the
other way in. A group the bot sends no call for («calls: off») takes no saker here: the
innkaller does. The words are commands.yaml's ``agenda``; a question about anything else that
names no agenda word is never read here.
"""

from __future__ import annotations

import datetime as dt
import functools

from bot.clock import OSLO
from bot.dates import day_text, when_text
from bot.features.meetings import texts
from bot.features.meetings.commands import find_group
from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import Meeting
from bot.features.meetings.next_asked import meeting_asked
from bot.features.meetings.sends import agenda_deadline, calls_posted, send_times
from bot.features.reply import Reply
from bot.knowledge.models import Level
from bot.router import ROUTINES, Router, Turn
from bot.text import folded_words

INTENT = "meeting_agenda"
"""Not a reading the intent net votes on: the examples know no question about the saksliste,
and their second look would turn this answer into the fallback."""


def asks_agenda(turn: Turn) -> bool:
    """A word that asks how or adds («hvordan», «få», «legge»), then an agenda word, and no
    other question word: «arbeidsgruppa har ungdata på agendaen – hvem sitter der?» asks who
    sits there. Not «melde inn en sak» alone: a young person's case brought to the operative
    group is the consent routine's."""
    said = turn.bot.kb.language.commands.agenda
    if said is None or turn.index is None:
        return False
    words = turn.folded_text.split()
    if asks_contents(turn):
        return True
    if set(words) & _folded(said.others):
        return False
    nouns = _folded(said.nouns)
    at = next((i for i, w in enumerate(words) if w in nouns), None)
    if at is None:
        return _brings_a_sak(turn, words, said.bring, said.items)
    return bool(set(words[:at]) & _folded(said.asking))


def asks_contents(turn: Turn) -> bool:
    """«hva står på sakslista (til neste fagteam)?», «kva er på agendaen no?»: a what-word, then
    only `contents` words, then «på» and the agenda word – the saksliste itself is asked for,
    and the answer says what is on it, or that nothing is yet. Another question word before
    the agenda word («hvem har ungdata på sakslista?») asks something else."""
    said = turn.bot.kb.language.commands.agenda
    if said is None or not said.what or not said.contents:
        return False
    words = turn.folded_text.split()
    nouns, what = _folded(said.nouns), _folded(said.what)
    at = next((i for i, w in enumerate(words) if w in nouns), None)
    if at is None or at < 2 or words[at - 1] != "pa":
        return False
    first = next((i for i, w in enumerate(words[:at]) if w in what), None)
    if first is None:
        return False
    between = words[first + 1 : at - 1]
    return bool(between) and set(between) <= _folded(said.contents)


@functools.lru_cache(maxsize=64)
def _folded(listed: str) -> frozenset[str]:
    """A word list of commands.yaml, folded once: the router asks every turn, and folding the
    three lists again was ten of a turn's seventeen folds. Keyed by the knowledge's own string
    (a reload's new list is a new key), never by a message."""
    return folded_words(listed)


_TO = frozenset({"til", "pa", "i", "for"})
_BETWEEN = frozenset({"inn", "en", "ei", "et", "ein", "eit", "jeg", "eg", "vi", "me", "du", "man"})
"""What may stand between the bring word and the sak: «melder jeg inn en sak»."""


def _brings_a_sak(turn: Turn, words: list[str], bring: str | None, items: str | None) -> bool:
    """«melde inn en sak til neste arbeidsgruppemøte», «… til arbeidsgruppa»: a bring word, at
    most «inn», a pronoun and an article, the sak, then «til» and a meeting («…møte») or a
    group on the styrende or koordinerende level. A sak for the operative group is a young
    person's case."""
    assert turn.index is not None
    if not bring or not items:
        return False
    brings, things = _folded(bring), _folded(items)
    for i, word in enumerate(words):
        if word not in things:
            continue
        before = words[max(0, i - 4) : i]
        if not set(before) & brings:
            continue
        if any(w not in brings and w not in _BETWEEN for w in before[_last(before, brings) :]):
            continue
        rest = words[i + 1 :]
        if not rest or rest[0] not in _TO:
            continue
        group_id = find_group(turn.index, " ".join(rest))
        if group_id is not None:
            return turn.index.groups_by_id[group_id].level != Level.UTFORENDE
        return any(w.endswith(("mote", "motet", "moter")) for w in rest)
    return False


def _last(words: list[str], among: frozenset[str]) -> int:
    """The index of the last of ``words`` that is in ``among``."""
    return max(i for i, w in enumerate(words) if w in among)


async def agenda_answer(turn: Turn) -> Reply:
    """The group's next meeting (the named group's, else the next one the bot calls in), where
    and by when a sak goes in, the saksliste so far, and the innkaller."""
    assert turn.index is not None
    desk = turn.bot.meetings
    now = turn.bot.clock.now()
    meeting, group_id = await meeting_asked(turn, any_group=False)
    if meeting is None:
        group = turn.index.groups_by_id[group_id].name if group_id else None
        return Reply(texts.no_meeting_ahead(group), intent=INTENT, facts={"asked": "agenda"})
    innkaller = desk.innkaller(meeting)
    lines = [_where(desk, meeting, now)]
    if calls_posted(meeting.group):
        agenda = [entry.text for entry in await desk.agenda(meeting.key)]
        if agenda:
            lines.append(texts.agenda_so_far(agenda))
        elif asks_contents(turn):
            lines.append(texts.AGENDA_EMPTY)
        lines.append(texts.AGENDA_NO_NAMES)
        if innkaller:
            lines.append(texts.agenda_innkaller(innkaller=innkaller))
    elif innkaller:
        lines.append(texts.agenda_send_innkaller(innkaller=innkaller))
    facts = {"asked": "agenda", "group": meeting.group.id}
    return Reply("\n".join(lines), intent=INTENT, facts=facts)


def _where(desk: MeetingDesk, meeting: Meeting, now: dt.datetime) -> str:
    # a meeting in another year than today's says which («onsdag 13. januar 2027»)
    year = meeting.start.astimezone(OSLO).year != now.astimezone(OSLO).year
    group, when = meeting.group.name, when_text(meeting.start, year=year)
    if not calls_posted(meeting.group):
        return texts.agenda_not_called(group=group, when=when)
    deadline = when_text(agenda_deadline(meeting, desk.calendar))
    call_at = send_times(meeting).call_at
    # A command that changed the meeting (a move: its sequence went up) posted its call at
    # once; the call day the plan's rhythm gives is no longer when it comes.
    if call_at <= now or meeting.source != "scheduled" or meeting.sequence:
        return texts.agenda_call_out(group=group, when=when, deadline=deadline)
    call_day = day_text(call_at.date())
    return texts.agenda_call_ahead(group=group, when=when, call_day=call_day, deadline=deadline)


def register(router: Router) -> None:
    """For anyone, after the commands and before the routines and questions."""
    router.message("question:agenda", asks_agenda, agenda_answer, group=ROUTINES - 1)
