"""A speaker asked for to talk about a harm: «hvem kan vi invitere for å snakke om
tvangsekteskap?», «vi vil leie inn noen til å snakke om selvmord for 10. trinn». What the talk is
«om» is a topic (bot/safety_topics.py ``_about``), not a case – unless a child stands between
«om» and the harm («… snakke om en elev som skal giftes bort»), or the talk was given («hun
snakket om at …» is past, not an infinitive asked for).

The words are knowledge/language/understanding.yaml's ``question_form.plan_facts`` (``speak``,
``speaker_wanted``, ``speaker_pairs``), the list the plan-fact reading of «hvem kan komme og
snakke om rus?» uses too (bot/understanding/topic_asked.py): one list, read once per knowledge
load (bot/safety.py), never per message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from bot.knowledge.form_words import PlanFactWords
from bot.safety_match import fold_word
from bot.safety_telling import CHILD, last_sentence


def _folded(spec: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in spec.split())


@dataclass(frozen=True)
class Speaker:
    """The speaker words compiled (see the module docstring)."""

    talk: frozenset[str] = frozenset()
    """Right before «om», a talk to be given (infinitive: «… å snakke om tvangsekteskap»),
    what a speaker is asked for; «hun snakket om at …» tells."""
    wanted: frozenset[str] = frozenset()
    """Words of a speaker asked for in the sentence before the talk: «hvem kan vi invitere for
    å snakke om tvangsekteskap?», «vi vil leie inn noen til å snakke om …»."""
    coming: frozenset[tuple[str, ...]] = frozenset()
    """«hvem kan komme og snakke om …», «noen som kan prate om …»: a speaker wanted."""

    @classmethod
    def of(cls, words: PlanFactWords) -> Speaker:
        return cls(
            _folded(words.speak),
            _folded(words.speaker_wanted),
            frozenset(tuple(fold_word(p).split()) for p in words.speaker_pairs),
        )

    def asked(self, words: Sequence[str], at: int, start: int) -> bool:
        """«om» at ``at`` right after a talk (``talk``), a speaker asked for in the sentence
        before it (``wanted``, ``coming``), and no child between «om» and the match at
        ``start``."""
        if at < 1 or words[at - 1] not in self.talk:
            return False
        said = last_sentence(words[: at - 1])
        wanted = not self.wanted.isdisjoint(said) or any(
            pair in self.coming for pair in pairwise(said)
        )
        return wanted and CHILD.isdisjoint(words[at + 1 : start + 1])


NO_SPEAKER = Speaker()
"""No words: no talk is read as a speaker asked for (a check built without the language's
understanding file, as some tests do)."""

__all__ = ["NO_SPEAKER", "Speaker"]
