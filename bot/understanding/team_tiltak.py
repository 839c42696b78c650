"""A team that is also a tiltak, asked who leads it where the plan lists it as a tiltak.

Våler's Oppvekstteam is both a group (BTI nivå 3, with a meeting leader) and tiltak 8 of the
handlingsplan («Oppvekstteam – tverrfaglig støtte …», ansvar: «Alle virksomheter som jobber
med barn og unge – Teamet ledes av nestleder i Barneverntjenesten»). «hvem leder
oppvekstteamet?» asks the group, and its meeting leader answers. «Hvem leder oppvekstteamet i
innsatsområde 1?», «hvem leder tiltaket oppvekstteam?» place it in the handlingsplan: the
tiltak's owners answer, as the plan lists them (the tiltak reader finds the tiltak by the
group's name, bot/features/tiltak/questions.py). Jevnaker's Oppvekstkonferansen is a group
and a tiltak with the same id.
"""

from __future__ import annotations

from bot.frozen_init import quick_replace
from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.intents import Intent
from bot.understanding.understood import Understood

LEADER_ASKED = frozenset({Intent.MOTELEDER})
"""«hvem leder …»: the reading a leader asked of a group gets."""
PLAN_PART = ("innsatsomr", "satsingsomr", "satsningsomr", "tiltak", "handlingsplan", "handlingsdel")
"""Words (by their start, folded) that place what is asked in the plan's list of tiltak."""
TITLE_DASH = " – "
"""A tiltak's title leads with its name before this dash («Oppvekstteam – tverrfaglig …»)."""


def is_tiltak_too(index: KommuneIndex, group_id: str) -> bool:
    """The plan lists the group as a tiltak: one with its id, or the one whose title leads
    with the group's id as words («oppvekstteam»: «Oppvekstteam – tverrfaglig …») – how the
    tiltak reader finds it (``_same_as_group`` in bot/features/tiltak/questions.py)."""
    if group_id not in index.groups_by_id:
        return False
    tiltak = index.kommune.tiltak
    if any(t.id == group_id for t in tiltak):
        return True
    name = group_id.replace("-", " ")
    led = [t for t in tiltak if fold(t.tiltak.split(TITLE_DASH)[0]) == name]
    return len(led) == 1


def team_as_tiltak(understood: Understood, index: KommuneIndex | None) -> Understood:
    """The tiltak's owners, not the group's meeting leader, when the question places the
    team in the handlingsplan; else the reading as it was."""
    if index is None or understood.intent not in LEADER_ASKED or not understood.group_id:
        return understood
    if not any(w.startswith(PLAN_PART) for w in understood.words):
        return understood
    if not is_tiltak_too(index, understood.group_id):
        return understood
    # the team names the tiltak: a number beside it is the innsatsområde's («… i
    # innsatsområde 1»), not tiltak 1
    return quick_replace(
        understood,
        intent=Intent.TILTAK_OWNER,
        cue="",
        options=(),
        margin=None,
        tiltak_number=None,
        number=None,
    )
