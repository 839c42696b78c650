"""What the bot compiles from one loaded knowledge base, once: the reader, the danger check,
the routines and the privacy guard.

Compiling them takes seconds (the danger check's atoms and typo tables most of it), and every
:class:`bot.routing.SltBot` on the same knowledge needs the same ones: the service's bot, a
reload's replacement and each test's server. They are kept with the knowledge base
(:meth:`KnowledgeBase.built`), so a second bot on the same knowledge reuses them and a
reload, which loads a new knowledge base, compiles them from the new files.

Shared means read-only: none of them changes what it answers after it is built, and no bot
sets anything on them (each keeps what is its own — the store, the desks, the router — on
itself). Two remember work done for the knowledge's own words: the danger check its typo and
compound lookups of vocabulary words, the routine book each routine's overview. Neither ever
keeps a message's text.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from bot.features.organisation.errands import Errands
from bot.features.privacy import PrivacyGuard
from bot.features.routines.handlers import RoutineBook
from bot.intent_net import IntentNet, intent_net
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.language import Language, words_of
from bot.knowledge.loader import gc_paused
from bot.safety import DangerCheck
from bot.safety_net import SafetyNet, safety_net, term_reader
from bot.understanding import Understanding
from bot.understanding.compared import Comparing
from bot.understanding.leaning import Leaning
from bot.understanding.restated import Markers, Names
from bot.understanding.topic_framed import Frames


@dataclass(frozen=True)
class Compiled:
    """The parts of the bot that depend on the knowledge alone."""

    understanding: Understanding
    privacy: PrivacyGuard
    routines: RoutineBook
    safety: DangerCheck
    net: SafetyNet | None
    """The nearest-example safety net (bot/safety_net.py); None without an examples file."""
    intents: IntentNet | None = None
    """The intent net's second look at a confident answer (bot/intent_net.py); None without
    knowledge/language/intent_examples.yaml."""

    @staticmethod
    def of(kb: KnowledgeBase) -> Compiled:
        """The parts for ``kb``: compiled at the first call, the same objects after it."""
        return kb.built(_compile)


def _compile(kb: KnowledgeBase) -> Compiled:
    with gc_paused():  # as while loading: the collector would rescan the knowledge built so far
        compiled = _compiled(kb)
    give_back_free_memory()
    return compiled


def give_back_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``). Loading and
    compiling free tens of megabytes of temporary objects and arrays, and glibc keeps the
    free pages that lie below a live allocation: 8 MB of RSS after the example nets' build
    alone (numpy's temporaries; session 19), kept for the life of the process. Trimming
    costs about a millisecond, moves nothing and changes no answer. Without glibc (no
    ``malloc_trim``) nothing is done."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def languages_named(language: Language) -> tuple[str, ...]:
    """The languages the language files name (privacy.yaml ``languages``, understanding.yaml
    ``translation_asked``): words as typed, which the safety net's typo reading must not take
    for an example's word one letter away («spansk» as «panisk», «farsi» as «fasit»)."""
    asked = language.understanding.translation_asked
    return (*words_of(language.privacy.languages), *(words_of(asked.languages) if asked else ()))


def _compiled(kb: KnowledgeBase) -> Compiled:
    understanding = Understanding(kb)
    kb.built(Names.of)  # what a correction may name (understanding/restated.py), built now
    kb.built(Markers.of)  # its marker words (understanding.yaml ``restated``)
    kb.built(Frames.of)  # a topic asked in a frame (understanding.yaml ``topic_framed``)
    kb.built(Leaning.of)  # a bare follow-up, buying (``leaning``), and the other errands
    kb.built(Errands.of)
    kb.built(Comparing.of)  # the same asked of another kommune (``compared``)
    known = understanding.vocabulary  # fixed at load: per-word work done once for it
    language = kb.language
    dialect = language.dialect.folded()
    # The two example nets read a message the same way: one reader, one lemma table, and a
    # turn's message read into terms once (bot/example_index.py).
    reader = term_reader(dialect, language.understanding.safety_net, language.lemma_forms)
    return Compiled(
        understanding,
        PrivacyGuard.from_knowledge(kb),
        RoutineBook(kb, known),
        DangerCheck.from_language(language, known),
        safety_net(
            language.danger_examples,
            dialect,
            language.understanding.safety_net,
            language.lemma_forms,
            reader=reader,
            written=languages_named(language),
        ),
        intent_net(
            language.intent_examples,
            dialect,
            language.understanding.safety_net,
            language.lemma_forms,
            reader=reader,
            asks=language.understanding.intent_net,
        ),
    )


__all__ = ["Compiled", "give_back_free_memory"]
