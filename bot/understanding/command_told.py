"""A command's word inside a story is no command: «… bruker kontoen hans til å flytte penger»,
«jente 14 vil avlyse alle treningene fordi treneren …».

The cue table reads «flytte», «avlyse» or «innkalle» anywhere in a message as a meeting
command; the grammar (bot/features/meetings/command_grammar.py ``kind_of``) reads a command
only when its verb comes first. A verb further in, with no group, level or meeting word named,
commands nothing: what it tells – money moved through a young person's account, trainings
cancelled for fear – is read as any other message, so the danger check's and the safety net's
reading stand and a command's «Jeg forstod ikke helt» never stands in for them. «jeg vil
avlyse neste møte i fagteamet» names its meeting and keeps the grammar's hint.
"""

from __future__ import annotations

from bot.features.meetings.command_words import command_words
from bot.understanding.understood import Understood


def no_meeting_commanded(understood: Understood) -> bool:
    """The cue's command names no group, level or meeting: a verb in a story."""
    if understood.group_id or understood.level_named:
        return False
    meeting = command_words().periods.meeting
    return not any(w in meeting for w in understood.words)


__all__ = ["no_meeting_commanded"]
