"""Small talk to the bot: «hei bot! hvordan har du det i dag?» asks nothing of the plan.

Without this, retrieval read such a message by its leftover words («dag» is in a routine's
«helsesykepleier samme dag») and answered with a routine. A message that is nothing but the
words around small talk (a greeting, the bot's name, «i dag») and one of its phrases is read
as asking nothing (the honest fallback, which says what the bot answers). Only the whole
message counts: «jeg spurte eleven hvordan har du det, og hun begynte å gråte» is read as
before. The words: understanding.yaml ``small_talk``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.knowledge.asked_words import SmallTalkWords
from bot.knowledge.index import KnowledgeBase
from bot.text import fold


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """Small talk's phrases with the words around them left out, folded."""

    around: frozenset[str]
    phrases: frozenset[tuple[str, ...]]

    @classmethod
    def of(cls, words: SmallTalkWords | None) -> SmallTalk:
        if words is None:
            return cls(frozenset(), frozenset())
        around = frozenset(fold(words.around).split())
        phrases = frozenset(
            tuple(w for w in fold(p).split() if w not in around) for p in words.phrases
        )
        return cls(around, phrases)

    def only(self, words: Sequence[str]) -> bool:
        """The message's folded ``words`` are small talk to the bot and nothing else."""
        return tuple(w for w in words if w not in self.around) in self.phrases


def small_talk(kb: KnowledgeBase) -> SmallTalk:
    """``kb``'s small-talk words, folded once and kept with the knowledge."""
    return kb.built(_small_talk)


def _small_talk(kb: KnowledgeBase) -> SmallTalk:
    return SmallTalk.of(kb.language.understanding.small_talk)


__all__ = ["SmallTalk", "small_talk"]
