"""Function words that folding or stemming turns into a knowledge word's search term.

«får» folds to «far» (the father in a routine's phrase), «fått» to «fatt» («fatte
beslutninger»), «var» stems like «varer»: searched, such a word finds an object the question
is not about. :func:`stem_collisions` lists every pair over the loaded knowledge; a function
word in it must be a stopword, so it is never searched (tests/test_stem_collisions.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from bot.understanding.retrieval import GENERIC, knowledge_words, terms


def stem_collisions(kb: KnowledgeBase, function_words: Iterable[str]) -> list[tuple[str, str]]:
    """(knowledge word, function word as written) pairs whose search terms are one, for
    function words not themselves the knowledge word (folded «får» is «far», not «får»)."""
    by_term: dict[str, set[str]] = {}
    for index in kb.kommuner.values():
        for word in knowledge_words(index, kb.national):
            for term in terms((word,)):
                by_term.setdefault(term, set()).add(word)
    found = []
    for written in dict.fromkeys(function_words):
        folded = fold(written)
        if not folded or folded in GENERIC:
            continue
        for term in terms((folded,)):
            for word in sorted(by_term.get(term, ())):
                if word != written:  # «for» in a plan's text is the same «for»
                    found.append((word, written))
    return found


__all__ = ["stem_collisions"]
