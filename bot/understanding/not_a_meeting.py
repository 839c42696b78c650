"""«Vi hadde øvelse med politiet i dag. Hvor ofte skal vi ha slike øvelser?», «hadde en sak i
fjor, ferdigbehandlet. må den inn i noe referat?»: a meeting's word (how often, the minutes)
asked of something that is no group's meeting – a drill, a case. With no group or level named,
the meeting answers would ask back «Hvilken gruppe mener du?», but no group is meant: the
plans say nothing of it, so the honest «vet ikke» with the coordinator answers.

Two forms, both with no group and no level named:

- how often a thing is held that is no meeting («slike øvelser», «ha brannøvelse»);
- who calls in, chairs or takes minutes asked with no one asked for («må den inn i
  referatet?» asks whether, not who).
"""

from __future__ import annotations

from bot.understanding.intents import Intent
from bot.understanding.understood import Understood

ROLE_INTENTS = frozenset({Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR})
WHO = frozenset({"hvem", "kven", "who", "hvilken", "hvilke", "kva", "hva", "whom"})
"""A role question asks for someone: «hvem skriver referat?», «hvilken rolle kaller inn?»."""
HOLD = frozenset({"ha", "holde", "arrangere", "gjennomfore", "kjore", "have", "hold"})
POINTING = frozenset({"slik", "slike", "sanne", "sann", "disse", "dei", "de", "noen", "such"})
MEETING_HEADS = ("mot", "samling", "treff", "meeting", "gruppe", "nettverk", "dem", "det")
"""What a meeting is called («møter», «samlinger», «treff») or a pronoun for it: still a group's
meeting, whose group is asked back."""


def held_thing(words: tuple[str, ...]) -> str:
    """The thing «hvor ofte skal vi ha X» asks of: the word after the verb of holding, past
    a pointing word («slike øvelser»); "" when none is named."""
    for i, word in enumerate(words[:-1]):
        if word not in HOLD:
            continue
        rest = [w for w in words[i + 1 : i + 3] if w not in POINTING]
        if rest:
            return rest[0]
    return ""


def no_meeting_asked(understood: Understood) -> bool:
    """A meeting's question asked of no group's meeting (module doc)."""
    q = understood
    if q.group_id or q.level is not None:
        return False
    if q.intent in ROLE_INTENTS:
        return WHO.isdisjoint(q.words) and not q.mentions_coordinator
    if q.intent is Intent.FREQUENCY:
        thing = held_thing(q.words)
        return bool(thing) and not thing.startswith(MEETING_HEADS)
    return False


__all__ = ["held_thing", "no_meeting_asked"]
