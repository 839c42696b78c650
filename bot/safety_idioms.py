"""Where an idiom that only looks dangerous ends: «slått sammen», «møtet i dag drepte meg».

The danger check (bot/safety.py) blanks out the words of the idioms in
knowledge/language/danger.yaml ``cancel`` before it reads any phrase. An idiom's words come
next to each other – but staff put a time or an intensifier inside one («møtet i dag drepte
meg helt», «printeren er nå helt død»), so up to ``FILLERS`` of the ``FILLER`` words may stand
between two of its words, and so may a score's numbers («ble banket 7-0 i cupen»). Never
before its first word: the idiom starts where its word does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from bot.safety_no_case import played, untitled

FILLER = frozenset(
    [
        "i",
        "dag",
        "gar",
        "na",
        "no",
        "helt",
        "heilt",
        "nesten",
        "jo",
        "bare",
        "berre",
        "virkelig",
        "totalt",
        "altsa",
        "snart",
        "skikkelig",
        "fullstendig",
        "igjen",
        "ogsa",
        "alltid",
        "ofte",
    ]
)
"""Words an idiom may hold between its own (folded): a time, an intensifier, a particle."""
FILLERS = 2


def idiom_end(
    atoms: Sequence[frozenset[int]],
    words: Sequence[str],
    start: int,
    slots: Sequence[frozenset[int]],
) -> int:
    """Where an idiom of ``slots`` matched from ``start`` ends (one past its last word), or 0."""
    at, skipped = start, 0
    for slot in slots:
        while at < len(atoms) and not atoms[at] & slot:
            filler = words[at] in FILLER or words[at].isdigit()  # a score: «slått 3-1 i»
            if at == start or not filler or skipped == FILLERS:
                return 0
            at, skipped = at + 1, skipped + 1
        if at == len(atoms):
            return 0
        at += 1
    return at


def idiom_length(
    atoms: Sequence[frozenset[int]],
    words: Sequence[str],
    start: int,
    starts: Mapping[int, Sequence[int]],
    idioms: Sequence[Sequence[frozenset[int]]],
) -> int:
    """The length of an idiom of ``idioms`` starting at ``start`` (``starts``: by the atoms of
    their first word), with the fillers inside it, or 0. Its words come next to each other,
    but for a filler or two; an idiom whose second word has no atom where it may stand
    (:func:`idiom_end` looks no further) is passed over untried."""
    reach = frozenset().union(*atoms[start + 1 : start + 2 + FILLERS])
    for atom in atoms[start]:
        for number in starts.get(atom, ()):
            slots = idioms[number]
            if len(slots) > 1 and slots[1].isdisjoint(reach):
                continue  # idiom_end would find no second word: 0
            end = idiom_end(atoms, words, start, slots)
            if end:
                return end - start
    return 0


def keeps_blow(
    atoms: Sequence[frozenset[int]],
    hot: Sequence[int],
    span: range,
    blow: frozenset[int],
    uncancel: Sequence[tuple[frozenset[int], frozenset[int]]],
) -> bool:
    """An idiom's words count after all, but for its blow: a word of an ``uncancel`` group
    in it and a sign of harm anywhere in the message («falt og slo hodet, kaster opp nå»);
    only an idiom that hides a blow («nesten besvimte» stays an idiom). Only its blow is then
    blanked out (bot/safety.py)."""
    if not any(atoms[i] & blow for i in span):
        return False
    return any(
        any(atoms[i] & part for i in span) and any(atoms[i] & signs for i in hot)
        for part, signs in uncancel
    )


LAUGHS = ("😂", "🤣", "😆", "😅", "😜", "🙃")
"""Emoji that laugh: folding drops them, so they are looked for in the message as typed."""
JOKES = frozenset(
    [("bare", "tull"), ("pa", "tull"), ("bare", "kodd"), ("for", "goy"), ("bare", "tuller")]
)
"""«bare tull», «på tull»: said of what came before."""


def laughing(text: str, words: Sequence[str], joking: frozenset[str]) -> bool:
    """Whether a message laughs at what it tells: a joking word («haha», «lol»), a laughing
    emoji or «bare tull». A threat told so is a joke (««skyt meg» sa rektor 😂»)."""
    if not joking.isdisjoint(words) or any(e in text for e in LAUGHS):
        return True
    return any(pair in JOKES for pair in pairwise(words)) or played(words)  # lost, both laughed


__all__ = [
    "FILLER",
    "FILLERS",
    "JOKES",
    "LAUGHS",
    "idiom_end",
    "keeps_blow",
    "laughing",
    "played",  # bot/safety_no_case.py: a threat said in play, kept for a duty asked of it
    "untitled",  # bot/safety_no_case.py: the danger check reads a message without its titles
]
