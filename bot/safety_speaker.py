"""A speaker asked for to talk about a harm: «hvem kan vi invitere for å snakke om
tvangsekteskap?», «vi vil leie inn noen til å snakke om selvmord for 10. trinn». What the talk is
«om» is a topic (bot/safety_topics.py ``_about``), not a case – unless a child stands between
«om» and the harm («… snakke om en elev som skal giftes bort»), or the talk was given («hun
snakket om at …» is past, not an infinitive asked for).

Pure functions of folded words; nothing is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.safety_telling import CHILD, last_sentence

TALK = frozenset(
    {"snakke", "snakka", "prate", "prata", "fortelle", "fortelje", "forelese", "undervise"}
    | {"informere", "talk", "speak"}
)
"""Right before «om», a talk to be given (infinitive: «… å snakke om tvangsekteskap»), what a
speaker is asked for (``SPEAKER``); «hun snakket om at …» tells."""
SPEAKER = frozenset(
    {"invitere", "inviter", "invitera", "inviterer", "invitert", "leie", "hyre", "booke"}
    | {"foredragsholder", "foredragshaldar", "foredragsholdere", "kursholder", "gjest"}
    | {"gjesteforeleser", "invite", "speaker"}
)
"""Words of a speaker asked for in the sentence before the talk: «hvem kan vi invitere for å
snakke om tvangsekteskap?», «vi vil leie inn noen til å snakke om …»."""
COMING = (("hvem", "kan"), ("kven", "kan"), ("noen", "som"), ("nokon", "som"))
"""«hvem kan komme og snakke om …», «noen som kan prate om …»: a speaker wanted."""


def speaker_asked(words: Sequence[str], at: int, start: int) -> bool:
    """«om» at ``at`` right after a talk (``TALK``), a speaker asked for in the sentence before
    it (``SPEAKER``, ``COMING``), and no child between «om» and the match at ``start``."""
    if at < 1 or words[at - 1] not in TALK:
        return False
    said = last_sentence(words[: at - 1])
    wanted = not SPEAKER.isdisjoint(said) or any(pair in COMING for pair in pairwise(said))
    return wanted and CHILD.isdisjoint(words[at + 1 : start + 1])


__all__ = ["COMING", "SPEAKER", "TALK", "speaker_asked"]
