"""Messages that lean on something the bot does not hold, so only the honest «vet ikke» answers:

* a follow-up whose object is the last answer's («gjelder det også for han?», «og hva med den
  andre skolen?», «kan du si det enklere til foreldrene?»). The bot keeps no earlier question
  to carry over (as ``asks.only_follows_up`` says of «samme for jevnaker?»), so what such a
  message points at is unknown; a routine found by «foreldrene» alone, or «Mente du …?»
  buttons guessed from «skolen», answer a question nobody asked;
* where the writer buys something («hvor kjøper vi kaffe til foreldrene?»): no plan says
  where to shop, and the drill or the group named beside it is not asked.

Both are read only in short messages whose every other word is a pointer or a function word,
so a follow-up that names its own object («og operativ gruppe, hvor ofte møtes den?») keeps
its answer. The danger check has read the whole message before this.

The words are understanding.yaml ``leaning``, folded once per knowledge base
(:class:`Leaning`); the grammar and the lengths are code.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from bot.knowledge.index import KnowledgeBase
from bot.knowledge.reader_words import LeaningWords
from bot.text import fold, folded_words

FOLLOW_UP_WORDS = 7
"""A bare follow-up is short: «og hva med den andre skolen da?» is seven words."""
NAMED_AFTER_OTHER = 1
"""«den andre skolen»: one word may follow «andre», the kind of thing pointed at."""
SAY_AGAIN_WORDS = 9
"""«kan du si det enklere til foreldrene?»: a request to say the last answer again is short."""
BUY_REACH = 2
"""Words between the buyer and the buying at most («hvor kan vi kjøpe»)."""


@dataclass(frozen=True, slots=True)
class Leaning:
    """understanding.yaml ``leaning``, folded as a message's words are."""

    pointers: frozenset[str]
    """Words that stand for someone or something named earlier."""
    other: frozenset[str]
    """«den andre skolen», «de andre», «en annen elev»: the other one of those talked about."""
    fillers: frozenset[str]
    """The words a bare follow-up is made of besides its pointer («og hva med …», «gjelder
    det også for …»)."""
    about_openers: frozenset[tuple[str, ...]]
    """Two words side by side a follow-up opens with («og hva med …»)."""
    opener_starts: frozenset[str]
    """The first word of every opener: without one, no pair is looked at."""
    applies: frozenset[str]
    say_verbs: frozenset[str]
    """Verbs of saying an answer again."""
    manner: frozenset[str]
    """How the answer should be said again: simpler, shorter, once more."""
    said_again: frozenset[str]
    """The last answer as the object said again («si det», «forklar svaret»)."""
    after_said: frozenset[str]
    """What may follow that object (``manner`` among it): how, or to whom («si det enklere
    til foreldrene»); a noun there makes «den» a determiner of an object named."""
    addressed: frozenset[str]
    buy: frozenset[str]
    """Verbs of buying; bot/features/organisation/errands.py reads them too."""
    buyers: frozenset[str]
    """The writer or their team as the buyer («hvor kjøper vi …», «kan jeg kjøpe …»)."""

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Leaning:
        return cls.of_words(kb.language.understanding.leaning)

    @classmethod
    def of_words(cls, said: LeaningWords) -> Leaning:
        openers = frozenset(tuple(fold(p).split()) for p in said.about_openers)
        manner = folded_words(said.manner)
        return cls(
            pointers=folded_words(said.pointers),
            other=folded_words(said.other),
            fillers=folded_words(said.fillers),
            about_openers=openers,
            opener_starts=frozenset(o[0] for o in openers),
            applies=folded_words(said.applies),
            say_verbs=folded_words(said.say_verbs),
            manner=manner,
            said_again=folded_words(said.said_again),
            after_said=manner | folded_words(said.after_said),
            addressed=folded_words(said.addressed),
            buy=folded_words(said.buy),
            buyers=folded_words(said.buyers),
        )

    def leans_on_before(self, words: tuple[str, ...]) -> bool:
        """A follow-up that asks of an earlier answer's object, or asks the answer said
        again."""
        return self._points_back(words) or self._says_again(words)

    def _points_back(self, words: tuple[str, ...]) -> bool:
        """«gjelder det også for han?», «og hva med den andre skolen?», «hva med henne da?»:
        only a pointer (or «den andre» and one word) besides the follow-up's own words."""
        if not words or len(words) > FOLLOW_UP_WORDS:
            return False
        if words[0] not in self.applies and (
            self.opener_starts.isdisjoint(words)  # most messages: no pair to look at
            or not any(p in self.about_openers for p in itertools.pairwise(words))
        ):
            return False
        other = next((i for i, w in enumerate(words) if w in self.other), None)
        named = words[other + 1 : other + 1 + NAMED_AFTER_OTHER] if other is not None else ()
        rest = [
            w
            for w in words
            if w not in self.fillers and w not in self.pointers and w not in self.other
        ]
        said = words[2:] if words[0] in self.applies else words  # «gjelder det …»
        pointed = other is not None or not self.pointers.isdisjoint(said)
        return pointed and all(w in named for w in rest)

    def _says_again(self, words: tuple[str, ...]) -> bool:
        """«kan du si det enklere til foreldrene?», «forklar det kortere»: the last answer
        again, in other words – the bot has none to say again."""
        if not words or len(words) > SAY_AGAIN_WORDS or self.manner.isdisjoint(words):
            return False
        for i, word in enumerate(words[:-1]):
            if word in self.say_verbs and words[i + 1] in self.said_again:
                after = words[i + 2 : i + 3]
                named = bool(after) and after[0] not in self.after_said
                return not named and (i == 0 or not self.addressed.isdisjoint(words[:i]))
        return False

    def asks_where_to_buy(self, words: tuple[str, ...]) -> bool:
        """«hvor kjøper vi kaffe til foreldrene?», «kan jeg kjøpe kake på rådhuset?»: the
        writer buying something – no plan holds a shop, whatever the message names beside
        it."""
        if self.buy.isdisjoint(words):
            return False  # most messages: no buying
        for i, word in enumerate(words):
            if word in self.buy:
                near = words[max(0, i - BUY_REACH - 1) : i] + words[i + 1 : i + 2]
                if not self.buyers.isdisjoint(near):
                    return True
        return False


def leaning(kb: KnowledgeBase) -> Leaning:
    """``kb``'s leaning words, folded once and kept with the knowledge."""
    return kb.built(Leaning.of)


__all__ = ["Leaning", "leaning"]
