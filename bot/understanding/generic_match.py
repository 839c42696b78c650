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

from typing import TYPE_CHECKING

from bot.understanding.retrieval import GENERIC

if TYPE_CHECKING:
    from bot.understanding.words import WordReader

SPECIFIC_LETTERS = 4
"""A specific word is at least this long: shorter ones are function words or abbreviations."""


def lacked_topic(
    reader: WordReader, kommune_id: str, kind: str, key: str, rest: tuple[str, ...]
) -> str:
    """The question's first specific word, when no object of ``kind`` holds any of the specific
    words of ``rest`` (the reading's searched words) and the chosen one (``key``) holds a
    generic one; else ''."""
    search = reader.search.get(kommune_id)
    if search is None:
        return ""
    lexicon = reader.lexicon
    generic = lexicon.generic_topic
    skip = lexicon.stopwords | lexicon.filler | GENERIC | generic
    specific = [
        w for w in rest if len(w) >= SPECIFIC_LETTERS and not w.isdigit() and w not in skip
    ]
    if not specific or any(search.kind_holds(kind, w) for w in specific):
        return ""  # the chosen object or another of its kind holds what is asked
    if not any(search.holds(kind, key, w) for w in rest if w in generic):
        return ""
    return specific[0]


__all__ = ["lacked_topic"]
