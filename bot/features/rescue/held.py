"""Whether an answer by likeness holds what the question asks of its object.

The rescue answers a question by its nearest examples' reading, and the reader answers some
by the object alone («SLT-modellen» → the levels, «koordinatoren» → the coordinator card).
Those examples and objects are near by the words the question shares with them; the words
left over say what is asked of the object. Some ask what no plan answer holds: a comparison
(«hva er forskjellen på SLT i Norge og Danmark?»), a history («hvor gammel er SLT-modellen?»),
a replacement («koordinatoren er borte, kven tek over?»). When the answer holds none of the
asking words, a confident answer would be wrong: the honest fallback instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import fold, tokens

ASKED: dict[str, tuple[str, ...]] = {
    "comparison": (
        "forskjell",
        "forskjellen",
        "forskjeller",
        "forskjellene",
        "skiller seg",
        "sammenlignet med",
        "sammenliknet med",
        "sammenligning",
        "versus",
    ),
    "history": (
        "hvor gammel",
        "historien",
        "historikk",
        "opprinnelse",
        "opphav",
        "grunnlagt",
        "oppfunnet",
        "fant opp",
        "kom til norge",
    ),
    "replacement": (
        "er borte",
        "tar over",
        "overtar",
        "erstatter",
        "etterfolger",
        "i stedet for",
        "sluttet",
        "slutter",
    ),
}
"""What a question asks of its object, by the reader's (folded, normalised) words, as whole
words in a row; a class the answers of the plans do not hold. A phrase's last word is what the
answer must hold for the question to stay answered (a plan that names a «stedfortreder» or
says who «tar over» answers it)."""

STEM = 4
"""An answer holds an asking word when one of its words opens with the word's first letters
(up to this many): «utøvende» holds «utøvande», «erstatter» holds «erstatte»."""


BY_OBJECT = frozenset({"levels", "coordinator", "bti", "hotlines"})
"""Replies the reader gives by the object alone («SLT-modellen», «koordinatoren»), whatever
else is asked of it: the ones :func:`asked_beyond` checks after the router too."""


COMPARISON = "comparison"
LINKS = frozenset({"og", "fra", "med", "mot", "versus", "vs"})
"""The word between what a comparison compares: «forskjellen på X og Y», «X skiller seg fra Y»."""
SMALL = frozenset({"pa", "i", "hos", "til", "fra", "den", "det", "de", "en", "et", "ei", "oss"})
"""Words passed over to reach what is compared («nivåene hos oss og på Island»)."""


def asked_beyond(words: Sequence[str], answer: str) -> str:
    """The kind of what the question (its reader's ``words``) asks that ``answer`` does not
    hold, or "". A comparison is beyond the answer only when what it compares is: «forskjellen
    på koordinerende og utøvende nivå» is the levels' own question."""
    joined = f" {' '.join(words)} "
    heads = frozenset(word[:n] for word in tokens(answer) for n in range(1, STEM + 1))
    for kind, phrases in ASKED.items():
        for phrase in phrases:
            if f" {phrase} " not in joined:
                continue
            if kind == COMPARISON:
                after = joined.index(f" {phrase} ") + len(phrase) + 2
                compared = _compared(joined[after:].split())
                if any(fold(word)[:STEM] not in heads for word in compared):
                    return kind
            elif fold(phrase.split()[-1])[:STEM] not in heads:
                return kind
    return ""


def _compared(words: Sequence[str]) -> tuple[str, ...]:
    """The two things a comparison's words compare (the word before its first link and the
    one after it, small words passed over); none when no link follows."""
    link = next((i for i, word in enumerate(words) if word in LINKS), None)
    if link is None:
        return ()
    before = [w for w in words[:link] if w not in SMALL]
    after = [w for w in words[link + 1 :] if w not in SMALL]
    return (*before[-1:], *after[:1])


__all__ = ["asked_beyond"]
