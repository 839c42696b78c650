"""Whether an answer by likeness holds what the question asks of its object.

The rescue answers a question by its nearest examples' reading, and the reader answers some
by the object alone («SLT-modellen» → the levels, «koordinatoren» → the coordinator card).
Those examples and objects are near by the words the question shares with them; the words
left over say what is asked of the object. Some ask what no plan answer holds: a comparison
(«hva er forskjellen på SLT i Norge og Danmark?»), a history («hvor gammel er SLT-modellen?»),
a replacement («koordinatoren er borte, kven tek over?»). When the answer holds none of the
asking words, a confident answer would be wrong: the honest fallback instead.

The asking words are language data: understanding.yaml ``asked_beyond``, checked at load and
folded once per knowledge load (:func:`beyond`, kept with the knowledge base).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.knowledge.asked_words import BeyondWords
from bot.knowledge.index import KnowledgeBase
from bot.text import fold, folded_words, tokens

STEM = 4
"""An answer holds an asking word when one of its words opens with the word's first letters
(up to this many): «utøvende» holds «utøvande», «erstatter» holds «erstatte»."""


BY_OBJECT = frozenset({"levels", "coordinator", "bti", "hotlines"})
"""Replies the reader gives by the object alone («SLT-modellen», «koordinatoren»), whatever
else is asked of it: the ones :meth:`Beyond.asked` checks after the router too."""


COMPARISON = "comparison"


@dataclass(frozen=True)
class Asking:
    """One asking phrase as matched: `` forskjellen `` in the question's words, and what the
    answer must hold (its last word's first ``STEM`` letters)."""

    kind: str
    spaced: str
    held_by: str


@dataclass(frozen=True)
class Beyond:
    """What a question asks of its object that no plan answer holds, by understanding.yaml's
    ``asked_beyond`` words."""

    phrases: tuple[Asking, ...] = ()
    """In the file's order: comparison, history, replacement."""
    links: frozenset[str] = frozenset()
    """The word between what a comparison compares: «forskjellen på X og Y», «X skiller seg
    fra Y»."""
    passed_over: frozenset[str] = frozenset()
    """Words passed over to reach what is compared («nivåene hos oss og på Island»)."""
    alike: dict[str, frozenset[str]] = field(default_factory=dict)
    """A level's one-word names by their first ``STEM`` letters, each to all of that level's:
    «forskjell på styrende og utførende nivå» compares what Jevnaker's levels answer calls
    «Utøvende nivå», so the answer holds what is compared (understanding.yaml
    ``level_synonyms``)."""

    @classmethod
    def of(cls, words: BeyondWords, levels: Iterable[Sequence[str]] = ()) -> Beyond:
        kinds = {
            COMPARISON: words.comparison,
            "history": words.history,
            "replacement": words.replacement,
        }
        phrases = tuple(
            Asking(kind, f" {' '.join(tokens(phrase))} ", tokens(phrase)[-1][:STEM])
            for kind, listed in kinds.items()
            for phrase in listed
        )
        alike: dict[str, frozenset[str]] = {}
        for names in levels:
            heads = frozenset(name[:STEM] for name in names if " " not in name)
            alike.update((head, heads) for head in heads)
        links, passed_over = folded_words(words.links), folded_words(words.passed_over)
        return cls(phrases, links, passed_over, alike)

    def asked(self, words: Sequence[str], answer: str) -> str:
        """The kind of what the question (its reader's ``words``) asks that ``answer`` does
        not hold, or "". A comparison is beyond the answer only when what it compares is:
        «forskjellen på koordinerende og utøvende nivå» is the levels' own question."""
        joined = f" {' '.join(words)} "
        heads: frozenset[str] | None = None  # the answer's word openings, read when needed
        for asking in self.phrases:
            if asking.spaced not in joined:
                continue
            if heads is None:
                heads = frozenset(w[:n] for w in tokens(answer) for n in range(1, STEM + 1))
            if asking.kind == COMPARISON:
                after = joined.index(asking.spaced) + len(asking.spaced)
                compared = self._compared(joined[after:].split())
                if any(not self._held(word, heads) for word in compared):
                    return asking.kind
            elif asking.held_by not in heads:
                return asking.kind
        return ""

    def _held(self, word: str, heads: frozenset[str]) -> bool:
        """The answer holds a compared word, or another name of the same level."""
        head = fold(word)[:STEM]
        return head in heads or not self.alike.get(head, frozenset()).isdisjoint(heads)

    def _compared(self, words: Sequence[str]) -> tuple[str, ...]:
        """The two things a comparison's words compare (the word before its first link and the
        one after it, small words passed over); none when no link follows."""
        link = next((i for i, word in enumerate(words) if word in self.links), None)
        if link is None:
            return ()
        before = [w for w in words[:link] if w not in self.passed_over]
        after = [w for w in words[link + 1 :] if w not in self.passed_over]
        return (*before[-1:], *after[:1])


def beyond(kb: KnowledgeBase) -> Beyond:
    """``kb``'s asking words, folded at the first question and kept with the knowledge (a
    reload folds the new file's)."""
    return kb.built(_beyond)


def _beyond(kb: KnowledgeBase) -> Beyond:
    return Beyond.of(kb.language.understanding.asked_beyond, kb.level_synonyms.values())


__all__ = ["BY_OBJECT", "Beyond", "beyond"]
