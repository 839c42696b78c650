"""The verbs of card actions, shared by the card builders and the handlers.

Every Action.Execute carries ``verb`` and a ``data`` dict; Teams clients that only know
Action.Submit send the same ``data`` with ``verb`` inside it (``msteams`` fallback).
"""

from enum import StrEnum


class Verb(StrEnum):
    ROUTINE_START = "routine.start"
    ROUTINE_STEP = "routine.step"
    ROUTINE_ANSWER = "routine.answer"
    TILTAK_DONE = "tiltak.done"
    TILTAK_MORE_TIME = "tiltak.more_time"
    TILTAK_NOT_MINE = "tiltak.not_mine"
    TILTAK_COMMENT = "tiltak.comment"
    TILTAK_SET_DEADLINE = "tiltak.set_deadline"
    TILTAK_EXTEND_PLAN = "tiltak.extend_plan"
    TILTAK_REMIND = "tiltak.remind"
    TILTAK_ASSIGN = "tiltak.assign"
    TILTAK_MARK_DONE = "tiltak.mark_done"
    TILTAK_ACCEPT_DATE = "tiltak.accept_date"
    MEETING_RSVP_YES = "meeting.yes"
    MEETING_RSVP_NO = "meeting.no"
    MEETING_AGENDA = "meeting.agenda"
    ASK = "question.ask"
    ASK_READING = "question.reading"
    KOMMUNE_CHOOSE = "kommune.choose"
    MEETING_COMMAND = "meeting.command"
