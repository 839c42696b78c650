"""«hvem er leder i FAU på Jevnaker skole?», «hvem kaller inn til elevrådet?», «hvem skriver
referat i idrettslaget?»: who leads, calls in or takes minutes asked of a body that is no SLT
group – a parents' council, a pupils' council, a sports club. No group or level is named, so
the meeting answers would ask back «Hvilken gruppe mener du?» with the SLT groups, as if one of
them were meant. The plans say nothing of such a body: the honest «vet ikke» with the
coordinator answers.

The body is the word after «i», «for», «til», «på» …, past the kommune's own place and school
names (``places:`` in the kommune file), a meeting's own words («møtet», «gruppa») and SLT's
(«hvem er leder i slt?» still asks which group). A group or a level the words name has been
found by the reader before this, so a word left there names something else.
"""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase
from bot.text import folded_words
from bot.understanding.not_a_meeting import ROLE_INTENTS
from bot.understanding.understood import Understood

OF = frozenset({"i", "for", "til", "pa", "av", "in", "of", "at"})
"""The word before the body: «leder i FAU», «kaller inn til elevrådet»."""
NOT_A_BODY = frozenset(
    {"slt", "slt-arbeidet", "arbeidet", "kommunen", "kommune", "oss", "her", "dag", "morgen"}
    | {"det", "den", "dei", "de", "disse", "neste", "hver", "kvar", "sitt", "sin", "vart"}
    | {"var", "vaart", "the", "this", "our", "that", "it", "skole", "skolen", "skule"}
    | {"skulen", "skolene", "school"}
)
"""Words after «i» … that name no body: SLT itself, the kommune, a school (a place), a pronoun
or a time."""
MEETING_WORDS = ("mot", "samling", "treff", "meeting", "grupp", "nettverk", "team", "rad", "niva")
"""A meeting's or group's own word: the SLT group meant, asked back as before."""
MEETING_ENDS = ("mote", "motet", "motene", "moter", "mota")
"""A meeting named as a compound («hastemøtet», understanding.yaml ``meetings.suffixes``)."""
MIN_LETTERS = 3
"""«FAU», «lag»: a body's name has at least this many letters."""
BODY_REACH = 3
"""The body stands within the first words after «i»: «leder i FAU på Jevnaker skole»."""


def _places(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Per kommune: the folded words of its name, aliases, places and schools."""
    found: dict[str, frozenset[str]] = {}
    for kommune_id, index in kb.kommuner.items():
        kommune = index.kommune
        names = [kommune.name, kommune.short_name, *kommune.aliases]
        names += [*kommune.places.names, *kommune.places.schools]
        found[kommune_id] = frozenset(w for name in names for w in folded_words(str(name)))
    return found


def other_body_led(q: Understood, kb: KnowledgeBase) -> bool:
    """Who leads, calls in or takes minutes in a body no SLT group is (module doc)."""
    if q.intent not in ROLE_INTENTS or q.group_id or q.level is not None:
        return False
    if q.mentions_coordinator or q.kommune_id is None:
        return False
    words = q.words
    if any(w.startswith(MEETING_WORDS) or w.endswith(MEETING_ENDS) for w in words):
        return False  # «hvem leder møtene på skolen?», «hastemøtet»: a meeting, asked back
    places = kb.built(_places).get(q.kommune_id, frozenset())
    for i, word in enumerate(words[:-1]):
        if word not in OF:
            continue
        for after in words[i + 1 : i + 1 + BODY_REACH]:
            if after in OF or after in places or after in NOT_A_BODY:
                continue
            return len(after) >= MIN_LETTERS
        return False
    return False


__all__ = ["other_body_led"]
