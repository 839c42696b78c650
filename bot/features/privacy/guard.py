"""The privacy guard itself: a cheap look first, then numbers, names and terms.

Built once per knowledge load (:meth:`PrivacyGuard.from_knowledge`); :meth:`check` runs on
every message, so most messages stop at the quick look and never reach the tokenizer.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from stdnum.no import fodselsnummer

from bot.features.privacy.findings import DETECTOR_ORDER, Detector, PrivacyFinding
from bot.features.privacy.names import NameFinder
from bot.features.privacy.terms import TermFinder
from bot.features.privacy.tokens import (
    ELEVEN_DIGITS,
    LETTERS,
    NUMBER_CANDIDATE,
    TAG,
    UPPER,
    age_class_or_school,
    tokenize,
)
from bot.features.privacy.words import GuardWords
from bot.knowledge.language import NamesFile, PrivacyFile, bundled_language
from bot.text import strip_mentions, tokens, visible

if TYPE_CHECKING:
    from bot.knowledge.index import KnowledgeBase


class PrivacyGuard:
    """Build once per knowledge load (:meth:`from_knowledge`), then :meth:`check` every message.

    Without arguments the guard uses the word lists shipped in knowledge/language and no
    kommune's own place names.
    """

    def __init__(
        self,
        words: PrivacyFile | None = None,
        names: NamesFile | None = None,
        places: Iterable[str] = (),
        schools: Iterable[str] = (),
    ) -> None:
        if words is None or names is None:
            bundled = bundled_language()
            words, names = words or bundled.privacy, names or bundled.names
        self.words = GuardWords(words, names, places, schools)
        self.names = NameFinder(self.words)
        self.terms = TermFinder(self.words)

    @classmethod
    def from_knowledge(cls, kb: KnowledgeBase) -> PrivacyGuard:
        """The guard for a knowledge base: its language files and every kommune's places."""
        places: list[str] = []
        schools: list[str] = []
        for index in kb.kommuner.values():
            kommune = index.kommune
            places += [kommune.name, kommune.short_name, *kommune.aliases, *kommune.places.names]
            schools += kommune.places.schools
        return cls(kb.language.privacy, kb.language.names, places, schools)

    # -- public ------------------------------------------------------------------------

    def check(self, text: str) -> PrivacyFinding | None:
        """The detectors that fire on ``text``, or None. Keeps nothing of ``text``."""
        text = visible(text)  # a zero-width space must not split a number or a name
        if "<" in text:
            text = TAG.sub(" ", strip_mentions(text))
        found: set[Detector] = set()
        found.update(self._numbers(text))
        if self._may_name_someone(text):
            found.update(self._names(text))
        if not found:
            return None
        return PrivacyFinding(tuple(sorted(found, key=DETECTOR_ORDER.__getitem__)))

    def _may_name_someone(self, text: str) -> bool:
        """A cheap look for a signal and a name, so most messages skip the tokenizer."""
        lower = text.lower()
        words = LETTERS.findall(lower)
        has_signal = (
            age_class_or_school(lower)
            or not self.words.term_spellings.isdisjoint(words)
            or (
                not self.words.phrase_heads.isdisjoint(words)
                and not self.words.phrase_pairs.isdisjoint(pairwise(words))
            )
        )
        if not has_signal:
            return False
        return UPPER.search(text) is not None or not self.words.lower_name_spellings.isdisjoint(
            words
        )

    # -- fødselsnummer / D-nummer ------------------------------------------------------

    def _numbers(self, text: str) -> Iterable[Detector]:
        if not ELEVEN_DIGITS.search(text):
            return
        for match in NUMBER_CANDIDATE.finditer(text):
            number = match.group(1).replace(".", "") + match.group(2)
            if fodselsnummer.is_valid(number):
                yield Detector.D_NUMMER if number[0] >= "4" else Detector.FODSELSNUMMER

    # -- names -------------------------------------------------------------------------

    def _names(self, text: str) -> set[Detector]:
        toks = tokenize(text, self.words, self.names.name_word)
        spans = self.names.spans(toks)
        addresses = self.names.addresses(toks)
        found: set[Detector] = set()
        if not spans and not addresses:
            return found
        terms: list[int] | None = None
        fiction = not self.words.fiction.isdisjoint(tokens(text))  # characters, no case
        for span in spans:
            if Detector.NAME_WITH_AGE_OR_CLASS not in found and self.names.has_age_or_class(
                toks, span
            ):
                found.add(Detector.NAME_WITH_AGE_OR_CLASS)
            if span.vocative or fiction or Detector.NAME_WITH_HEALTH_OR_POLICE in found:
                continue
            if terms is None:
                terms = self.terms.terms(toks)
            near = [j for j in terms if self.terms.is_strong(toks[j])] if span.lower else terms
            if near and self.terms.near_term(toks, span, near):
                found.add(Detector.NAME_WITH_HEALTH_OR_POLICE)
        for span in addresses:
            if terms is None:
                terms = self.terms.terms(toks)
            if terms and self.terms.near_term(toks, span, terms):
                found.add(Detector.ADDRESS_WITH_DETAILS)
                break
        return found
