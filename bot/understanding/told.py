"""«Referat fagteam 12.3: Punkt 4 – gjennomgang av rutinen ved selvskading. Ingen enkeltsaker.»,
«Tiltak 22: Sommerjobb for ungdom 15–17 år. Ansvar: NAV.»: a notice pasted into the chat that
asks nothing. Read as a question, one word in passing decides it («referat»: who writes the
minutes; «rutinen ved selvskading»: the routine), and the bot answers a question nobody asked
with confidence. A message is only told when nothing in it asks – no «?», no question word or
request (understanding.yaml ``told_only``), no sentence opening like a question – and it has a
notice's shape: a short heading before a colon, or two sentences or more. The reader reads it
as unknown with ``beyond`` set to :data:`TOLD`; the honest reply says it reads no question
(organisation/beyond.py). The danger check reads every message before this, as always.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.asked_words import ToldWords
from bot.text import fold

TOLD = "told"

_SENTENCES = re.compile(r"(?<=[^\d\s][.!])\s+|\s*\n+\s*")
"""A sentence's end (not «12. mars») or a new line."""
_HEADING = re.compile(r"^([^:.!?\n]+):\s")
"""A heading before a colon at the start («Referat frå fagteamet: …»)."""


@dataclass(frozen=True)
class Told:
    asking: frozenset[str] = frozenset()
    starts: frozenset[str] = frozenset()
    heading: int = 0

    @classmethod
    def of(cls, words: ToldWords | None) -> Told:
        if words is None:
            return cls()
        return cls(
            asking=frozenset(fold(words.asking).split()),
            starts=frozenset(fold(words.starts).split()),
            heading=words.heading,
        )

    def only(self, text: str) -> bool:
        """Whether ``text`` only tells: a notice, no question."""
        if not self.heading or "?" in text:
            return False
        sentences = [fold(s).split() for s in _SENTENCES.split(text.strip())]
        sentences = [s for s in sentences if s]
        if any(s[0] in self.starts or not self.asking.isdisjoint(s) for s in sentences):
            return False
        heading = _HEADING.match(text.strip())
        headed = heading is not None and len(heading[1].split()) <= self.heading
        return headed or len(sentences) >= 2


__all__ = ["TOLD", "Told"]
