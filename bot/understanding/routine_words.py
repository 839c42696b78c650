"""The routine a calm question names by a word of its topic (understanding.yaml ``routines``).

An offence (``offences``: «tatt for tyveri», «ein elev har gjort lovbrot», «straffbare
handlinger») names the routine that holds the step for it – in Gjesdal the rusbekymring
routine's step on the operative SLT-gruppa – but only when the message asks what happens or
how to follow up. Asked who («hvem kontakter jeg om en ungdom som har begått lovbrudd»), the
contact and the group answer; a group named («hvordan jobber den operative gruppa med …») has
its own reading. Tried on the held-out rounds, an offence read as the routine whatever was
asked turned such who-questions into the routine's steps."""

from __future__ import annotations

from bot.understanding.lexicon import Lexicon
from bot.understanding.phrases import SpacedPhrases


class RoutineWords:
    """The routine phrases of the lexicon, found in a message's joined words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._phrases = SpacedPhrases(lexicon.routines)
        self.ids = tuple(lexicon.routines.values())
        self._offences = lexicon.offences
        self._who = lexicon.who_words

    def read(
        self, joined: str, starts: set[str], words: tuple[str, ...], group: str | None
    ) -> str | None:
        """The routine of the first phrase the message holds; an offence counts only in a
        message that names no group and asks no «hvem»."""
        aside = bool(group) or not self._who.isdisjoint(words)
        for position in self._phrases.found(joined, starts):
            if not (aside and self._phrases.phrases[position] in self._offences):
                return self.ids[position]
        return None


__all__ = ["RoutineWords"]
