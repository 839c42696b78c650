"""«er frivilligheten med i slt? på hvilket nivå?»: a level whose own description names what
is asked, though no group lists it as a seat.

Våler's utførende nivå is «alle som jobber med barn og unge i kommunen, politi og
frivilligheten»: no member list holds «frivilligheten», so the role's seats find nothing, and
the plain list of groups would not say where it is. The level that names it does.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import LevelInfo
from bot.text import fold
from bot.understanding import Understood
from bot.understanding.normalise import stem
from bot.understanding.retrieval import GENERIC

NAMED_LENGTH = 6
"""A word asked this long names something («frivilligheten»); shorter ones («slt», «noe»)
are too common in the levels' own words to say which level is meant."""


def level_naming(index: KommuneIndex, q: Understood) -> LevelInfo | None:
    """The one level whose description holds a word asked beside the level question (by its
    stem), or None when none or several do."""
    asked = {s for s in stem(w for w in q.rest if len(w) >= NAMED_LENGTH and w not in GENERIC)}
    if not asked:
        return None
    found = [
        info
        for info in index.kommune.levels
        if info.description and not asked.isdisjoint(stem(fold(info.description).split()))
    ]
    return found[0] if len(found) == 1 else None


__all__ = ["level_naming"]
