"""A tiltak question about something the plan has no tiltak for gets the honest «vet ikke»
with what is missing said first, never a nearby tiltak's card as if it were the answer:

- «hvem har ansvaret for natteravnene?» where the kommune's plan has no such tiltak: the
  owner search finds nothing, and another tiltak's owner would answer another question;
- «har vi tiltak for 6. og 7. trinn?» where every tiltak of the plan names other grades or
  school stages (grades.py ``grade_lacking``): the tiltak for 8.–10. trinn are not for 7.

The fallback names the coordinator; the reply's ``plan_lacks`` fact keeps the intent net from
doubting an answer that already says the plan lacks what was asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.grades import asked_grade, grade_lacking
from bot.understanding import Intent

if TYPE_CHECKING:
    from bot.features.tiltak.view import TiltakView
    from bot.router import Turn

ASKED = frozenset({Intent.TILTAK_LOOKUP, Intent.TILTAK_OWNER, Intent.TILTAK_FOR_ROLE})
"""The readings that ask for a tiltak by what it is about or for."""


def lacking(view: TiltakView, turn: Turn) -> str:
    """What the plan has no tiltak for, said as the fallback's lead; else nothing."""
    q = turn.understood
    if q is None or q.intent not in ASKED or q.tiltak_number:
        return ""
    grade = asked_grade(q.words, view.desk.grades)
    if grade is not None and grade_lacking(view.all(), grade, view.desk.grades):
        return texts.no_tiltak_for_grade(grade=grade)
    return ""


def found_nothing(reply: Reply, turn: Turn) -> bool:
    """An owner or lookup answer that found no tiltak for a question naming none by number:
    its «Fant ikke det tiltaket» is the plan lacking it."""
    q = turn.understood
    return (
        q is not None
        and not q.tiltak_number
        and reply.intent in ASKED
        and reply.facts.get("tiltak") == []
    )


def honest(turn: Turn, lead: str) -> Reply:
    """The honest fallback, ``lead`` first, marked as saying what the plan lacks."""
    reply = fallback(turn.index, turn.bot.kb, topic=True, lead=lead)
    return Reply(reply.text, reply.cards, reply.intent, {**reply.facts, PLAN_LACKS: True})


__all__ = ["found_nothing", "honest", "lacking"]
