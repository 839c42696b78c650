"""A group named by what it does: «hvem er med i gruppa som jobber med enkeltungdom».

Staff new in the job know a group by its work, not its name. A question that describes a
group («gruppa som …», «de som møtes om …», «teamet for …», phrases in
``described_by`` of language/understanding.yaml) and names none asks about the group whose
own words (name, purpose, duties) the description matches best — among the groups only, so
a tiltak or a note that shares a word is no rival. Only a clear winner is taken: one group
whose score clearly beats the next group's; else the question stays without a group and the
bot asks which.
"""

from __future__ import annotations

from bot.understanding.intents import Intent
from bot.understanding.phrases import SpacedPhrases
from bot.understanding.retrieval import KnowledgeSearch

DESCRIBED_MIN_SCORE = 0.5
"""A group matched on less than this is matched on a word in passing (set on dev)."""
DESCRIBED_MARGIN = 1.5
"""The best group must score this many times the next group."""
WHICH = ("hvilken ", "hvilket ", "hvilke ", "which ")
"""A description that asks which group does it («hvilket nivå tar enkeltsaker»): the
group's duties answer it."""


class Described:
    """Built once per knowledge from the lexicon's ``described_by`` phrases."""

    def __init__(self, phrases: tuple[str, ...], filler: frozenset[str]) -> None:
        self._phrases = SpacedPhrases(phrases)
        self._filler = filler

    def starts_at(self, words: tuple[str, ...]) -> int | None:
        """Where the first phrase that describes a group stands in the words («den gruppa der
        …»: at «gruppa»), or None when none does."""
        joined = f" {' '.join(words)} "
        found = self._phrases.found(joined)
        if not found:
            return None
        first = min(joined.index(self._phrases.spaced[i]) for i in found)
        return joined[:first].count(" ")

    def group(
        self,
        joined: str,
        starts: frozenset[str],
        asked: tuple[tuple[str, ...], tuple[str, ...]],
        search: KnowledgeSearch | None,
        intent: Intent,
        cue: str,
        question: tuple[str, ...] = (),
    ) -> tuple[str, Intent] | None:
        """The group the question describes and what it asks of it, or None (no description,
        no group every word of it matches, or no clear one). ``asked``: the words a search
        looks for and those synonyms read in; ``question``: the words of the part that asks,
        after the description. A description alone, or one that holds the cue («de som møtes
        om enkeltungdom, hvem er det»), asks who is in the group."""
        found = self._phrases.found(joined, starts)
        rest, meant = asked
        # «teamet for de vanskelige sakene – hvem leder det og hvordan kommer en sak dit?»: the
        # phrase's own noun and the words of the question after the description describe none
        own = {w for i in found for w in self._phrases.phrases[i].split()}
        described = tuple(
            w for w in rest if w not in self._filler and w not in own and w not in question
        )
        if not found or not described or search is None:
            return None
        groups = search.search(described, kinds=("group",), meant=meant)
        if not groups or groups[0].score < DESCRIBED_MIN_SCORE or groups[0].coverage < 1.0:
            return None
        if len(groups) > 1 and groups[1].score * DESCRIBED_MARGIN > groups[0].score:
            return None
        phrase = self._phrases.phrases[found[0]]
        if phrase.startswith(WHICH):
            intent = Intent.DUTIES  # «hvilket nivå tar enkeltsaker»: what the group does
        elif intent is Intent.ROLE_GROUPS:
            return None  # a seat asked of no role: not a description
        elif intent is Intent.UNKNOWN or cue in phrase.split():
            intent = Intent.MEMBERS
        return groups[0].doc.key, intent


__all__ = ["Described"]
