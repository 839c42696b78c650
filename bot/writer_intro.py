"""Where a writer's introduction ends: «Fotballtrener her: …», «Student in placement here, …».

Staff often open with who they are or a greeting. For the nearest-example safety net
(bot/safety_net.py) such an opening is no part of the case: it matched the calm examples
written by the same kind of writer («Fotballtrener her: når er neste kamp?»), and the danger
in the rest of the message was outvoted. The net reads the message from where the
introduction ends; the danger rules read it whole.

An introduction is, at the start of the message (after a greeting, «Hei,»), a short clause of
at most ``INTRO_WORDS`` words that

* ends in a colon («Helsesykepleier:», «SFO-ansatt her:»),
* or ends in a word that says the writer is here («Vikar her,», «Student in placement here»),
* or starts by saying who the writer is («jeg er lærer,», «I'm a coach,»),
* or follows a greeting up to a comma («Hei, bussjåfør på linje 3, …»),

and leaves at least ``REST_WORDS`` words after it. A greeting alone is taken off too. The words
are data: understanding.yaml ``safety_net`` (``greetings``, ``here``, ``i_am``). The net reads
what follows only when the whole message found nothing, so a case in the clause taken off
(«Hei, han puster ikke, …») is still read in the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import fold, tokens

INTRO_WORDS = 4
"""An introduction is short: «Student in placement here» is four words; «Snapchat-melding en
elev viste meg: …» (six) is the case itself."""
REST_WORDS = 3
"""What is left must be a message the net reads (its ``MIN_TERMS``)."""
_CLAUSE = re.compile(r"[^:,.!?;\n]*?(?::(?=\s|$)|[,.!?;\n])")
"""The first clause and what ends it; a colon only before a space or the end: «kl 14:30» is
no heading."""


@dataclass(frozen=True)
class WriterIntro:
    """The words that make an opening an introduction (folded)."""

    greetings: frozenset[str] = frozenset()
    here: frozenset[str] = frozenset()
    i_am: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of(cls, greetings: str, here: str, i_am: str) -> WriterIntro:
        """From understanding.yaml's word lists; ``i_am`` holds word runs joined by «+»."""
        return cls(
            frozenset(tokens(greetings)),
            frozenset(tokens(here)),
            tuple(tuple(tokens(run.replace("+", " "))) for run in i_am.split()),
        )

    def body(self, text: str) -> str:
        """``text`` from where the writer's introduction (and a greeting) ends; ``text`` itself
        when it has none, or too little would be left."""
        if not self.greetings and not self.here and not self.i_am:
            return text
        start = self._after_greeting(text)
        clause = _CLAUSE.match(text, start)
        if clause is not None:
            said = tokens(clause.group())
            if (
                said
                and len(said) <= INTRO_WORDS
                and (
                    clause.group().endswith(":")
                    or said[-1] in self.here
                    or self._is_me(said)
                    or (start > 0 and clause.group().endswith(","))
                )
                and len(tokens(text[clause.end() :])) >= REST_WORDS
            ):
                return text[clause.end() :].lstrip()
        if start and len(tokens(text[start:])) >= REST_WORDS:
            return text[start:].lstrip()
        return text

    def _after_greeting(self, text: str) -> int:
        """Where the text goes on after a greeting word and its comma or mark, or 0."""
        head = re.match(r"\s*([^\s,.!:]+)[\s,.!:]*", text)
        if head is None or fold(head.group(1)) not in self.greetings:
            return 0
        return head.end()

    def _is_me(self, said: tuple[str, ...]) -> bool:
        return any(said[: len(run)] == run for run in self.i_am if run)


__all__ = ["INTRO_WORDS", "REST_WORDS", "WriterIntro"]
