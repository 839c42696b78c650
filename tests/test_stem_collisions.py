"""A function word is never the same search term as a knowledge word (issue 11, item 6).

Folding and Snowball stemming can merge a function word with a knowledge word: «får» folds
to «far» (the father in the violence routine's phrases), «våre» stems to «var» like «varer»
and «varighet», «bør» folds to «bor». Searched, the function word would find an object the
question is not about. The check lists every such pair over the loaded knowledge; each
function word in one must be a stopword, so the reader never searches for it.
"""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from bot.understanding.collisions import stem_collisions
from bot.understanding.lexicon import Lexicon
from bot.understanding.reader import Understanding


def test_every_colliding_function_word_is_a_stopword(kb: KnowledgeBase) -> None:
    words = kb.language.understanding
    stopwords = Lexicon.of(words).stopwords
    found = stem_collisions(kb, words.function_words.split())
    assert found, "the check finds the known collisions («får» → «far»)"
    searched = sorted({(w, f) for w, f in found if fold(f) not in stopwords})
    assert searched == [], f"function words searched as knowledge words: {searched}"


def test_the_check_finds_a_fold_collision(kb: KnowledgeBase) -> None:
    pairs = set(stem_collisions(kb, ["får", "fått"]))
    assert ("far", "får") in pairs  # the routine's «far slår»
    assert ("fatt", "fått") in pairs


def test_a_function_word_finds_nothing(kb: KnowledgeBase) -> None:
    reader = Understanding(kb)
    q = reader.understand("hva får jeg hjelp til", "valer")
    assert "far" not in q.rest
    assert q.about == ()
