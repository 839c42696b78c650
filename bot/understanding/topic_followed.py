"""What staff must do about a topic no trigger of a routine names as a deed: «hvordan skal
skolene følge med på radikalisering?», «korleis oppdagar vi ekstremisme?», «hvordan håndterer vi
mistanke om radikalisering?». The routine is the one the danger check uses for the topic
(danger.yaml: radikalisering → hastemote), calmly, with the plan's own words on the topic where
the kommune has them (``routine_asides``: Jevnaker's fravær followed up by the school leaders).

Not the routine's triggers: their words also index the routine for retrieval, and a common verb
there («følger opp unge på ungdomsgarantien») pulled other questions to the routine. The topic
alone is no such question («når er fagdagen om radikalisering?», «hvor kan jeg søke råd om
ekstremisme?»): a deed of following, spotting or handling must stand just before it."""

from __future__ import annotations

import operator
from collections.abc import Mapping

TOPIC_STARTS = {"radikalis": "radikalisering", "ekstremis": "radikalisering"}
"""A folded word's start and the danger check's topic it names («ekstremisme» is read with
radicalisation, as danger.yaml's radikalisering lead names «voldelig ekstremisme»)."""
FOLLOW = ("folg", "oppdag", "avdekk", "handter", "takl", "mistank", "mistenk", "fange")
"""Folded starts of the deeds: følge (med på, opp), oppdage, avdekke, håndtere, takle,
mistanke, mistenke, fange opp."""
REACH = 4
"""Words between the deed and the topic at most («følge med på tegn på radikalisering»)."""


_STARTS_TOPIC = operator.methodcaller("startswith", tuple(TOPIC_STARTS))
"""Whether a word starts as a topic of :data:`TOPIC_STARTS` does (each word, in C)."""


def topic_followed(words: tuple[str, ...], routine_of: Mapping[str, str]) -> str | None:
    """The routine for a topic the folded ``words`` ask how to follow, spot or handle
    (``routine_of``: the danger check's routine per topic), or None."""
    if not any(map(_STARTS_TOPIC, words)):
        return None  # no topic word (most messages): no word's window is looked at
    for i, word in enumerate(words):
        topic = next((t for start, t in TOPIC_STARTS.items() if word.startswith(start)), None)
        before = words[max(0, i - REACH - 1) : i]
        if topic is not None and topic in routine_of and any(w.startswith(FOLLOW) for w in before):
            return routine_of[topic]
    return None


__all__ = ["topic_followed"]
