"""«Vi hadde øvelse med politiet i dag. Hvor ofte skal vi ha slike øvelser?», «hadde en sak i
fjor, ferdigbehandlet. må den inn i noe referat?»: a meeting's word (how often, the minutes)
asked of something that is no group's meeting – a drill, a case. With no group or level named,
the meeting answers would ask back «Hvilken gruppe mener du?», but no group is meant: the
plans say nothing of it, so the honest «vet ikke» with the coordinator answers.

Two forms, both with no group and no level named:

- how often a thing is held that is no meeting («slike øvelser», «ha brannøvelse»);
- who calls in, chairs or takes minutes asked with no one asked for («må den inn i
  referatet?» asks whether, not who).

And two with a group named: whether the group joins a thing we hold that is no meeting («vi skal
ha skoleskyting-øvelse neste uke, skal SLT-nettverket være med?»), and whether a thing may be used
in a group's meeting («kan vi bruke det i Utsett-møtet?»): the plans say nothing of either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from bot.understanding.intents import Intent
from bot.understanding.understood import Understood

ROLE_INTENTS = frozenset({Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR})
GROUP_READINGS = ROLE_INTENTS | {Intent.MEMBERS, Intent.FREQUENCY, Intent.NEXT_MEETING}
"""A group's readings retrieval may guess from a meeting named (no cue word asked it)."""
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


ARTICLES = frozenset({"en", "ei", "et", "ein", "eit", "a", "an"})
JOIN = (("vaere", "med"), ("bli", "med"), ("vere", "med"), ("take", "part"), ("join", "us"))
"""«skal SLT-nettverket være med?»: whether a group joins what the asker holds."""


def joins_our_thing(words: tuple[str, ...]) -> bool:
    """«vi skal ha skoleskyting-øvelse neste uke, skal SLT-nettverket være med?»: a thing we
    hold that is no meeting (``held_thing``), and whether a group joins it asked – not the
    group's next meeting, though a group and «neste uke» stand in it."""
    thing = held_thing(tuple(w for w in words if w not in ARTICLES))  # «ha et møte»
    joins = any(pair in JOIN for pair in pairwise(words))
    return joins and bool(thing) and not thing.startswith(MEETING_HEADS)


USE = frozenset(
    {"bruke", "bruka", "vise", "visa", "spille", "spele", "presentere", "framfore", "fremfore"}
    | {"use", "show", "present"}
)
THAT = frozenset({"det", "den", "dette", "denne", "dei", "de", "it", "this", "them"})
IN = frozenset({"i", "pa", "til", "in", "at"})


def uses_in_meeting(words: tuple[str, ...]) -> bool:
    """«… et rollespill om en overdose, helt fiktivt. kan vi bruke det i Utsett-møtet?»:
    whether a thing told before may be used or shown in a meeting – no group's members, dates
    or frequency, though a group's meeting is named."""
    return any(
        verb in USE and that in THAT and at in IN
        for verb, that, at in zip(words, words[1:], words[2:], strict=False)
    )


@dataclass(frozen=True)
class OtherMeetings:
    """Bodies and events whose meetings are no SLT group's (understanding.yaml
    ``other_meetings``), folded once at load: a body named by the end of its name (``ends``,
    in a longer word than the end alone), whole (``bodies``), or an event (``events``)."""

    ends: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    """``ends`` as a tuple, for ``str.endswith``."""
    whole: frozenset[str] = frozenset()
    """``bodies`` and ``events``: named whole."""
    events: frozenset[str] = frozenset()

    @classmethod
    def of(cls, folded: Mapping[str, frozenset[str]]) -> OtherMeetings:
        ends = folded.get("ends", frozenset())
        events = folded.get("events", frozenset())
        whole = folded.get("bodies", frozenset()) | events
        return cls(ends=ends, suffixes=tuple(sorted(ends)), whole=whole, events=events)


NO_OTHER_MEETINGS = OtherMeetings()


def others_meeting(words: tuple[str, ...], other: OtherMeetings) -> bool:
    """«når er neste møte i elevrådet?», «neste kommunestyremøte», «foreldremøtet»: a body or
    an event whose meeting no plan dates (``OtherMeetings``)."""
    if not other.whole.isdisjoint(words):
        return True
    return any(w.endswith(other.suffixes) and w not in other.ends for w in words)


def no_meeting_asked(understood: Understood, other: OtherMeetings = NO_OTHER_MEETINGS) -> bool:
    """A meeting's question asked of no group's meeting (module doc)."""
    q = understood
    if q.intent is Intent.NEXT_MEETING and joins_our_thing(q.words):
        return True
    if q.intent is Intent.NEXT_MEETING and not other.events.isdisjoint(q.words):
        return True  # «når er julebordet til fagteamet?»: the group's party is no meeting
    if q.intent in GROUP_READINGS and not q.cue and uses_in_meeting(q.words):
        return True
    if q.group_id or q.level is not None:
        return False
    if q.intent is Intent.NEXT_MEETING and others_meeting(q.words, other):
        return True  # «når er neste møte i elevrådet?»: no SLT group's meeting
    if q.intent in ROLE_INTENTS:
        return WHO.isdisjoint(q.words) and not q.mentions_coordinator
    if q.intent is Intent.FREQUENCY:
        thing = held_thing(q.words)
        return bool(thing) and not thing.startswith(MEETING_HEADS)
    return False


__all__ = [
    "held_thing",
    "joins_our_thing",
    "no_meeting_asked",
    "others_meeting",
    "uses_in_meeting",
]
