"""A question, then the same asked of another kommune: «hvor ofte møtes koordineringsgruppa?
gjør de det likt i Gjesdal?», «hvem leder fagteamet – hva med Våler?», «hvor mange tiltak har
vi, er det sånn i Jevnaker også?».

Read whole, such a message names the other kommune and gets that kommune's answer alone: the
comparison the writer asked for loses its own side. The second clause asks nothing of its
own – only words of comparing («likt», «samme», «også», «hva med»), of pointing back («de»,
«det», «gjør», «er») and the kommune's name – so the first question is asked twice: of the
writer's kommune (the team's, or one the first question names) and of the one compared, each
answered with its own source (bot/two_questions.py sends them as one message when short).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from bot.understanding.clauses import QUESTION_WORDS
from bot.understanding.entities import find_kommune

_ASKS = re.compile(rf"^\W*(?:{'|'.join(QUESTION_WORDS)})\b", re.IGNORECASE)

_SPLIT = re.compile(r"^(?P<asked>.+?)(?P<end>\?+|,|\s[–—-])\s+(?P<compared>[^?]+?)\s*\?*\s*$")
"""The first question, ended by a question mark, a comma or a dash, and one clause after it."""
COMPARING = frozenset(
    fold(w)
    for w in {
        "likt", "lik", "like", "likeins", "samme", "sama", "sånn", "slik", "sann", "også", "og",
        "med", "enn", "tilsvarende", "forskjellig", "annerledes", "ulikt", "sammenlignet",
        "samanlikna", "hos", "i", "på", "for", "about", "what", "same", "in",
    }
)  # fmt: skip
"""The words of a comparison («likt i», «sånn … også», «hva med», «enn i», «what about»)."""
BACK = frozenset(
    fold(w)
    for w in {
        "gjør", "gjer", "er", "har", "det", "de", "dei", "dem", "der", "dette", "hva",
        "kva", "ka", "hvordan", "korleis", "koss", "då", "da", "så", "mon", "tro", "is", "it",
        "there", "they", "do",
    }
)  # fmt: skip
"""What points back at the first question in the clause («gjør de det», «er det», «hva»)."""
MARKERS = frozenset(
    fold(w)
    for w in {
        "likt", "lik", "like", "samme", "sånn", "slik", "også", "enn", "tilsvarende", "med",
        "same", "og", "forskjellig", "annerledes", "ulikt",
    }
)  # fmt: skip
"""One of these must stand in the clause: «i Gjesdal?» alone may narrow, not compare."""
MAX_WORDS = 8
"""A clause this long at most: a longer one asks something of its own."""


class Compared(NamedTuple):
    asked: str
    """The first question, as typed."""
    own: str
    """The kommune it is asked of first: one it names, else the writer's team's."""
    other: str
    """The kommune compared."""


def compared_kommune(text: str, kb: KnowledgeBase, team_kommune: str) -> Compared | None:
    """The question and the two kommuner when the message asks it of another kommune too."""
    match = _SPLIT.match(text.strip())
    if match is None:
        return None
    clause = fold(match.group("compared")).split()
    if not clause or len(clause) > MAX_WORDS or MARKERS.isdisjoint(clause):
        return None
    used = [False] * len(clause)
    other, named = find_kommune(kb, tuple(clause), used, None)
    if not named or other is None:
        return None
    rest = [w for w, u in zip(clause, used, strict=True) if not u]
    if any(w not in COMPARING and w not in BACK for w in rest):
        return None
    asked = match.group("asked").strip()
    if "?" not in match.group("end") and not _ASKS.match(asked):
        return None  # «jeg jobbet i Jevnaker før, hva med Gjesdal?»: no question before it
    first = tuple(fold(asked).split())
    own, _ = find_kommune(kb, first, [False] * len(first), team_kommune)
    if own is None or own == other:
        return None
    return Compared(f"{asked}?", own, other)


__all__ = ["Compared", "compared_kommune"]
