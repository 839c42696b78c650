"""Who held a seat before today: no plan records it (bot/understanding/facets.py asks these
for a members or coordinator question that looks back)."""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex

ONE_NOW = frozenset({"den", "han", "hun", "ho"})
"""«før den som er nå»: the one who holds the role now, after «før» (folded «for»)."""


def before_holder(words: tuple[str, ...]) -> bool:
    """«hvem var koordinator før den som er nå?»: who held the role before today's holder –
    which no plan records; its «nå» is today's holder, not today's role asked."""
    return any(
        a == "for" and b in ONE_NOW and c == "som"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def year_before(words: tuple[str, ...], index: KommuneIndex | None) -> bool:
    """«hvem var slt-koordinator i 2019?»: a year before the plan's period, unrecorded."""
    if index is None or not any(map(str.isdigit, words)):
        return False
    start = index.kommune.plan.period_start
    return any(len(w) == 4 and w.isdigit() and 1900 < int(w) < start for w in words)
