"""The seats a role asked about holds: a seat matches only when it matches every word of the
role («virksomhetsleder barnevern» is the one virksomhetsleder for barnevern, not all seven).

A title's own words after it narrow it too («kommunalsjef oppvekst», «avdelingsleder psykisk
helse»), and «leder barnevern» asks for a leader's seat in barnevern. When no seat matches all
the words, the wider set is returned with ``whole=False``, so the answer can say so.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex, RoleHit
from bot.text import fold
from bot.understanding import Understood
from bot.understanding.lexicon import inflections

TITLE_ENDINGS = ("leder", "sjef")
"""A role word that ends so is a title and takes the role after it («kommunalsjef helse»)."""
LEADER_WORDS = frozenset({"leder", "lederen", "leiar", "leiaren"})
"""«leder barnevern»: a leader's seat in the role after it («Virksomhetsleder barnevern»)."""
MAX_QUALIFIERS = 3


def seat_hits(
    index: KommuneIndex, q: Understood, word_ids: list[int] | None = None
) -> tuple[list[RoleHit], bool]:
    """The seats matching all the role words at ``word_ids`` (every role word when None), and
    whether they do; with none matching all, every seat matching any word and False."""
    ids = list(range(len(q.role_patterns))) if word_ids is None else word_ids
    per_word = [
        [h for alt in q.role_patterns[i] for h in index.find_role(alt.split())] for i in ids
    ]
    union = list({_key(h): h for hits in per_word for h in hits}.values())
    common = set.intersection(*({_key(h) for h in hits} for hits in per_word)) if ids else set()
    if union and not common and len(ids) > 1:  # no seat is the whole role: say so
        return union, False
    hits = [h for h in union if _key(h) in common]
    for pattern in _qualifiers(q, ids):
        narrower = [h for h in hits if _matches(pattern, h.member)]
        if narrower:
            hits = narrower
    return hits, True


def _key(hit: RoleHit) -> tuple[str, str]:
    return hit.group.id, hit.member


def _qualifiers(q: Understood, ids: list[int]) -> list[str]:
    """Patterns the question adds to its role: «*leder» for «leder barnevern», and the words
    after a title that name no role of their own («oppvekst» in «kommunalsjef oppvekst»)."""
    places = places_of(q)
    if places is None or not ids or len(places) != len(q.role_patterns):
        return []
    found: list[str] = []
    first, last = places[ids[0]], places[ids[-1]]
    if first > 0 and q.words[first - 1] in LEADER_WORDS:
        found.append("*leder")
    title = q.role_words[ids[-1]].endswith(TITLE_ENDINGS)
    if title:
        taken = set(q.role_words)
        for word in q.words[last + 1 : last + 1 + MAX_QUALIFIERS]:
            if word in taken or len(word) < 4:
                break
            found.append(word)
    return found


def _matches(pattern: str, member: str) -> bool:
    words = fold(member).split()
    if pattern.startswith("*"):
        return any(w.endswith(pattern[1:]) for w in words)
    return any(w.startswith(form) for form in inflections(pattern) for w in words)


def places_of(q: Understood) -> list[int] | None:
    """Where each role word stands in the question's words, or None when one is not found."""
    places: list[int] = []
    at = 0
    for word in q.role_words:
        while at < len(q.words) and word not in inflections(q.words[at]):
            at += 1
        if at == len(q.words):
            return None
        places.append(at)
        at += 1
    return places
