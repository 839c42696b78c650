"""An answer chosen on a generic word alone is a confident wrong answer.

«rutine ved bekymring for radikalisering?» where the plan's one worry routine is the
rusbekymring: retrieval finds that routine by «rutine» and «bekymring» alone, and the word that
says what the question is about («radikalisering») is nowhere in it. After the object is
chosen, the question's specific words – not generic (understanding.yaml ``generic_topic``), not
function words – are looked up in the chosen object's own terms (the postings the search
already built: a few look-ups, no scan). When none of them is there and only a generic word
is, the object answers another question than the one asked, and the honest answer is that the
plan does not say (the fallback names the coordinator).

A question with no specific word («rutine ved bekymring?») or with one the object holds
(«rutine ved bekymring for rus»: «rus» is in the rusbekymring) keeps its object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.understanding.normalise import stem
from bot.understanding.retrieval import GENERIC

if TYPE_CHECKING:
    from bot.understanding.lexicon import Lexicon
    from bot.understanding.words import WordReader

SPECIFIC_LETTERS = 4
"""A specific word is at least this long: shorter ones are function words or abbreviations."""


_SKIPPED: dict[int, tuple[Lexicon, frozenset[str]]] = {}
"""Per lexicon (one per knowledge load): the words that are never specific, joined once."""


def _skipped(lexicon: Lexicon) -> frozenset[str]:
    kept = _SKIPPED.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        words = lexicon.stopwords | lexicon.filler | GENERIC | lexicon.generic_topic
        _SKIPPED.clear()  # a reload's lexicon replaces the last one's
        kept = _SKIPPED[id(lexicon)] = (lexicon, words)
    return kept[1]


@dataclass(frozen=True)
class Unmatched:
    """What the chosen object lacks of the question."""

    word: str
    """The question's first specific word (folded)."""
    in_none: bool
    """No object of the chosen one's kind holds any specific word: the plan lacks it, and the
    answer may say so; else another object may hold it (a ranking matter)."""


def unmatched(
    reader: WordReader,
    kommune_id: str,
    kind: str,
    key: str,
    rest: tuple[str, ...],
    meant: tuple[str, ...] = (),
) -> Unmatched | None:
    """What the chosen object (``kind``, ``key``) lacks, when it holds none of the specific
    words of ``rest`` (the reading's searched words) and was found by generic or function words
    alone («rutine», «bekymring», «ta opp»); None when it holds a specific word or a number
    asked, or the question has no specific word. ``meant`` is what synonyms read in: only when
    a said phrase was found does a word of one excuse the object («uten» of «uten jobb» is no
    synonym in «sykler uten refleks»)."""
    search = reader.search.get(kommune_id)
    if search is None:
        return None
    skip = _skipped(reader.lexicon)
    specific = [w for w in rest if len(w) >= SPECIFIC_LETTERS and not w.isdigit() and w not in skip]
    if not specific:
        return None
    if meant and any(w in reader.synonyms.stems for w in stem(specific)):
        return None  # said for what the plan says («droppe ut»: «frafall»), as retrieval reads it
    held = [w for w in rest if search.holds(kind, key, w)]
    if not held or any(w in specific or w.isdigit() for w in held):
        return None  # found by what is asked (or by synonyms the reading read in)
    in_none = not any(search.kind_holds(kind, w) for w in specific)
    return Unmatched(specific[0], in_none)


__all__ = ["Unmatched", "unmatched"]
