"""The danger check's topic test with the last answer kept: one match, read twice.

Two of a message's phrases (or a phrase and a compose rule) that match over the same words
ask :meth:`Topics.at` the same question about the same message; the answer cost ~1,400
bytecodes, and «hva er været i morgen» (the answer benchmark's slowest question) asked it
twice. ``at`` reads nothing but its arguments and the tables built at load, so the last
question's answer is the answer to the same question again. The words are kept as a tuple
(a caller may change its list afterwards), and only the last message's, as the safety net
and the term reader keep theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.safety_topics import Topics


class LastTopics(Topics):
    """:class:`Topics` whose :meth:`at` answers the question it was asked last from memory."""

    _last: tuple[tuple[str, ...], int, int, bool, bool] | None = None

    def at(self, words: Sequence[str], start: int, end: int = -1, talk: bool = False) -> bool:
        asked = tuple(words)
        last = self._last
        if last is not None and last[0] == asked and last[1:4] == (start, end, talk):
            return last[4]
        found = super().at(words, start, end, talk)
        self._last = (asked, start, end, talk, found)
        return found


__all__ = ["LastTopics"]
