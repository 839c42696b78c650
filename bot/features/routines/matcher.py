"""Finding the routine a free-text question is about, tolerant of typos and missing æøå.

Apart from the routines' resolution and texts because it is a small search engine of its
own (folded trigger words, an edit budget by word length, compounds, a priority order) with
its own tests and its own cost per question.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.frozen_init import quick_init
from bot.knowledge.models import Kommune, NationalDefaults
from bot.knowledge.routine_schema import Routine
from bot.safety_match import is_everyday_word
from bot.text import fold
from bot.understanding.routine_form import ONE_ROUTINE, split_routine

# Folded filler words left out of triggers and questions ("hva gjør jeg ved …").
# fmt: off
STOP_WORDS = frozenset(
    {
        "a", "at", "av", "bare", "da", "de", "dem", "den", "der", "det", "du", "eg", "ei",
        "en", "er", "et", "for", "fra", "gjor", "gjore", "han", "hun", "hva", "hvis",
        "hvordan", "i", "jeg", "jo", "kan", "litt", "lurer", "man", "med", "meg", "min",
        "mine", "mitt", "na", "nok", "noe", "noen", "og", "ogsa", "om", "pa", "sa", "skal",
        "som", "tenker", "til", "tror", "vel", "veldig", "ved", "vi",
    }
)
# fmt: on

SHORT_WORD_ENDINGS = ("e", "en", "er", "a", "s")
"""Endings a four-letter trigger word may take ("vold" → "volden"); longer words use edits."""

_EXACT, _PREFIX, _INFLECTED, _COMPOUND = 100.0, 95.0, 95.0, 90.0
_MIN_PART = 5
"""Letters a part of a compound needs to count as a word of its own."""
_MAX_WORD = 40
HEAD_TRIGGERS = 3
"""A word that ends this many triggers of one routine and none of another is what the
routine is about («fravær» of «bekymringsfullt fravær», «mye fravær», «høyt fravær» …)."""
HEAD_LETTERS = 5
_HEAD = 80.0
SIGNS = 2
"""Different weak signs of one routine (routines.yaml ``signs``) that open it together: red
eyes alone are crying, an allergy or a late night; red eyes and a sweet smell are a worry."""
SLACK = 1
"""Words (besides filler) a trigger's words may have between them."""
"""Longer "words" (links, pasted ids) are not worth matching and would cost time."""


def edit_budget(length: int) -> int:
    """Typos tolerated in a trigger word of ``length`` letters.

    None below seven letters: short Norwegian words are one letter apart from other
    everyday words ("langer"/"lenger", "skulk"/"skull"), so a typo there would make a match
    out of an unrelated question.
    """
    if length < 7:
        return 0
    return 1 if length < 11 else 2


@quick_init
@dataclass(frozen=True)
class RoutineMatch:
    """The routine a question is about, how well it matched, and the trigger that did it."""

    routine_id: str
    score: float
    trigger: str
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Trigger:
    routine_id: str
    text: str
    words: tuple[str, ...]
    sign: bool = False
    """A weak sign (routines.yaml ``signs``): counts only beside another sign of its routine."""


class RoutineMatcher:
    """Finds the routine a free-text question is about, tolerant of typos and missing æøå.

    Built once from the routines: trigger phrases are folded into words up front, so a
    question costs a few dictionary look-ups and one rapidfuzz scan per word. A trigger
    matches when every one of its words is found in the question, in any order; when several
    routines match, the one listed first in the knowledge wins, so a question that mentions
    both violence and absence gets the violence routine.
    """

    def __init__(self, routines: Iterable[Routine], vocabulary: Iterable[str] = ()) -> None:
        """``vocabulary``: fixed folded words (the knowledge's, never a message's) whose
        hits are looked up once here, as the trigger words' own are."""
        self._priority: dict[str, int] = {}
        self._triggers: list[_Trigger] = []
        seen: set[tuple[str, tuple[str, ...]]] = set()  # kommuner repeat national triggers
        for routine in routines:
            self._priority.setdefault(routine.id, len(self._priority))
            phrases = [(p, p, False) for p in routine.triggers]
            phrases += [
                (way.strip(), sign, True) for sign in routine.signs for way in sign.split("|")
            ]
            for phrase, name, sign in phrases:  # a sign's ways share its name: one sign
                words = trigger_words(phrase)
                if words and (routine.id, words) not in seen:
                    seen.add((routine.id, words))
                    self._triggers.append(_Trigger(routine.id, name, words, sign))
        self._heads = _heads(t for t in self._triggers if not t.sign)
        self._by_word: dict[str, list[int]] = {}
        for index, trigger in enumerate(self._triggers):
            for word in set(trigger.words):
                self._by_word.setdefault(word, []).append(index)
        self._plain = {w for w in self._by_word if not w.endswith("*")}
        self._parts: dict[str, list[str]] = {}
        """Trigger words of five letters or more by their first five: the compound parts."""
        for plain in sorted(self._plain):
            if len(plain) >= _MIN_PART:
                self._parts.setdefault(plain[:_MIN_PART], []).append(plain)
        self._plain_fuzzy = sorted(w for w in self._plain if edit_budget(len(w)) > 0)
        self._fuzzy_by_length: dict[int, list[str]] = {}
        for plain in self._plain_fuzzy:
            self._fuzzy_by_length.setdefault(len(plain), []).append(plain)
        longest = max(self._fuzzy_by_length, default=0)
        self._fuzzy_near: dict[int, list[str]] = {
            length: [
                w for n in range(length - 2, length + 3) for w in self._fuzzy_by_length.get(n, ())
            ]
            for length in range(6, longest + 3)
        }
        """Fuzzy trigger words within two letters of each word length: the only ones two
        edits can reach, listed once instead of per question word."""
        self._stems = {w[:-1] for w in self._by_word if w.endswith("*")}
        self._stem_lengths = sorted({len(stem) for stem in self._stems if len(stem) >= 3})
        self._stems_by_length: dict[int, list[str]] = {}
        for stem in sorted(self._stems):
            if edit_budget(len(stem)) > 0:
                self._stems_by_length.setdefault(len(stem), []).append(stem)
        self._fuzzy_stems = tuple(
            (length, stems, edit_budget(length)) for length, stems in self._stems_by_length.items()
        )
        """(length, stems of that length, their edit budget), in ``_stems_by_length``'s order."""
        self._hits_of = {
            word: tuple(self._word_hits(word).items())
            for word in {*self._plain, *vocabulary} - STOP_WORDS
        }
        """Each known word's hits: a question's words are mostly these (nothing of a question
        is added here)."""

    @classmethod
    def from_knowledge(
        cls,
        national: NationalDefaults,
        kommuner: Iterable[Kommune] = (),
        vocabulary: Iterable[str] = (),
    ) -> RoutineMatcher:
        """One matcher for the whole bot: national triggers plus every kommune's own.

        Routine ids are shared, so a kommune's extra trigger ("På rett kjøl") finds the same
        routine id everywhere; which version is shown is decided by ``resolve_routines``.
        """
        routines: list[Routine] = list(national.routines)
        for kommune in kommuner:
            routines += kommune.routines
        return cls(routines, vocabulary)

    def match(self, text: str, *, folded: str | None = None) -> RoutineMatch | None:
        """The routine ``text`` is about, or None when it is not about a routine.
        ``folded``: ``fold(text)`` when the caller has it already."""
        words = question_words(text, folded=folded, known=self._plain)  # read once: twice a turn
        hits, triggers = self._found(words)
        best: dict[str, tuple[float, float, str]] = {}
        signs = _signs(triggers)
        for trigger in triggers:
            if trigger.sign and len(signs[trigger.routine_id]) < SIGNS:
                continue  # «han har røde øyne»: one weak sign alone is no case
            weight = sum(len(w.rstrip("*")) * hits[w] for w in trigger.words) / 100
            score = sum(hits[w] for w in trigger.words) / len(trigger.words)
            current = best.get(trigger.routine_id)
            if current is None or (weight, score) > current[:2]:
                best[trigger.routine_id] = (weight, score, trigger.text)
        if not best:
            return self._named_head(words)
        covered = _covered(t for t in triggers if t.routine_id in best)
        ranked = sorted(best, key=lambda rid: (rid in covered, self._priority[rid], -best[rid][0]))
        _, score, phrase = best[ranked[0]]
        return RoutineMatch(ranked[0], round(score, 1), phrase, tuple(ranked[1:]))

    def weak_sign(self, text: str, *, folded: str | None = None) -> str | None:
        """The one routine whose weak signs (routines.yaml ``signs``) the text names too few of
        to open it («han har røde øyne i timene»): a routine to offer, never to open."""
        _, triggers = self._found(question_words(text, folded=folded, known=self._plain))
        if any(not t.sign for t in triggers):
            return None
        signs = _signs(triggers)
        return next(iter(signs)) if len(signs) == 1 else None

    def _found(self, words: list[str]) -> tuple[dict[str, float], list[_Trigger]]:
        """The vocabulary words a text's :func:`question_words` hold (best similarity), and the
        triggers whose words all stand close together in it."""
        hits: dict[str, float] = {}
        places: dict[str, list[int]] = {}
        known = self._hits_of
        for position, word in enumerate(words):
            found = known.get(word)
            for vocab_word, similarity in (
                found if found is not None else self._word_hits(word).items()
            ):
                _keep_best(hits, vocab_word, similarity)
                places.setdefault(vocab_word, []).append(position)
        return hits, [t for t in self._complete_triggers(hits) if _close(t.words, places)]

    def _named_head(self, words: list[str]) -> RoutineMatch | None:
        """«hva er rutinen ved fravær»: no trigger is complete, but the question names a
        routine in the singular and the word its triggers are about (``HEAD_TRIGGERS``)."""
        if ONE_ROUTINE.isdisjoint(words):
            return None
        found = dict.fromkeys(self._heads[w] for w in words if w in self._heads)
        return RoutineMatch(next(iter(found)), _HEAD, "") if len(found) == 1 else None

    def _complete_triggers(self, hits: Mapping[str, float]) -> list[_Trigger]:
        """Triggers whose every word was found; the index keeps this to a handful."""
        indexes = sorted({i for word in hits for i in self._by_word[word]})
        triggers = (self._triggers[i] for i in indexes)
        return [t for t in triggers if all(w in hits for w in t.words)]

    def _word_hits(self, word: str) -> dict[str, float]:
        """Trigger words one question word stands for, with how closely (0–100).

        Not cached for a question's words: a cache would keep the words of messages (names
        included) in memory. Only the fixed vocabulary's are kept (``_hits_of``).
        """
        size = len(word)
        if size > _MAX_WORD:
            return {}
        hits: dict[str, float] = {}
        if word in self._plain:
            hits[word] = _EXACT
        if 5 <= size <= 6:  # a four-letter word and an ending of one or two letters
            for ending in SHORT_WORD_ENDINGS:
                base = word.removesuffix(ending)
                if base != word and len(base) == 4 and base in self._plain:
                    _keep_best(hits, base, _INFLECTED)
        for start, part in self._compound_parts(word):
            _keep_best(hits, part, _INFLECTED if start == 0 else _COMPOUND)
        stems = self._stems
        for length in self._stem_lengths:
            if length > size:
                break
            head = word[:length]
            if head in stems:
                _keep_best(hits, head + "*", _PREFIX)
        if not is_everyday_word(word):  # «brukket» is no typo of «drukket»
            for vocab_word, similarity in self._typo_hits(word):
                _keep_best(hits, vocab_word, similarity)
        return hits

    def _compound_parts(self, word: str) -> Iterable[tuple[int, str]]:
        """Trigger words of five letters or more inside ``word``, with where they start.

        Norwegian glues words together ("skolefraværet", "hasjrøyking"), so a trigger word
        may sit anywhere inside what staff typed. The word itself is not one of its parts.
        Looked up by the five letters at each position, not by every span of the word.
        """
        for start in range(len(word) - _MIN_PART + 1):
            for part in self._parts.get(word[start : start + _MIN_PART], ()):
                if word.startswith(part, start) and (start, len(part)) != (0, len(word)):
                    yield start, part

    def _typo_hits(self, word: str) -> Iterable[tuple[str, float]]:
        """Trigger words within the edit budget, found by rapidfuzz's C scan."""
        size = len(word)
        if size < 6:
            return
        # Two edits at most: a trigger word more than two letters longer or shorter is never
        # within reach, so only the lengths around the word's are scanned.
        near = self._fuzzy_near.get(size, ())
        for candidate, distance, _ in process.extract(
            word, near, scorer=OSA.distance, score_cutoff=2, limit=None
        ):
            if distance <= edit_budget(len(candidate)):
                yield candidate, _EXACT - 10 * distance
        for length, stems, budget in self._fuzzy_stems:
            if size < length - 1:
                continue
            start = word[:length]
            for candidate in stems:  # a few per length: cheaper one by one than by extract
                distance = OSA.distance(start, candidate, score_cutoff=budget)
                if distance <= budget:
                    yield candidate + "*", _PREFIX - 10 * distance


def _covered(triggers: Iterable[_Trigger]) -> frozenset[str]:
    """Routines every trigger found of which another routine's trigger found holds, with more
    words: «voldelig ekstremisme» is the hastemøte's (radicalisation), not violence at home
    though «voldelig» alone is; the longer trigger says more of what the message is about."""
    found = list(triggers)
    return frozenset(
        t.routine_id
        for t in found
        if all(
            any(o.routine_id != own.routine_id and set(own.words) < set(o.words) for o in found)
            for own in found
            if own.routine_id == t.routine_id
        )
    )


def _heads(triggers: Iterable[_Trigger]) -> dict[str, str]:
    """The words that end ``HEAD_TRIGGERS`` triggers of one routine and none of another,
    and are no everyday word (which a question may use for something else)."""
    ends: dict[str, dict[str, int]] = {}
    for trigger in triggers:
        last = trigger.words[-1]
        if len(trigger.words) < 2 or len(last) < HEAD_LETTERS or last.endswith("*"):
            continue
        if not is_everyday_word(last):  # «bilder»: «rutinen for bilder på facebooksida»
            counts = ends.setdefault(last, {})
            counts[trigger.routine_id] = counts.get(trigger.routine_id, 0) + 1
    return {
        word: next(iter(counts))
        for word, counts in ends.items()
        if len(counts) == 1 and sum(counts.values()) >= HEAD_TRIGGERS
    }


def _keep_best(hits: dict[str, float], word: str, similarity: float) -> None:
    hits[word] = max(similarity, hits.get(word, 0.0))


def trigger_words(phrase: str) -> tuple[str, ...]:
    """A trigger's words, folded, without filler; a trailing ``*`` marks a prefix."""
    words: list[str] = []
    for raw in phrase.split():
        parts = fold(raw.rstrip("*")).split()
        if parts and raw.endswith("*"):
            parts[-1] += "*"
        words += [p for p in parts if p.rstrip("*") not in STOP_WORDS]
    return tuple(words)


QUANTITY_WORDS = frozenset({"prosent", "prosenten"})
"""With numbers, how much of something there is: «20 % fravær» is «fravær» as a trigger
reads it (fold writes «%» as «prosent»). No trigger holds a number."""


def question_words(
    text: str, *, folded: str | None = None, known: AbstractSet[str] = frozenset()
) -> list[str]:
    """The folded words of a question that can carry meaning, in order (``folded``:
    ``fold(text)`` when the caller has it already). Quantities are left out, so «en elev har
    20 % fravær» keeps «elev … fravær» together. A routine named by its topic in one word
    («rusrutinen») is the topic and «rutinen» (``split_routine``)."""
    words = [
        part
        for w in (fold(text) if folded is None else folded).split()
        for part in split_routine(w, known)
    ]
    return [w for w in words if w not in STOP_WORDS and w not in QUANTITY_WORDS and not w.isdigit()]


def _close(words: tuple[str, ...], places: Mapping[str, list[int]]) -> bool:
    """The trigger's words stand together: within a span of its length plus ``SLACK``.

    «kommer ikke på skolen» is a trigger; «en sak vi ikke kommer videre med, … på skolen» is
    not it – its words are in the message, but apart, and say something else."""
    if len(words) < 2:
        return True
    width = len(set(words)) + SLACK
    starts = sorted({p for w in words for p in places[w]})
    return any(
        all(any(start <= p < start + width for p in places[w]) for w in words) for start in starts
    )


def _signs(triggers: Iterable[_Trigger]) -> dict[str, set[str]]:
    """Per routine, the different weak signs among the triggers found."""
    signs: dict[str, set[str]] = {}
    for trigger in triggers:
        if trigger.sign:
            signs.setdefault(trigger.routine_id, set()).add(trigger.text)
    return signs
