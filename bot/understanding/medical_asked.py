"""«brannøvelse ok, men hva er rutinen om en elev får et epileptisk anfall», «hva er egentlig
rutinen hvis en elev besvimer?», «klatreveggen: hvis noen faller og slår seg skikkelig, hvem
ringer vi»: what to do should someone be taken ill or hurt – a fit, a faint, a fall – asked
calmly, as a routine, not told as a case. No SLT routine is about a body in trouble; the
national emergency numbers answer it (bot/features/routines/medical.py). A case told now («han
har et anfall nå») is the danger check's long before this is read; a drill or a course named
beside the question («førstehjelpskurs», «brannøvelse») keeps that check quiet, so the question
itself must still be answered.

Closed word classes tied to the one rule, so they live here beside it. Words are the reader's
(folded: «besvimer», «bevisstlos», «slar»)."""

from __future__ import annotations

from itertools import pairwise

BODY_EVENTS = (
    "anfall",
    "epilep",
    "krampe",
    "krampa",
    "besvim",
    "bevisstlos",
    "bevisstlaus",
    "medvitslaus",
    "allergisk",
    "allergireaksjon",
    "astma",
    "hjertestans",
)
"""Beginnings of words that name a body in trouble: a fit, a faint, a seizure, a reaction."""
FALLS = frozenset(
    {"faller", "falle", "falt", "detter", "datt", "ramler", "ramla", "ramlet", "sklir", "skled"}
)
HURT = frozenset(
    {("slar", "seg"), ("slo", "seg"), ("skader", "seg"), ("skadet", "seg"), ("skada", "seg")}
)
"""A fall that hurts: «faller og slår seg», «datt og skadet seg» (a hurt alone may be
self-harm, the danger check's)."""
HURT_WORDS = frozenset({"brekker", "brakk", "brukket", "hodeskade", "hjernerystelse"})
OUTINGS = (
    "tur",
    "utflukt",
    "ekskursjon",
    "leirskole",
    "leirskule",
    "skidag",
    "aktivitetsdag",
    "klatr",
    "svomm",
    "gym",
    "trening",
)
"""Beginnings of words for an outing or an activity: a hurt «på tur», «i gymmen» is an
accident («skader seg selv» is self-harm, never read here)."""
SELF = frozenset({"selv", "sjolv", "sjol"})
SUPPOSED = frozenset({"hvis", "om", "dersom", "vis", "viss", "nar", "if", "when"})
"""The event is supposed: «hvis en elev besvimer», «om noen faller»."""
ASKED = frozenset({"hva", "hvem", "hvordan", "kva", "kven", "korleis", "what", "who", "how"})
DOING = frozenset(
    {"gjor", "gjore", "gjer", "ringer", "ringe", "ring", "kontakter", "varsler", "do", "call"}
)
ROUTINE = "rutine"


def _names_body_event(words: tuple[str, ...]) -> bool:
    """A fit, a faint, a fall that hurts or a hurt on an outing – not «et anfall av latter»."""
    if any(w.startswith(BODY_EVENTS) and nxt != "av" for w, nxt in pairwise((*words, ""))):
        return True
    hurt = any(p in HURT for p in pairwise(words))
    if hurt and SELF.isdisjoint(words) and any(w.startswith(OUTINGS) for w in words):
        return True  # «hvis noen skader seg på tur»
    if FALLS.isdisjoint(words):
        return False
    return not HURT_WORDS.isdisjoint(words) or hurt


def asks_what_to_do(words: tuple[str, ...]) -> bool:
    """«hva er rutinen …», «hva gjør vi …», «hvem ringer vi …»."""
    if any(w.startswith(ROUTINE) for w in words):
        return True
    return not ASKED.isdisjoint(words) and not DOING.isdisjoint(words)


def asks_what_if_taken_ill(words: tuple[str, ...]) -> bool:
    """Whether the message asks what to do should someone be taken ill or hurt: a body event
    named (a fit, a faint, a fall that hurts), supposed («hvis», «om») and asked as a routine
    or a question of doing («hva er rutinen», «hvem ringer vi»)."""
    return not SUPPOSED.isdisjoint(words) and _names_body_event(words) and asks_what_to_do(words)


DRILLED_EVENTS = (*BODY_EVENTS, "overdos", "forgift")
"""What a first-aid drill plays out («øve på overdose-scenario», «øvelse med forgiftning»)."""


def drill_of_body_event(words: tuple[str, ...]) -> bool:
    """Whether the words name a body in trouble, or an overdose or a poisoning, as a drill may
    play it out; the caller has read the drill («vi skal øve på overdose-scenario neste uke –
    hvilket nummer ringer man, 112 eller 113?»: which number, asked for the drill)."""
    return any(w.startswith(DRILLED_EVENTS) and nxt != "av" for w, nxt in pairwise((*words, "")))


__all__ = ["asks_what_if_taken_ill", "asks_what_to_do", "drill_of_body_event"]
