"""Whether a message that names a routine's topic asks for the routine.

A routine answers a case («tror en elev ruser seg») or a question about what to do («hva gjør
jeg ved rusbekymring», «kan jeg dele info med politiet»). The topic word alone is no such
question: «kan du lage en quiz om rus til foreldremøtet», «overgrepskurs neste uke, dekker
kommunen reise?» and «krisemøte!! kaffemaskinen er død» got the routine's steps and its acute
line, a confident answer to a question nobody asked. Those messages now go on to the other
answers, and at last to the honest fallback.

A question whether something exists («finnes det noe som hjelper ungdom som dropper ut», «har
vi noe tilbud for …») asks what the kommune offers – its tiltak – unless it names the routine or
asks what to do. Otherwise the evidence that it is asked, any one of: the word «rutine» (or
«routine»), an ask from
``understanding.yaml``'s ``routine_asks``, a word of worry or a parent (``case_words``), or a
young person or someone close to one — the ``ung`` and ``naer`` concepts of ``signals.yaml``,
the words the danger scenes read a child by, so the two lists cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from bot.understanding.lexicon import Lexicon
from bot.understanding.normalise import stem
from bot.understanding.phrases import SpacedPhrases
from bot.understanding.rules import EXISTS_START

ROUTINE_NAMES = ("rutine", "routine")
"""A word starting like this names the routine itself («rutinen», «rutinar»)."""
OFFER_START = frozenset(EXISTS_START) - {("er", "det")}
"""«finnes det noe …», «har vi noe …»: whether the kommune offers something («er det lov å
dele …» asks what one may do)."""
SEARCH_WORDS = 3
"""A message this short that names a routine's topic is a search for it: «rusbekymring»,
«bekymringsfullt fravær», «vold i hjemmet» – there is nothing else it could ask."""
PERSON_CONCEPTS = ("ung", "naer")
"""The concepts of ``signals.yaml`` that name a child or young person and those close to it."""


class RoutineAsked:
    """Built once per knowledge; :meth:`asked` costs a few set look-ups per message."""

    def __init__(self, lexicon: Lexicon, young: Iterable[str]) -> None:
        self._asks = SpacedPhrases(lexicon.routine_asks)
        self._case = lexicon.case_words
        folded = [fold(w.rstrip("*")) for w in young]
        starred = [w.endswith("*") for w in young]
        self._prefixes = tuple(f for f, star in zip(folded, starred, strict=True) if star and f)
        plain = [f for f, star in zip(folded, starred, strict=True) if not star and f]
        self._plain = frozenset(plain)
        self._stems = frozenset(stem(plain))

    @classmethod
    def of(cls, kb: KnowledgeBase) -> RoutineAsked:
        language = kb.language
        concepts = language.signals.concepts
        young = [w for name in PERSON_CONCEPTS for w in concepts.get(name, "").split()]
        return cls(Lexicon.of(language.understanding), young)

    def asked(self, words: tuple[str, ...]) -> bool:
        """The message asks for the routine or tells a case, not only names its topic."""
        if any(w.startswith(ROUTINE_NAMES) for w in words) or len(words) <= SEARCH_WORDS:
            return True
        if self._asks.found(f" {' '.join(words)} "):
            return True
        if tuple(words[:2]) in OFFER_START:
            return False  # «finnes det noe som hjelper ungdom som dropper ut»: what we offer
        if not self._case.isdisjoint(words):
            return True
        return any(self._young(w) for w in words)

    def _young(self, word: str) -> bool:
        if word in self._plain or word.startswith(self._prefixes):
            return True
        return bool(self._stems) and stem((word,))[0] in self._stems
