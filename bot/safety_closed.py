"""A danger that is over, or a case closed: «eleven som besvimte i går er frisk igjen», «saken
med gutten som tok en overdose i fjor er avsluttet».

The danger check (bot/safety.py) reads knowledge/language/danger.yaml ``resolved`` and
``closed`` with :class:`Resolved`: a passing danger over by the time someone writes, or a case
dealt with and closed, is a question about what is left to do, not a case – unless what follows
says it goes on («…, men nå truer han igjen»).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.safety_match import BREAK, fold_word

PASSING = frozenset({"akutt_medisinsk", "savnet"})
"""Kinds of danger that can be over by the time someone writes: a faint, a fall, a child
missing. Violence, abuse and threats are never «over» for the routine."""
CLOSABLE = frozenset({"selvmord_selvskading", "rus"})
"""Kinds of worry whose case, once closed, leaves only its paperwork: «eleven som skrev om
selvmord i fjor har flyttet, saken er lukket», «saken med gutten som ruset seg er avsluttet nå»."""
STRANGERS = frozenset({"vold_nare"})
"""Violence closable only when no one close to the child is named: «en elev som ble banket opp i
2021, den saken er avsluttet for lengst» asks about paperwork; «faren slo henne i 2021, saken
er avsluttet» still goes to the routine (what happens at home may go on)."""


def closable(topics: Iterable[str], close_named: bool) -> bool:
    """Whether a case of every one of ``topics``, once closed, leaves only its paperwork.
    ``close_named``: a parent, a sibling or someone else close to the child is in the message."""
    kinds = CLOSABLE if close_named else CLOSABLE | STRANGERS
    return all(t in kinds for t in topics)


class Resolved:
    """Phrases saying a passing danger is over («er frisk igjen», «har kommet til rette»).

    With one in the message, a finding that is only a passing kind of danger (``PASSING``) is
    no case: «eleven som besvimte i går er frisk igjen og tilbake på skolen» is news."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(fold_word(phrase).split())
            if words:
                self._by_first.setdefault(words[0], []).append(words)

    def over(self, words: Sequence[str], topics: Iterable[str]) -> bool:
        """Whether ``words`` say it is over and every one of ``topics`` can pass."""
        if not all(t in PASSING for t in topics):
            return False
        return self.said(words)

    def said(self, words: Sequence[str]) -> bool:
        """Whether ``words`` say something is over («ingen ble skadet», «gikk bra»), of any kind:
        enough to end a borderline scene read from signals («slåsskamp, men ingen ble skadet»)."""
        for i, word in enumerate(words):
            for phrase in self._by_first.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    if words[i + len(phrase) : i + len(phrase) + 1] in (["all"], ["alle"]):
                        continue  # «salget gikk over all forventning»: a measure, not over
                    return True
        return False

    def ended(self, words: Sequence[str], still: frozenset[str] | None = None) -> bool:
        """Whether ``words`` say a case was closed and nothing after it says it goes on:
        «saken er avsluttet» ends a threat told of the past, «…, men nå truer han igjen» not
        (in its sentence: «… er avsluttet. hva gjør vi nå?» asks what is left to do).
        ``still``: the words that say so (default ``STILL``)."""
        still = STILL if still is None else still
        for i, word in enumerate(words):
            for phrase in self._by_first.get(word, ()):
                at = _told_of(words, i, phrase)
                if at is not None:
                    after = words[at + len(phrase) - 1 :]
                    end = after.index(BREAK) if BREAK in after else len(after)
                    said = after[:end]
                    if len(said) == 1 and said[0] in NOW:
                        said = []  # «er avsluttet nå.»: closed now; «…, nå ligger han» goes on
                    asked = {i for i, w in enumerate(said[:-1]) if said[i + 1] in ASKING}
                    # «…, men hvem skriver avviket?» asks about the case: no «men» going on
                    return still.isdisjoint(w for i, w in enumerate(said) if i not in asked)
        return False


def _told_of(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> int | None:
    """Where the rest of ``phrase`` follows its first word at ``i``: right after it, or – the
    case told of between («saken med gutten som tok en overdose i fjor er avsluttet») – up to
    ``CASE_TOLD`` words on in its sentence with no negation between («saken som ikke er …»)."""
    rest = phrase[1:]
    if tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
        return i + 1
    if words[i + 1 : i + 2] and words[i + 1] not in WHICH_CASE:
        return None  # «saken: gutten truer …, møtet er avsluttet» tells no case that closed
    for at in range(i + 2, min(len(words), i + 2 + CASE_TOLD)):
        if tuple(words[at : at + len(rest)]) == rest:
            return at
        if words[at] == BREAK or words[at] in NEGATION:
            return None
    return None


ASKING = frozenset(
    {"hvem", "hva", "hvordan", "hvor", "hvilken", "hvilke", "skal", "ma", "trenger", "bor"}
    | {"kan", "kven", "kva", "korleis", "who", "what", "how", "should"}
)
"""A question after «men» («…, men hvem skriver avviket?»): the case's process, not the harm."""
CASE_TOLD = 10
"""How many words may tell which case it was between «saken» and «er avsluttet»."""
WHICH_CASE = frozenset(
    {"med", "om", "fra", "der", "hvor", "som", "mot", "angaende", "with", "about"}
    | {"vi", "me", "dere", "dokker", "dykk", "jeg", "eg", "du", "de", "dei", "we", "you"}
)
"""Words after «saken» that say which case it was: «saken med gutten som …», and a relative
clause without its «som», opened by its subject: «saken vi hadde om … i vår er avsluttet»."""
NEGATION = frozenset({"ikke", "ikkje", "enna", "enno", "not", "aldri"})
"""Words that say the case is not closed («saken som ikke er avsluttet»); folded."""


STILL = frozenset(
    {"men", "igjen", "att", "na", "naa", "fortsatt", "fremdeles", "framleis", "enda", "ny", "nye"}
    | {"nytt", "but", "still", "again", "now"}
)
"""Words after a closed case that say it goes on («saken er avsluttet, men nå …»)."""
NOW = frozenset({"na", "naa", "now"})
"""«nå» ending the closing's sentence dates the closing («er avsluttet nå.»), no going on."""
AGAIN = STILL - {"fortsatt", "fremdeles", "framleis", "enda", "still"}
"""Words after a closed case that say a body is in trouble again («…, men nå …», «… igjen»):
«saken med gutten som tok en overdose i fjor er avsluttet, skal den fortsatt opp i
SLT-nettverket?» asks about the case, which «fortsatt» goes on with, not the overdose."""


def pet_only(
    present: frozenset[int], topics: Iterable[str], animals: frozenset[int], people: frozenset[int]
) -> bool:
    """An animal's body in trouble or an animal missing, and no person named (no child, pronoun
    or age): «katten til naboen har forgifta seg» is for the vet, no case (``PASSING`` only)."""
    return (
        all(t in PASSING for t in topics)
        and not present.isdisjoint(animals)
        and present.isdisjoint(people)
    )


__all__ = ["AGAIN", "ASKING", "PASSING", "STILL", "Resolved", "closable", "pet_only"]
