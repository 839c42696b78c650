"""Every quote beside a fact is really in the seed, at the line it names.

The knowledge files quote the plans (``quote`` and ``at: '001:79–82'``) so a coordinator can
check each fact; a quote that is not where it says would make the review sheet lie. Seed 001
is OCR'd («møtes» reads «mgtes»), so words are compared fuzzily, and the quotes themselves
have the OCR errors corrected. Skips when ``../shared`` is not there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from bot.features.review import _sourced
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Kommune
from tests.conftest import shared_file

WINDOW = 3
"""Lines either side of the cited ones (PDF extraction moves table cells a little)."""


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    return [w for w in re.findall(r"[a-z0-9]+", folded) if len(w) >= 4]


def _found(word: str, candidates: set[str]) -> bool:
    return word in candidates or any(
        SequenceMatcher(None, word, c).ratio() >= 0.75 for c in candidates
    )


def _quotes(kommune: Kommune) -> Iterator[tuple[str, str, str]]:
    for fact in kommune.facts:
        if fact.quote and fact.at:
            yield "facts", fact.quote, fact.at
    for where, _, item in _sourced(kommune):
        for fact in item.facts:
            if fact.quote and fact.at:
                yield where, fact.quote, fact.at
        frist = getattr(item, "frist", None)
        if frist is not None and frist.quote and frist.at:
            yield f"{where} (frist)", frist.quote, frist.at
    for index, served in enumerate(kommune.need_services):
        yield f"need_services[{index}]", served.quote, served.at
        for fact in served.facts:
            if fact.quote and fact.at:
                yield f"need_services[{index}] (fact)", fact.quote, fact.at


def _seed_window(at: str) -> str:
    number, _, lines = at.partition(":")
    [path] = list(shared_file("seeds").glob(f"{number}_*.txt")) or [Path("missing")]
    text = path.read_text(encoding="utf-8").splitlines()
    numbers = [int(n) for n in re.findall(r"\d+", lines)]
    start, end = min(numbers), max(numbers)
    return "\n".join(text[max(0, start - 1 - WINDOW) : end + WINDOW])


@pytest.mark.parametrize("kommune_id", ["valer", "jevnaker", "gjesdal"])
def test_each_quote_is_in_the_seed_at_the_line_it_names(kb: KnowledgeBase, kommune_id: str) -> None:
    wrong = []
    for where, quote, at in _quotes(kb.kommuner[kommune_id].kommune):
        candidates = set(_words(_seed_window(at)))
        words = [w for w in _words(quote) if w not in {"…"}]
        missing = [w for w in words if not _found(w, candidates)]
        if len(missing) > max(1, len(words) // 5):
            wrong.append(f"{where} at {at}: not found near there: {missing}")
    assert not wrong, "\n".join(wrong)
