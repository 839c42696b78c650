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

A question is read past the same openings, and past a few more (:meth:`WriterIntro.opening`):
a courtesy («beklager dumt spørsmål, men …», «takk for sist!»), a longer sentence saying who the
writer is («jeg er ny på skolen.», ``telling``: «jeg jobber i nav.») and one joined to the
question («jeg jobber på NAV og lurer på …», ``joins``). Whether the question is then read
without it is bot/understanding/introduced.py's to decide.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import islice

from bot.text import fold, tokens

INTRO_WORDS = 4
"""An introduction is short: «Student in placement here» is four words; «Snapchat-melding en
elev viste meg: …» (six) is the case itself."""
REST_WORDS = 3
"""What is left must be a message the net reads (its ``MIN_TERMS``)."""
QUESTION_INTRO_WORDS = 8
"""A question's opening sentence about the writer may be longer: «hei, jeg er ny vikar her.»,
«jeg er ny på skolen.»; a longer one tells more than who is asking."""
QUESTION_WORDS = 2
"""What is left after a question's opening must ask something: «hva er slt?»."""
OPENINGS = 3
"""A greeting, a courtesy and an introduction may follow each other: «hei! takk for sist. jeg
er ny her, …»."""
_OPENING = re.compile(r"[^:,.!?;\n–—]*?(?::(?=\s|$)|[,.!?;\n–—]|\s-\s)")
"""A question's opening clause ends as :data:`_CLAUSE`'s does, or at a dash: «jeg er
skoleleder – hvilke tiltak har jeg?»."""
_ASKING = re.compile(
    r"\b(hvem|hva|hvor|når|hvilke|hvilken|hvilket|hvordan|kven|kva|kor|korleis)\b", re.IGNORECASE
)
"""A clause with a question word asks: it is no opening («jeg er ny, hvem er …, og …»)."""
_WORD = re.compile(r"\w+")
_GREETING = re.compile(r"\s*([^\s,.!:]+)[\s,.!:]*")
"""A message's first word, which may greet, and the marks after it."""
_CLAUSE = re.compile(r"[^:,.!?;\n]*?(?::(?=\s|$)|[,.!?;\n])")
"""The first clause and what ends it; a colon only before a space or the end: «kl 14:30» is
no heading."""


@dataclass(frozen=True)
class WriterIntro:
    """The words that make an opening an introduction (folded)."""

    greetings: frozenset[str] = frozenset()
    here: frozenset[str] = frozenset()
    i_am: tuple[tuple[str, ...], ...] = ()
    courtesy: frozenset[str] = frozenset()
    """«beklager», «takk»: a clause opening so is no part of a question (questions only)."""
    telling: tuple[tuple[str, ...], ...] = ()
    """«jeg+jobber»: more runs that start a writer's introduction before a question."""
    joins: tuple[tuple[str, ...], ...] = ()
    """«og+lurer+på»: joins an introduction to its question in one sentence."""

    @classmethod
    def of(
        cls,
        greetings: str,
        here: str,
        i_am: str,
        courtesy: str = "",
        telling: str = "",
        joins: str = "",
    ) -> WriterIntro:
        """From understanding.yaml's word lists; ``i_am``, ``telling`` and ``joins`` hold word
        runs joined by «+»."""
        return cls(
            frozenset(tokens(greetings)),
            frozenset(tokens(here)),
            _runs(i_am),
            frozenset(tokens(courtesy)),
            _runs(telling),
            _runs(joins),
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

    def opening(self, text: str) -> int:
        """Where a question starts after the writer's openings – greetings, courtesies and an
        introduction («hei, jeg er ny vikar her. hva er egentlig slt?», «beklager dumt
        spørsmål, men …», «Helsesykepleier her: …») – or 0 when it has none, or too little
        would be left. Unlike :meth:`body`, an introduction may be a sentence of up to
        ``QUESTION_INTRO_WORDS`` words, a colon alone makes none («Styringsgruppa: …» is the
        topic), and one joined to the question by ``joins`` («jeg jobber på NAV og lurer på
        hvem …») ends with the join."""
        start = 0
        for _ in range(OPENINGS):
            after = self._after_greeting(text[start:]) + start
            end = self._opening_clause(text, after)
            if end == after == start:
                break
            start = end
        if start and len(tokens(text[start:])) >= QUESTION_WORDS:
            return start + len(text[start:]) - len(text[start:].lstrip())
        return 0

    def _opening_clause(self, text: str, start: int) -> int:
        """Where one introduction or courtesy at ``start`` ends (a «men» after it, too), else
        ``start``."""
        clause = _OPENING.match(text, start)
        opens = (
            clause is not None
            and not clause.group().endswith("?")
            and not _ASKING.search(clause.group())
        )
        said = tokens(clause.group()) if clause is not None and opens else ()  # a question's
        if clause is not None and said:  # clause is not even read into words
            me = self._is_me(said) or self._is_me(said, self.telling)
            # a colon alone is no introduction here: «Styringsgruppa: er …», «fagteam: hvor
            # ofte …» name what is asked
            if len(said) <= QUESTION_INTRO_WORDS and (
                said[-1] in self.here or me or said[0] in self.courtesy
            ):
                but = re.match(r"\s*(?:men|og)\b", text[clause.end() :], re.IGNORECASE)
                return clause.end() + (but.end() if but else 0)
        return self._joined(text, start)

    def _joined(self, text: str, start: int) -> int:
        """Where «jeg jobber på NAV og lurer på» ends: an introduction and its join within
        ``QUESTION_INTRO_WORDS`` words; else ``start``."""
        found = _WORD.finditer(text, start)
        first = next(found, None)
        if first is None or fold(first.group()) not in self._heads:
            return start  # most messages: their first word opens no introduction
        words = [(first.end(), fold(first.group()))]
        words += [(m.end(), fold(m.group())) for m in islice(found, QUESTION_INTRO_WORDS - 1)]
        said = tuple(w for _, w in words)
        if not (self._is_me(said) or self._is_me(said, self.telling)):
            return start
        for at in range(2, len(said)):
            for run in self.joins:
                if run and said[at : at + len(run)] == run:
                    return words[at + len(run) - 1][0]
        return start

    @functools.cached_property
    def _heads(self) -> frozenset[str]:
        """The first words of ``i_am`` and ``telling``: an introduction opens with one."""
        return frozenset(run[0] for run in (*self.i_am, *self.telling) if run)

    def _after_greeting(self, text: str) -> int:
        """Where the text goes on after a greeting word and its comma or mark, or 0."""
        head = _GREETING.match(text)
        if head is None or fold(head.group(1)) not in self.greetings:
            return 0
        return head.end()

    def _is_me(
        self, said: tuple[str, ...], runs: tuple[tuple[str, ...], ...] | None = None
    ) -> bool:
        return any(said[: len(run)] == run for run in (self.i_am if runs is None else runs) if run)


def _runs(words: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(run.replace("+", " "))) for run in words.split())


__all__ = ["INTRO_WORDS", "QUESTION_INTRO_WORDS", "REST_WORDS", "WriterIntro"]
