"""What the coordinator's review sheet says: the labels of the facts and their bases."""

from __future__ import annotations

from bot.knowledge.provenance import Basis

BASIS_HELP = {
    Basis.OLDER: "står bare i en eldre kilde",
    Basis.INFERRED: "utledet fra planens ord",
    Basis.ASSUMED: "antatt – står ikke i planen",
    Basis.MISSING: "mangler i planen – fyll inn",
}

LABEL = {
    "plan": "Planen",
    "target_group": "Målgruppe",
    "goals": "Mål og visjon",
    "coordinator": "SLT-koordinator",
    "status_checks": "Statussjekk for løpende tiltak",
    "first_aid": "Nasjonalt: førstehjelp når noen blir akutt syk eller skadet",
}
"""A fact's label on the sheet, by the part of the knowledge file it sits in."""

_NAMED = {
    "level": "Nivå: {}",
    "group": "Gruppe: {}",
    "contact": "Kontakt: {}",
    "tiltak": "Tiltak {}",
    "plan_fact": "Fra planen: {}",
    "routine": "Rutine: {}",
    "routine_aside": "Ved en rutine: {}",
}


def named(kind: str, name: str) -> str:
    """«Gruppe: Politirådet», «Tiltak 12»: a fact's label with the thing it belongs to."""
    return _NAMED[kind].format(name)


def need_where(kind: str, services: str) -> str:
    """«Hjelp ved behov (psykisk_helse): Mestringsenheten i Gjesdal»: a need row's label, with
    the kind as the knowledge file and national/needs.yaml spell it."""
    return f"Hjelp ved behov ({kind}): {services}"
