"""The danger check keeps the dearer look-ups of the knowledge's own words between messages
(bot/safety_signals.py); what it finds must not depend on whether a word was met before, and
no word of a message outside that fixed vocabulary may be kept."""

from __future__ import annotations

import gc

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_match import fold_word
from bot.safety_signals import _STEMMER as SIGNALS_STEMMER
from bot.safety_signals import SignalScorer
from bot.understanding.normalise import _STEMMER as READER_STEMMER
from bot.understanding.normalise import stem

MESSAGES = (
    # Scenes, typos and compounds: the dearer look-ups run here, with and without heads.
    "gutten blir utpresset av noen han har sendt bilder til",
    "eleven virket bevistlos i friminuttet og svarte ikke",
    "nakenbildene av jenta i 8c er spredt i en gruppe på snap",
    "hun sa at hun ikke orker mer og bare vil forsvinne",
    # Look-alikes and questions: the same long words, no scene.
    "hvem sitter i politirådet og arbeidsgruppa",
    "elevene skal ha sparkesykkel-dag på fredag",
    "utpresset bevistlos nakenbildene forsvinne politirådet",
)


def _words(texts: tuple[str, ...]) -> set[str]:
    return {fold_word(w.strip(",.?")) for text in texts for w in text.split()} - {""}


@pytest.fixture(scope="module")
def fresh(kb: KnowledgeBase) -> DangerCheck:
    return DangerCheck.from_language(kb.language, ())


def test_a_word_met_before_reads_as_the_first_time(kb: KnowledgeBase, fresh: DangerCheck) -> None:
    """Every message, checked twice and in both orders with the words in the vocabulary,
    gets what a check that keeps nothing gets."""
    keeping = DangerCheck.from_language(kb.language, _words(MESSAGES))
    for texts in (MESSAGES, MESSAGES[::-1], MESSAGES):
        for text in texts:
            assert keeping.check(text) == fresh.check(text), text
            assert keeping.check(text, hint=True) == fresh.check(text, hint=True), text


def test_a_message_word_outside_the_vocabulary_is_not_kept(kb: KnowledgeBase) -> None:
    """«Xylofonia Testesen» (a made-up name) is looked up, never remembered."""
    vocabulary = _words(MESSAGES)
    check = DangerCheck.from_language(kb.language, vocabulary)
    for text in (*MESSAGES, "xylofonia testesen ble utpresset av noen i bydelen"):
        check.check(text)
    scorer = check._signals
    assert scorer is not None
    kept = {word for word, _ in scorer._dearer_of}
    assert kept and kept <= vocabulary
    assert "xylofonia" not in kept and "testesen" not in kept


@pytest.mark.parametrize("word", ["skolekniven", "klassetrusselen", "telefontrusselen"])
def test_a_compound_is_read_by_its_head_only_beside_a_needed_signal(
    kb: KnowledgeBase, word: str
) -> None:
    """A vocabulary compound met first in a question and then beside a threat (and the other
    way round) is read as a scorer that keeps nothing reads it, each time."""
    signals = kb.language.signals
    plain = SignalScorer(signals)
    question = ("hvor", "er", word)
    threat = ("han", "truer", "med", word)
    for order in ((question, threat), (threat, question)):
        keeping = SignalScorer(signals, [word])
        for words in (*order, *order):
            assert keeping.concepts(words) == plain.concepts(words), words
    assert plain.concepts(threat)[-1] != plain.concepts(question)[-1]  # the head counts here


def test_the_stemmers_keep_no_word_of_a_message(kb: KnowledgeBase) -> None:
    """PyStemmer keeps the last 10,000 words it stemmed unless told not to: the reader's and
    the danger check's stemmers keep none («xylofonia» is stemmed, then forgotten)."""
    check = DangerCheck.from_language(kb.language, ())
    check.check("xylofonia testesen ble utpresset av noen i bydelen")
    stem(["xylofonia", "testesen"])
    for stemmer in (SIGNALS_STEMMER, READER_STEMMER):
        held = [r for r in gc.get_referents(stemmer) if isinstance(r, dict)]
        assert all(not cache for cache in held)
