"""The routine a calm question names by a word of its topic (understanding.yaml ``routines``).

An offence (``offences``: «tatt for tyveri», «ein elev har gjort lovbrot», «straffbare
handlinger») names the routine that holds the step for it – in Gjesdal the rusbekymring
routine's step on the operative SLT-gruppa – but only when the message asks what happens or
how to follow up. Asked who («hvem kontakter jeg om en ungdom som har begått lovbrudd»), the
contact and the group answer; a group named («hvordan jobber den operative gruppa med …») has
its own reading. Tried on the held-out rounds, an offence read as the routine whatever was
asked turned such who-questions into the routine's steps.

Who told the asker is set aside when a routine is asked (:func:`unnamed_words`): «hva er
rutinen naar jeg er bekymra for at en elev ruser seg SLT-koord sa det fantes en».

A newcomer often says where they heard of the routine. A principal or a colleague named so is
a role word that asks nothing, and the routine answers; but the coordinator is a cue of its own
(«hvem er slt-koordinator?»), and the coordinator's sheet took the message – then the honest
fallback, since nothing was asked of the coordinator. The coordinator named right before a verb
of saying («sa», «sier», «nevnte», «mente»), or after «ifølge» or «fikk høre av», is the source
of a remark, not what is asked: when the message asks for a routine by its noun, those words
are no cue, as a name is none.
Without a routine asked it stays a cue («koordinatoren sa hun skulle sende referatet, hvem er
det?»): who said it may be what is asked."""

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
        self, joined: str, starts: frozenset[str], words: tuple[str, ...], group: str | None
    ) -> str | None:
        """The routine of the first phrase the message holds; an offence counts only in a
        message that names no group and asks no «hvem»."""
        aside = bool(group) or not self._who.isdisjoint(words)
        for position in self._phrases.found(joined, starts):
            if not (aside and self._phrases.phrases[position] in self._offences):
                return self.ids[position]
        return None


SAYING = frozenset(
    {"sa", "sier", "sagt", "nevnte", "nevnt", "mente", "meinte", "fortalte", "tipset"}
    | {"sei", "seier", "nemnde", "said", "says", "told", "mentioned"}
)
"""Verbs of saying after the one who said it («SLT-koord sa det fantes en»)."""
BETWEEN = frozenset({"min", "var", "vaar", "mitt", "deres", "our", "my", "har", "hadde"})
"""Words that may stand between the teller and the verb («koordinatoren vår sa», «… har sagt»)."""
HEARD_FROM = frozenset(
    {("ifolge",), ("according", "to"), ("according", "to", "the")}
    | {
        (heard, by)
        for heard in ("hore", "hort", "horte", "beskjed", "tips")
        for by in ("av", "fra")
    }
)
"""Words right before the one who said it («ifølge SLT-koordinatoren», «fikk høre av …»)."""
ROUTINE_STEMS = ("rutine", "rutina", "prosedyre", "routine")
"""A routine asked by its noun («hva er rutinen», «finnes det en rutine»)."""
LONGEST = 3
"""The coordinator's longest cue before the verb («den ansvarlige for slt» is a question)."""


def unnamed_words(
    words: tuple[str, ...], used: list[bool], coordinator: SpacedPhrases
) -> tuple[str, ...]:
    """The message's words with names (``used``) and a teller of a remark set aside as
    ``"_"``; the teller's places are marked in ``used`` too, so no cue is read there."""
    if any(w.startswith(ROUTINE_STEMS) for w in words):
        for place in _teller(words, coordinator):
            used[place] = True
    return tuple("_" if used[i] else w for i, w in enumerate(words))


def unnamed_tail(
    unnamed: tuple[str, ...], words: tuple[str, ...], part: tuple[str, ...]
) -> tuple[str, ...]:
    """The message's asking ``part`` (its last sentence: «… trenger navnet til …»,
    «vi hadde foreldremøte i går. hvem er politikontakt her i gjesdal?») with its names set
    aside as in ``unnamed``, where the part ends the message as read; else the part as read.
    A kommune named in the question is no word of what is asked («hvem er politikontakt i
    _»), as it is not when the question stands alone."""
    size = len(part)
    return unnamed[-size:] if size and words[-size:] == part else part


def _teller(words: tuple[str, ...], coordinator: SpacedPhrases) -> list[int]:
    """The places of the coordinator's words that stand right before a verb of saying, or
    right after the words of hearing from someone."""
    places: list[int] = []
    for size in range(LONGEST, 0, -1):
        for start in range(len(words) - size + 1):
            end = start + size
            if " ".join(words[start:end]) not in coordinator.phrases or start in places:
                continue
            after = end
            while after < len(words) and words[after] in BETWEEN:
                after += 1
            said = after < len(words) and words[after] in SAYING
            heard = any(tuple(words[max(start - n, 0) : start]) in HEARD_FROM for n in (1, 2, 3))
            if said or heard:
                places.extend(range(start, end))
    return places


__all__ = ["SAYING", "RoutineWords", "unnamed_words"]
