"""«Referat fagteam 12.3: Punkt 4 – gjennomgang av rutinen ved selvskading. Ingen enkeltsaker.»,
«Tiltak 22: Sommerjobb for ungdom 15–17 år. Ansvar: NAV.»: a notice pasted into the chat that
asks nothing. Read as a question, one word in passing decides it («referat»: who writes the
minutes; «rutinen ved selvskading»: the routine), and the bot answers a question nobody asked
with confidence. A message is only told when nothing in it asks – no «?», no question word or
request (understanding.yaml ``told_only``), no sentence opening like a question – and it has a
notice's shape: a short heading before a colon, two sentences or more, or a notice's first word
(«Påminnelse», «minner om …», «innkalling til …»). The reader reads it
as unknown with ``beyond`` set to :data:`TOLD`; the honest reply says it reads no question
(organisation/beyond.py). The danger check reads every message before this, as always.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.asked_words import ToldWords
from bot.text import fold, folded_words

TOLD = "told"
COLLEAGUES = "colleagues"

_SENTENCES = re.compile(r"(?<=[^\d\s][.!])\s+|\s*\n+\s*")
"""A sentence's end (not «12. mars») or a new line."""
_HEADING = re.compile(r"^([^:.!?\n]+):\s")
"""A heading before a colon at the start («Referat frå fagteamet: …»)."""


@dataclass(frozen=True)
class Told:
    asking: frozenset[str] = frozenset()
    starts: frozenset[str] = frozenset()
    heading: int = 0
    someone: frozenset[str] = frozenset()
    before_someone: frozenset[str] = frozenset()
    knowing: frozenset[str] = frozenset()
    opens: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: ToldWords | None) -> Told:
        if words is None:
            return cls()
        return cls(
            asking=folded_words(words.asking),
            starts=folded_words(words.starts),
            heading=words.heading,
            someone=folded_words(words.someone),
            before_someone=folded_words(words.before_someone),
            knowing=folded_words(words.knowing),
            opens=folded_words(words.opens),
        )

    def only(self, text: str, words: tuple[str, ...] = ()) -> bool:
        """Whether ``text`` only tells: a notice, no question. ``words``: the turn's reading
        of it, when it has one (an asking word there ends the look before any split)."""
        if not self.heading or "?" in text or not self.asking.isdisjoint(words):
            return False
        sentences = [fold(s).split() for s in _SENTENCES.split(text.strip())]
        sentences = [s for s in sentences if s]
        if any(s[0] in self.starts or not self.asking.isdisjoint(s) for s in sentences):
            return False
        if sentences[:1] and sentences[0][0] in self.opens:  # «minner om fristen …»
            return True
        heading = _HEADING.match(text.strip())
        headed = heading is not None and len(heading[1].split()) <= self.heading
        return headed or len(sentences) >= 2

    def to_colleagues(self, text: str, words: tuple[str, ...] | None = None) -> bool:
        """Whether every sentence that asks (each with «?», or the message when none has
        one) asks a favour or a tip of the colleagues in the channel («kan noen sende meg
        skjemaet?»), not what someone knows («noen som vet når planen ble vedtatt?»). ``words``:
        the turn's reading of it, when it has one (no «noen» there: no split at all)."""
        if not self.someone or (words is not None and self.someone.isdisjoint(words)):
            return False
        parts = [p for p in _ASKED.split(text.strip()) if p.strip()]
        asked = [p for p in parts if p.rstrip().endswith("?")]
        if not asked and "?" not in text:
            asked = [text]
        return bool(asked) and all(self._favour(s) for s in asked)

    def _favour(self, sentence: str) -> bool:
        """«kan noen låne meg en kniv», «noen tips til etterarbeid»: someone asked, first – or
        first after a topic and a comma («ungdomshelsestasjonen, noen erfaringer?»)."""
        words = fold(sentence).split()
        if not self.knowing.isdisjoint(words):
            return False
        clauses = (
            (words, fold(sentence.rsplit(",", 1)[-1]).split()) if "," in sentence else (words,)
        )
        return any(self._opens(clause) for clause in clauses)

    def _opens(self, words: list[str]) -> bool:
        first, second = (*words[:2], "", "")[:2]
        return first in self.someone or (first in self.before_someone and second in self.someone)


_ASKED = re.compile(r"(?<=[?:])\s+|(?<=[^\d\s][.!])\s+|\s*\n+\s*")
"""Where a sentence ends: after «?», «.» or «!» (not «8. trinn»), at a new line; or where an
introduction ends («Fotballtrener her: kan noen …»)."""


__all__ = ["COLLEAGUES", "TOLD", "Told"]
