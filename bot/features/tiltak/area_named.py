"""An innsatsområde named by its heading («hvilke tiltak ligger under unge lovbrytere?»,
«tiltak mot vold i nære relasjoner»): the number of the one area whose heading the question
holds every long word of, so that area's tiltak are listed (questions.area_tiltak).

An area's heading is its name before the plan's explanation after it («Unge lovbrytere
(ungdom) – tett og målrettet oppfølging»: «unge lovbrytere»). A heading of one long word
(«Rusforebygging») names the area only with an area noun beside it, as one word is too often
a topic of several areas' tiltak («tiltak mot rus»).

The head words are each kommune's own already: they are read from the headings of its plan's
innsatsområder (``Kommune.tiltak``'s ``innsatsomrade``, knowledge/kommuner/*.yaml), which the
caller passes in, never from a list here. What stays in code is how any plan writes a heading
(the dash, bracket or colon before its explanation) and which words of it are long enough to
name it – the same for every kommune, so no knowledge base holds them. A heading's words are
kept once per heading (:func:`head_words` is cached: the plans' headings are few and fixed
between reloads), not folded again for every message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.text import fold

HEAD_END = re.compile(r"\s[–-]\s|\(|:")
"""Where an area's heading ends: a dash between spaces, a bracket or a colon."""
AREA_WORD = 4
"""A word of a heading this long is one to find («lovbrytere», not «og» or «i»)."""
MIN_WORDS = 2
"""A heading of fewer long words names its area only beside an area noun."""
HEADINGS = 256
"""Headings whose words are kept: every kommune's innsatsområder, with room for reloads."""


@lru_cache(maxsize=HEADINGS)
def head_words(area: str) -> frozenset[str]:
    """The long folded words of an area's heading."""
    head = HEAD_END.split(area, maxsplit=1)[0]
    return frozenset(w for w in fold(head).split() if len(w) >= AREA_WORD)


def area_by_head(words: Iterable[str], areas: Sequence[str], area_noun: bool) -> int:
    """The 1-based number of the one area whose heading's long words the question all holds,
    else 0 (none, or two areas a question names both of)."""
    asked = set(words)
    named = [
        number
        for number, area in enumerate(areas, 1)
        if (head := head_words(area)) and head <= asked and (len(head) >= MIN_WORDS or area_noun)
    ]
    return named[0] if len(named) == 1 else 0
