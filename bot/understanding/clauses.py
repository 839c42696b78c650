"""Two questions in one message: «hvem er koordinator og når møtes koordineringsgruppa».

Read as one, such a message got a blend – the cue of one question with the group of the other,
or a role lookup for «politikontakten … nummeret». Split where a second question word starts
a new clause (after «og», a comma or a question mark), each part can be read on its own; the
bot (bot/routing.py) then answers both, or the first and says so. A message that is one
question («hva er bti og må jeg bruke det») has no second question word and is not split.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.frozen_init import quick_replace
from bot.understanding.intents import NEEDS_GROUP, Intent
from bot.understanding.understood import Understood

QUESTION_WORDS = (
    "hvem", "hva", "hvor", "når", "nar", "hvilke", "hvilken", "hvilket", "hvordan", "kven",
    "kva", "kor", "korleis", "kem", "who", "what", "when", "where", "how",
)  # fmt: skip
_STARTS = "|".join(QUESTION_WORDS)
TOPIC_OPENERS = ("står", "star", "finnes", "fins", "nevner", "sier")
"""«… gjøre? står noe om bti i planen?»: after a question mark, a verb that asks what the plan
says on a topic opens a second question as a question word does (topic_asked.py reads it)."""
_OPENS = "|".join(TOPIC_OPENERS)
_BOUNDARY = re.compile(
    rf"(?:\s*[?;,]\s*(?:og\s+)?|\s+og\s+)(?=(?:{_STARTS})\b)|\s*\?\s*(?=(?:{_OPENS})\b)",
    re.IGNORECASE,
)
_ASKS = re.compile(rf"\b(?:{_STARTS})\b", re.IGNORECASE)
MIN_WORDS = 2
"""A part this short («og hva?») is no question of its own."""
WHEN_GROUP = NEEDS_GROUP | {Intent.NEXT_MEETING, Intent.DUTIES}
"""Readings of the second part that take the first part's group when it names none."""


class Parts(NamedTuple):
    first: str
    second: str
    restated: bool
    """Only a comma between them: perhaps one question said twice («hva er satsingen,
    hvilke tema er løftet fram»), not two."""


def question_parts(text: str) -> Parts | None:
    """The two questions of a message that holds two, or None."""
    if not any(mark in text for mark in "?;,") and "og" not in text.lower():
        return None  # a boundary is a «?», «;», «,» or «og»: no need to try every position
    match = _BOUNDARY.search(text)
    if match is None:
        return None
    first, second = text[: match.start()].strip(), text[match.end() :].strip()
    if len(first.split()) < MIN_WORDS or len(second.split()) < MIN_WORDS:
        return None
    if _ASKS.search(first) is None:
        return None  # «det har begynt å henge en gjeng …, hvem kontakter jeg»: one question
    return Parts(first, second, restated=match.group().strip() == ",")


BACK_WORDS = frozenset({"den", "det", "dem", "de", "dette", "disse", "dei", "it", "they"})
BACK_MAX = 4
"""«… og når brukes den?»: a second part this short with one of these asks of the first's
object; it names nothing of its own."""


def points_back(second: str) -> bool:
    """The second part only asks more of what the first named («og når brukes den?»)."""
    words = re.findall(r"\w+", second.lower())
    return len(words) <= BACK_MAX and not BACK_WORDS.isdisjoint(words)


def carried(first: Understood, second: Understood) -> Understood:
    """The second question with the first's group when it names none («hvem leder
    politirådsmøtene og hvem skriver referat»: the referat of politirådet)."""
    if second.group_id or second.level or second.intent not in WHEN_GROUP:
        return second
    if not (first.group_id or first.level):
        return second
    return quick_replace(
        second, group_id=first.group_id, level=first.level, level_named=first.level_named
    )


def answered_apart(whole: Understood, first: Understood, second: Understood) -> bool:
    """Both parts are questions the bot reads, and they ask different things: answer each.
    When only one of them is read, the whole message's reading stands if it is that one."""
    known = [u for u in (first, second) if u.intent is not Intent.UNKNOWN]
    if len(known) < 2 or _frist_of_the_list(first, second):
        return False
    return (first.intent, first.group_id, first.level) != (
        second.intent,
        second.group_id,
        second.level,
    ) and not whole.routine


TILTAK_LISTS = frozenset({Intent.TILTAK_MINE, Intent.TILTAK_FOR_ROLE})


def _frist_of_the_list(first: Understood, second: Understood) -> bool:
    """«hvilke tiltak er mine, og når er fristene?»: the second asks the frister of the tiltak
    the first lists – the list shows each frist; alone it names no tiltak to find."""
    names_one = second.tiltak_number or any(kind == "tiltak" for kind, _ in second.about[:1])
    return (
        first.intent in TILTAK_LISTS and second.intent is Intent.TILTAK_DEADLINE and not names_one
    )
