"""The seats a role asked about holds: a seat matches only when it matches every word of the
role («virksomhetsleder barnevern» is the one virksomhetsleder for barnevern, not all seven).

A title's own words after it narrow it too («kommunalsjef oppvekst», «avdelingsleder psykisk
helse», «kommunalsjef for oppvekst», «virksomhetsleder Våk skole»: a short word only when it
is a word of a seat), and «leder barnevern» asks for a leader's seat in barnevern. When no seat
matches all the words, the wider set is returned with ``whole=False``, so the answer can say
so; so too when a word after a title names part of another seat of the plan but none of the
title's («kommunalsjef helse og omsorg» in Gjesdal): then the title's own seats, and
:func:`role_asked` gives the line that says they are only the title's.

:func:`role_shown` is the role as headings and yes/no lines name it: the words the question
used, in its order, the narrowing ones included («Hvor sitter kommunalsjef oppvekst?»).
"""

from __future__ import annotations

import re

from bot.features.organisation import texts
from bot.knowledge.index import KommuneIndex, RoleHit
from bot.knowledge.models import Group
from bot.text import fold, fold_plan_text
from bot.understanding import Understood
from bot.understanding.facets import inflections

MAX_QUALIFIERS = 3
SEAT_WORD = re.compile(r"\w[\w-]*")
"""A word of a seat's name, as the plan spells it."""


def seat_hits(
    index: KommuneIndex, q: Understood, word_ids: list[int] | None = None
) -> tuple[list[RoleHit], bool]:
    """The seats matching all the role words at ``word_ids`` (every role word when None), and
    whether they do; with none matching all, every seat matching any word and False.

    A turn asks this twice for one question (the router's match, then the answer): the last
    question's seats are remembered and returned as a new list (:data:`_last`)."""
    last = _last[0]
    key = None if word_ids is None else tuple(word_ids)
    if last is not None and last[0] is index and last[1] is q and last[2] == key:
        return list(last[3]), last[4]
    hits, whole = _seat_hits(index, q, word_ids)
    _last[0] = (index, q, key, tuple(hits), whole)
    return hits, whole


_last: list[
    tuple[KommuneIndex, Understood, tuple[int, ...] | None, tuple[RoleHit, ...], bool] | None
] = [None]
"""The last :func:`seat_hits` asked: the kommune's index and the question's reading (the very
objects, which nothing changes once built; held, so no other object takes their place) and the
seats found; replaced by the next question, never logged."""


def _seat_hits(
    index: KommuneIndex, q: Understood, word_ids: list[int] | None
) -> tuple[list[RoleHit], bool]:
    ids = list(range(len(q.role_patterns))) if word_ids is None else word_ids
    joining = q.role_grammar.joining_words
    per_word = [
        [h for alt in q.role_patterns[i] for h in index.find_role(alt.split())] for i in ids
    ]
    union = list({_key(h): h for hits in per_word for h in hits}.values())
    common = set.intersection(*({_key(h) for h in hits} for hits in per_word)) if ids else set()
    if union and not common and len(ids) > 1:  # no seat is the whole role: say so
        return union, False
    hits = [h for h in union if _key(h) in common]
    title_only = hits
    for pattern in _qualifiers(q, ids, [h.member for h in hits]):
        narrower = [h for h in hits if _matches(pattern, h.member)]
        if narrower:
            hits = narrower
        elif _seat_word_elsewhere(index, pattern, joining):  # «kommunalsjef helse»: no seat
            return title_only, False
    return hits, True


def calls_own_service(group: Group) -> bool:
    """The one who calls the meeting in is of a service at its table: «Barnevernleder» calls
    in the samarbeidsmøte politi og barnevern, whose members are «Politi» and «Barnevern» –
    the barnevernleder's meetings include it, though no member's seat names the title."""
    holder = fold_plan_text(group.innkaller or "")
    return bool(holder) and any(holder.startswith(fold_plan_text(str(m))) for m in group.members)


def role_asked(
    index: KommuneIndex,
    q: Understood,
    hits: list[RoleHit],
    whole: bool,
    word_ids: list[int] | None = None,
) -> tuple[str, str | None]:
    """The role as asked (:func:`role_shown`), the words no seat has included («kommunalsjef
    helse og omsorg»), and the line that says no seat is all of it (None when one is)."""
    if whole:
        return role_shown(q, hits, word_ids), None
    title = role_shown(q, [], word_ids)
    missing = missing_words(index, q, word_ids)
    if not missing:
        return title, texts.role_not_whole_anywhere(title)
    label = f"{title} {missing}"
    return label, texts.role_title_only(label, title)


def missing_words(index: KommuneIndex, q: Understood, word_ids: list[int] | None = None) -> str:
    """The words after a title that no seat of the title has, as written, joined as the
    question joined them («helse og omsorg» in «kommunalsjef helse og omsorg»); else ""."""
    ids = list(range(len(q.role_patterns))) if word_ids is None else word_ids
    places = places_of(q)
    hits = seat_hits(index, q, ids)[0]
    words = _qualifiers(q, ids, [h.member for h in hits])
    joining = q.role_grammar.joining_words
    if places is None or not ids or not any(_seat_word_elsewhere(index, w, joining) for w in words):
        return ""
    shown: list[str] = []
    for word in q.words[places[ids[-1]] + 1 :]:
        if word in words or (word in joining and shown):
            shown.append(word)
        elif shown:
            break
    while shown and shown[-1] in joining:
        shown.pop()
    return " ".join(shown)


def _seat_word_elsewhere(index: KommuneIndex, pattern: str, joining: frozenset[str]) -> bool:
    """Whether a word names part of some seat of the kommune's plan: a word of a role, not
    a word of the question («egentlig») nor a ``joining`` word («og»)."""
    if pattern.startswith("*") or pattern in joining:
        return False
    kommune = set(fold(index.kommune.name).split()) | {index.kommune.id}
    return pattern not in kommune and any(
        _matches(pattern, m) for g in index.kommune.groups for m in g.members
    )


def role_shown(q: Understood, hits: list[RoleHit], word_ids: list[int] | None = None) -> str:
    """The role as the question asked it, for headings and yes/no lines: each word it used in
    the lexicon's spelling and the question's order, with the words that narrowed ``hits``
    («kommunalsjef oppvekst», «leder barnevern»), never a definite form it did not write."""
    ids = list(range(len(q.role_words))) if word_ids is None else word_ids
    places = places_of(q)
    if len(q.role_labels) != len(q.role_words) or not ids:
        return q.role_label
    if places is None or len(places) != len(q.role_words):
        return " ".join(dict.fromkeys(q.role_labels[i] for i in ids))
    members = [h.member for h in hits]
    shown: list[str] = []
    for n, i in enumerate(ids):
        if n and places[i] - places[ids[n - 1]] > 1:
            between = q.words[places[ids[n - 1]] + 1 : places[i]]
            shown += _between(between, members, q.role_grammar.joining_words)
        shown.append(_as_written(q.role_labels[i], q.words[places[i]]))
    for pattern in _qualifiers(q, ids, members):
        if not any(_matches(pattern, m) for m in members):
            continue  # narrowed nothing: the seats shown are not about it
        if pattern.startswith("*"):  # the leader word before the role
            shown.insert(0, q.words[places[ids[0]] - 1])
        else:
            shown.append(_spelled(pattern, members))
    return " ".join(dict.fromkeys(shown))


def _between(words: tuple[str, ...], members: list[str], joining: frozenset[str]) -> list[str]:
    """The words between two role words, when they are part of the seat found: a ``joining``
    word or a word of the seat itself; else none of them («rektor med i … helsesykepleier»)."""
    if not members or len(words) > MAX_QUALIFIERS:
        return []
    part_of_seat = all(
        w in joining or (len(w) >= 4 and any(_matches(w, m) for m in members)) for w in words
    )
    if not part_of_seat:
        return []
    return [w if w in joining else _spelled(w, members) for w in words]


def _as_written(label: str, written: str) -> str:
    """The lexicon's spelling in the form the question wrote: «barnevern» stays «barnevern»
    though the lexicon shows the role as «barnevernet»."""
    folded = fold(label)
    cut = len(folded) - len(written)
    if cut > 0 and written in inflections(folded) and label[-cut:] == folded[-cut:]:
        return label[:-cut]
    return label


def _spelled(word: str, members: list[str]) -> str:
    """A folded word in the seats' own spelling («valer» → «Våler»), else as it is: lower case
    but for a name or an abbreviation inside the seat («Virksomhetsleder Våk skole», «NAV»)."""
    for member in members:
        parts: list[str] = SEAT_WORD.findall(member)
        for at, part in enumerate(parts):
            for end in range(1, len(part) + 1):  # «æ» folds to two letters
                if fold(part[:end]) == word:
                    own_case = part.isupper() or (at > 0 and part[:1].isupper())
                    return part[:end] if own_case else part[:end].lower()
    return word


def _key(hit: RoleHit) -> tuple[str, str]:
    return hit.group.id, hit.member


def _qualifiers(q: Understood, ids: list[int], members: list[str] | None = None) -> list[str]:
    """Patterns the question adds to its role: «*leder» for «leder barnevern», and the words
    after a title that name no role of their own («oppvekst» in «kommunalsjef oppvekst»,
    «levekår» in «kommunalsjef for levekår»). A short word counts only when it is a whole
    word of one of ``members`` («Våk», «NAV»); else it ends the role («… med i»)."""
    places = places_of(q)
    if places is None or not ids or len(places) != len(q.role_patterns):
        return []
    found: list[str] = []
    said = q.role_grammar
    first, last = places[ids[0]], places[ids[-1]]
    if first > 0 and q.words[first - 1] in said.leader_words:
        found.append("*" + said.leader_seat)
    title = q.role_words[ids[-1]].endswith(said.title_endings)
    if title:
        taken = set(q.role_words)
        seat_words = {w for m in members or [] for w in SEAT_WORD.findall(fold(m))}
        kept = 0
        for word in q.words[last + 1 :]:
            if word in said.joining_words:
                continue
            if (
                kept == MAX_QUALIFIERS
                or word in taken
                or (len(word) < 4 and word not in seat_words)
            ):
                break
            found.append(word)
            kept += 1
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
