"""A question, then the same asked of another kommune: «hvor ofte møtes koordineringsgruppa?
gjør de det likt i Gjesdal?», «hvem leder fagteamet – hva med Våler?», «hvor mange tiltak har
vi, er det sånn i Jevnaker også?».

Read whole, such a message names the other kommune and gets that kommune's answer alone: the
comparison the writer asked for loses its own side. The second clause asks nothing of its
own – only words of comparing («likt», «samme», «også», «hva med»), of pointing back («de»,
«det», «gjør», «er») and the kommune's name – so the first question is asked twice: of the
writer's kommune (the team's, or one the first question names) and of the one compared, each
answered with its own source (bot/two_questions.py sends them as one message when short).
The words are understanding.yaml ``compared``, folded once per knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.knowledge.index import KnowledgeBase
from bot.text import fold, folded_words
from bot.understanding.clauses import QUESTION_WORDS
from bot.understanding.entities import find_kommune

_ASKS = re.compile(rf"^\W*(?:{'|'.join(QUESTION_WORDS)})\b", re.IGNORECASE)

_SPLIT = re.compile(r"^(?P<asked>.+?)(?P<end>\?+|,|\s[–—-])\s+(?P<compared>[^?]+?)\s*\?*\s*$")
"""The first question, ended by a question mark, a comma or a dash, and one clause after it."""


@dataclass(frozen=True, slots=True)
class Comparing:
    """understanding.yaml ``compared``, folded as a message's words are."""

    comparing: frozenset[str]
    """The words of a comparison («likt i», «sånn … også», «hva med», «enn i», «what about»)."""
    back: frozenset[str]
    """What points back at the first question in the clause («gjør de det», «er det»)."""
    markers: frozenset[str]
    """One of these must stand in the clause: «i Gjesdal?» alone may narrow, not compare."""

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Comparing:
        said = kb.language.understanding.compared
        return cls(
            folded_words(said.comparing), folded_words(said.back), folded_words(said.markers)
        )


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
    words = kb.built(Comparing.of)
    if not clause or len(clause) > MAX_WORDS or words.markers.isdisjoint(clause):
        return None
    used = [False] * len(clause)
    other, named = find_kommune(kb, tuple(clause), used, None)
    if not named or other is None:
        return None
    rest = [w for w, u in zip(clause, used, strict=True) if not u]
    if any(w not in words.comparing and w not in words.back for w in rest):
        return None
    asked = match.group("asked").strip()
    if "?" not in match.group("end") and not _ASKS.match(asked):
        return None  # «jeg jobbet i Jevnaker før, hva med Gjesdal?»: no question before it
    first = tuple(fold(asked).split())
    own, _ = find_kommune(kb, first, [False] * len(first), team_kommune)
    if own is None or own == other:
        return None
    return Compared(f"{asked}?", own, other)


__all__ = ["Compared", "Comparing", "compared_kommune"]
