"""«Politirådet skal ha julebord, kven bestiller bord?»: a group named in the scene before the
question, and a «hvem» after it that asks who does an everyday chore for it, not who sits in it. The
group's member list reads as an answer (its members do not book tables); the honest fallback
is the answer. «Jeg er ny i politirådet. Hvem andre sitter der?», «… hvem er med?» ask who
sits there: only who-words, filler and the words of a seat follow their «hvem»."""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.intents import Intent
from bot.understanding.lexicon import Lexicon

WHO = frozenset({"hvem", "kven", "kem", "who"})
SEAT_WORDS = frozenset(
    {"med", "der", "andre", "ellers", "inne", "sitte", "sit", "sat", "satt", "representert"}
    | {"hjemme", "heime", "hos", "oss", "na", "no", "fast", "faste", "vaere", "vere", "i"}
    | {"representerer", "representere", "jobber", "jobbar", "kommer", "kjem", "fra", "fraa"}
)
"""Beside the who-words: a seat and who fills it («hvem representerer skolen»), the place
(«der», «hos oss») and the time («nå»)."""
AND = frozenset({"og", "men"})
SECOND_OPENS = frozenset(
    {"kan", "skal", "er", "har", "ma", "blir", "far", "bor", "hvem", "hva", "hvor", "nar"}
    | {"hvordan", "kven", "kva", "kor", "korleis", "kjem", "kommer"}
)
"""«… hvem møter der fast, og kan andre bli kalt inn?»: «og» before a verb or a question word
opens a second question; the seat question ends there (the member list answers both)."""


def _first_question(after: Sequence[str]) -> Sequence[str]:
    """The words after «hvem» up to where a second question opens."""
    for i in range(len(after) - 1):
        if after[i] in AND and after[i + 1] in SECOND_OPENS:
            return after[:i]
    return after


def chore_asked(
    intent: Intent,
    words: tuple[str, ...],
    named_at: Sequence[bool],
    lex: Lexicon,
    known: frozenset[str],
) -> bool:
    """A members reading of a group the scene names, whose question asks something else: after
    its first «hvem» no name stands, one stands before it, and a word follows it that is none
    of a seat's. ``named_at``: where the reader found the kommune and group names; ``known``: the
    role words, which say who, not what."""
    if intent is not Intent.MEMBERS:
        return False
    at = next((i for i, w in enumerate(words) if w in WHO), 0)
    if at == 0 or any(named_at[at:]) or not any(named_at[:at]):
        return False  # «hvem sitt i fagteamet? … vil vite kven eg snakkar til»: it asks first
    skip = lex.who_words | lex.filler | lex.stopwords | SEAT_WORDS | known
    return any(w not in skip and not w.isdigit() for w in _first_question(words[at + 1 :]))


__all__ = ["chore_asked"]
