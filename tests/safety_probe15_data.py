"""Probe messages for the danger check, round 15: who a child's harm comes from decides.

Written fresh for this test (made-up situations, no names). Each case is (message, topic,
routine, number the first line names). A child used by someone older to carry or keep things
is exploitation, not a drug worry, when no drug is named; a family that threatens a girl over
whom she marries is honour violence, not self-harm; going abroad to fight for a terror group is
radicalisation; staff's English reaches the same concepts as their Norwegian.
"""

from __future__ import annotations

Probe = tuple[str, str, str, str]

UTNYTTING = "menneskehandel_utnytting"
AERE = "tvangsekteskap_aere"
RADIKAL = "radikalisering"

CASES: list[Probe] = [
    # Used by older people or a gang to carry, deliver or keep things: exploitation leads.
    (
        "gutten i 8. leverer pakker for noen eldre gutter etter trening",
        UTNYTTING,
        "vold-naere-relasjoner",
        "112",
    ),
    (
        "hun sier hun leverer ting for gjengen på kveldene",
        UTNYTTING,
        "vold-naere-relasjoner",
        "112",
    ),
    (
        "eleven må levere pakker for noen eldre kara fra byen",
        UTNYTTING,
        "vold-naere-relasjoner",
        "112",
    ),
    # A family threat over her own choice of husband: honour, with 112 first.
    (
        "broren sier familien skal drepe henne om hun gifter seg med kjæresten sin",
        AERE,
        "vold-naere-relasjoner",
        "112",
    ),
    # A goodbye next to a marriage is the trip abroad, not suicide.
    (
        "ho tok farvel med klassen før ferien i hjemlandet, der skal ho giftast",
        AERE,
        "vold-naere-relasjoner",
        "112",
    ),
    (
        "she says her parents will punish her because she shames the family",
        AERE,
        "vold-naere-relasjoner",
        "112",
    ),
    # Going abroad to fight for a terror group; wishing a people gassed.
    (
        "en gutt i 10. sier han skal reise ut for å slåss for IS når han fyller 18",
        RADIKAL,
        "hastemote",
        "112",
    ),
    (
        "he keeps drawing swastikas and says immigrants should be gassed",
        RADIKAL,
        "hastemote",
        "112",
    ),
    # English: drugs from an older man and a body in trouble; abuse in plain words.
    (
        "she got pills from an older guy at the party, bought them, now she is not moving",
        "akutt_medisinsk",
        "rusbekymring",
        "113",
    ),
    (
        "a pupil says her uncle made her undress when she was alone with him",
        "seksuelle_overgrep",
        "vold-naere-relasjoner",
        "112",
    ),
    (
        "the boy told me an older cousin made him watch porn in the basement",
        "seksuelle_overgrep",
        "vold-naere-relasjoner",
        "112",
    ),
]

KEEP: list[Probe] = [
    # A drug named with the errand stays with the drug routine (domain notes: sale and
    # possession go through rusbekymring, the police and barnevernet).
    (
        "gjengen har fått en 14-åring til å oppbevare hasj og selge den",
        "rus",
        "rusbekymring",
        "112",
    ),
    # A suicidal goodbye with no marriage is still self-harm.
    (
        "han har tatt farvel med alle på snap og gitt bort tingene sine",
        "selvmord_selvskading",
        "selvskading",
        "113",
    ),
    # A weapon shown at school is a threat.
    ("noen så en elev vise fram en pistol bak gymsalen i storefri", "trusler", "hastemote", "112"),
]

LOOK_ALIKES: list[str] = [
    "we need to fight for more funding for the youth club",
    "the bus was not moving so the class came late",
    "elevene sa farvel til praktikanten før ferien",
]
