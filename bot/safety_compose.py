"""Danger read from concepts: a harm and the person it happens to, in any order and wording.

A phrase list (bot/safety.py) knows «faren slår henne»; it does not know «blåmerker på armen,
sier at stefaren gjorde det» or «pappan hardhendt mot ho». A compose rule in
knowledge/language/danger.yaml names groups of words that must all be present in one
sentence, close together — a harm (``skadegjore``) and someone near the child
(``naer``), a sexual act and a child, a drug, a hand-over and a child — so a case written in
words no phrase foresaw is still read as the case it is.

Each group word matches as phrase words do (folded, dialect read as bokmål, inflection
families, prefixes, one typo in long words), because a rule's groups are compiled into the
same atoms. A number 6–17 said as an age («jente på 13», «hun er 14», «15 år») counts as the
word «åring», so an age is a child. Matching is a scan over the few positions that carry an
atom; nothing of the message is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.safety_match import BREAK as BREAK_WORD
from bot.safety_match import Slot

AGE_WORD = "aring"
"""The folded word an age reads as («jente på 13» is a «13-åring»)."""
ADULT_WORD = "voksen"
"""… and an adult's age («kjæreste på 24», «mann på 30») reads as «voksen»."""
ADULT_MIN, ADULT_MAX = 18, 80

AGE_MIN, AGE_MAX = 6, 17
AGE_BEFORE = frozenset(
    {"pa", "er", "paa", "bare", "berre", "kun", "jente", "jenta", "gutt", "gutten", "elev"}
    | {"girl", "boy", "is", "aged"}
)
"""«på 13», «er 13», and a child's noun right before its age: «jente 14 er gravid», «a girl
(14) says …», «she is 13»."""
AGE_AFTER = frozenset({"ar", "aar", "aring", "arig", "years", "year", "yo"})
ABOUT_AGE = frozenset({"ca", "cirka", "rundt", "omtrent", "kanskje", "vel", "sikkert", "around"})
"""«på ca 14», «på rundt 13»: a guess between «på» and the age."""


@dataclass(frozen=True)
class Rule:
    """A compose rule compiled: its category's index and one slot per group."""

    category: int
    slots: tuple[Slot, ...]
    within: int
    unless: Slot = frozenset()
    """Atoms that, anywhere in the message, leave the case to another rule."""
    but: Slot = frozenset()
    """Atoms that keep the case despite an ``unless`` in their sentence (a secret, a gift)."""
    child_acts: Slot = frozenset()
    """Acts that, done by the child a clause opens with, are its behaviour, not a harm to it:
    «faren sier at gutten må slutte å slå lillebroren» (bot/safety_compose.py child_does)."""
    child_victims: Slot = frozenset()
    """… unless done to one of these right after the act (a parent, «henne»): a case still."""
    unless_in_sentence: bool = False
    """``unless`` counts only in the match's own sentence («jenta var på leirskolen i fjor. Nå
    vil en voksen mann at hun skal sove hos ham» is no camp night)."""
    asks: Slot = frozenset()
    """A word of these up to two words before the match's «om» asks for what follows: «ber
    henne om bilder» is a request, not a talk «om» pictures."""
    across: bool = False
    """The groups may stand on both sides of a sentence break, still ``within`` words: an
    injury told, then «han sa "ikke si noe til pappa"» (one scene in two sentences)."""


def asked_for(rule: Rule, atoms: Sequence[frozenset[int]], span: tuple[int, int]) -> bool:
    """The «om» before the match's last word follows a request word of the rule («bedt henne
    om bilder»): what follows is asked for, not talked about."""
    om = span[1] - 1
    return any(atoms[i] & rule.asks for i in range(max(span[0], om - 2), om))


def ages(words: Sequence[str], low: int = AGE_MIN, high: int = AGE_MAX) -> list[int]:
    """Positions of numbers said as an age («på 13», «14 år») in ``low``–``high``, not times,
    rooms or classes («kl 12», «rom 14»)."""
    found: list[int] = []
    for i, word in enumerate(words):
        if not word.isdigit() or len(word) > 2 or not low <= int(word) <= high:
            continue
        before = words[i - 1] if i else ""
        if before in ABOUT_AGE and i > 1:
            before = words[i - 2]
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in AGE_BEFORE or after in AGE_AFTER:
            found.append(i)
    return found


def grown_units(
    words: Sequence[str], adults: Sequence[int], atoms: list[frozenset[int]]
) -> frozenset[int]:
    """Positions of the age word right after an adult's age, their ``atoms`` blanked: «19-åring»
    folds to «19 aring», and the «åring» names the adult the «19» is, not a child beside him
    («19-åring har ingen jobb eller penger – hvem hjelper ham?» is no adult reaching a child).
    The signals skip them too (the caller passes them on)."""
    grown = frozenset(
        i + 1 for i in adults if i + 1 < len(words) and words[i + 1].startswith((AGE_WORD, "arig"))
    )
    for i in grown:
        atoms[i] = frozenset()
    return grown


MANY = 5
"""A number in a message at least this large reads as «mange» («tatt 20 paracet»)."""


def amount(number: str) -> str:
    """«har tatt 20 paracet» is «tatt mange paracet»: a count of five or more reads as «mange»
    (no phrase can list every number); smaller numbers, years and phone numbers stay as typed."""
    return "mange" if len(number) <= 3 and int(number) >= MANY else number


def scores(words: Sequence[str]) -> set[int]:
    """A number next to another that falls or is nil: a score («banket 7-0 i cupen» folds to «7
    0»), no count – the idiom it stands in (danger.yaml ``cancel``) reads its digits as fillers.
    A rising pair is a range, a count still: «har tatt 20-30 piller»."""
    pairs = [
        i
        for i in range(len(words) - 1)
        if words[i].isdigit()
        and words[i + 1].isdigit()
        and (int(words[i]) > int(words[i + 1]) or "0" in (words[i], words[i + 1]))
    ]
    return {*pairs, *(i + 1 for i in pairs)}


CLOCK = frozenset({"kl", "klokka", "klokken", "klokkja", "halv"})
"""Words a time of day follows (folded): «klokka 12», «kl. 20», «halv 9»."""
CLOCK_AFTER = frozenset({"tiden", "tida", "tia", "tidene", "pm", "am"})
"""… or that follow it: «ved 12-tiden», «at 8 pm»."""


def uncounted(words: Sequence[str]) -> set[int]:
    """Positions of numbers that count nothing: a score (:func:`scores`) and a time of day
    with its minutes («skal ta medisinen sin klokka 12», «kl 12.30»), a dose's hour, not
    twelve pills. A number right after a counted one is a range still («20-30 piller»)."""
    found = scores(words)
    for i, word in enumerate(words):
        if not word.isdigit():
            continue
        at = i - 2 if i > 1 and words[i - 1] == BREAK_WORD else i - 1  # «kl. 12», «12.30»
        before = words[at] if at >= 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in CLOCK or after in CLOCK_AFTER or (before.isdigit() and at in found):
            found.add(i)
    return found


def composed(
    rule: Rule,
    atoms: Sequence[frozenset[int]],
    breaks: Sequence[bool],
    hot: Sequence[int],
    topical: Callable[[int], bool] = lambda start: False,
) -> tuple[int, int] | None:
    """The first and last position of a match of ``rule`` (every slot at a distinct position,
    all in one sentence and at most ``within`` words apart), or None. A match starting at a
    ``topical`` position («elev … raseteori i samfunnsfag»: a subject after it) is passed over
    for the next one («… og deler nazisymbol på telefonen, han …»)."""
    sentence = sentences([False] * len(breaks) if rule.across else breaks)
    exceptions = {sentence[i] for i in hot if atoms[i] & rule.unless}  # sentences with one
    exceptions -= {sentence[i] for i in hot if atoms[i] & rule.but}  # a secret, a gift there
    if exceptions and not rule.unless_in_sentence:
        return None
    places: list[list[int]] = []
    for slot in rule.slots:
        here = [i for i in hot if atoms[i] & slot]
        if not here:
            return None
        places.append(here)
    anchors = min(places, key=len)
    for anchor in anchors:
        chosen = _choose(places, anchor, rule.within, sentence)
        if chosen is not None and sentence[chosen[0]] not in exceptions and not topical(chosen[0]):
            return chosen
    return None


def _choose(
    places: list[list[int]], anchor: int, within: int, sentence: Sequence[int]
) -> tuple[int, int] | None:
    """A distinct position per slot around ``anchor`` in its sentence; the first and last."""
    used: set[int] = set()
    anchored = False
    for here in places:
        options = [
            i
            for i in here
            if abs(i - anchor) <= within and sentence[i] == sentence[anchor] and i not in used
        ]
        if anchor in options and not anchored:
            pick = anchor
            anchored = True
        elif options:
            # The position keeping the match shortest («gutten sier de kommer til å skade
            # familien hans»: «familien» beside the harm, not «gutten» before it), then the nearest.
            low, high = min(used, default=anchor), max(used, default=anchor)
            pick = min(options, key=lambda i: (max(high, i) - min(low, i), abs(i - anchor)))
        else:
            return None
        used.add(pick)
    if max(used) - min(used) > within:
        return None
    return min(used), max(used)


NEW_SUBJECT = frozenset(
    {"at", "om", "fordi", "sa", "sier", "seier", "sagt", "fortalte", "forteller", "fortel"}
)
"""Words that open a clause. With a child named right after one («mora sier at gutten sover
hele dagen», «bekymret for at sønnen ruser seg», reported speech without «at»: «mor ringte og
sa sønnen truer …») the child does what follows: a phrase about the parent before it
(«@forelder sover hele dagen», «@forelder truet») must not reach past it."""


def subject_walls(
    words: Sequence[str], atoms: Sequence[frozenset[int]], child: frozenset[int], breaks: list[bool]
) -> list[bool]:
    """``breaks``, plus a wall at each child named right after a clause word: a phrase's walk
    stops there as at a sentence break (a phrase may still start at the child)."""
    if not child or NEW_SUBJECT.isdisjoint(words):
        return breaks
    walls = list(breaks)
    for i in range(1, len(words)):
        if words[i - 1] in NEW_SUBJECT and not child.isdisjoint(atoms[i]):
            walls[i] = True
    return walls


WANTING = frozenset(
    {"vil", "ville", "onsker", "onsket", "onska", "krever", "kravde", "kreve", "maser", "mast"}
)
"""Verbs whose «at»-clause says what the subject wants done: «en voksen mann vil at jenta skal
besøke ham» – the child does what the adult wants, so his signal and the act belong together."""
ASKING = frozenset({"ber", "ba", "bedt", "spor", "spurte", "spurt"})
"""Verbs asking for an «om at»-clause: «ber om at jenta kommer hjem til ham»."""
SAYING = frozenset({"sier", "seier", "sa", "sagt"})
"""Verbs whose «at»-clause is an order when a modal follows the child: «sier at jenta skal
overnatte hos ham», but «sier at gutten sover hele dagen» is what he was told."""
ORDER = frozenset({"skal", "ma", "burde", "bor"})


def wanted(words: Sequence[str], walls: Sequence[bool], breaks: Sequence[bool]) -> list[bool]:
    """``walls`` without the wall at a child opening a clause of what the subject wants or asks
    for («vil at jenta …», «ber om at gutten …»): a scene read from signals reads the wanting
    adult and the wanted act as one; so does an order told («sier at jenta skal …»). Reported
    speech («sier at gutten sover …») keeps its wall: the child does what follows."""
    out = list(walls)
    for i in range(2, len(words)):
        if not out[i] or breaks[i] or words[i - 1] != "at":
            continue
        before = words[i - 2]
        ordered = before in SAYING and i + 1 < len(words) and words[i + 1] in ORDER
        asked = before == "om" and i >= 3 and words[i - 3] in ASKING
        if ordered or asked or _wants(words, breaks, i - 2):
            out[i] = False
    return out


INVERSION = 4
"""How far before «at» a wanting verb may stand: «på leirskolen vil en voksen mann at …»."""


def _wants(words: Sequence[str], breaks: Sequence[bool], end: int) -> bool:
    """A wanting verb at ``end`` or a few words before it, in the same sentence."""
    for j in range(end, max(end - INVERSION, -1), -1):
        if breaks[j]:
            return False
        if words[j] in WANTING:
            return True
    return False


BACK_REFERENCE = frozenset({"han", "hun", "ho", "hen", "de", "dei", "he", "she", "they"})
"""A sentence opening with a pronoun goes on about the one the sentence before named:
«Gutten har merker på begge kinn. Han sier pappa blir sint.» is one scene."""


def continued(words: Sequence[str], breaks: Sequence[bool]) -> list[bool]:
    """``breaks`` without the sentence breaks right before a pronoun (``BACK_REFERENCE``):
    where a scene read from signals may reach into the next sentence."""
    out = list(breaks)
    for i in range(len(words) - 1):
        if out[i] and words[i + 1] in BACK_REFERENCE:
            out[i] = False
    return out


DOER_REACH = 8
"""How far after the child its clause's act may stand: «fordi sønnen hennes slår …»."""
PASSIVE = frozenset({"blir", "ble", "blei", "blitt", "bli", "vart", "vert", "er", "var"})


def child_does(
    rule: Rule,
    words: Sequence[str],
    atoms: Sequence[frozenset[int]],
    opens: Sequence[bool],
    others: frozenset[int],
    span: tuple[int, int],
) -> bool:
    """Every act of ``rule.child_acts`` in ``span`` done by the child a clause opens with
    (``opens``: «at/fordi gutten»), nobody of ``others`` (someone close) and no passive word
    between, no «av» after: the parent tells about the child's behaviour («mor er bekymret
    fordi sønnen slår andre elever», «… fordi han slår …»). Not «fordi hun blir slått», not
    «at faren slår ham», not «at sønnen slår henne» (``rule.child_victims``)."""
    acts = [i for i in range(span[0], span[1] + 1) if atoms[i] & rule.child_acts]
    return bool(acts) and all(
        _by_child(i, words, atoms, opens, others)
        and not any(atoms[j] & rule.child_victims for j in range(i + 1, min(i + 3, len(words))))
        for i in acts
    )


def _by_child(
    at: int,
    words: Sequence[str],
    atoms: Sequence[frozenset[int]],
    opens: Sequence[bool],
    others: frozenset[int],
) -> bool:
    if at + 1 < len(words) and words[at + 1] == "av":
        return False  # «sparket av faren»
    for i in range(at - 1, max(at - 1 - DOER_REACH, -1), -1):
        if opens[i]:
            return True
        if words[i] == BREAK_WORD or words[i] in PASSIVE or atoms[i] & others:
            return False
    return False


def sentences(breaks: Sequence[bool]) -> list[int]:
    """The sentence number of each position (a break token starts the next)."""
    number, out = 0, []
    for is_break in breaks:
        number += is_break
        out.append(number)
    return out


__all__ = [
    "ADULT_MAX",
    "ADULT_MIN",
    "ADULT_WORD",
    "AGE_WORD",
    "NEW_SUBJECT",
    "Rule",
    "ages",
    "amount",
    "asked_for",
    "child_does",
    "composed",
    "continued",
    "grown_units",
    "scores",
    "sentences",
    "subject_walls",
    "uncounted",
    "wanted",
]
