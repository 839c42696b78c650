"""A tiltak question about something the plan has no tiltak for gets the honest «vet ikke»
with what is missing said first, never a nearby tiltak's card as if it were the answer:

- «hvem har ansvaret for natteravnene?» where the kommune's plan has no such tiltak: the
  owner search finds nothing, and another tiltak's owner would answer another question;
- «har vi tiltak for 6. og 7. trinn?» where every tiltak of the plan names other grades or
  school stages (grades.py ``grade_lacking``): the tiltak for 8.–10. trinn are not for 7.;
- «har vi noe tiltak for ungdom som kjører moped uten førerkort?»: a thing no knowledge holds,
  and no tiltak of the plan shares a word of what is asked, only whom (``about_none``).

The fallback names the coordinator; the reply's ``plan_lacks`` fact keeps the intent net from
doubting an answer that already says the plan lacks what was asked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.grades import asked_grade, grade_lacking
from bot.features.tiltak.not_in_plan import IN_PLAN
from bot.text import NAME_LETTERS, echoable, tokens
from bot.understanding import Intent
from bot.understanding.generic_match import unmatched

if TYPE_CHECKING:
    from bot.features.tiltak.view import TiltakView
    from bot.router import Turn

ASKED = frozenset({Intent.TILTAK_LOOKUP, Intent.TILTAK_OWNER, Intent.TILTAK_FOR_ROLE})
"""The readings that ask for a tiltak by what it is about or for."""
SEARCHED = frozenset({Intent.TILTAK_LOOKUP, Intent.TILTAK_OWNER, Intent.TILTAK_DEADLINE})
"""The answers that search the plan for the tiltak asked («når er fristen for å levere
årsmeldingen» searches as «hvem har ansvaret for …» does); a role's tiltak («hva står lærerne
ansvarlige for») says itself that none names the role."""
TOPIC_LETTERS = 3
"""A word of what the question is about is at least this long («rus»)."""
STEM = 5
"""Letters always compared; a shorter word is compared whole."""
ENDING = 2
"""An inflection's letters left off before comparing: «sendes» is «sende», «sommerferien»
«sommerferie»."""
SENTENCE_END = re.compile(r"[.?!]+\s+|\n+")


def lacking(view: TiltakView, turn: Turn) -> str:
    """What the plan has no tiltak for, said as the fallback's lead; else nothing."""
    q = turn.understood
    if q is None or q.intent not in ASKED or q.tiltak_number:
        return ""
    grade = asked_grade(q.words, view.desk.grades)
    if grade is not None and grade_lacking(view.all(), grade, view.desk.grades):
        return texts.no_tiltak_for_grade(grade=grade)
    return ""


def about_none(view: TiltakView, turn: Turn, unknown: tuple[str, ...]) -> bool:
    """«har vi noe tiltak for ungdom som kjører moped uten førerkort?»: the question names a
    thing no knowledge holds (``not_in_plan``), names no routine's topic, and no tiltak of the
    plan has a word of what its asking sentence is about – only whom it is for («ungdom»). A
    word no knowledge holds counts by its head («sommertilbud»: «sommer», as in «sommeruka»).
    The tiltak a search finds are then near by whom, not by what, and no answer."""
    q = turn.understood
    if q is None or q.routine is not None:
        return False
    said, lexicon = view.desk.grades, turn.bot.understanding.lexicon
    skip = lexicon.stopwords | lexicon.filler | said.whom | said.no_topic | IN_PLAN
    sentences = [tokens(s) for s in SENTENCE_END.split(turn.text)]
    asking = [w for s in sentences if IN_PLAN.intersection(s) for w in s]
    topic = tuple(
        w[:NAME_LETTERS] if w in unknown else w[: max(STEM, len(w) - ENDING)]
        for w in asking or q.rest
        if len(w) >= TOPIC_LETTERS and not w.isdigit() and w not in skip
    )
    return not topic or not view.desk.holds_any(view.kommune_id, topic)


def generic_only(turn: Turn, first: str) -> str | None:
    """«har skolen et tiltak mot hærverk?»: the tiltak a search found first (``first``) holds
    only generic or function words of the question («skolen»), and no tiltak of the plan holds
    a specific one (understanding/generic_match.py): that word as written; '' when it may not
    be shown (not in the message as typed, or capitalised inside a sentence: maybe a name);
    None when the tiltak found is about what was asked."""
    q = turn.understood
    if q is None or q.tiltak_number or q.role_words or q.group_id:
        return None
    found = unmatched(turn.bot.understanding, turn.kommune_id, "tiltak", first, q.rest, q.meant)
    if found is None or not found.in_none:
        return None
    return echoable(turn.text, found.word) or ""


def found_nothing(reply: Reply, turn: Turn) -> bool:
    """An owner, lookup or deadline answer that found no tiltak for a question naming none by
    number: its «Fant ikke det tiltaket» is the plan lacking it – unless the kommune has a
    routine on what was asked, which the answer names instead («… men det finnes en rutine: …»)."""
    q = turn.understood
    return (
        q is not None
        and not q.tiltak_number
        and reply.intent in SEARCHED
        and reply.facts.get("tiltak") == []
        and q.routine not in turn.bot.routines.by_kommune.get(turn.kommune_id, {})
    )


def honest(turn: Turn, lead: str) -> Reply:
    """The honest fallback, ``lead`` first, marked as saying what the plan lacks."""
    reply = fallback(turn.index, turn.bot.kb, topic=True, lead=lead)
    return Reply(reply.text, reply.cards, reply.intent, {**reply.facts, PLAN_LACKS: True})


__all__ = ["about_none", "found_nothing", "generic_only", "honest", "lacking"]
