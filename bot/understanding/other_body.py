"""«hvem er leder i FAU på Jevnaker skole?», «hvem kaller inn til elevrådet?», «hvem skriver
referat i idrettslaget?»: who leads, calls in or takes minutes asked of a body that is no SLT
group – a parents' council, a pupils' council, a sports club. No group or level is named, so
the meeting answers would ask back «Hvilken gruppe mener du?» with the SLT groups, as if one of
them were meant. The plans say nothing of such a body: the honest «vet ikke» with the
coordinator answers.

The body is the word after «i», «for», «til», «på» …, past the kommune's own place and school
names (``places:`` in the kommune file), a meeting's own words («møtet», «gruppa») and SLT's
(«hvem er leder i slt?» still asks which group). A group or a level the words name has been
found by the reader before this, so a word left there names something else. The words:
understanding.yaml ``question_form.asks`` (``body_of``, ``not_a_body``, ``meeting_words``,
``meeting_ends``).
"""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase
from bot.text import folded_words
from bot.understanding.not_a_meeting import ROLE_INTENTS
from bot.understanding.understood import Understood

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
    words, asks = q.words, q.said.asks
    meeting, ends = asks.meeting_words, asks.meeting_ends
    if any(w.startswith(meeting) or w.endswith(ends) for w in words):
        return False  # «hvem leder møtene på skolen?», «hastemøtet»: a meeting, asked back
    places = kb.built(_places).get(q.kommune_id, frozenset())
    of, not_a_body = asks.body_of, asks.not_a_body
    for i, word in enumerate(words[:-1]):
        if word not in of:
            continue
        for after in words[i + 1 : i + 1 + BODY_REACH]:
            if after in of or after in places or after in not_a_body:
                continue
            return len(after) >= MIN_LETTERS
        return False
    return False


__all__ = ["other_body_led"]
